/**
 * Every timing of the extension in one place, as Wikipedia's Page Previews keeps them.
 * The hover timings follow Page Previews: start the lookup early, show after a rest, give the
 * pointer time to reach the card.
 */
export const TIMING = {
  /**
   * Longest slice of scanning work, or of indexing marks in idle time, before yielding to the page
   * (keeps tasks well under 50 ms).
   */
  scanSliceMs: 12,
  /**
   * Marks found during a scan are registered when it ends, or after this long on a page that
   * takes longer: once a page has highlights, every frame until the scan ends repaints them.
   */
  markFlushMs: 1000,
  /** Longest wait before content the page added or changed is scanned (sooner when idle). */
  rescanMaxWaitMs: 300,
  /** Shortest time between two rescans of content the page changed: its changes in between are read together. */
  rescanMinGapMs: 200,
  /** How long a mention chosen in the toolbar popup stays flashed. */
  flashMs: 1500,
  /** Quiet time after the marks change before the toolbar badge's count is updated. */
  badgeWaitMs: 250,
  /**
   * How often an open page checks that the extension is still there (one property read): a
   * script the browser orphaned when the extension was disabled or updated gets no event.
   */
  extensionCheckMs: 1000,
  /**
   * Longest the background waits for the store before answering that it is unavailable: a
   * database held open by another version blocks without failing.
   */
  storeTimeoutMs: 4000,
} as const;

/** The card's timings: their defaults, which the reader may change (settings.ts). */
export const CARD_TIMING = {
  /** Pointer rest on a name before its card data is requested. */
  fetchDelayMs: 150,
  /** Pointer rest on a name before the card shows. */
  showDelayMs: 500,
  /** Grace after the pointer leaves the name or the card before the card hides. */
  hideDelayMs: 300,
  /** Card fade in and out. */
  fadeMs: 200,
} as const;
