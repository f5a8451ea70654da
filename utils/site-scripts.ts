/**
 * The content script on the sites the reader turned Siyaq on for: one registration per site with
 * the scripting API, kept across browser restarts, for as long as the site is in the settings and
 * its host permission is granted. The background reconciles the registrations with the settings
 * and the permissions whenever it starts and whenever either changes, and puts the content script
 * into the open tabs of a site it has just registered.
 */
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE, injectIntoOpenTabs } from './inject-open-tabs';
import { sitePatterns } from './sites';

const ID_PREFIX = 'siyaq-site:';

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
  const wanted = new Set(await grantedSites(sites));
  const ours = (await browser.scripting.getRegisteredContentScripts()).filter((script) => script.id.startsWith(ID_PREFIX));
  const registered = new Set(ours.map((script) => script.id.slice(ID_PREFIX.length)));
  const stale = [...registered].filter((site) => !wanted.has(site));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale.map((site) => ID_PREFIX + site) });
  const fresh = [...wanted].filter((site) => !registered.has(site));
  if (fresh.length > 0) {
    await browser.scripting.registerContentScripts(
      fresh.map((site) => ({
        id: ID_PREFIX + site,
        matches: sitePatterns(site),
        excludeMatches: [...declared],
        js: [CONTENT_SCRIPT_FILE.slice(1)],
        runAt: 'document_idle' as const,
        persistAcrossSessions: true,
      })),
    );
    await injectIntoOpenTabs(fresh.flatMap(sitePatterns));
  }
  return fresh;
}
