/**
 * After an install or an update, Chromium leaves the news pages already open without the new
 * content script (the old one, cut off from the extension, removes its marks: utils/page/
 * extension-lifetime.ts). This puts the new one into each of them, so that a reader's open tabs
 * keep their marks and cards. Needs the `scripting` permission and host permissions for the
 * news sites, the same sites the content script is declared for.
 *
 * A tab still loading gets the declared content script anyway, and one that loaded after this
 * version was installed has it already: a live script answers the ping, and such tabs are left
 * alone, so that a page never runs two. (An orphaned script cannot answer: its runtime is gone.)
 */
import { browser } from 'wxt/browser';
import { pingMessage } from './commands';
import { NEWS_SITE_MATCHES } from './sites';

/** The content script as built (wxt names it after its entrypoint folder). */
const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

export async function injectIntoOpenTabs(): Promise<void> {
  // A discarded tab loads its page again, with the content script, when the reader returns to it.
  const tabs = await browser.tabs.query({ url: NEWS_SITE_MATCHES, status: 'complete', discarded: false });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : injectUnlessRunning(tab.id))));
}

async function injectUnlessRunning(tabId: number): Promise<void> {
  const running = await browser.tabs.sendMessage(tabId, pingMessage(), { frameId: 0 }).catch(() => false);
  if (running === true) return;
  // An error page or a page the browser does not let extensions script: nothing to do.
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] }).catch(() => undefined);
}
