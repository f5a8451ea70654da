/**
 * The settings' schema, their migration from every earlier stored shape, and the one way to
 * change them: read, change, validate, write. For the extension's pages and the background; the
 * content script only reads (settings.ts), so that the schema library stays out of news pages.
 */
import { z } from 'zod';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION } from './settings';
import { CARD_TIMING } from './timing';

/** A site as the settings name it: a host name without `www.` (sites.ts siteOfHostname). */
const Site = z.string().max(253).regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*$/);

const CardTimings = {
  showDelayMs: z.number().int().min(0).max(5000),
  hideDelayMs: z.number().int().min(0).max(5000),
  fetchDelayMs: z.number().int().min(0).max(5000),
  fadeMs: z.number().int().min(0).max(2000),
};

export const Settings = z.strictObject({
  version: z.literal(SETTINGS_VERSION),
  ...CardTimings,
  /** Off everywhere: no marks and no card on any site. */
  enabled: z.boolean(),
  /** Sites beyond the default ones that the reader turned Siyaq on for (their host permission granted). */
  addedSites: z.array(Site).max(1000),
  /** Sites, default or added, that the reader switched off. */
  offSites: z.array(Site).max(1000),
  /** Which entities are marked: the others' names stay unmarked (their cards are still in the library). */
  entityTypes: z.strictObject({ person: z.boolean(), organization: z.boolean() }),
  /** How a marked name looks; `none` shows no mark, and the card is reached from the keyboard walk and the popup. */
  highlightStyle: z.enum(['underline', 'background', 'none']),
  /** The interface's language: the browser's (Arabic where it is Arabic, English otherwise) or a chosen one. */
  language: z.enum(['auto', 'ar', 'en']),
  /** Digits for numbers and dates: 0123 or ٠١٢٣. */
  digits: z.enum(['latin', 'arabic']),
});
export type Settings = z.infer<typeof Settings>;

/** The first stored shape (until version 2): the card's timings alone, in the background's IndexedDB store. */
const SettingsV1 = z.object({ ...CardTimings, version: z.never().optional() });

/** Settings from any stored shape: the current one as it is, an earlier one migrated, anything unreadable the defaults. */
export function migrateSettings(stored: unknown): Settings {
  const current = Settings.safeParse(stored);
  if (current.success) return current.data;
  const v1 = SettingsV1.safeParse(stored);
  if (v1.success) {
    const { showDelayMs, hideDelayMs, fetchDelayMs, fadeMs } = v1.data;
    return { ...DEFAULT_SETTINGS, showDelayMs, hideDelayMs, fetchDelayMs, fadeMs };
  }
  return DEFAULT_SETTINGS;
}

/** Validates and stores `settings`; throws, storing nothing, when they are invalid. */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const valid = Settings.parse(settings);
  await browser.storage.local.set({ [SETTINGS_KEY]: valid });
  return valid;
}

/**
 * Applies `change` to the stored settings and stores the result. The popup, the options page and
 * the background all write them: a lock held across the read and the write (the extension's pages
 * and its service worker share its origin's locks) keeps one writer from undoing another's change.
 */
export async function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const write = async () => {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return saveSettings(change(migrateSettings(stored[SETTINGS_KEY])));
  };
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  return locks ? locks.request(SETTINGS_KEY, write) : write();
}

/** The bounds of a card timing, read from the schema so that the form's inputs and the validation agree. */
export function timingBounds(key: keyof typeof CardTimings): { min: number; max: number } {
  const field = Settings.shape[key];
  return { min: field.minValue!, max: field.maxValue! };
}

export type CardTimingKey = keyof typeof CARD_TIMING;
