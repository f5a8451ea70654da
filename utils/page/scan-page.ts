/**
 * Scans a page, or the parts of it that changed, for entity mentions and hands them to the marker.
 * All work — collecting text, folding, matching, making ranges — is cut into slices that yield to
 * the page between them, so no task runs long (TIMING.scanSliceMs).
 */
import { fold, originalSpan, type FoldedText } from '../arabic/fold';
import type { MatchIndex } from '../match/match-index';
import type { Candidate, Matcher } from '../match/matcher';
import { fullyMentioned, resolveMentions, type Mention } from '../match/resolve';
import { TIMING } from '../timing';
import type { MentionMarker, PageMention } from './marker';
import { blockRange, isUnchanged, textBlocks, type TextBlock } from './text-blocks';

interface ScannedBlock {
  readonly block: TextBlock;
  readonly folded: FoldedText;
  readonly candidates: readonly Candidate[];
}

export class PageScanner {
  /** Entities fully named somewhere on this page: their short aliases are safe here. */
  private readonly mentionedOnPage = new Set<number>();
  /** The scan under way: scans run one after another, so that none marks a name another has marked. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly index: MatchIndex,
    private readonly matcher: Matcher,
    private readonly marker: MentionMarker,
  ) {}

  /**
   * Scans the subtrees `roots` (dropping their old marks first) once the scans before it are
   * done, and marks what it finds; resolves with the number of mentions added.
   */
  scan(roots: readonly Node[], signal?: AbortSignal): Promise<number> {
    const run = this.queue.then(() => this.scanNow(roots, signal));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async scanNow(roots: readonly Node[], signal: AbortSignal | undefined): Promise<number> {
    const slicer = new Slicer(signal);
    const scanned: ScannedBlock[] = [];
    this.marker.removeWithin(roots);
    for (const root of roots) {
      for (const block of textBlocks(root)) {
        if (await slicer.pause()) return 0;
        const folded = fold(block.text);
        const candidates = this.matcher.scan(folded.text);
        if (candidates.length > 0) scanned.push({ block, folded, candidates });
      }
    }
    for (const e of fullyMentioned(this.index, scanned.map((s) => ({ text: s.folded.text, candidates: s.candidates })))) this.mentionedOnPage.add(e);

    let added = 0;
    for (const { block, folded, candidates } of scanned) {
      if (await slicer.pause()) return added;
      if (!isUnchanged(block)) continue; // the page changed it meanwhile; its rescan follows
      const mentions = resolveMentions(this.index, { text: folded.text, candidates }, this.mentionedOnPage);
      const pageMentions = toPageMentions(this.index, block, folded, mentions);
      this.marker.add(pageMentions);
      added += pageMentions.length;
    }
    return added;
  }
}

/** Mentions found in a block's folded text, as ranges over the block's text nodes. */
export function toPageMentions(index: MatchIndex, block: TextBlock, folded: FoldedText, mentions: readonly Mention[]): PageMention[] {
  return mentions.map((m) => {
    const entities = m.entities.map((e) => index.entities[e]!);
    const [start, end] = originalSpan(folded, m.start, m.end);
    return {
      range: blockRange(block, start, end),
      kind: entities.length > 1 ? 'ambiguous' : entities[0]!.type,
      entityIds: entities.map((e) => e.id),
    };
  });
}

/** Decides when a slice of work has used its time, and yields to the page then. */
class Slicer {
  private sliceStart = performance.now();
  constructor(private readonly signal: AbortSignal | undefined) {}

  /** Yields when the slice is used up; resolves true when the work should stop. */
  async pause(): Promise<boolean> {
    if (performance.now() - this.sliceStart > TIMING.scanSliceMs) {
      await yieldToPage();
      this.sliceStart = performance.now();
    }
    return this.signal?.aborted ?? false;
  }
}

function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
