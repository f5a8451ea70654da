/**
 * A marker that holds the marks a scan hands it until it is opened onto the marker that draws
 * them. The content script reads the page while the reader's settings are on their way (they say
 * whether Siyaq is on for the site, which types to mark and how): nothing reaches the page before
 * they have come, and a site that is off never shows a mark (site-switch.ts).
 */
import { isLive, type MentionMarker, type PageMention } from './marker';

/** The performance mark set when a page's first marks reach the marker that draws them. */
export const FIRST_MARK = 'siyaq:first-mark';

interface HeldGroup {
  readonly mentions: readonly PageMention[];
  readonly following?: number;
  readonly moreLater?: boolean;
}

export class HeldMarker implements MentionMarker {
  private target: MentionMarker | null = null;
  private held: HeldGroup[] = [];
  private disposed = false;
  private drewAny = false;

  /** From now on marks go to `target`, those held first, in the order they came. */
  open(target: MentionMarker): void {
    if (this.disposed || this.target) return;
    this.target = target;
    const held = this.held;
    this.held = [];
    for (const group of held) this.add(group.mentions, group.following, group.moreLater);
  }

  add(mentions: readonly PageMention[], following?: number, moreLater?: boolean): void {
    if (this.disposed) return;
    if (!this.target) {
      this.held.push({ mentions, following, moreLater });
      return;
    }
    this.target.add(mentions, following, moreLater);
    if (!this.drewAny && mentions.length > 0) {
      this.drewAny = true;
      // The benchmark's time to first mark reads this, from navigation start: the page's first.
      if (performance.getEntriesByName(FIRST_MARK).length === 0) performance.mark(FIRST_MARK);
    }
  }

  removeWithin(roots: readonly Node[]): void {
    if (this.target) return this.target.removeWithin(roots);
    const kept = (mention: PageMention) => isLive(mention.range) && !roots.some((root) => root.contains(mention.range.startContainer));
    this.held = this.held.map((group) => ({ ...group, mentions: group.mentions.filter(kept) })).filter((group) => group.mentions.length > 0);
  }

  mentionAt(x: number, y: number, target: EventTarget | null): PageMention | undefined {
    return this.target?.mentionAt(x, y, target);
  }

  mayHaveMarks(target: EventTarget | null): boolean {
    return this.target?.mayHaveMarks(target) ?? false;
  }

  mentionsInOrder(): readonly PageMention[] {
    return this.target?.mentionsInOrder() ?? [];
  }

  get count(): number {
    return this.target?.count ?? 0;
  }

  dispose(): void {
    this.disposed = true;
    this.held = [];
    this.target?.dispose();
  }
}
