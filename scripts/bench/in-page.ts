/**
 * The page side of the benchmark, bundled by esbuild into one IIFE and loaded by every benchmark
 * page. It runs the three methods on the page's own DOM and measures them where they run:
 * - ours: the shipped modules from utils/ (PageScanner with Matcher and Highlighter), so the
 *   benchmark measures the extension's code, not a copy;
 * - mark.js with the raw aliases (diacritics and acrossElements on), which rewrites the DOM;
 * - modern-ahocorasick over the folded aliases, per text node, marking with a CSS Highlight.
 * Node drives it through `window.siyaqBench` (bench.ts); the result shapes are in results.ts.
 */
import Mark from 'mark.js';
import AhoCorasick from 'modern-ahocorasick';
import { fold } from '../../utils/arabic/fold';
import type { MatchIndex } from '../../utils/match/match-index';
import { Matcher } from '../../utils/match/matcher';
import { PageReader } from '../../utils/match/page-reader';
import { Resolver } from '../../utils/match/resolver';
import { Highlighter } from '../../utils/page/highlighter';
import { liveRange, type PageMention } from '../../utils/page/marker';
import { BATCH_CHARS, PageScanner } from '../../utils/page/scan-page';
import { blockRange, TextBlockReader, type TextBlock } from '../../utils/page/text-blocks';
import type { AcRun, IndexCost, LongTasks, MethodRun, OursRun, PageChanges, Phases, Repaint } from './results';

/** Ours end to end: text collection, fold, match, resolve, Ranges, Highlights, with its yields. */
async function ours(indexUrl: string, memory: boolean): Promise<OursRun> {
  const index = await loadIndex(indexUrl);
  const highlighter = new Highlighter();
  const scanner = new PageScanner(index, new Matcher(index), highlighter);
  const heapBefore = await cleanStart(memory);
  const longTasks = watchLongTasks();
  const start = performance.now();
  const slices = watchSlices(start);
  await scanner.scan([document.body]);
  const end = performance.now();
  const sliceMs = slices(end);
  return {
    ms: end - start,
    busyMs: sliceMs.reduce((a, b) => a + b, 0),
    slices: sliceMs.length,
    maxSliceMs: Math.max(...sliceMs),
    longTasks: await longTasks(),
    retainedHeapBytes: await heapSince(heapBefore),
    matches: highlighter.count,
  };
}

/** DOM changes a page's own script makes in `pageChanges`. */
const PAGE_CHANGES = 20_000;

/**
 * What marks cost the page's own scripts: PAGE_CHANGES changes to the DOM, as a script of the page
 * makes them (an element added to a list of its own, the list emptied at every tenth), timed with
 * no marks, after our scan, and after our scan with a live Range kept for each mark, as the marks
 * were kept before: a browser updates every live Range of a document on each change to its DOM.
 */
async function pageChanges(indexUrl: string, marks: 'none' | 'ours' | 'live'): Promise<PageChanges> {
  const highlighter = new Highlighter();
  let kept: readonly Range[] = [];
  if (marks !== 'none') {
    const index = await loadIndex(indexUrl);
    await new PageScanner(index, new Matcher(index), highlighter).scan([document.body]);
    if (marks === 'live') kept = highlighter.mentionsInOrder().map((mention) => liveRange(mention.range));
  }
  const list = document.createElement('ul');
  document.body.prepend(list);
  await cleanStart(false);
  const start = performance.now();
  for (let i = 1; i <= PAGE_CHANGES; i++) {
    const item = document.createElement('li');
    item.textContent = 'خبر';
    list.append(item);
    if (i % 10 === 0) list.replaceChildren();
  }
  return { ms: performance.now() - start, changes: PAGE_CHANGES, liveRanges: kept.length };
}

/**
 * The Aho-Corasick baseline: one automaton over the folded aliases, then for each text node our
 * fold (so both sides see the same letters), a leftmost-longest search, a Range per hit in one
 * registered Highlight. No word boundaries, no clitics, nothing across elements.
 */
async function ahoCorasick(foldedAliases: readonly string[], memory: boolean): Promise<AcRun> {
  const buildStart = performance.now();
  const automaton = new AhoCorasick(foldedAliases);
  const buildMs = performance.now() - buildStart;
  const highlight = new Highlight();
  CSS.highlights.set('bench-aho-corasick', highlight);
  const heapBefore = await cleanStart(memory);
  const longTasks = watchLongTasks();
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const folded = fold(text.data);
    for (const hit of automaton.search(folded.text, { strategy: 'leftmost-longest' })) {
      const range = document.createRange();
      range.setStart(text, folded.origin[hit.start]!);
      range.setEnd(text, folded.origin[hit.end - 1]! + 1);
      highlight.add(range);
    }
  }
  const ms = performance.now() - start;
  return { ms, buildMs, longTasks: await longTasks(), retainedHeapBytes: await heapSince(heapBefore), matches: highlight.size };
}

