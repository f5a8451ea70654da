/**
 * Marks mentions with the CSS Custom Highlight API: the page's DOM is never changed, so Arabic
 * letters keep joining and page scripts see nothing (docs/decisions/0002-css-highlights.md).
 * One highlight per kind of mention, each styled by a `::highlight()` rule in the document.
 * On pages with very many marks only those near the viewport are registered (near-viewport.ts);
 * all of them are kept for hit-testing and the keyboard walk. The hit-testing index is built in
 * idle time after marks are added, and at once where the pointer or a rescan needs it sooner:
 * drawing the marks of a long page does not wait for it, nor does the first hover.
 */
import { TIMING } from '../timing';
import { mentionAtPoint } from './hit-test';
import { HIGHLIGHT_NAMES, inDocumentOrder, isLive, startIn, textNodesOf, type MentionKind, type MentionMarker, type PageMention } from './marker';
import { NearViewport } from './near-viewport';

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * Up to this many marks every range is registered; beyond it, only the ranges near the viewport
 * (near-viewport.ts), which keeps the frame after each change short on very long pages.
 */
const REGISTER_ALL_UP_TO = 500;

export class Highlighter implements MentionMarker {
  private readonly highlights = new Map<MentionKind, Highlight>();
  private readonly byRange = new Map<AbstractRange, PageMention>();
  /** Mentions by the text node they start in, sorted by start offset (for hit-testing). */
  private readonly byNode = new Map<Node, PageMention[]>();
  /** The text nodes each mention covers, so that removing it touches only their lists. */
  private readonly nodesOf = new Map<PageMention, Node[]>();
  /** Elements that hold marked text: pointer moves over any other element cost nothing. */
  private readonly markedElements = new WeakSet<Element>();
  /** Marks added since byNode, nodesOf and markedElements were last brought up to date. */
  private unindexed: PageMention[] = [];
  /** The idle callback that indexes them, or 0. */
  private idleIndexing = 0;
  /** Set once the page has more than `registerAllUpTo` marks, or a scan hands marks over before it ends. */
  private nearViewport: NearViewport | null = null;
  /** mentionsInOrder's answer, kept until marks are added or removed (the keyboard walk asks on every step). */
  private ordered: PageMention[] | null = null;

  constructor(private readonly registerAllUpTo = REGISTER_ALL_UP_TO) {
    for (const kind of Object.keys(HIGHLIGHT_NAMES) as MentionKind[]) {
      const highlight = new Highlight();
      this.highlights.set(kind, highlight);
      CSS.highlights.set(HIGHLIGHT_NAMES[kind], highlight);
    }
  }

  add(mentions: readonly PageMention[], following = 0, moreLater = false): void {
    if (mentions.length > 0) this.ordered = null;
    // Decided before any is registered: registering far marks and hiding them again in the next
    // frame made that frame repaint the whole of a long page.
    if (!this.nearViewport && (moreLater || this.byRange.size + mentions.length + following > this.registerAllUpTo)) this.registerNearViewportOnly();
    for (const mention of mentions) {
      this.byRange.set(mention.range, mention);
      this.unindexed.push(mention);
      if (this.nearViewport) this.nearViewport.add(mention);
      else this.show(mention);
    }
    // Near-viewport marks are registered once the last group is in, in the same task: each frame
    // that draws a change to the highlights costs a long page its whole pre-paint walk.
    if (following === 0) this.nearViewport?.refresh();
    if (following === 0) this.registerAgain();
    if (following === 0) this.indexWhenIdle();
  }

  /** Indexes the marks not yet indexed in idle time, a slice at a time. */
  private indexWhenIdle(): void {
    if (this.idleIndexing !== 0 || this.unindexed.length === 0) return;
    this.idleIndexing = requestIdleCallback((deadline) => {
      this.idleIndexing = 0;
      const until = performance.now() + TIMING.scanSliceMs;
      this.index(() => deadline.timeRemaining() > 0 && performance.now() < until);
      this.indexWhenIdle();
    });
  }

