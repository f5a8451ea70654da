/**
 * The shapes of what one benchmark run reports, shared by the page side (in-page.ts, which
 * measures) and the Node side (bench.ts, which repeats runs and summarises them).
 */

/** Tasks seen by a PerformanceObserver of type 'longtask' while a method ran (rendering included). */
export interface LongTasks {
  /** Tasks of more than 50 ms. */
  readonly count: number;
  /** The longest of them, 0 when there were none. */
  readonly maxMs: number;
}

export interface MethodRun {
  /** Wall time from the first line of work to the last (for ours: until `scan()` resolved). */
  readonly ms: number;
  /** Distinct marked spans. */
  readonly matches: number;
  readonly longTasks: LongTasks;
  /**
   * JS heap still held after the run (performance.memory after forced GCs): the marks and what
   * keeps them. Measured in the first repetition only (null in the others): the GCs take seconds on big pages.
   */
  readonly retainedHeapBytes: number | null;
}

export interface OursRun extends MethodRun {
  /** Time the scanner's own slices took: wall time minus the time spent yielding to the page. */
  readonly busyMs: number;
  readonly slices: number;
  /** The longest slice of our code between two yields. */
  readonly maxSliceMs: number;
}

export interface AcRun extends MethodRun {
  /** `new AhoCorasick(patterns)`, outside the timed run. */
  readonly buildMs: number;
}

/** Where the time of one synchronous pass of the scanner's pipeline goes. */
export interface Phases {
  readonly collectMs: number;
  readonly foldMs: number;
  readonly scanMs: number;
  readonly resolveMs: number;
  readonly rangesMs: number;
  readonly highlightMs: number;
  readonly textNodes: number;
  readonly blocks: number;
  readonly textChars: number;
  readonly candidates: number;
  readonly mentions: number;
}

/** The page's own DOM changes, timed after a scan (in-page.ts pageChanges). */
export interface PageChanges {
  readonly ms: number;
  /** How many changes were timed, and how many live Ranges the page held meanwhile. */
  readonly changes: number;
  readonly liveRanges: number;
}

/** One repaint of the page without Siyaq (in-page.ts pageRepaint). */
export interface Repaint {
  /** From the change to the next animation frame callback. */
  readonly frameMs: number;
  readonly longTasks: LongTasks;
}

/** What building the trie costs for one entity set. */
export interface IndexCost {
  readonly entities: number;
  readonly aliases: number;
  /** `new Matcher(index)`, once per repetition. */
  readonly buildMs: readonly number[];
  /** JS heap held by one Matcher (performance.memory with --enable-precise-memory-info, after GC; median of 3). */
  readonly heapBytes: number;
}
