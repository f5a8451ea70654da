/**
 * Marks mentions with the CSS Custom Highlight API: the page's DOM is never changed, so Arabic
 * letters keep joining and page scripts see nothing (docs/decisions/0002-css-highlights.md).
 * One highlight per kind of mention, each styled by a `::highlight()` rule in the document.
 */
import type { EntityType } from '../match/match-index';

export type MentionKind = EntityType | 'ambiguous';

export interface PageMention {
  readonly range: Range;
  readonly kind: MentionKind;
  /** Entity ids: one when resolved, several when ambiguous. */
  readonly entityIds: readonly string[];
}

export const HIGHLIGHT_NAMES: Readonly<Record<MentionKind, string>> = {
  person: 'siyaq-person',
  organization: 'siyaq-organization',
  ambiguous: 'siyaq-ambiguous',
};

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Highlighter {
  private readonly highlights = new Map<MentionKind, Highlight>();
  private readonly byRange = new Map<Range, PageMention>();
  private readonly byNode = new Map<Node, PageMention[]>();

  constructor() {
    for (const kind of Object.keys(HIGHLIGHT_NAMES) as MentionKind[]) {
      const highlight = new Highlight();
      this.highlights.set(kind, highlight);
      CSS.highlights.set(HIGHLIGHT_NAMES[kind], highlight);
    }
  }

  add(mentions: readonly PageMention[]): void {
    for (const mention of mentions) {
      this.highlights.get(mention.kind)!.add(mention.range);
      this.byRange.set(mention.range, mention);
      for (const node of nodesOf(mention.range)) {
        const list = this.byNode.get(node);
        if (list) list.push(mention);
        else this.byNode.set(node, [mention]);
      }
    }
  }

  /** Drops the mentions that touch any of these nodes (removed or changed by the page). */
  removeNodes(nodes: Iterable<Node>): void {
    for (const node of nodes) {
      for (const mention of this.byNode.get(node) ?? []) {
        this.highlights.get(mention.kind)!.delete(mention.range);
        this.byRange.delete(mention.range);
        for (const other of nodesOf(mention.range)) {
          const list = this.byNode.get(other)?.filter((m) => m !== mention);
          if (list?.length) this.byNode.set(other, list);
          else this.byNode.delete(other);
        }
      }
    }
  }

  get count(): number {
    return this.byRange.size;
  }

  /** Mentions in reading (document) order. */
  mentionsInOrder(): PageMention[] {
    return [...this.byRange.values()].sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  }

  forRange(range: AbstractRange): PageMention | undefined {
    return this.byRange.get(range as Range);
  }

  /** Mentions that touch a text node, for hit-testing without highlightsFromPoint. */
  forNode(node: Node): readonly PageMention[] {
    return this.byNode.get(node) ?? [];
  }

  dispose(): void {
    for (const kind of this.highlights.keys()) CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
    this.highlights.clear();
    this.byRange.clear();
    this.byNode.clear();
  }
}

/** The text nodes a range covers (a name split across inline elements covers several). */
function nodesOf(range: Range): Node[] {
  if (range.startContainer === range.endContainer) return [range.startContainer];
  const nodes: Node[] = [];
  const walker = range.startContainer.ownerDocument!.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  walker.currentNode = range.startContainer;
  for (let node: Node | null = range.startContainer; node; node = walker.nextNode()) {
    nodes.push(node);
    if (node === range.endContainer) break;
  }
  return nodes;
}
