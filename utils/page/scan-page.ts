/**
 * Scans a page, or the parts of it that changed, for entity mentions and hands them to the marker.
 * Text is read in batches of blocks: each batch is folded, matched and resolved as one string,
 * its blocks joined by line breaks, which end a name and a context window as a block boundary
 * does. One long string keeps the hot loops running long enough for the engine to optimise them
 * on a page's first scan. Between batches the scan yields to the page (TIMING.scanSliceMs).
 */
import { fold, originalSpan, type FoldedText } from '../arabic/fold';
import type { MatchIndex } from '../match/match-index';
import type { Candidate, Matcher } from '../match/matcher';
import { ofPageCountries, pageCountries, resolveMentions, resolveReady, type Mention } from '../match/resolve';
import { TIMING } from '../timing';
import { isLive, type MentionMarker, type PageMention } from './marker';
import { blockRange, nodeAt, TextBlockReader, type TextBlock } from './text-blocks';

/**
 * Characters of text read per batch: the first batch is small, for the first run of the code is
 * slow; batches then grow while they take under half a slice, up to the largest.
 */
const FIRST_BATCH_CHARS = 2_000;
export const BATCH_CHARS = 32_000;

/** Blocks joined into one text, and where each begins in it. */
export interface TextBatch {
  readonly blocks: readonly TextBlock[];
  readonly starts: readonly number[];
  readonly text: string;
}

/** Where a mention stands: its block, and its span in the block's text. */
interface Place {
  readonly block: TextBlock;
  readonly start: number;
  readonly end: number;
}

/**
 * Candidates of a batch that wait for the rest of the page (see resolveReady): the batch's folded
 * text, for their context words, and where each stands. Nothing else of the batch is kept: keeping
 * every batch whole (its joined text, its fold and offset map) held 17 MB of heap instead of 4 at
 * the end of reading the 5 MB benchmark page, for 540 candidates, and the garbage collector's
 * work on it fell into the frames that draw the marks.
 */
interface WaitingBatch {
  readonly text: string;
  readonly candidates: readonly Candidate[];
  /** Each candidate's place, by its start in `text`. */
  readonly places: ReadonlyMap<number, Place>;
}

export class PageScanner {
  /** Entities fully named somewhere on this page: their short aliases are safe here. */
  private readonly mentionedOnPage = new Set<number>();
  /** The scan under way: scans run one after another, so that none marks a name another has marked. */
  private queue: Promise<unknown> = Promise.resolve();
  /**
   * Ambiguous marks with all their candidates, narrowed again to the page's countries whenever a
   * scan ends: content added later may name a country in full that an earlier mark's reader needs.
   */
  private readonly sharedMarks = new Map<PageMention, readonly number[]>();

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
    const marks = new MarkBuffer(this.marker, slicer);
    const waiting: WaitingBatch[] = [];
    const mark = (mentions: readonly Mention[], pageMentions: readonly PageMention[]) => {
      mentions.forEach((m, i) => {
        if (m.entities.length > 1) this.sharedMarks.set(pageMentions[i]!, m.entities);
      });
      marks.push(pageMentions);
    };
    const lost: Node[] = [];
    this.marker.removeWithin(roots);
    this.forgetSharedMarks(roots);
    let batchChars = FIRST_BATCH_CHARS;
    for (const root of roots) {
      const reader = new TextBlockReader(root);
      for (;;) {
        const started = performance.now();
        const blocks = reader.read(batchChars);
        if (blocks.length === 0) break;
        // Read, matched and turned into ranges in one task: the page cannot change the batch meanwhile.
        const batch = joinBlocks(blocks);
        const folded = fold(batch.text);
        const scanned = { text: folded.text, candidates: this.matcher.scan(folded.text) };
        const ready = resolveReady(this.index, scanned, this.mentionedOnPage);
        mark(ready.mentions, toPageMentions(this.index, batch, folded, ready.mentions));
        if (ready.waiting.length > 0) {
          const places = new Map(ready.waiting.map((c) => [c.start, placeIn(batch, folded, c)]));
          waiting.push({ text: folded.text, candidates: ready.waiting, places });
        }
        batchChars = nextBatchChars(batchChars, performance.now() - started);
        if (marks.isDue() ? !(await marks.handOver(true)) : await slicer.pause()) return marks.handedOver;
      }
      if (reader.lost) lost.push(root);
    }
    // Short aliases that only a full mention elsewhere on the page supports, now that all is read.
    for (const { text, candidates, places } of waiting) {
      // A block the page changed since it was read is skipped (its rescan follows); each is checked once.
      const unchanged = new Map<TextBlock, boolean>();
      const mentions = resolveMentions(this.index, { text, candidates }, this.mentionedOnPage).filter((m) => {
        const { block } = places.get(m.start)!;
        if (!unchanged.has(block)) unchanged.set(block, block.isUnchanged());
        return unchanged.get(block)!;
      });
      mark(mentions, mentions.map((m) => toPageMention(this.index, places.get(m.start)!, m)));
      if (await slicer.pause()) return marks.handedOver;
    }
    await marks.handOver(false);
    this.narrowSharedMarks();
    // The page removed the node a walk was to resume from: read those roots again.
    if (lost.length > 0) void this.scan(lost, signal).catch(() => undefined);
    return marks.handedOver;
  }

  /**
   * Lists each ambiguous mark's candidates of the countries the page names in full, or all of
   * them when that narrows nothing. Run after the hand-over, which is timed against the page's
   * frames; nothing is redrawn: an ambiguous mark stays one, only its card lists fewer candidates.
   */
  private narrowSharedMarks(): void {
    const countries = pageCountries(this.index, this.mentionedOnPage);
    for (const [mention, entities] of this.sharedMarks) {
      if (!isLive(mention.range)) {
        this.sharedMarks.delete(mention);
        continue;
      }
      const kept = ofPageCountries(this.index, entities, countries) ?? entities;
      mention.entityIds = kept.map((e) => this.index.entities[e]!.id);
    }
  }

  /** Drops the ambiguous marks inside `roots`: the marker has removed them, and the scan makes them anew. */
  private forgetSharedMarks(roots: readonly Node[]): void {
    for (const mention of this.sharedMarks.keys()) {
      if (roots.some((root) => root.contains(mention.range.startContainer))) this.sharedMarks.delete(mention);
    }
  }
}

