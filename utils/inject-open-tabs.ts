/**
 * Puts the content script into pages already open: after an install or an update (Chromium
 * leaves the news pages open then without the new content script; the old one, cut off from the
 * extension, removes its marks: utils/page/extension-lifetime.ts), and when the reader turns
 * Siyaq on for a new site, so that its open tabs are marked without a reload. Needs the
 * `scripting` permission and the sites' host permissions.
 *
 * A tab still loading gets the declared or registered content script anyway, and one that loaded
 * after this version was installed has it already: a live script answers the ping, and such tabs
 * are left alone, so that a page never runs two. (An orphaned script cannot answer: its runtime
 * is gone.)
 */
import { browser } from 'wxt/browser';
import { pingMessage } from './commands';

/** The content script as built (wxt names it after its entrypoint folder). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
/** The script that asks for the settings as a page starts loading; a page already loaded needs none. */
export const SETTINGS_AT_START_FILE = '/content-scripts/settings-at-start.js';

/** Injects into the loaded tabs whose address matches `patterns`, where no live content script answers. */
export async function injectIntoOpenTabs(patterns: readonly string[]): Promise<void> {
  if (patterns.length === 0) return;
  // A discarded tab loads its page again, with the content script, when the reader returns to it.
  const tabs = await browser.tabs.query({ url: [...patterns], status: 'complete', discarded: false });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : injectUnlessRunning(tab.id))));
}

async function injectUnlessRunning(tabId: number): Promise<void> {
  const running = await browser.tabs.sendMessage(tabId, pingMessage(), { frameId: 0 }).catch(() => false);
  if (running === true) return;
  // An error page or a page the browser does not let extensions script: nothing to do.
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] }).catch(() => undefined);
}
