/**
 * Tells a content script when to stop: when its extension is gone from the browser (updated,
 * reloaded, disabled or removed). Chromium leaves the old script running in the page, cut off
 * from the extension: it can no longer ask for cards, so its marks would lead nowhere.
 *
 * The only evidence taken is the script's own: whether its runtime still has an id. A page can
 * dispatch any DOM event, so an event never stops the script by itself; it only makes the script
 * look. WXT's ContentScriptContext stops for good on a "content-script-started" event that any
 * page can forge (docs/decisions/0010-content-script-lifecycle.md), which is why it is not used.
 *
 * Looking happens when a newer instance announces itself (the background puts one into open tabs
 * after an update), when the tab becomes visible again, before work that needs the extension, and
 * every TIMING.extensionCheckMs: an orphaned script gets no event of its own.
 */
import { TIMING } from '../timing';

/** Where the instance that runs in a page keeps its liveness check: in the extension's isolated world, out of the page's reach. */
const RUNNING = Symbol.for('siyaq:content-script-running');

/**
 * Claims the page for this instance unless a live one holds it. The background puts the script
 * into open tabs after an install, where none answers its ping; a tab that has loaded may still
 * be about to run its declared script, and then the second instance to start stays out. An
 * orphaned instance (its extension updated, reloaded or gone) holds nothing.
 */
export function claimPage(isAlive: () => boolean): boolean {
  const holder = globalThis as { [RUNNING]?: () => boolean };
  if (holder[RUNNING]?.()) return false;
  holder[RUNNING] = isAlive;
  return true;
}

/** Dispatched on the document by every instance as it starts; older, orphaned ones then stop at once. */
const STARTED_EVENT = 'siyaq:content-script-started';

export class ExtensionLifetime {
  private readonly ended = new AbortController();
  private readonly timer: ReturnType<typeof setInterval>;

  /** `isAlive`: whether this script's extension is still there; `onEnd` runs once, when it is not. */
  constructor(
    private readonly isAlive: () => boolean,
    onEnd: () => void,
  ) {
    this.ended.signal.addEventListener('abort', onEnd, { once: true });
    // Announced before listening: an instance never hears its own announcement.
    document.dispatchEvent(new CustomEvent(STARTED_EVENT));
    const signal = this.ended.signal;
    document.addEventListener(STARTED_EVENT, () => this.check(), { signal });
    document.addEventListener('visibilitychange', () => this.check(), { signal });
    this.timer = setInterval(() => this.check(), TIMING.extensionCheckMs);
    signal.addEventListener('abort', () => clearInterval(this.timer), { once: true });
  }

  /** Aborted when the extension is gone, or once `end` was called. */
  get signal(): AbortSignal {
    return this.ended.signal;
  }

  /** Ends the lifetime if the extension is gone; returns whether the script may go on. */
  check(): boolean {
    if (!this.ended.signal.aborted && !this.isAlive()) this.end();
    return !this.ended.signal.aborted;
  }

  /** Ends it now (the script failed, or its page is going away). */
  end(): void {
    this.ended.abort();
  }
}