  /**
   * Adds the marks not yet indexed to the hit-testing index: all of them, or while `more()` says
   * so. Every pointer move asks, so an index that is up to date costs one comparison.
   */
  private index(more?: () => boolean): void {
    let done = 0;
    for (; done < this.unindexed.length && (!more || more()); done++) {
      const mention = this.unindexed[done]!;
      // Text the page removed since: the range lies on an element now. removeWithin drops the mark.
      if (!isLive(mention.range)) continue;
      const nodes = textNodesOf(mention.range);
      this.nodesOf.set(mention, nodes);
      for (const node of nodes) {
        const list = this.byNode.get(node);
        if (list) insertSorted(list, mention, node);
        else this.byNode.set(node, [mention]);
        // The pointer event's target is the innermost element, the marked text's own parent.
        if (node.parentElement) this.markedElements.add(node.parentElement);
      }
    }
    if (done > 0) this.unindexed.splice(0, done);
  }

  /**
   * The registry is the page's too: a page may clear it or put its own highlights under our names.
   * Ours go back when marks are added and when the pointer looks for a mark.
   */
  private registerAgain(): void {
    for (const [kind, highlight] of this.highlights) {
      if (CSS.highlights.get(HIGHLIGHT_NAMES[kind]) !== highlight) CSS.highlights.set(HIGHLIGHT_NAMES[kind], highlight);
    }
  }

  removeWithin(roots: readonly Node[]): void {
    if (this.byRange.size === 0) return; // the first scan: no walk over the whole page
    this.index();
    // Text that left the page: one cheap check per mark.
    for (const mention of this.byRange.values()) {
      if (!isLive(mention.range)) this.remove(mention);
    }
    // Marks inside the roots: found through the roots' own text nodes, not by testing every mark.
    for (const root of roots) {
      if (root.nodeType === Node.TEXT_NODE) this.removeStartingIn(root);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) this.removeStartingIn(node);
    }
  }

  private removeStartingIn(node: Node): void {
    const list = this.byNode.get(node);
    if (!list) return;
    for (const mention of list.filter((m) => m.range.startContainer === node)) this.remove(mention);
  }

  private remove(mention: PageMention): void {
    this.ordered = null;
    this.hide(mention);
    this.nearViewport?.delete(mention);
    this.byRange.delete(mention.range);
    for (const node of this.nodesOf.get(mention) ?? []) {
      const rest = this.byNode.get(node)?.filter((m) => m !== mention) ?? [];
      if (rest.length) this.byNode.set(node, rest);
      else this.byNode.delete(node);
    }
    this.nodesOf.delete(mention);
  }

  /**
   * From now on only marks near the viewport are registered. Those registered so far stay until
   * the first refresh hides the far ones, so nothing near the reader blinks.
   */
  private registerNearViewportOnly(): void {
    this.nearViewport = new NearViewport((m) => this.show(m), (m) => this.hide(m));
    for (const mention of this.byRange.values()) this.nearViewport.add(mention, true);
  }

  private show(mention: PageMention): void {
    this.highlights.get(mention.kind)!.add(mention.range);
  }

  private hide(mention: PageMention): void {
    this.highlights.get(mention.kind)!.delete(mention.range);
  }

  mentionAt(x: number, y: number): PageMention | undefined {
    this.registerAgain();
    this.index();
    return mentionAtPoint(x, y, (range) => this.byRange.get(range), (node) => this.byNode.get(node) ?? []);
  }

  mayHaveMarks(target: EventTarget | null): boolean {
    if (!(target instanceof Element)) return false;
    this.index();
    return this.markedElements.has(target);
  }

  get count(): number {
    return this.byRange.size;
  }

  mentionsInOrder(): readonly PageMention[] {
    this.ordered ??= inDocumentOrder(this.byRange.values());
    return this.ordered;
  }

  dispose(): void {
    cancelIdleCallback(this.idleIndexing);
    this.idleIndexing = 0;
    this.nearViewport?.dispose();
    this.nearViewport = null;
    // Only our own: a newer instance of the script may have registered its highlights under these names.
    for (const [kind, highlight] of this.highlights) if (CSS.highlights.get(HIGHLIGHT_NAMES[kind]) === highlight) CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
    this.highlights.clear();
    this.byRange.clear();
    this.byNode.clear();
    this.nodesOf.clear();
    this.unindexed = [];
    this.ordered = null;
  }
}

/** Inserts a mention into a node's list, keeping it sorted by where each mention starts there. */
function insertSorted(list: PageMention[], mention: PageMention, node: Node): void {
  const start = startIn(mention, node);
  let i = list.length;
  while (i > 0 && startIn(list[i - 1]!, node) > start) i--;
  list.splice(i, 0, mention);
}
