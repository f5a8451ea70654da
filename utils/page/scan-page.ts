/**
 * Scans a page (or an added subtree) for entity mentions and hands them to the highlighter.
 * The work is cut into slices that yield to the page between them, so a long page never blocks
 * the main thread for long (TIMING.scanSliceMs).
 */
import { fold, type FoldedText } from '../arabic/fold';
import type { MatchIndex } from '../match/match-index';
import type { Candidate, Matcher } from '../match/matcher';
import { fullyMentioned, resolveMentions } from '../match/resolve';
import { TIMING } from '../timing';
import type { Highlighter, PageMention } from './highlighter';
import { blockRange, collectTextBlocks, type TextBlock } from './text-blocks';

interface ScannedBlock {
  readonly block: TextBlock;
  readonly folded: FoldedText;
  readonly candidates: readonly Candidate[];
}

export class PageScanner {
  /** Entities fully named somewhere on this page: their short aliases are safe here. */
  private readonly mentionedOnPage = new Set<number>();

  constructor(
    private readonly index: MatchIndex,
    private readonly matcher: Matcher,
    private readonly highlighter: Highlighter,
  ) {}

  /** Scans `root` and marks what it finds; resolves with the number of mentions added. */
  async scan(root: Node, signal?: AbortSignal): Promise<number> {
    performance.mark('siyaq:collect:start');
    const blocks = collectTextBlocks(root);
    performance.measure('siyaq:collect', 'siyaq:collect:start');
    const scanned: ScannedBlock[] = [];
    await inSlices(blocks, signal, (block) => {
      const folded = fold(block.text);
      const candidates = this.matcher.scan(folded.text);
      if (candidates.length > 0) scanned.push({ block, folded, candidates });
    });
    for (const e of fullyMentioned(scanned.map((s) => ({ text: s.folded.text, candidates: s.candidates })))) this.mentionedOnPage.add(e);

    let added = 0;
    await inSlices(scanned, signal, ({ block, folded, candidates }) => {
      const mentions = resolveMentions(this.index, { text: folded.text, candidates }, this.mentionedOnPage);
      const pageMentions: PageMention[] = mentions.map((m) => {
        const entities = m.entities.map((e) => this.index.entities[e]!);
        return {
          range: blockRange(block, folded.origin[m.start]!, folded.origin[m.end - 1]! + 1),
          kind: entities.length > 1 ? 'ambiguous' : entities[0]!.type,
          entityIds: entities.map((e) => e.id),
        };
      });
      this.highlighter.add(pageMentions);
      added += pageMentions.length;
    });
    return added;
  }
}

/** Runs `work` over `items`, yielding to the event loop whenever a slice has used its time. */
async function inSlices<T>(items: readonly T[], signal: AbortSignal | undefined, work: (item: T) => void): Promise<void> {
  let sliceStart = performance.now();
  for (const item of items) {
    if (signal?.aborted) return;
    work(item);
    if (performance.now() - sliceStart > TIMING.scanSliceMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}

function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