/**
 * What the least change to what is drawn costs the page itself, without Siyaq: one highlight
 * over one word in view, as a marker's first mark. Measured from the change to the next frame's
 * callback, so the frame's style, layout and paint are inside; an unchanged page shows one
 * frame interval. On the 5 MB page Chromium's pre-paint walk over the whole page makes any such
 * change cost a frame of about 50 ms (a link's colour changing on :hover, about 45).
 */
async function pageRepaint(): Promise<Repaint> {
  const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
  let text = walker.nextNode() as Text | null;
  while (text && text.length < 4) text = walker.nextNode() as Text | null;
  if (!text) throw new Error('the bench page has no text');
  await cleanStart(false);
  const longTasks = watchLongTasks();
  const frameMs = await new Promise<number>((resolve) => {
    requestAnimationFrame(() => {
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 3);
      CSS.highlights.set('bench-aho-corasick', new Highlight(range));
      const changed = performance.now();
      requestAnimationFrame(() => resolve(performance.now() - changed));
    });
  });
  return { frameMs, longTasks: await longTasks() };
}

/** mark.js as its documentation suggests for names split by markup; it wraps each hit in <mark>. */
async function markJs(aliases: readonly string[], memory: boolean): Promise<MethodRun> {
  const heapBefore = await cleanStart(memory);
  const longTasks = watchLongTasks();
  const start = performance.now();
  await new Promise<void>((resolve) => {
    new Mark(document.body).mark([...aliases], { diacritics: true, acrossElements: true, separateWordSearch: false, done: () => resolve() });
  });
  const ms = performance.now() - start;
  return { ms, longTasks: await longTasks(), retainedHeapBytes: await heapSince(heapBefore), matches: countMarkedSpans() };
}

/**
 * mark.js's own count is of <mark> elements: a name split across two elements counts twice, and a
 * shorter alias inside a marked name adds a nested mark. Count outermost marks instead, merging
 * marks with no text between them into one span.
 */
function countMarkedSpans(): number {
  let spans = 0;
  let previous: Element | null = null;
  for (const mark of document.body.querySelectorAll('mark')) {
    if (mark.parentElement?.closest('mark')) continue;
    if (!previous || textBetween(previous, mark) !== '') spans++;
    previous = mark;
  }
  return spans;
}

function textBetween(a: Element, b: Element): string {
  const range = document.createRange();
  range.setStartAfter(a);
  range.setEndBefore(b);
  return range.toString();
}

/**
 * One synchronous pass of the same pipeline PageScanner.scan runs (collect, fold, scan, resolve,
 * Ranges, Highlighter.add), timed phase by phase to show where the time goes. The page reader
 * folds and scans as it resolves, so fold and scan are timed apart first, on the same batches, and
 * resolve is the reader's time beyond a second fold and scan timed right after it: by then the
 * reader has run them warm too, and subtracting the first, cold, ones would leave too little.
 */
async function phases(indexUrl: string): Promise<Phases> {
  const index = await loadIndex(indexUrl);
  const matcher = new Matcher(index);
  const highlighter = new Highlighter();
  await cleanStart(false);
  let last = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = now - last;
    last = now;
    return ms;
  };
  const walk = new TextBlockReader(document.body);
  const batches: TextBlock[][] = [];
  for (let blocks = walk.read(BATCH_CHARS); blocks.length > 0; blocks = walk.read(BATCH_CHARS)) batches.push(blocks);
  const collectMs = lap();
  const folded = batches.map((batch) => fold(batch.map((b) => b.text).join('\n')));
  const foldMs = lap();
  const candidates = folded.map((f) => matcher.scan(f.text));
  const scanMs = lap();
  const reader = new PageReader(matcher, new Resolver(index));
  const mentions = [...batches.flatMap((batch) => reader.read(batch.map((b) => b.text), batch.map((b) => b.isLink()))), ...reader.finish()];
  const readMs = lap();
  for (const f of batches.map((batch) => fold(batch.map((b) => b.text).join('\n')))) matcher.scan(f.text);
  const resolveMs = Math.max(0, readMs - lap());
  const blocks = batches.flat();
  const pageMentions = mentions.map((m): PageMention => ({
    range: blockRange(blocks[m.block]!, m.start, m.end),
    kind: m.entities.length > 1 ? 'ambiguous' : index.entities[m.entities[0]!]!.type,
    entityIds: m.entities.map((e) => index.entities[e]!.id),
    dual: m.dual,
  }));
  const rangesMs = lap();
  highlighter.add(pageMentions);
  const highlightMs = lap();
  return {
    collectMs, foldMs, scanMs, resolveMs, rangesMs, highlightMs,
    textNodes: countTextNodes(),
    blocks: blocks.length,
    textChars: blocks.reduce((n, b) => n + b.text.length, 0),
    candidates: candidates.reduce((n, c) => n + c.length, 0),
    mentions: highlighter.count,
  };
}

