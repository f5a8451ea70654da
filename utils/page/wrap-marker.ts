/**
 * The fallback for engines without CSS Custom Highlights: each mention's text is wrapped in
 * <siyaq-mark> elements (one per text node it spans, so a name split across inline elements
 * stays correct). The element is inline and styled only with a text decoration, so nothing
 * reflows; `dispose` and `removeWithin` unwrap and join the text back as it was.
 */
import { inDocumentOrder, type MentionKind, type MentionMarker, type PageMention } from './marker';

export const WRAP_TAG = 'siyaq-mark';

export function wrapMarkerCss(colours: Readonly<Record<MentionKind, string>>): string {
  return (Object.keys(colours) as MentionKind[])
    .map((kind) => `${WRAP_TAG}[data-kind="${kind}"] { all: unset; display: inline !important; text-decoration: underline dotted ${colours[kind]} !important; text-decoration-thickness: 2px !important; }`)
    .join('\n');
}

export class WrapMarker implements MentionMarker {
  private readonly wrappers = new Map<PageMention, HTMLElement[]>();
  private readonly byElement = new WeakMap<Element, PageMention>();

  add(mentions: readonly PageMention[]): void {
    // Wrapping splits text nodes; ranges are live and follow the splits, so order does not matter.
    for (const mention of mentions) {
      const elements = textSegments(mention.range).map(({ node, start, end }) => wrap(node, start, end, mention.kind));
      this.wrappers.set(mention, elements);
      for (const el of elements) this.byElement.set(el, mention);
    }
  }

  removeWithin(root: Node): void {
    for (const [mention, elements] of this.wrappers) {
      if (elements.some((el) => !el.isConnected || root.contains(el))) this.unwrap(mention, elements);
    }
  }

  mentionAt(_x: number, _y: number, target: EventTarget | null): PageMention | undefined {
    const el = target instanceof Element ? target.closest(WRAP_TAG) : null;
    return el ? this.byElement.get(el) : undefined;
  }

  mayHaveMarks(target: EventTarget | null): boolean {
    return target instanceof Element && target.closest(WRAP_TAG) !== null;
  }

  get count(): number {
    return this.wrappers.size;
  }

  mentionsInOrder(): PageMention[] {
    return inDocumentOrder(this.wrappers.keys());
  }

  dispose(): void {
    for (const [mention, elements] of this.wrappers) this.unwrap(mention, elements);
  }

  private unwrap(mention: PageMention, elements: HTMLElement[]): void {
    for (const el of elements) {
      const parent = el.parentNode;
      if (!parent) continue;
      const text = el.firstChild;
      el.replaceWith(...el.childNodes);
      if (text?.nodeType === Node.TEXT_NODE) joinWithNeighbours(text as Text);
    }
    this.wrappers.delete(mention);
  }
}

function wrap(node: Text, start: number, end: number, kind: MentionKind): HTMLElement {
  const middle = start > 0 ? node.splitText(start) : node;
  if (end - start < middle.data.length) middle.splitText(end - start);
  const el = node.ownerDocument.createElement(WRAP_TAG);
  el.dataset.kind = kind;
  middle.replaceWith(el);
  el.append(middle);
  return el;
}

/** Joins a text node with adjacent text nodes, undoing the splits that wrapping made. */
function joinWithNeighbours(text: Text): void {
  const previous = text.previousSibling;
  if (previous?.nodeType === Node.TEXT_NODE) {
    (previous as Text).appendData(text.data);
    text.remove();
    text = previous as Text;
  }
  const next = text.nextSibling;
  if (next?.nodeType === Node.TEXT_NODE) {
    text.appendData((next as Text).data);
    next.remove();
  }
}

/** The part of each text node that a range covers. */
function textSegments(range: Range): { node: Text; start: number; end: number }[] {
  const segments: { node: Text; start: number; end: number }[] = [];
  const walker = range.startContainer.ownerDocument!.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  walker.currentNode = range.startContainer;
  for (let node: Node | null = range.startContainer; node; node = walker.nextNode()) {
    const text = node as Text;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : text.data.length;
    if (end > start) segments.push({ node: text, start, end });
    if (node === range.endContainer) break;
  }
  return segments;
}
