/**
 * The content script: starts a session on the page (utils/page/content-session.ts) with the match
 * index it carries and what it needs from the extension. WXT's ContentScriptContext is not used:
 * a page can abort it with a forged DOM event, and a page must never be able to switch Siyaq off
 * (docs/decisions/0010).
 */
import '../../components/entity.css';
import '../../components/card.css';
import matchIndex from 'virtual:siyaq-match-index';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isPingMessage, isWalkMessage } from '../../utils/commands';
import { extensionUrl } from '../../utils/extension-url';
import { ask } from '../../utils/messaging';
import { ContentSession } from '../../utils/page/content-session';
import { PageEntityList } from '../../utils/page/page-entities';
import { NEWS_SITE_MATCHES, siteCountry } from '../../utils/sites';

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  // WXT builds the imported CSS into content-scripts/content.css, which the card's shadow root loads.
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main() {
    void ContentSession.start(document, {
      index: matchIndex,
      page: { siteCountry: siteCountry(location.hostname) },
      ask,
      // The toolbar popup's list of the page's names, and the badge's count.
      pageEntities: new PageEntityList((count) => void ask({ type: 'page-count', count }).catch(() => undefined)),
      isExtensionAlive: () => browser.runtime?.id !== undefined,
      extensionUrl,
      cardCss: async () => (await fetch(extensionUrl('/content-scripts/content.css'))).text(),
      listen({ walk, alive }) {
        const onMessage = browser.runtime.onMessage;
        const listener = (message: unknown, sender: { id?: string; tab?: unknown }, respond: (answer: boolean) => void) => {
          // Only the background: a message from elsewhere has a tab or another id.
          if (sender.id !== browser.runtime.id || sender.tab) return;
          if (isWalkMessage(message)) walk();
          else if (isPingMessage(message)) respond(alive());
        };
        onMessage.addListener(listener);
        return () => onMessage.removeListener(listener);
      },
    });
  },
});
