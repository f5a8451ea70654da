/**
 * Collects a page's visible text as blocks: runs of text nodes that a reader sees as one flow.
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
const INLINE_TAGS = tagSet(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'LABEL', 'MARK', 'Q', 'RUBY', 'RB', 'RP', 'RT', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'DEL', 'INS', 'NOBR', 'TT', 'BIG', 'STRIKE']);

/** The attribute that marks the extension's own UI host, which is never scanned. */
export const OWN_UI_ATTRIBUTE = 'data-siyaq-ui';

/**
 * Whether the scan skips this element's subtree. Checked for every element of a page, so it reads
 * the tag name and two attributes only; editability inherited from an ancestor is never reached
 * because that ancestor's subtree is skipped already.
 */
function startsSkippedSubtree(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName) || element.hasAttribute(OWN_UI_ATTRIBUTE)) return true;
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
 * walk has no filter callback (a call into script for every node is the slow part of a walk):
 * skipped subtrees are stepped over by hand.
 */
export function* textBlocks(root: Node): Generator<TextBlock> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
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

  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (startsSkippedSubtree(element)) {
        flowBroken = true;
        node = nextAfterSubtree(walker);
      } else {
        if (!INLINE_TAGS.has(element.tagName)) flowBroken = true;
        node = walker.nextNode();
      }
      continue;
    }
    const text = node as Text;
    node = walker.nextNode();
    if (text.data.length === 0) continue;
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
    parts.push(text.data);
    length += text.data.length;
  }
  const last = take();
  if (last) yield last;
}

/** Moves the walker past the current node's subtree; returns the next node, or null at the end. */
function nextAfterSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
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
