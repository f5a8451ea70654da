/**
 * Collects a page's reading text as blocks: runs of text nodes that a reader sees as one flow.
 * Inline markup (<a>, <strong>, <span> …) does not break a block, so a name split across elements
 * is still one string; block elements, <br> and skipped subtrees do.
 * Skips what is not reading text: scripts, styles, form fields, editable regions, the extension's UI.
 */

export interface TextBlock {
  readonly nodes: readonly Text[];
  /** Offset of each node's first character in `text`. */
  readonly starts: readonly number[];
  readonly text: string;
}

/** Both cases: HTML elements report upper-case tag names, SVG and XHTML ones lower-case. */
const tagSet = (tags: string[]) => new Set(tags.flatMap((t) => [t, t.toLowerCase()]));

const SKIPPED_TAGS = tagSet(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'MATH', 'CANVAS', 'CODE', 'PRE', 'HEAD', 'TITLE']);

/** Elements that keep their text in the surrounding flow. Anything else starts a new block. */
const INLINE_TAGS = tagSet(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'LABEL', 'MARK', 'Q', 'RUBY', 'RB', 'RP', 'RT', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'DEL', 'INS', 'NOBR', 'TT', 'BIG', 'STRIKE',
  // The wrapping fallback's own mark (wrap-marker.ts) keeps the text in its flow too.
  'SIYAQ-MARK']);

/** The attribute that marks the extension's own UI host, which is never scanned. */
export const OWN_UI_ATTRIBUTE = 'data-siyaq-ui';

/**
 * Whether the scan skips this element's subtree. Checked for every element of a page, so it reads
 * the tag name and two attributes only; editability inherited from an ancestor is never reached
 * because that ancestor's subtree is skipped already.
 */
function startsSkippedSubtree(element: Element, tag = element.tagName): boolean {
  if (SKIPPED_TAGS.has(tag)) return true;
  if (!element.hasAttributes()) return false; // most elements: one call instead of two
  if (element.hasAttribute(OWN_UI_ATTRIBUTE)) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

export function isSkippedElement(element: Element): boolean {
  return startsSkippedSubtree(element) || (element as HTMLElement).isContentEditable === true;
}

/** Is this node inside a subtree the scanner must not read? */
export function isInsideSkipped(node: Node, root: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
    if (el === root) break;
  }
  return false;
}

/**
 * The element whose text flow a node belongs to: itself if it is a block element, else its
 * nearest ancestor that is not inline. Rescanning it finds names split around the node.
 */
export function blockContainerOf(node: Node): Element | null {
  let el: Element | null = node instanceof Element ? node : node.parentElement;
  while (el && INLINE_TAGS.has(el.tagName) && el.parentElement) el = el.parentElement;
  return el;
}

/** Collects the text blocks under `root` (an element or the document body). */
export function collectTextBlocks(root: Node): TextBlock[] {
  return [...textBlocks(root)];
}

/**
 * Yields the text blocks under `root` one by one, so that a caller can pause between them. The
 * walk follows firstChild and nextSibling by hand, without a TreeWalker: a filter callback would
 * call into script for every node, and stepping over skipped subtrees is a plain sibling move.
 */
export function* textBlocks(root: Node): Generator<TextBlock> {
  if (root instanceof Element && isSkippedElement(root)) return;
  const containers = new Map<Node, Element | null>();
  let nodes: Text[] = [];
  let starts: number[] = [];
  let parts: string[] = [];
  let length = 0;
  let container: Element | null = null;
  let lastParent: Node | null = null;
  // Set when the walk passes an element that breaks the flow (a block, <br>, a skipped subtree).
  // Leaving a nested block shows only as a change of container.
  let flowBroken = false;

  const take = (): TextBlock | null => {
    const text = parts.join('');
    const block = /\S/.test(text) ? { nodes, starts, text } : null;
    nodes = [];
    starts = [];
    parts = [];
    length = 0;
    return block;
  };

  let node: Node | null = root.firstChild;
  while (node) {
    let enter = false;
    const type = node.nodeType;
    if (type === ELEMENT_NODE) {
      const element = node as Element;
      const tag = element.tagName;
      if (startsSkippedSubtree(element, tag)) {
        flowBroken = true;
      } else {
        if (!INLINE_TAGS.has(tag)) flowBroken = true;
        enter = true;
      }
    } else if (type === TEXT_NODE) {
      const text = node as Text;
      const data = text.data;
      if (data.length > 0) {
        const parent = text.parentNode;
        if (parent !== lastParent) {
          let here = containers.get(parent!);
          if (here === undefined) {
            here = blockContainerOf(text);
            containers.set(parent!, here);
          }
          lastParent = parent;
          if (here !== container) flowBroken = true;
          container = here;
        }
        if (flowBroken) {
          flowBroken = false;
          const block = take();
          if (block) yield block;
        }
        nodes.push(text);
        starts.push(length);
        parts.push(data);
        length += data.length;
      }
    }
    node = nextInWalk(node, root, enter);
  }
  const last = take();
  if (last) yield last;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The next node in document order under `root`; `enter` false steps over the node's subtree. */
function nextInWalk(node: Node, root: Node, enter: boolean): Node | null {
  if (enter && node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    const sibling = at.nextSibling;
    if (sibling) return sibling;
  }
  return null;
}

/**
 * Whether the block's text nodes are still in the page with the text they had when collected:
 * otherwise its offsets are stale (the page changed it meanwhile, and its rescan follows).
 */
export function isUnchanged(block: TextBlock): boolean {
  const { nodes, starts, text } = block;
  for (let i = 0; i < nodes.length; i++) {
    const length = (i + 1 < nodes.length ? starts[i + 1]! : text.length) - starts[i]!;
    if (!nodes[i]!.isConnected || nodes[i]!.data.length !== length) return false;
  }
  return true;
}

/** Maps a span of a block's text to a DOM Range. */
export function blockRange(block: TextBlock, start: number, end: number): Range {
  const range = (block.nodes[0]!.ownerDocument ?? document).createRange();
  const [startNode, startOffset] = locate(block, start, false);
  const [endNode, endOffset] = locate(block, end, true);
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}

/** The node and offset of a block offset; at a node boundary, `atEnd` keeps the earlier node. */
function locate(block: TextBlock, offset: number, atEnd: boolean): [Text, number] {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = block.starts[mid]!;
    if (s < offset || (!atEnd && s === offset)) lo = mid;
    else hi = mid - 1;
  }
  return [block.nodes[lo]!, offset - block.starts[lo]!];
}
