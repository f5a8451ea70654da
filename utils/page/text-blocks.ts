/**
 * Collects a page's reading text as blocks: runs of text nodes that a reader sees as one flow.
 * Inline markup (<a>, <strong>, <span> …) does not break a block, so a name split across elements
 * is still one string; block elements, <br> and skipped subtrees do.
 * Skips what is not reading text: scripts, styles, form fields, editable regions, the extension's UI.
 */

export interface TextBlock {
  readonly text: string;
  /** The text node and offset in it of offset `offset` of `text`; at a node boundary, `atEnd` keeps the earlier node. */
  locate(offset: number, atEnd: boolean): [Text, number];
  /** Whether the block is still in the page with the text it had when read (else its offsets are stale). */
  isUnchanged(): boolean;
  /**
   * Whether the block's whole text is one link: a headline in a list of other stories (a ticker,
   * a sidebar, related stories), which the page reader reads as a story of its own.
   */
  isLink(): boolean;
}

/** Both cases: HTML elements report upper-case tag names, SVG and XHTML ones lower-case. */
const tagSet = (tags: string[]) => new Set(tags.flatMap((t) => [t, t.toLowerCase()]));

const SKIPPED_TAGS = tagSet(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'MATH', 'CANVAS', 'CODE', 'PRE', 'HEAD', 'TITLE']);

/**
 * Elements that keep their text in the surrounding flow. Anything else starts a new block. The
 * commonest in news text come first: NOT_ONE_FLOW tries them in this order for every element of
 * a paragraph, so most elements are matched by the first selectors tried.
 */
const INLINE_TAGS = tagSet(['A', 'SPAN', 'STRONG', 'B', 'EM', 'I', 'FONT', 'SMALL', 'TIME', 'LABEL', 'ABBR', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'KBD', 'MARK', 'Q', 'RUBY', 'RB', 'RP', 'RT', 'S', 'SAMP', 'SUB', 'SUP', 'U', 'VAR', 'WBR', 'DEL', 'INS', 'NOBR', 'TT', 'BIG', 'STRIKE',
  // The wrapping fallback's own mark (wrap-marker.ts) keeps the text in its flow too.
  'SIYAQ-MARK']);

/** The attribute that marks the extension's own UI host, which is never scanned. */
export const OWN_UI_ATTRIBUTE = 'data-siyaq-ui';

/**
 * Matches any element inside a block that would break its flow or be skipped: anything not
 * inline, an editable region, the extension's UI. A block without one is a single flow.
 */
const NOT_ONE_FLOW = [
  `:not(${[...INLINE_TAGS].filter((t) => t === t.toLowerCase()).join(', ')})`,
  '[contenteditable]:not([contenteditable="false" i])',
  `[${OWN_UI_ATTRIBUTE}]`,
].join(', ');

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
  return editable !== null && editable.toLowerCase() !== 'false';
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
  return new TextBlockReader(root).read(Infinity);
}

/**
 * Reads the text blocks under `root` in batches, so that a caller can pause between them. The
 * walk follows firstChild and nextSibling by hand, without a TreeWalker: a filter callback would
 * call into script for every node, and stepping over skipped subtrees is a plain sibling move.
 * The flow breaks on entering or leaving an element that is not inline; a stack of the entered
 * elements' kinds tells which on the way back up, so no element's tag is read twice.
 * (A class with a plain loop, not a generator: V8 optimises a long-running loop while it runs,
 * which it does not do inside a generator, and the first scan of a page runs on cold code.)
 */
export class TextBlockReader {
  private node: Node | null;
  /** For each element entered and not yet left: 1 if it is inline. */
  private readonly inlineStack: number[] = [];
  /** Set when the walk passes an element that breaks the flow (a block, <br>, a skipped subtree). */
  private flowBroken = false;
  /** The block being read. */
  private nodes: Text[] = [];
  private starts: number[] = [];
  private parts: string[] = [];
  private length = 0;

  constructor(private readonly root: Node) {
    this.node = root instanceof Element && isSkippedElement(root) ? null : root.firstChild;
  }

  /**
   * Set when the page removed the node the walk was to resume from: what followed it under the
   * root is unknown, and the root must be read again.
   */
  lost = false;

  /**
   * The next blocks, together at least `minChars` long unless the walk ends first; [] at the end.
   * A batch always ends with a whole block: none is begun in one call and finished in the next.
   */
  read(minChars: number): TextBlock[] {
    const out: TextBlock[] = [];
    let chars = 0;
    let node = this.node;
    if (node && !this.root.contains(node)) {
      this.lost = true;
      this.node = null;
      return out;
    }
    while (node && chars < minChars) {
      const type = node.nodeType;
      if (type === ELEMENT_NODE) {
        const element = node as Element;
        const tag = element.tagName;
        if (startsSkippedSubtree(element, tag)) {
          this.flowBroken = true;
        } else {
          const inline = INLINE_TAGS.has(tag);
          const first = element.firstChild;
          if (!inline) {
            this.flowBroken = true;
            // A paragraph, heading or list item of plain inline text, as most of a page's text
            // is: read with one native call, without touching its nodes (see ElementBlock).
            if (first && element.querySelector(NOT_ONE_FLOW) === null) {
              chars += emit(out, this.takeBlock()) + emit(out, ElementBlock.of(element));
              node = this.after(element); // the flow after it starts anew (flowBroken is set)
              continue;
            }
          }
          if (first) {
            this.inlineStack.push(inline ? 1 : 0);
            node = first;
            continue;
          }
        }
      } else if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
        const data = (node as Text).data;
        if (data.length > 0) {
          if (this.flowBroken) {
            this.flowBroken = false;
            chars += emit(out, this.takeBlock());
            if (chars >= minChars) break; // this node begins the next call's first block
          }
          this.nodes.push(node as Text);
          this.starts.push(this.length);
          this.parts.push(data);
          this.length += data.length;
        }
      }
      node = this.after(node);
    }
    this.node = node;
    if (!node) emit(out, this.takeBlock());
    return out;
  }

  /**
   * The next node in document order, stepping over `node`'s subtree: its next sibling, else the
   * next sibling of the nearest ancestor that has one, leaving the elements in between.
   */
  private after(node: Node): Node | null {
    let next = node.nextSibling;
    while (!next) {
      const parent: Node | null = node.parentNode;
      if (!parent || parent === this.root || this.inlineStack.length === 0) return null;
      if (this.inlineStack.pop() === 0) this.flowBroken = true;
      node = parent;
      next = node.nextSibling;
    }
    return next;
  }

  /** The block read so far, or null when it is empty or only white space; starts the next. */
  private takeBlock(): TextBlock | null {
    if (this.nodes.length === 0) return null;
    const text = this.parts.join('');
    const block = /\S/.test(text) ? new WalkedBlock(this.nodes, this.starts, text) : null;
    this.nodes = [];
    this.starts = [];
    this.parts = [];
    this.length = 0;
    return block;
  }
}

