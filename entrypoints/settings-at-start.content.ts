/**
 * Asks for the reader's settings as the page starts loading, for the content script
 * (entrypoints/content) to find when it runs at document idle: the storage read then costs the
 * page's first marks nothing (utils/settings.ts). It does nothing else, and adds nothing to the page.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { LOCAL_PAGES } from '../utils/build-flavour';
import { askSettingsAtStart } from '../utils/settings';
import { defaultSitePatterns } from '../utils/sites';

export default defineContentScript({
  matches: defaultSitePatterns(LOCAL_PAGES),
  runAt: 'document_start',
  main() {
    askSettingsAtStart();
  },
});
