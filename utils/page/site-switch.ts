/**
 * Whether Siyaq runs on this page, as the reader has set it (site-settings.ts), and for how long.
 * A session (content-session.ts) runs while the page's site is on; when the reader switches the
 * site, or everything, off, it stops at once, taking its marks and card with it, and when they
 * switch it back on, a new session reads the page again. So does a change of a setting a session
 * uses (the card's timings, the marks' style, the types marked, the language, the digits).
 *
 * The page is read from the first moment, while the settings are still on their way: the first
 * session draws nothing until they have come, and ends unseen if they say the site is off.
 *
 * The script stays alive while off: it still answers the background's ping, so that no second
 * script is put into the page, and it hears the next change of the settings.
 */
import type { Settings } from '../settings';
import { runsOn } from '../site-settings';

export interface SiteSwitchDeps {
  /** The page's host name. */
  readonly hostname: string;
  /** Whether this build runs on local pages (build-flavour.ts). */
  readonly withLocalHosts: boolean;
  readonly readSettings: () => Promise<Settings>;
  /** Calls back on every change of the settings; returns how to stop listening. */
  readonly watchSettings: (changed: (settings: Settings) => void) => () => void;
  /**
   * Starts a session with these settings, perhaps still on their way, ended by `signal`; resolves
   * when it is ready or ended. A session draws nothing before its settings have come.
   */
  readonly startSession: (settings: Promise<Settings>, signal: AbortSignal) => Promise<unknown>;
  /** The page has no marks any more (the toolbar badge is cleared). */
  readonly cleared: () => void;
}

/**
 * What a session depends on: a change of anything else (the site list of other sites) leaves it
 * running. The entity types in a fixed order: storage hands back an object's keys in its own.
 */
function sessionKey(settings: Settings): string {
  const { showDelayMs, hideDelayMs, fetchDelayMs, fadeMs, entityTypes, highlightStyle, language, digits } = settings;
  const types = Object.entries(entityTypes).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([showDelayMs, hideDelayMs, fetchDelayMs, fadeMs, types, highlightStyle, language, digits]);
}

/** The key of the first session, started before the settings have said whether the site is on. */
const NOT_YET_KNOWN = '';

interface Running {
  key: string;
  readonly stop: AbortController;
}

export class SiteSwitch {
  private running: Running | null = null;
  private stopWatching: (() => void) | null = null;

  constructor(private readonly deps: SiteSwitchDeps) {}

  /**
   * Reads the settings and from then on follows every change. The page is read while the settings
   * are on their way, by a session that draws nothing until they come: it goes on if they say the
   * site is on, and ends unseen if not. A change heard before the read answers is newer than what
   * the read will say, and is what the first session gets: it is not started again for it (at its
   * first start the background writes the settings, which every open page hears).
   */
  async start(): Promise<void> {
    this.stopWatching = this.deps.watchSettings((settings) => this.apply(settings));
    let give!: (settings: Settings) => void;
    let fail!: (error: unknown) => void;
    const first = this.launch(NOT_YET_KNOWN, new Promise<Settings>((resolve, reject) => ((give = resolve), (fail = reject))));
    this.giveFirst = (settings) => {
      this.giveFirst = null;
      give(settings);
      const key = this.keyFor(settings);
      if (key !== null) {
        first.key = key;
      } else {
        first.stop.abort(); // off here: it ends having drawn nothing
        this.running = null;
      }
    };
    let settings: Settings;
    try {
      settings = await this.deps.readSettings();
    } catch (error) {
      if (!this.giveFirst) return; // a change came first: the session has its settings
      fail(error);
      this.end();
      throw error;
    }
    this.giveFirst?.(settings);
  }

  /**
   * Set while the first session waits for its settings (end clears it): gives them, read or
   * heard, and the session goes on with them, or ends unseen if the site is off.
   */
  private giveFirst: ((settings: Settings) => void) | null = null;

  /** Whether a session runs now. */
  get on(): boolean {
    return this.running !== null;
  }

  /** Ends the running session and stops following the settings (the extension went away). */
  end(): void {
    this.giveFirst = null;
    this.stopWatching?.();
    this.stopWatching = null;
    this.running?.stop.abort();
    this.running = null;
  }

  private apply(settings: Settings): void {
    if (this.giveFirst) return this.giveFirst(settings);
    const key = this.keyFor(settings);
    const running = this.running;
    if (key === (running?.key ?? null)) return;
    if (running) {
      running.stop.abort();
      this.running = null;
      this.deps.cleared();
    }
    if (key !== null) this.launch(key, Promise.resolve(settings));
  }

  /** The key of the session these settings call for, or null when Siyaq is off here. */
  private keyFor(settings: Settings): string | null {
    return runsOn(settings, this.deps.hostname, this.deps.withLocalHosts) ? sessionKey(settings) : null;
  }

  private launch(key: string, settings: Promise<Settings>): Running {
    const running: Running = { key, stop: new AbortController() };
    this.running = running;
    void this.deps.startSession(settings, running.stop.signal);
    return running;
  }
}
