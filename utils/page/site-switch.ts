/**
 * Whether Siyaq runs on this page, as the reader has set it (site-settings.ts), and for how long.
 * A session (content-session.ts) runs while the page's site is on; when the reader switches the
 * site, or everything, off, it stops at once, taking its marks and card with it, and when they
 * switch it back on, a new session reads the page again. So does a change of a setting a session
 * uses (the card's timings, the marks' style, the types marked, the language, the digits).
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
  /** Starts a session with these settings, ended by `signal`; resolves when it is ready or ended. */
  readonly startSession: (settings: Settings, signal: AbortSignal) => Promise<unknown>;
  /** The page has no marks any more (the toolbar badge is cleared). */
  readonly cleared: () => void;
}

/** What a session depends on: a change of anything else (the site list of other sites) leaves it running. */
function sessionKey(settings: Settings): string {
  const { showDelayMs, hideDelayMs, fetchDelayMs, fadeMs, entityTypes, highlightStyle, language, digits } = settings;
  return JSON.stringify([showDelayMs, hideDelayMs, fetchDelayMs, fadeMs, entityTypes, highlightStyle, language, digits]);
}

export class SiteSwitch {
  private running: { readonly key: string; readonly stop: AbortController } | null = null;
  private stopWatching: (() => void) | null = null;

  constructor(private readonly deps: SiteSwitchDeps) {}

  /** Reads the settings and starts a session if the site is on; from then on follows every change. */
  async start(): Promise<void> {
    let changed = false;
    this.stopWatching = this.deps.watchSettings((settings) => {
      changed = true;
      this.apply(settings);
    });
    const settings = await this.deps.readSettings();
    if (!changed) this.apply(settings); // a change heard meanwhile is newer than what was read
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
    const key = runsOn(settings, this.deps.hostname, this.deps.withLocalHosts) ? sessionKey(settings) : null;
    if (key === (this.running?.key ?? null)) return;
    if (this.running) {
      this.running.stop.abort();
      this.running = null;
      this.deps.cleared();
    }
    if (key === null) return;
    const stop = new AbortController();
    this.running = { key, stop };
    void this.deps.startSession(settings, stop.signal);
  }
}
