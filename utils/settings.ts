/**
 * What a reader can change, and where it is kept: `browser.storage.local`, under one key, so that
 * every page's content script reads it without waking the background and hears each change at
 * once (a site switched off loses its marks in every open tab). Written only through
 * settings-schema.ts, which validates; the content script reads here, without the schema library.
 */
import { browser } from 'wxt/browser';
import type { Settings } from './settings-schema';
import { CARD_TIMING } from './timing';

export type { Settings };

/** The storage key, and the shape's version: a stored value of an earlier version is migrated (settings-schema.ts). */
export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 2;

export type Language = Settings['language'];
export type HighlightStyle = Settings['highlightStyle'];
export type Digits = Settings['digits'];

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  ...CARD_TIMING,
  enabled: true,
  addedSites: [],
  offSites: [],
  entityTypes: { person: true, organization: true },
  highlightStyle: 'underline',
  language: 'auto',
  digits: 'latin',
};

/** A stored value as settings: one of this version as it is (only validated writes reach the store), anything else the defaults. */
export function storedSettings(value: unknown): Settings {
  if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== SETTINGS_VERSION) return DEFAULT_SETTINGS;
  return { ...DEFAULT_SETTINGS, ...(value as Partial<Settings>) };
}

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return storedSettings(stored[SETTINGS_KEY]);
}

/** Calls `changed` with the new settings whenever they change, in any of the extension's contexts; returns how to stop. */
export function watchSettings(changed: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) changed(storedSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * The settings asked for as the page starts loading, waiting for the content script in the
 * extension's isolated world (which its content scripts share and the page cannot see). A storage
 * read takes up to tens of milliseconds to answer while a page loads; asked for at document start,
 * it answers that much sooner, often before the content script runs at document idle (which reads
 * the page while it has not: decision 0013). Changes heard meanwhile replace it.
 */
interface AskedAtStart {
  settings: Promise<Settings>;
  /** False once the script that asked was cut off from the extension (updated, reloaded, removed). */
  readonly isAlive: () => boolean;
  readonly stopWatching: () => void;
}

const ASKED_AT_START = Symbol.for('siyaq:settings-asked-at-start');
type WithAskedAtStart = { [ASKED_AT_START]?: AskedAtStart };

/** Run at document start (entrypoints/settings-at-start.content.ts). */
export function askSettingsAtStart(): void {
  const asked: AskedAtStart = {
    settings: readSettings(),
    isAlive: () => browser.runtime?.id !== undefined,
    stopWatching: watchSettings((settings) => {
      asked.settings = Promise.resolve(settings);
    }),
  };
  asked.settings.catch(() => undefined); // the content script reads again if this one failed
  (globalThis as WithAskedAtStart)[ASKED_AT_START] = asked;
}

/**
 * The settings asked for at document start, once, or a new read when there are none (a script put
 * into an open tab) or the script that asked is gone. Call it after starting to watch the
 * settings: every change from then on reaches the watcher, every earlier one is in what this returns.
 */
export function settingsAskedAtStartOrRead(): Promise<Settings> {
  const holder = globalThis as WithAskedAtStart;
  const asked = holder[ASKED_AT_START];
  delete holder[ASKED_AT_START];
  if (!asked?.isAlive()) return readSettings();
  asked.stopWatching();
  return asked.settings.catch(() => readSettings());
}
