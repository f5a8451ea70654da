/**
 * What the page scanner and the card controller need from whatever marks mentions on the page:
 * CSS Custom Highlights where the engine has them (highlighter.ts), wrapper elements elsewhere
 * (wrap-marker.ts).
 */
import type { EntityType } from '../match/match-index';

export type MentionKind = EntityType | 'ambiguous';

export interface PageMention {
  readonly range: Range;
  readonly kind: MentionKind;
  /** Entity ids: one when resolved, several when ambiguous (or a dual's two). */
  readonly entityIds: readonly string[];
  /** A dual (وزارتي الداخلية): it names two of the entities together, rather than one of them. */
  readonly dual?: boolean;
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
  return [...mentions].sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
}

/** Where a mention starts inside `node` (0 when it starts in an earlier node). */
export function startIn(mention: PageMention, node: Node): number {
  return mention.range.startContainer === node ? mention.range.startOffset : 0;
}

/**
 * Whether a mark's live Range still spans page text: when the page removes its text, the Range
 * collapses onto the element that held it.
 */
export function isLive(range: Range): boolean {
  return !range.collapsed && isText(range.startContainer) && isText(range.endContainer) && range.startContainer.isConnected;
}

function isText(node: Node): boolean {
  return node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE;
}

/** The text nodes a range covers, first to last (a name split across inline elements covers several). */
export function textNodesOf(range: Range): Text[] {
  const first = range.startContainer as Text;
  if (first === range.endContainer) return [first];
  const nodes: Text[] = [first];
  const walker = first.ownerDocument.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION);
  walker.currentNode = first;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    if (node === range.endContainer) break;
  }
  return nodes;
}
