/**
 * The content script: while the reader has Siyaq on for this page's site (utils/page/site-switch.ts),
 * a session (utils/page/content-session.ts) marks the page with the match index it carries. WXT's
 * ContentScriptContext is not used: a page can abort it with a forged DOM event, and a page must
 * never be able to switch Siyaq off (docs/decisions/0010).
 */
import '../../components/entity.css';
import '../../components/card.css';
import matchIndex from 'virtual:siyaq-match-index';
import matchTrie from 'virtual:siyaq-match-trie';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { useLanguage } from '../../components/i18n';
import { LOCAL_PAGES } from '../../utils/build-flavour';
import { isPingMessage, isWalkMessage } from '../../utils/commands';
import { extensionUrl } from '../../utils/extension-url';
import { ask } from '../../utils/messaging';
import { ContentSession } from '../../utils/page/content-session';
import { claimPage } from '../../utils/page/extension-lifetime';
import { PageEntityList } from '../../utils/page/page-entities';
import { SiteSwitch } from '../../utils/page/site-switch';
import { settingsAskedAtStartOrRead, watchSettings } from '../../utils/settings';
import { defaultSitePatterns, siteCountry } from '../../utils/sites';

export default defineContentScript({
  // Declared for the default sites; sites the reader turns on are registered at run time (utils/site-scripts.ts).
  matches: defaultSitePatterns(LOCAL_PAGES),
  // WXT builds the imported CSS into content-scripts/content.css, which the card's shadow root loads.
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main() {
    const isExtensionAlive = () => browser.runtime?.id !== undefined;
    if (!claimPage(isExtensionAlive)) return; // another live instance marks this page
    const reportCount = (count: number) => void ask({ type: 'page-count', count }).catch(() => undefined);
    /** The keyboard walk of the session running now. */
    let walk: (() => void) | null = null;

    // From the first moment, and while Siyaq is off here too: a live script answers the
    // background's ping, so that it never puts a second one into the page.
    browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string; tab?: unknown }, respond: (answer: boolean) => void) => {
      // Only the background: a message from elsewhere has a tab or another id.
      if (sender.id !== browser.runtime.id || sender.tab) return;
      if (isWalkMessage(message)) walk?.();
      else if (isPingMessage(message)) respond(isExtensionAlive());
    });

    const sites = new SiteSwitch({
      hostname: location.hostname,
      withLocalHosts: LOCAL_PAGES,
      readSettings: settingsAskedAtStartOrRead,
      watchSettings,
      cleared: () => reportCount(0),
      async startSession(settings, signal) {
        await ContentSession.start(
          document,
          {
            index: matchIndex,
            trie: matchTrie,
            page: { siteCountry: siteCountry(location.hostname) },
            // The card speaks the reader's language from its first word.
            settings: settings.then((chosen) => {
              useLanguage(chosen, browser.i18n.getUILanguage());
              return chosen;
            }),
            ask,
            // The toolbar popup's list of the page's names, and the badge's count.
            pageEntities: new PageEntityList(reportCount),
            isExtensionAlive,
            extensionUrl,
            cardCss: async () => (await fetch(extensionUrl('/content-scripts/content.css'))).text(),
            listen(handlers) {
              walk = handlers.walk;
              return () => {
                if (walk === handlers.walk) walk = null;
              };
            },
          },
          signal,
        );
      },
    });
    void sites.start().catch((error: unknown) => console.debug('Siyaq: not active on this page', error));
  },
});
