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

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'MATH', 'CANVAS', 'CODE', 'PRE', 'HEAD', 'TITLE']);

/** Elements that keep their text in the surrounding flow. Anything else starts a new block. */
const INLINE_TAGS = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'LABEL', 'MARK', 'Q', 'RUBY', 'RB', 'RP', 'RT', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'DEL', 'INS', 'NOBR', 'TT', 'BIG', 'STRIKE']);

/** The attribute that marks the extension's own UI host, which is never scanned. */
export const OWN_UI_ATTRIBUTE = 'data-siyaq-ui';

export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute(OWN_UI_ATTRIBUTE)) return true;
  if ((element as HTMLElement).isContentEditable) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Is this node inside a subtree the scanner must not read? */
export function isInsideSkipped(node: Node, root: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
    if (el === root) break;
  }
  return false;
}

function blockContainer(node: Node, cache: Map<Element, Element>): Element | null {
  const parent = node.parentElement;
  if (!parent) return null;
  const cached = cache.get(parent);
  if (cached) return cached;
  let el: Element = parent;
  while (INLINE_TAGS.has(el.tagName.toUpperCase()) && el.parentElement) el = el.parentElement;
  cache.set(parent, el);
  return el;
}

/**
 * The element whose text flow a node belongs to: itself if it is a block element, else its
 * nearest ancestor that is not inline. Rescanning it finds names split around the node.
 */
export function blockContainerOf(node: Node): Element | null {
  let el: Element | null = node instanceof Element ? node : node.parentElement;
  while (el && INLINE_TAGS.has(el.tagName.toUpperCase()) && el.parentElement) el = el.parentElement;
  return el;
}

/** Collects the text blocks under `root` (an element or the document body). */
export function collectTextBlocks(root: Node): TextBlock[] {
  return [...textBlocks(root)];
}

/** Yields the text blocks under `root` one by one, so that a caller can pause between them. */
export function* textBlocks(root: Node): Generator<TextBlock> {
  const doc = root.ownerDocument ?? (root as Document);
  // Set by the filter when the walk passes an element that breaks the flow (a block, <br>, a
  // skipped subtree): the filter sees elements in document order, just before the next text node.
  let flowBroken = false;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (isSkippedElement(element)) {
        flowBroken = true;
        return NodeFilter.FILTER_REJECT;
      }
      if (!INLINE_TAGS.has(element.tagName.toUpperCase())) flowBroken = true;
      return NodeFilter.FILTER_SKIP;
    },
  });
  const containers = new Map<Element, Element>();
  let nodes: Text[] = [];
  let starts: number[] = [];
  let parts: string[] = [];
  let length = 0;
  let container: Element | null = null;

  const take = (): TextBlock | null => {
    const text = parts.join('');
    const block = /\S/.test(text) ? { nodes, starts, text } : null;
    nodes = [];
    starts = [];
    parts = [];
    length = 0;
    return block;
  };

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.data.length === 0) continue;
    const here = blockContainer(text, containers);
    // Leaving a nested block shows only as a change of container; entering one sets flowBroken.
    if (flowBroken || here !== container) {
      const block = take();
      if (block) yield block;
    }
    flowBroken = false;
    container = here;
    nodes.push(text);
    starts.push(length);
    parts.push(text.data);
    length += text.data.length;
  }
  const last = take();
  if (last) yield last;
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
