/**
 * The settings: version 2 in browser.storage.local, migrated from the shape version 1 stored (the
 * card's timings, a row of the store's `settings` table), validated on every write; and the site
 * rules the content script and the popup follow.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEY, storedSettings, type Settings } from '../../utils/settings';
import { migrateSettings, Settings as SettingsSchema } from '../../utils/settings-schema';
import { addSite, knownSites, removeSite, runsOn, siteOf, sitesCoveredBy, switchSite } from '../../utils/site-settings';
import { defaultSitePatterns, requiredHostPatterns, siteCountry, siteOfHostname, siteOfPattern, sitePatterns } from '../../utils/sites';
import { SiyaqDb } from '../../utils/store/db';
import { migrateStoredSettings, type SettingsArea } from '../../utils/store/settings-migration';

/** browser.storage.local as far as the migration uses it. */
function memoryArea(initial: Record<string, unknown> = {}): SettingsArea & { items: Record<string, unknown> } {
  const items = { ...initial };
  return {
    items,
    get: async (key) => (key in items ? { [key]: structuredClone(items[key]) } : {}),
    set: async (next) => void Object.assign(items, structuredClone(next)),
  };
}

let db: SiyaqDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('settings migration', () => {
  it('moves the settings version 1 stored (the card’s timings in the store) to storage as version 2, and removes the row', async () => {
    db = new SiyaqDb('settings-v1');
    // Exactly what version 1's options page saved (handle-message.ts, save-settings).
    await db.settings.put({ key: 'settings', showDelayMs: 700, hideDelayMs: 250, fetchDelayMs: 100, fadeMs: 0 });
    const area = memoryArea();
    expect(await migrateStoredSettings(db, area)).toBe('migrated');
    expect(area.items[SETTINGS_KEY]).toEqual({ ...DEFAULT_SETTINGS, showDelayMs: 700, hideDelayMs: 250, fetchDelayMs: 100, fadeMs: 0 });
    expect(SettingsSchema.safeParse(area.items[SETTINGS_KEY]).success).toBe(true);
    expect(await db.settings.get('settings')).toBeUndefined();
    // Once done, later starts leave it alone, and the reader's changes stay.
    area.items[SETTINGS_KEY] = { ...(area.items[SETTINGS_KEY] as Settings), language: 'en' };
    expect(await migrateStoredSettings(db, area)).toBe('current');
    expect((area.items[SETTINGS_KEY] as Settings).language).toBe('en');
  });

  it('starts from the defaults when version 1 stored nothing, or something no version wrote', async () => {
    db = new SiyaqDb('settings-none');
    const empty = memoryArea();
    expect(await migrateStoredSettings(db, empty)).toBe('migrated');
    expect(empty.items[SETTINGS_KEY]).toEqual(DEFAULT_SETTINGS);
    const damaged = memoryArea({ [SETTINGS_KEY]: { version: 7, showDelayMs: 'soon' } });
    expect(await migrateStoredSettings(db, damaged)).toBe('migrated');
    expect(damaged.items[SETTINGS_KEY]).toEqual(DEFAULT_SETTINGS);
    // A later version's settings with valid timings are not taken for version 1's.
    expect(migrateSettings({ version: 3, showDelayMs: 700, hideDelayMs: 250, fetchDelayMs: 100, fadeMs: 0 })).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid version 2 settings and refuses invalid ones', () => {
    const mine: Settings = { ...DEFAULT_SETTINGS, addedSites: ['example.com'], offSites: ['alwasat.ly'], highlightStyle: 'background', digits: 'arabic' };
    expect(migrateSettings(mine)).toEqual(mine);
    expect(SettingsSchema.safeParse({ ...mine, addedSites: ['https://example.com/'] }).success).toBe(false);
    expect(SettingsSchema.safeParse({ ...mine, showDelayMs: 9000 }).success).toBe(false);
    expect(SettingsSchema.safeParse({ ...mine, extra: 1 }).success).toBe(false);
    // The content script reads without the schema: an older or foreign shape is the defaults.
    expect(storedSettings(mine)).toEqual(mine);
    expect(storedSettings({ showDelayMs: 700 })).toEqual(DEFAULT_SETTINGS);
    expect(storedSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('sites', () => {
  it('names a page’s site by its host without www., and nothing for what is no web site', () => {
    expect(siteOfHostname('www.Alwasat.ly')).toBe('alwasat.ly');
    expect(siteOfHostname('news.example.co.uk')).toBe('news.example.co.uk');
    expect(siteOfHostname('localhost')).toBe('localhost');
    expect(siteOfHostname('intranet')).toBeNull();
    expect(siteOfHostname('[::1]')).toBeNull();
    expect(sitePatterns('example.com')).toEqual(['*://*.example.com/*']);
    expect(sitePatterns('127.0.0.1')).toEqual(['http://127.0.0.1/*']);
  });

  it('declares local hosts only where asked (development and test builds)', () => {
    expect(defaultSitePatterns(false).join()).not.toMatch(/127\.0\.0\.1|localhost/);
    expect(defaultSitePatterns(true)).toContain('http://127.0.0.1/*');
    expect(defaultSitePatterns(true)).not.toContain('http://localhost/*');
    expect(requiredHostPatterns(true)).toContain('http://localhost/*');
  });

  it('keeps the country of a news site for the story of generic names', () => {
    expect(siteCountry('www.alwasat.ly')).toBe('LY');
    expect(siteCountry('any.site.ly')).toBe('LY');
    expect(siteCountry('aldar.ma')).toBe('MA');
    // A site the reader turns on: by its country's domain, or a list of national outlets.
    expect(siteCountry('www.assabah.com.tn')).toBe('TN');
    expect(siteCountry('www.jawharafm.net')).toBe('TN');
    expect(siteCountry('www.youm7.com.')).toBe('EG');
    // Pan-Arab and international outlets have no country.
    expect(siteCountry('www.alarabiya.net')).toBeNull();
    expect(siteCountry('arabic.cnn.com')).toBeNull();
    expect(siteCountry('example.com')).toBeNull();
  });

  it('runs on default and added sites unless switched off, and nowhere when off everywhere', () => {
    let settings: Settings = DEFAULT_SETTINGS;
    expect(runsOn(settings, 'www.alwasat.ly', false)).toBe(true);
    expect(runsOn(settings, 'example.com', false)).toBe(false);
    expect(runsOn(settings, '127.0.0.1', false)).toBe(false);
    expect(runsOn(settings, '127.0.0.1', true)).toBe(true);

    settings = addSite(addSite(settings, 'news.example.com'), 'example.com');
    // The wider site takes the narrower one's place: a page never gets two registrations.
    expect(settings.addedSites).toEqual(['example.com']);
    expect(siteOf(settings, 'news.example.com', false)).toEqual({ host: 'example.com', kind: 'added' });
    expect(runsOn(settings, 'news.example.com', false)).toBe(true);

    settings = switchSite(settings, 'alwasat.ly', false);
    expect(runsOn(settings, 'alwasat.ly', false)).toBe(false);
    expect(runsOn(switchSite(settings, 'alwasat.ly', true), 'alwasat.ly', false)).toBe(true);
    expect(runsOn({ ...settings, enabled: false }, 'example.com', false)).toBe(false);

    settings = removeSite(switchSite(settings, 'example.com', false), 'example.com');
    expect(settings.addedSites).toEqual([]);
    expect(settings.offSites).toEqual(['alwasat.ly']);
    expect(knownSites(settings, true).at(-1)).toEqual({ host: '127.0.0.1', kind: 'local' });
  });

  it('drops the switches of the subdomains a wider site replaces, not those of default sites it covers', () => {
    let settings: Settings = switchSite(switchSite(addSite(DEFAULT_SETTINGS, 'a.gov.ly'), 'a.gov.ly', false), 'lana.gov.ly', false);
    expect(sitesCoveredBy(settings, 'gov.ly')).toEqual(['a.gov.ly']);
    settings = addSite(settings, 'gov.ly');
    expect(settings.addedSites).toEqual(['gov.ly']);
    expect(settings.offSites).toEqual(['lana.gov.ly']);
  });

  it('names the site of a host permission granted in the popup or in the browser’s own menu', () => {
    expect(siteOfPattern('*://*.example.com/*')).toBe('example.com');
    expect(siteOfPattern('https://www.example.com/*')).toBe('example.com');
    expect(siteOfPattern('http://localhost/*')).toBe('localhost');
    expect(siteOfPattern('https://news.example.com:8443/*')).toBe('news.example.com');
    expect(siteOfPattern('*://*/*')).toBeNull();
    expect(siteOfPattern('<all_urls>')).toBeNull();
  });

  it('reads a host name with its final dot as the site without it', () => {
    expect(siteOf(DEFAULT_SETTINGS, 'alwasat.ly.', false)).toEqual({ host: 'alwasat.ly', kind: 'default' });
  });
});