/** Adds a block, if any, to `out`; returns its length. */
function emit(out: TextBlock[], block: TextBlock | null): number {
  if (!block) return 0;
  out.push(block);
  return block.text.length;
}

/** A block read node by node: its text nodes and where each begins in its text. */
class WalkedBlock implements TextBlock {
  constructor(
    private readonly nodes: readonly Text[],
    private readonly starts: readonly number[],
    readonly text: string,
  ) {}

  locate(offset: number, atEnd: boolean): [Text, number] {
    const i = nodeAt(this.starts, offset, atEnd);
    return [this.nodes[i]!, offset - this.starts[i]!];
  }

  isLink(): boolean {
    // The block's nodes are one flow: if its first and last lie in one link, all do.
    const link = this.nodes[0]!.parentElement?.closest('a');
    return !!link && link.contains(this.nodes.at(-1)!) && link.textContent!.trim() === this.text.trim();
  }

  isUnchanged(): boolean {
    const { nodes, starts, text } = this;
    for (let i = 0; i < nodes.length; i++) {
      const length = (i + 1 < nodes.length ? starts[i + 1]! : text.length) - starts[i]!;
      if (!nodes[i]!.isConnected || nodes[i]!.length !== length) return false;
    }
    return true;
  }
}

/**
 * A block that is one element's whole text: read with textContent, which a browser answers
 * natively without handing each node to script. Its text nodes are found only as far as a
 * mention needs them (most blocks hold none).
 */
class ElementBlock implements TextBlock {
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private walker: TreeWalker | null = null;
  /** Where the text of the nodes found so far ends. */
  private end = 0;

  private constructor(
    private readonly element: Element,
    readonly text: string,
  ) {}

  /** The element's block, or null when its text is only white space. */
  static of(element: Element): ElementBlock | null {
    const text = element.textContent ?? '';
    return /\S/.test(text) ? new ElementBlock(element, text) : null;
  }

  locate(offset: number, atEnd: boolean): [Text, number] {
    // textContent joins exactly these: every Text (and CDATA, a kind of Text) descendant.
    this.walker ??= this.element.ownerDocument.createTreeWalker(this.element, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION);
    while (this.end < offset || (!atEnd && this.end === offset && this.end < this.text.length)) {
      const node = this.walker.nextNode() as Text | null;
      if (!node) break;
      // `length`, not `data.length`: reading data would copy each node's text into a string.
      const length = node.length;
      if (length === 0) continue;
      this.nodes.push(node);
      this.starts.push(this.end);
      this.end += length;
    }
    const i = nodeAt(this.starts, offset, atEnd);
    return [this.nodes[i]!, offset - this.starts[i]!];
  }

  isLink(): boolean {
    const { element } = this;
    // Inside a link (a teaser whose headline and summary are one link) or one itself.
    if (element.closest('a')) return true;
    const only = element.childElementCount === 1 ? element.firstElementChild! : null;
    // Nothing but white space beside the one link (a list item, a heading of a list of stories).
    return only !== null && (only.tagName === 'A' || only.tagName === 'a') && only.textContent!.trim() === this.text.trim();
  }

  /** Also forgets the nodes found so far if the page replaced any of them, even with the same text. */
  isUnchanged(): boolean {
    if (!this.element.isConnected || this.element.textContent !== this.text) return false;
    for (let i = 0; i < this.nodes.length; i++) {
      const length = (i + 1 < this.nodes.length ? this.starts[i + 1]! : this.end) - this.starts[i]!;
      if (!this.nodes[i]!.isConnected || this.nodes[i]!.length !== length) {
        this.nodes.length = 0;
        this.starts.length = 0;
        this.walker = null;
        this.end = 0;
        break;
      }
    }
    return true;
  }
}

/**
 * The index of the part holding `offset`, by binary search over the parts' starts; at a boundary,
 * `atEnd` keeps the earlier part.
 */
export function nodeAt(starts: readonly number[], offset: number, atEnd: boolean): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid]!;
    if (s < offset || (!atEnd && s === offset)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** XHTML's CDATA sections are Text too, and textContent includes them. */
const CDATA_SECTION_NODE = 4;

/** Maps a span of a block's text to a static range over its text nodes (marker.ts PageMention). */
export function blockRange(block: TextBlock, start: number, end: number): StaticRange {
  const [startContainer, startOffset] = block.locate(start, false);
  const [endContainer, endOffset] = block.locate(end, true);
  return new StaticRange({ startContainer, startOffset, endContainer, endOffset });
}
