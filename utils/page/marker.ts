/**
 * What the page scanner and the card controller need from whatever marks mentions on the page:
 * CSS Custom Highlights where the engine has them (highlighter.ts), wrapper elements elsewhere
 * (wrap-marker.ts).
 */
import type { EntityType } from '../match/match-index';

export type MentionKind = EntityType | 'ambiguous';

export interface PageMention {
  /**
   * Where the name stands. A StaticRange, not a live Range: the browser updates every live Range
   * of a document on each change to its DOM, so thousands of marks would slow every script of
   * the page (decision 0002). A change to the marked text is met by a rescan, not by the range.
   */
  readonly range: AbstractRange;
  readonly kind: MentionKind;
  /** Entity ids: one when resolved, several when ambiguous (or a dual's two). */
  readonly entityIds: readonly string[];
  /** A dual (وزارتي الداخلية): it names two of the entities together, rather than one of them. */
  readonly dual?: boolean;
  /** Where the scan that found it read it (a scanned mention; compareStarts). */
  readonly readAt?: ReadingPlace;
}

/**
 * A mention's place in one reading of a part of the page: the scan reads each of its roots in
 * document order, block by block, so two mentions of one reading compare by their places without
 * a call into the browser, of which thousands of marks would make thousands.
 */
export interface ReadingPlace {
  /** The reading: one root of one scan. */
  readonly reading: object;
  readonly block: number;
  readonly offset: number;
}

export interface MentionMarker {
  /**
   * Marks `mentions`. A scan hands its marks over in groups: `following` more are added right
   * after these (a marker may draw once, after the last), and `moreLater` says that the scan goes
   * on and will add more after that (how many marks the page will have is not known yet).
   */
  add(mentions: readonly PageMention[], following?: number, moreLater?: boolean): void;
  /** Drops the marks that start inside any of `roots` (before they are scanned again) and those whose text left the page. */
  removeWithin(roots: readonly Node[]): void;
  /** The mention under a viewport point; `target` is the element the pointer event reported. */
  mentionAt(x: number, y: number, target: EventTarget | null): PageMention | undefined;
  /** Cheap pre-check for pointer moves: false when no mark lies inside this element. */
  mayHaveMarks(target: EventTarget | null): boolean;
  /** Mentions in reading (document) order. */
  mentionsInOrder(): readonly PageMention[];
  readonly count: number;
  dispose(): void;
}

/**
 * A marker that adds to `marker`'s work where it marks or drops marks (counting them, leaving some
 * out) and hands every other call to it unchanged.
 */
export function wrapMarker(marker: MentionMarker, changes: Partial<Pick<MentionMarker, 'add' | 'removeWithin'>>): MentionMarker {
  return {
    add: changes.add ?? ((mentions, following, moreLater) => marker.add(mentions, following, moreLater)),
    removeWithin: changes.removeWithin ?? ((roots) => marker.removeWithin(roots)),
    mentionAt: (x, y, target) => marker.mentionAt(x, y, target),
    mayHaveMarks: (target) => marker.mayHaveMarks(target),
    mentionsInOrder: () => marker.mentionsInOrder(),
    get count() {
      return marker.count;
    },
    dispose: () => marker.dispose(),
  };
}

export const HIGHLIGHT_NAMES: Readonly<Record<MentionKind, string>> = {
  person: 'siyaq-person',
  organization: 'siyaq-organization',
  ambiguous: 'siyaq-ambiguous',
};

/** Sorts mentions by their position in the document. */
export function inDocumentOrder(mentions: Iterable<PageMention>): PageMention[] {
  return [...mentions].sort(compareStarts);
}

/** Negative when mention `a` starts before `b` in the document, positive when after, 0 at the same point. */
export function compareStarts(a: PageMention, b: PageMention): number {
  if (a.readAt && b.readAt && a.readAt.reading === b.readAt.reading) return a.readAt.block - b.readAt.block || a.readAt.offset - b.readAt.offset;
  const x = a.range;
  const y = b.range;
  if (x.startContainer === y.startContainer) return x.startOffset - y.startOffset;
  const position = x.startContainer.compareDocumentPosition(y.startContainer);
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : position & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
}

/**
 * A live Range over the same text, for what only a Range answers (its rectangles, whether it
 * holds a point). Made for the moment and let go: a Range kept alive slows the page's changes.
 */
export function liveRange(range: AbstractRange): Range {
  if (range instanceof Range) return range;
  const live = range.startContainer.ownerDocument!.createRange();
  // Within the nodes as they are now: text the page shortened since would make setStart throw.
  live.setStart(range.startContainer, Math.min(range.startOffset, lengthOf(range.startContainer)));
  live.setEnd(range.endContainer, Math.min(range.endOffset, lengthOf(range.endContainer)));
  return live;
}

/** A node's length as range offsets count it: characters in text, children elsewhere. */
function lengthOf(node: Node): number {
  return isText(node) ? (node as Text).length : node.childNodes.length;
}

/** The text a mark's range covers. */
export function textOf(range: AbstractRange): string {
  return textSegments(range)
    .map(({ node, start, end }) => node.data.slice(start, end))
    .join('');
}

/** The part of each text node that a range covers, first to last, empty parts left out. */
export function textSegments(range: AbstractRange): { node: Text; start: number; end: number }[] {
  return textNodesOf(range)
    .map((node) => ({
      node,
      start: node === range.startContainer ? range.startOffset : 0,
      end: node === range.endContainer ? range.endOffset : node.data.length,
    }))
    .filter((segment) => segment.end > segment.start);
}

/** Where a mention starts inside `node` (0 when it starts in an earlier node). */
export function startIn(mention: PageMention, node: Node): number {
  return mention.range.startContainer === node ? mention.range.startOffset : 0;
}

/**
 * Whether a mark's range still spans page text: its text nodes are in the page and hold its
 * offsets. (A live Range that lost its text collapses onto the element that held it.)
 */
export function isLive(range: AbstractRange): boolean {
  const { startContainer: start, endContainer: end } = range;
  return !range.collapsed && isText(start) && isText(end) && start.isConnected && end.isConnected && range.startOffset <= (start as Text).length && range.endOffset <= (end as Text).length;
}

function isText(node: Node): boolean {
  return node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE;
}

/** The text nodes a range covers, first to last (a name split across inline elements covers several). */
export function textNodesOf(range: AbstractRange): Text[] {
  const first = range.startContainer as Text;
  if (first === range.endContainer) return [first];
  const nodes: Text[] = [first];
  let root: Node = first;
  while (root.parentNode && !root.contains(range.endContainer)) root = root.parentNode;
  const walker = first.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION);
  walker.currentNode = first;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    if (node === range.endContainer) break;
  }
  return nodes;
}