function countTextNodes(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let count = 0;
  while (walker.nextNode()) count++;
  return count;
}

/**
 * Trie build time (`new Matcher`), and the heap one Matcher holds: the median of three
 * measurements, each keeping its Matcher, after a warm-up GC round (see cleanStart for why).
 */
async function indexCost(indexUrl: string, repetitions: number): Promise<IndexCost> {
  const index = await loadIndex(indexUrl);
  const buildMs: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const start = performance.now();
    new Matcher(index);
    buildMs.push(performance.now() - start);
  }
  await heapNow();
  const kept: Matcher[] = [];
  const deltas: number[] = [];
  for (let i = 0; i < 3; i++) {
    const before = await heapNow();
    kept.push(new Matcher(index));
    deltas.push((await heapNow()) - before);
  }
  deltas.sort((a, b) => a - b);
  return { entities: index.entities.length, aliases: index.aliases.length, buildMs, heapBytes: deltas[1]! };
}

async function loadIndex(url: string): Promise<MatchIndex> {
  return (await (await fetch(url)).json()) as MatchIndex;
}

/** Waits until the page has rendered twice and is idle, so a run starts in a task of its own. */
function settle(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** Observes long tasks from now on; the returned function waits for the final frame, then reports. */
function watchLongTasks(): () => Promise<LongTasks> {
  const durations: number[] = [];
  const from = performance.now();
  const take = (entries: PerformanceEntryList) => {
    for (const e of entries) if (e.startTime + e.duration >= from) durations.push(e.duration);
  };
  const observer = new PerformanceObserver((list) => take(list.getEntries()));
  observer.observe({ type: 'longtask' });
  return async () => {
    await settle(); // the frame that paints the last marks belongs to the run
    take(observer.takeRecords());
    observer.disconnect();
    return { count: durations.filter((d) => d > 50).length, maxMs: Math.max(0, ...durations) };
  };
}

/**
 * Wraps scheduler.yield (what PageScanner yields with in Chromium) to time each slice of work
 * between two yields. Returns a function that stops at `end` and gives the slice durations.
 */
function watchSlices(start: number): (end: number) => number[] {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  const original = scheduler?.yield;
  if (!scheduler || !original) throw new Error('scheduler.yield is missing: the slice times would be wrong');
  const slices: number[] = [];
  let sliceStart = start;
  scheduler.yield = async () => {
    slices.push(performance.now() - sliceStart);
    await original.call(scheduler);
    sliceStart = performance.now();
  };
  return (end) => {
    scheduler.yield = original;
    slices.push(end - sliceStart);
    return slices;
  };
}

/**
 * Every run starts on a collected heap and in a task of its own. With `memory`, it returns the
 * heap then, after extra full GCs: right after a page loads, the first ones still leave garbage
 * that later ones free, which would show as negative memory.
 */
async function cleanStart(memory: boolean): Promise<number | null> {
  if (!memory) {
    collectGarbage();
    await settle();
    return null;
  }
  await heapNow();
  const heap = await heapNow();
  await settle();
  return heap;
}

/** Heap held now beyond `before` (null when the run does not measure memory). */
async function heapSince(before: number | null): Promise<number | null> {
  return before === null ? null : (await heapNow()) - before;
}

/**
 * Used JS heap after full GCs in two tasks, so that garbage the page still held in the first
 * (loaders, promise chains) is gone too. Needs --js-flags=--expose-gc --enable-precise-memory-info.
 */
async function heapNow(): Promise<number> {
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 20));
  collectGarbage();
  return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
}

function collectGarbage(): void {
  const { gc } = globalThis as { gc?: () => void };
  if (!gc || !('memory' in performance)) throw new Error('start Chromium with --js-flags=--expose-gc --enable-precise-memory-info');
  gc();
}

export const api = { ours, ahoCorasick, markJs, phases, indexCost, pageRepaint, pageChanges };
export type BenchApi = typeof api;
(globalThis as unknown as { siyaqBench: BenchApi }).siyaqBench = api;
