/**
 * The fallback for engines without CSS Custom Highlights: each mention's text is wrapped in
 * <siyaq-mark> elements (one per text node it spans, so a name split across inline elements
 * stays correct). The element is inline and styled only with a text decoration, so nothing
 * reflows; `dispose` and `removeWithin` unwrap and join back the text nodes that wrapping split,
 * and only those (a page's framework may hold on to its own text nodes).
 */
import { inDocumentOrder, liveRange, textSegments, type MentionKind, type MentionMarker, type PageMention } from './marker';

/** The wrapper's tag; text-blocks.ts lists it among the inline tags. */
const WRAP_TAG = 'siyaq-mark';

/** Which sides of a wrapper's text wrapping split off from the page's text node. */
interface Splits {
  readonly before: boolean;
  readonly after: boolean;
}

export function wrapMarkerCss(decorations: Readonly<Record<MentionKind, string>>): string {
  return (Object.keys(decorations) as MentionKind[]).map((kind) => `${WRAP_TAG}[data-kind="${kind}"] { all: unset; display: inline !important; ${decorations[kind]} }`).join('\n');
}

export class WrapMarker implements MentionMarker {
  private readonly wrappers = new Map<PageMention, HTMLElement[]>();
  private readonly byElement = new WeakMap<Element, PageMention>();
  private readonly splits = new WeakMap<Element, Splits>();

  add(mentions: readonly PageMention[]): void {
    // Wrapping splits text nodes: live ranges, all made before any split, follow the splits, so
    // order does not matter. (Only this fallback keeps live ranges: it changes the DOM itself.)
    const live = mentions.map((mention) => ({ ...mention, range: liveRange(mention.range) }));
    for (const mention of live) {
      const elements = textSegments(mention.range).map(({ node, start, end }) => {
        const before = start > 0;
        const after = end < node.data.length;
        const el = wrap(node, start, end, mention.kind);
        this.splits.set(el, { before, after });
        return el;
      });
      this.wrappers.set(mention, elements);
      for (const el of elements) this.byElement.set(el, mention);
    }
  }

  removeWithin(roots: readonly Node[]): void {
    for (const [mention, elements] of this.wrappers) {
      if (elements.some((el) => !el.isConnected || roots.some((root) => root.contains(el)))) this.unwrap(mention, elements);
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

  mentionsInOrder(): readonly PageMention[] {
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
      if (text?.nodeType === Node.TEXT_NODE) joinSplits(text as Text, this.splits.get(el)!);
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

/** Joins a text node with the neighbours that wrapping split off it, and with no other. */
function joinSplits(text: Text, splits: Splits): void {
  const previous = text.previousSibling;
  if (splits.before && previous?.nodeType === Node.TEXT_NODE) {
    (previous as Text).appendData(text.data);
    text.remove();
    text = previous as Text;
  }
  const next = text.nextSibling;
  if (splits.after && next?.nodeType === Node.TEXT_NODE) {
    text.appendData((next as Text).data);
    next.remove();
  }
}
