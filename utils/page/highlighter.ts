/**
 * Marks mentions with the CSS Custom Highlight API: the page's DOM is never changed, so Arabic
 * letters keep joining and page scripts see nothing (docs/decisions/0002-css-highlights.md).
 * One highlight per kind of mention, each styled by a `::highlight()` rule in the document.
 */
import { mentionAtPoint } from './hit-test';
import { HIGHLIGHT_NAMES, inDocumentOrder, type MentionKind, type MentionMarker, type PageMention } from './marker';

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Highlighter implements MentionMarker {
  private readonly highlights = new Map<MentionKind, Highlight>();
  private readonly byRange = new Map<Range, PageMention>();
  /** Mentions by the text node they start in, sorted by start offset (for hit-testing). */
  private readonly byNode = new Map<Node, PageMention[]>();
  /** Elements that hold marked text: pointer moves over any other element cost nothing. */
  private readonly markedElements = new WeakSet<Element>();

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
      for (const node of textNodesOf(mention.range)) {
        const list = this.byNode.get(node) ?? [];
        list.push(mention);
        list.sort((a, b) => startIn(a, node) - startIn(b, node));
        this.byNode.set(node, list);
        // The pointer event's target is the innermost element, the marked text's own parent.
        if (node.parentElement) this.markedElements.add(node.parentElement);
      }
    }
  }

  removeWithin(root: Node): void {
    for (const mention of this.byRange.values()) {
      const start = mention.range.startContainer;
      if (!start.isConnected || root.contains(start)) this.remove(mention);
    }
  }

  private remove(mention: PageMention): void {
    this.highlights.get(mention.kind)!.delete(mention.range);
    this.byRange.delete(mention.range);
    for (const [node, list] of this.byNode) {
      if (!list.includes(mention)) continue;
      const rest = list.filter((m) => m !== mention);
      if (rest.length) this.byNode.set(node, rest);
      else this.byNode.delete(node);
    }
  }

  mentionAt(x: number, y: number): PageMention | undefined {
    return mentionAtPoint(x, y, (range) => this.byRange.get(range as Range), (node) => this.byNode.get(node) ?? []);
  }

  mayHaveMarks(target: EventTarget | null): boolean {
    return target instanceof Element && this.markedElements.has(target);
  }

  get count(): number {
    return this.byRange.size;
  }

  mentionsInOrder(): PageMention[] {
    return inDocumentOrder(this.byRange.values());
  }

  dispose(): void {
    for (const kind of this.highlights.keys()) CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
    this.highlights.clear();
    this.byRange.clear();
    this.byNode.clear();
  }
}

/** Where a mention starts inside `node` (0 when it starts in an earlier node). */
function startIn(mention: PageMention, node: Node): number {
  return mention.range.startContainer === node ? mention.range.startOffset : 0;
}

/** The text nodes a range covers (a name split across inline elements covers several). */
function textNodesOf(range: Range): Node[] {
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
