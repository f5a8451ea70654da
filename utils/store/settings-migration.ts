/**
 * Brings the stored settings to the current version when the background starts. Until version 2
 * they were a row of the store's `settings` table (the card's timings alone); since then they are
 * in `browser.storage.local`, where content scripts read them (settings.ts). A no-op once done.
 */
import { migrateSettings, type Settings } from '../settings-schema';
import { SETTINGS_KEY, SETTINGS_VERSION } from '../settings';
import type { SiyaqDb } from './db';

/** The part of `browser.storage.local` this needs. */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export type MigrationOutcome = 'current' | 'migrated';

export async function migrateStoredSettings(db: SiyaqDb, area: SettingsArea): Promise<MigrationOutcome> {
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  if ((stored as { version?: unknown } | undefined)?.version === SETTINGS_VERSION) return 'current';
  // Nothing in storage yet: the first start since version 2, with the settings of version 1 if the reader saved any.
  const legacy = stored === undefined ? await db.settings.get('settings') : undefined;
  const settings: Settings = migrateSettings(legacy ? withoutKey(legacy) : stored);
  await area.set({ [SETTINGS_KEY]: settings });
  if (legacy) await db.settings.delete('settings');
  return 'migrated';
}

function withoutKey<T extends { key: string }>(row: T): Omit<T, 'key'> {
  const { key: _key, ...rest } = row;
  return rest;
}
