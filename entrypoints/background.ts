/**
 * Owns the store: loads the bundle compiled from seeds/ and answers validated messages.
 * The worker starts on install, on update and whenever the browser wakes it; loading is keyed by
 * the bundle's content hash, so the first start after an install or update loads and later ones
 * are no-ops, and a load that failed is tried again at the next request. Also relays the keyboard
 * command to the tab it was pressed in, shows on the toolbar button how many entities each page
 * names, and after an install or update puts the content script into the news pages already open.
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

export default defineBackground(() => {
  const db = new SiyaqDb();
  const ready = bundleLoader(db, bundle);
  void ready().catch(() => undefined); // loaded at start; a failure is answered, and retried, per request
  // Manifest V2 (the Firefox build) names the toolbar button browserAction.
  const action = browser.action ?? browser.browserAction;
  const setBadge = (tabId: number, count: number) => action.setBadgeText({ tabId, text: badgeText(count) });
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

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Firefox puts a new or updated extension's content scripts into open tabs itself.
    if ((reason === 'install' || reason === 'update') && !import.meta.env.FIREFOX) void injectIntoOpenTabs();
  });
});
