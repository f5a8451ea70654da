/**
 * Owns the store: loads the bundle compiled from seeds/ and answers validated messages.
 * The worker starts on install, on update and whenever the browser wakes it; loading is keyed by
 * the bundle's content hash, so the first start after an install or update loads and later ones
 * are no-ops, and a load that failed is tried again at the next request. Also relays the keyboard
 * command to the tab it was pressed in, shows on the toolbar button how many entities each page
 * names, and after an install or update puts the content script into the news pages already open.
 * Keeps the content script registered for the sites the reader turned on (site-scripts.ts), in
 * step with the settings and the granted permissions, and moves settings of an earlier version
 * to the current one.
 */
import bundle from 'virtual:siyaq-bundle';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { SiyaqDb } from '../utils/store/db';
import { handleMessage } from '../utils/store/handle-message';
import { bundleLoader } from '../utils/store/load-bundle';
import { WALK_COMMAND, walkMessage } from '../utils/commands';
import { BADGE_COLOR, badgeText } from '../utils/badge';
import { injectIntoOpenTabs } from '../utils/inject-open-tabs';
import { LOCAL_PAGES } from '../utils/build-flavour';
import { readSettings, watchSettings } from '../utils/settings';
import { updateSettings } from '../utils/settings-schema';
import { grantedSites, reconcileSiteScripts } from '../utils/site-scripts';
import { addSite, removeSite, siteOf } from '../utils/site-settings';
import { defaultSitePatterns, siteOfPattern, sitePatterns } from '../utils/sites';
import { migrateStoredSettings } from '../utils/store/settings-migration';

export default defineBackground(() => {
  const db = new SiyaqDb();
  const ready = bundleLoader(db, bundle);
  void ready().catch(() => undefined); // loaded at start; a failure is answered, and retried, per request
  const { action } = browser;
  // A tab closed meanwhile has no badge to set.
  const setBadge = (tabId: number, count: number) => action.setBadgeText({ tabId, text: badgeText(count) }).catch(() => undefined);
  void action.setBadgeBackgroundColor({ color: BADGE_COLOR });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return false; // only this extension's scripts and pages
    const from = sender.url?.startsWith(browser.runtime.getURL('/')) ? 'extension-page' : 'content-script';
    handleMessage({ db, ready, setBadge }, message, from, sender.tab?.id).then(sendResponse);
    return true; // answer asynchronously
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === WALK_COMMAND && tab?.id !== undefined) void browser.tabs.sendMessage(tab.id, walkMessage()).catch(() => undefined);
  });

  // The sites the reader turned on: registrations follow the settings and the permissions, one
  // reconciliation at a time (two at once would register the same script twice).
  let reconciling: Promise<unknown> = migrateStoredSettings(db, browser.storage.local).catch((error: unknown) => console.warn('Siyaq: the settings could not be migrated', error));
  const reconcile = () => {
    reconciling = reconciling.then(async () => reconcileSiteScripts((await readSettings()).addedSites, defaultSitePatterns(LOCAL_PAGES))).catch((error: unknown) => console.warn('Siyaq: site registration failed', error));
  };
  reconcile();
  watchSettings(reconcile);
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    // A site the reader gave access to is a site they turned Siyaq on for, whether from the popup
    // (which adds it too, unless it closed while the browser asked) or in the browser's own menu.
    const granted = origins.map(siteOfPattern).filter((site): site is string => site !== null);
    reconciling = reconciling
      .then(async () => {
        if (granted.length > 0) await updateSettings((settings) => granted.filter((site) => siteOf(settings, site, LOCAL_PAGES) === null).reduce(addSite, settings));
      })
      .catch((error: unknown) => console.warn('Siyaq: the site could not be added', error));
    reconcile();
    // Access given back to a default site (taken away in the browser's settings): its open tabs
    // get the script now, not at their next load. A tab whose script runs answers and is skipped.
    reconciling = reconciling
      .then(() => injectIntoOpenTabs(defaultSitePatterns(LOCAL_PAGES)))
      .catch((error: unknown) => console.warn('Siyaq: the content script could not be put into open tabs', error));
  });
  // A site's permission taken back in the browser's own settings takes the site off the list.
  browser.permissions.onRemoved.addListener(() => {
    reconciling = reconciling
      .then(async () => {
        const { addedSites } = await readSettings();
        const granted = new Set(await grantedSites(addedSites));
        const lost = addedSites.filter((site) => !granted.has(site));
        if (lost.length > 0) await updateSettings((settings) => lost.reduce(removeSite, settings));
      })
      .catch((error: unknown) => console.warn('Siyaq: site removal failed', error));
    reconcile();
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Firefox puts a new or updated extension's content scripts into open tabs itself.
    if ((reason !== 'install' && reason !== 'update') || import.meta.env.FIREFOX) return;
    // At once, not after the reconciliation: the tabs open at install are the ones that need it,
    // and a tab opened later gets its script itself (a later injection could reach it first).
    void readSettings().then(({ addedSites }) => injectIntoOpenTabs([...defaultSitePatterns(LOCAL_PAGES), ...addedSites.flatMap(sitePatterns)]));
  });
});
