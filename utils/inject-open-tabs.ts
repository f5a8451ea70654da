/**
 * After an install or an update, Chromium leaves the news pages already open without the new
 * content script (the old one, cut off from the extension, removes its marks: utils/page/
 * extension-lifetime.ts). This puts the new one into each of them, so that a reader's open tabs
 * keep their marks and cards. Needs the `scripting` permission and host permissions for the
 * news sites, the same sites the content script is declared for.
 */
import { browser } from 'wxt/browser';
import { NEWS_SITE_MATCHES } from './sites';

/** The content script as built (wxt names it after its entrypoint folder). */
const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

export async function injectIntoOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ url: NEWS_SITE_MATCHES });
  await Promise.all(
    tabs
      // A discarded tab loads its page again, with the content script, when the reader returns to it.
      .filter((tab) => tab.id !== undefined && !tab.discarded)
      .map((tab) => browser.scripting.executeScript({ target: { tabId: tab.id! }, files: [CONTENT_SCRIPT_FILE] }).catch(() => undefined)), // a tab still loading or an error page: nothing to do
  );
}
