/**
 * Scans a page, or the parts of it that changed, for entity mentions and hands them to the marker:
 * the DOM and scheduling half of reading a page, around the pure page reader
 * (utils/match/page-reader.ts). Text is read in batches of blocks, each folded, matched and
 * resolved as one string: one long string keeps the hot loops running long enough for the engine
 * to optimise them on a page's first scan. Between batches the scan yields to the page
 * (TIMING.scanSliceMs). Each root of a scan is read as a page of its own: a part of the page that
 * changed (an article that infinite scroll appends) is its own story.
 */
import type { MatchIndex } from '../match/match-index';
import type { Matcher } from '../match/matcher';
import { PageReader, type BlockMention, type PageFacts } from '../match/page-reader';
import { Resolver } from '../match/resolver';
import { TIMING } from '../timing';
import { isLive, type MentionMarker, type PageMention } from './marker';
import { blockRange, TextBlockReader, type TextBlock } from './text-blocks';

/**
 * Characters of text read per batch: the first batch is small, for the first run of the code is
 * slow; batches then grow while they take under half a slice, up to the largest.
 */
const FIRST_BATCH_CHARS = 2_000;
export const BATCH_CHARS = 32_000;

export class PageScanner {
  /** The scan under way: scans run one after another, so that none marks a name another has marked. */
  private queue: Promise<unknown> = Promise.resolve();

  /** The clause rules of the page's index, built once for all its scans. */
  private readonly resolver: Resolver;

  constructor(
    private readonly index: MatchIndex,
    private readonly matcher: Matcher,
    private readonly marker: MentionMarker,
    private readonly page: PageFacts = {},
  ) {
    this.resolver = new Resolver(index);
  }

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
    const changes = new TextChanges(roots);
    try {
      return await this.scanRoots(roots, signal, changes);
    } finally {
      changes.stop();
    }
  }

  private async scanRoots(roots: readonly Node[], signal: AbortSignal | undefined, changes: TextChanges): Promise<number> {
    const slicer = new Slicer(signal);
    const marks = new MarkBuffer(this.marker, slicer, changes);
    const lost: Node[] = [];
    this.marker.removeWithin(roots);
    let batchChars = FIRST_BATCH_CHARS;
    // One reader for the scan; each root is a story of its own (finish below).
    const reader = new PageReader(this.matcher, this.resolver, this.page);
    const blocks = new ReadBlocks();
    for (const root of roots) {
      const walk = new TextBlockReader(root);
      const reading = {};
      for (;;) {
        const started = performance.now();
        const batch = walk.read(batchChars);
        if (batch.length === 0) break;
        // Read, matched and turned into ranges in one task: the page cannot change the batch meanwhile.
        const first = blocks.add(batch);
        marks.push(blocks.toPageMentions(this.index, reader.read(batch.map((block) => block.text), batch.map((block) => block.isLink())), first, reading));
        blocks.keepFrom(reader.oldestWaitingBlock ?? reader.blocksRead);
        batchChars = nextBatchChars(batchChars, performance.now() - started);
        if (marks.isDue() ? !(await marks.handOver(true)) : await slicer.pause()) return marks.handedOver;
      }
      // Names near the end wait for the text after them; the root is read, so decide them now.
      marks.push(blocks.toPageMentions(this.index, reader.finish(), reader.blocksRead, reading));
      blocks.keepFrom(reader.blocksRead);
      if (walk.lost) lost.push(root);
      if (await slicer.pause()) return marks.handedOver;
    }
    await marks.handOver(false);
    // The page removed the node a walk was to resume from: read those roots again.
    if (lost.length > 0) void this.scan(lost, signal).catch(() => undefined);
    return marks.handedOver;
  }
}

/**
 * The blocks a scan has read that a name still waiting may need, by number: only those, so a long
 * page's text is not held until its scan ends.
 */
class ReadBlocks {
  private readonly blocks = new Map<number, TextBlock>();
  private next = 0;
  private lowest = 0;

  /** Adds a batch's blocks; returns the number of its first. */
  add(batch: readonly TextBlock[]): number {
    const first = this.next;
    for (const block of batch) this.blocks.set(this.next++, block);
    return first;
  }

  keepFrom(number: number): void {
    for (; this.lowest < number; this.lowest++) this.blocks.delete(this.lowest);
  }

  /**
   * Mentions as ranges over their blocks' text nodes, read in `reading`. A block read in an
   * earlier batch that the page changed since is skipped (its rescan follows); each is checked once.
   */
  toPageMentions(index: MatchIndex, mentions: readonly BlockMention[], firstOfBatch: number, reading: object): PageMention[] {
    const unchanged = new Map<TextBlock, boolean>();
    const out: PageMention[] = [];
    for (const mention of mentions) {
      const block = this.blocks.get(mention.block);
      if (!block) continue;
      if (mention.block < firstOfBatch) {
        if (!unchanged.has(block)) unchanged.set(block, block.isUnchanged());
        if (!unchanged.get(block)) continue;
      }
      const entities = mention.entities.map((e) => index.entities[e]!);
      out.push({
        range: blockRange(block, mention.start, mention.end),
        kind: entities.length > 1 ? 'ambiguous' : entities[0]!.type,
        entityIds: entities.map((e) => e.id),
        dual: mention.dual,
        readAt: { reading, block: mention.block, offset: mention.start },
      });
    }
    return out;
  }
}

/**
 * Hands mentions to the marker when the scan ends, or every TIMING.markFlushMs on a page whose
 * scan takes longer, in groups that fit in a slice. A scan yields to the page many times, and every
 * frame after the first marks are registered repaints them: marking as the scan goes would pay
 * that in every frame of the scan.
 */
class MarkBuffer {
  private pending: PageMention[] = [];
  private lastHandOver = performance.now();
  /** Mentions handed to the marker so far. */
  handedOver = 0;

  constructor(
    private readonly marker: MentionMarker,
    private readonly slicer: Slicer,
    private readonly changes: TextChanges,
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
    const pending = this.changes.happened() ? this.pending.filter((m) => isLive(m.range)) : this.pending;
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

/**
 * Whether the page may have changed the text of a scan's roots since the scan began. Until it
 * has, every mark made still spans the text it was made from, and none need be checked: a check
 * costs several calls into the browser per mark. Watched only while the scan runs.
 */
class TextChanges {
  private changed = false;
  private readonly observer = new MutationObserver(() => {
    this.changed = true;
  });

  constructor(private readonly roots: readonly Node[]) {
    for (const root of roots) this.observer.observe(root, { subtree: true, childList: true, characterData: true });
  }

  /** Whether text under the roots was added, removed or changed, or a root left the page. */
  happened(): boolean {
    if (this.observer.takeRecords().length > 0) this.changed = true;
    return this.changed || this.roots.some((root) => !root.isConnected);
  }

  stop(): void {
    this.observer.disconnect();
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

/**
 * Decides when a slice of work has used its time, and yields to the page then. Work comes in
 * steps (a batch, a group of marks) between two calls to `pause`; the slice ends when one more
 * step as long as the last would take it past its time, not once it is past. Yielding only after
 * the time was up let a slice run a whole step over it, and a garbage collection in that step
 * then made a long task.
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
