/**
 * Owns the store: loads the bundle compiled from seeds/ and answers validated messages.
 * The worker starts on install, on update and whenever Chrome wakes it; loading is keyed by the
 * bundle's content hash, so the first start after an install or update loads and later ones are no-ops.
 */
import bundle from 'virtual:siyaq-bundle';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { SiyaqDb } from '../utils/store/db';
import { handleMessage } from '../utils/store/handle-message';
import { loadBundle } from '../utils/store/load-bundle';
import { readerUrl } from '../utils/reader-url';

export default defineBackground(() => {
  const db = new SiyaqDb();
  const ready = loadBundle(db, bundle);

  const openArticle = async (id: string, quote: string | undefined) => {
    await browser.tabs.create({ url: browser.runtime.getURL(readerUrl(id, quote)) });
  };

  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    handleMessage({ db, ready, openArticle }, message).then(sendResponse);
    return true; // answer asynchronously
  });
});