/**
 * Hands mentions to the marker when the scan ends, or every TIMING.markFlushMs on a page whose
 * scan takes longer, in groups that fit in a slice. A scan yields to the page many times, and
 * Chromium traces showed every frame after the first marks were registered repainting them: on
 * the 1 MB benchmark page, marking as the scan went cost about a fifth of its time.
 */
class MarkBuffer {
  private pending: PageMention[] = [];
  private lastHandOver = performance.now();
  /** Mentions handed to the marker so far. */
  handedOver = 0;

  constructor(
    private readonly marker: MentionMarker,
    private readonly slicer: Slicer,
  ) {}

  push(mentions: readonly PageMention[]): void {
    for (const mention of mentions) this.pending.push(mention);
  }

  isDue(): boolean {
    return this.pending.length > 0 && performance.now() - this.lastHandOver >= TIMING.markFlushMs;
  }

  /**
   * Hands over what is pending, yielding between groups; `more`: the scan goes on and will find
   * more. Marks whose text the page removed meanwhile are dropped. Resolves false if the scan was
   * stopped.
   */
  async handOver(more: boolean): Promise<boolean> {
    const pending = this.pending.filter((m) => isLive(m.range));
    this.pending = [];
    for (let i = 0; i < pending.length; i += MARKS_PER_GROUP) {
      const group = pending.slice(i, i + MARKS_PER_GROUP);
      this.marker.add(group, pending.length - i - group.length, more);
      this.handedOver += group.length;
      if (await this.slicer.pause()) return false;
    }
    this.lastHandOver = performance.now();
    return true;
  }
}

/** Mentions handed to the marker at a time: well under a slice's work, even on cold code. */
const MARKS_PER_GROUP = 200;

/** Batches grow while one takes under half a slice and shrink when one takes more than a slice. */
function nextBatchChars(chars: number, ms: number): number {
  if (ms < TIMING.scanSliceMs / 2) return Math.min(chars * 2, BATCH_CHARS);
  if (ms > TIMING.scanSliceMs) return Math.max(chars / 2, FIRST_BATCH_CHARS);
  return chars;
}

/** Joins blocks with line breaks into one text to fold and match. */
export function joinBlocks(blocks: readonly TextBlock[]): TextBatch {
  const starts: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    starts.push(offset);
    offset += block.text.length + 1;
  }
  return { blocks, starts, text: blocks.map((b) => b.text).join('\n') };
}

/** Mentions found in a batch's folded text, as ranges over its blocks' text nodes. */
export function toPageMentions(index: MatchIndex, batch: TextBatch, folded: FoldedText, mentions: readonly Mention[]): PageMention[] {
  return mentions.map((m) => toPageMention(index, placeIn(batch, folded, m), m));
}

/** Where the folded span [start, end) of a batch stands in the page. */
function placeIn(batch: TextBatch, folded: FoldedText, { start, end }: { start: number; end: number }): Place {
  const [from, to] = originalSpan(folded, start, end);
  const i = nodeAt(batch.starts, from, false);
  return { block: batch.blocks[i]!, start: from - batch.starts[i]!, end: to - batch.starts[i]! };
}

function toPageMention(index: MatchIndex, place: Place, mention: Mention): PageMention {
  const entities = mention.entities.map((e) => index.entities[e]!);
  return {
    range: blockRange(place.block, place.start, place.end),
    kind: entities.length > 1 ? 'ambiguous' : entities[0]!.type,
    entityIds: entities.map((e) => e.id),
    dual: mention.dual === true,
  };
}

/**
 * Decides when a slice of work has used its time, and yields to the page then. Work comes in
 * steps (a batch, a group of marks) between two calls to `pause`; the slice ends when one more
 * step as long as the last would take it past its time, not once it is past. Yielding only after
 * the time was up let a slice run a whole step over it, and a garbage collection in that step
 * (20–40 ms on the 5 MB benchmark page) then made a task of over 50 ms.
 */
class Slicer {
  private sliceStart = performance.now();
  private stepStart = this.sliceStart;
  constructor(private readonly signal: AbortSignal | undefined) {}

  /** Called after each step: yields when the next would overrun the slice; resolves true when the work should stop. */
  async pause(): Promise<boolean> {
    const now = performance.now();
    if (now - this.sliceStart + (now - this.stepStart) > TIMING.scanSliceMs) {
      await yieldToPage();
      this.sliceStart = performance.now();
    }
    this.stepStart = performance.now();
    return this.signal?.aborted ?? false;
  }
}

function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
