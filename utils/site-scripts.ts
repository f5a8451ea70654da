/**
 * The content script on the sites the reader turned Siyaq on for: registrations per site with
 * the scripting API, kept across browser restarts, for as long as the site is in the settings and
 * its host permission is granted. The background reconciles the registrations with the settings
 * and the permissions whenever it starts and whenever either changes, and puts the content script
 * into the open tabs of a site it has just registered.
 */
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE, injectIntoOpenTabs, SETTINGS_AT_START_FILE } from './inject-open-tabs';
import { sitePatterns } from './sites';

/**
 * The scripts each site gets, by the prefix of their registration ids: the content script, and
 * the one that asks for the settings as a page starts loading (entrypoints/settings-at-start.content.ts).
 */
const SITE_SCRIPTS = [
  { prefix: 'siyaq-site:', file: CONTENT_SCRIPT_FILE, runAt: 'document_idle' },
  { prefix: 'siyaq-site-start:', file: SETTINGS_AT_START_FILE, runAt: 'document_start' },
] as const;

/** The added sites whose host permission is granted. */
export async function grantedSites(sites: readonly string[]): Promise<string[]> {
  const granted = await Promise.all(sites.map((site) => browser.permissions.contains({ origins: sitePatterns(site) })));
  return sites.filter((_, i) => granted[i]);
}

/**
 * Registers the content script for each granted site of `sites` and unregisters it from every
 * other; returns the sites registered now (their open tabs get the script too). `declared`: the
 * manifest's own matches, left out of every registration, so that an added domain that covers a
 * default site (gov.ly, over lana.gov.ly) does not run a second script there (Firefox would).
 */
export async function reconcileSiteScripts(sites: readonly string[], declared: readonly string[]): Promise<string[]> {
  const wanted = await grantedSites(sites);
  const wantedIds = new Set(wanted.flatMap((site) => SITE_SCRIPTS.map((script) => script.prefix + site)));
  const ours = (await browser.scripting.getRegisteredContentScripts()).filter((script) => SITE_SCRIPTS.some(({ prefix }) => script.id.startsWith(prefix)));
  const registered = new Set(ours.map((script) => script.id));
  const stale = [...registered].filter((id) => !wantedIds.has(id));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  const missing = wanted.flatMap((site) => SITE_SCRIPTS.filter(({ prefix }) => !registered.has(prefix + site)).map((script) => ({ site, script })));
  if (missing.length === 0) return [];
  await browser.scripting.registerContentScripts(
    missing.map(({ site, script }) => ({
      id: script.prefix + site,
      matches: sitePatterns(site),
      excludeMatches: [...declared],
      js: [script.file.slice(1)],
      runAt: script.runAt,
      persistAcrossSessions: true,
    })),
  );
  // The open tabs of a site that had no content script get it now.
  const fresh = wanted.filter((site) => !registered.has(SITE_SCRIPTS[0].prefix + site));
  await injectIntoOpenTabs(fresh.flatMap(sitePatterns));
  return fresh;
}
