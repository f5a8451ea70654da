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

/** What a session depends on: a change of anything else (the site list of other sites) leaves it running. */
function sessionKey(settings: Settings): string {
  const { showDelayMs, hideDelayMs, fetchDelayMs, fadeMs, entityTypes, highlightStyle, language, digits } = settings;
  return JSON.stringify([showDelayMs, hideDelayMs, fetchDelayMs, fadeMs, entityTypes, highlightStyle, language, digits]);
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
   * site is on, and ends unseen if not.
   */
  async start(): Promise<void> {
    this.stopWatching = this.deps.watchSettings((settings) => this.apply(settings));
    const reading = this.deps.readSettings();
    const first = this.launch(NOT_YET_KNOWN, reading);
    const settings = await reading.catch((error: unknown) => {
      this.end();
      throw error;
    });
    // A change heard meanwhile is newer than what was read: it has replaced the first session.
    if (this.running !== first) return;
    const key = this.keyFor(settings);
    if (key !== null) {
      first.key = key; // it goes on with the settings it was given
    } else {
      first.stop.abort(); // off here: it ends having drawn nothing
      this.running = null;
    }
  }

  /** Whether a session runs now. */
  get on(): boolean {
    return this.running !== null;
  }

  /** Ends the running session and stops following the settings (the extension went away). */
  end(): void {
    this.stopWatching?.();
    this.stopWatching = null;
    this.running?.stop.abort();
    this.running = null;
  }

  private apply(settings: Settings): void {
    const key = this.keyFor(settings);
    const running = this.running;
    if (key === (running?.key ?? null)) return;
    if (running) {
      running.stop.abort();
      this.running = null;
      if (running.key !== NOT_YET_KNOWN) this.deps.cleared(); // the first session drew nothing yet
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
