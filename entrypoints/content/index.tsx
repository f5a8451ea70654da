/**
 * The content script: marks the names on the page with the match index it carries, keeps the
 * marks up to date as the page changes, and wires the hover card, whose data and settings come
 * from the background.
 * A failure, or the extension being disabled or updated, removes the marks, their styles and the
 * watcher, so the page is left as it was.
 */
import '../../components/entity.css';
import '../../components/card.css';
import matchIndex from 'virtual:siyaq-match-index';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isWalkMessage } from '../../utils/commands';
import { Matcher } from '../../utils/match/matcher';
import { extensionUrl } from '../../utils/extension-url';
import { ask } from '../../utils/messaging';
import { CardController } from '../../utils/page/card-controller';
import { registerCardFont } from '../../utils/page/card-font';
import { prepareCardHost } from '../../utils/page/card-host';
import { installMarkStyles } from '../../utils/page/highlight-styles';
import { Highlighter, supportsHighlights } from '../../utils/page/highlighter';
import { pageDate } from '../../utils/page/page-date';
import { PageEntityList } from '../../utils/page/page-entities';
import type { Settings } from '../../utils/settings';
import { CARD_TIMING } from '../../utils/timing';
import { PageScanner } from '../../utils/page/scan-page';
import { watchBodyReplacement, watchPage } from '../../utils/page/watch-page';
import { WrapMarker } from '../../utils/page/wrap-marker';
import { entityUrl, readerUrl } from '../../utils/page-urls';
import { NEWS_SITE_MATCHES, siteCountry } from '../../utils/sites';

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    const cleanups: (() => void)[] = [];
    const cleanUp = () => {
      for (const cleanup of cleanups.splice(0).reverse()) cleanup();
    };
    ctx.onInvalidated(cleanUp);
    const pageEntities = new PageEntityList((count) => void ask({ type: 'page-count', count }).catch(ignore));
    cleanups.push(pageEntities.listen()); // the toolbar popup's list of the page's names
    try {
      if (!document.body) return;
      const index = matchIndex;
      // Only the card needs them: the page is read meanwhile, whether the background is awake or not.
      // (The defaults without the settings module: its schema would bring zod into every page.)
      const settingsAsked = ask({ type: 'settings' }).catch((): Settings => ({ ...CARD_TIMING }));

      const marker = pageEntities.watch(supportsHighlights() ? new Highlighter() : new WrapMarker());
      cleanups.push(installMarkStyles(document));
      const matcher = new Matcher(index);
      const page = { siteCountry: siteCountry(location.hostname) };
      // A page that swaps its whole <body> (Turbo) shows a new page: its scans stop, and a scanner
      // of its own, which knows nothing of the old page's names, reads the new one.
      let pageShown = new AbortController();
      let signal = AbortSignal.any([ctx.signal, pageShown.signal]);
      let scanner: PageScanner | undefined;
      const watcher = watchPage(document.body, marker, async (containers) => {
        // Reading isInvalid also runs the cleanup when the extension went away since the last scan.
        if (!ctx.isInvalid) await scanner!.scan(containers, signal);
      });
      cleanups.push(() => watcher.stop(), () => watcher.marker.dispose());
      scanner = new PageScanner(index, matcher, watcher.marker, page);
      /** Mounts the card's host again once it exists: it left with the old body. */
      let remountCard = () => {};
      const stopFollowingBody = watchBodyReplacement(document, (body) => {
        if (ctx.isInvalid) return;
        pageShown.abort();
        pageShown = new AbortController();
        signal = AbortSignal.any([ctx.signal, pageShown.signal]);
        watcher.follow(body);
        scanner = new PageScanner(index, matcher, watcher.marker, page);
        remountCard();
        scanner.scan([body], signal).catch(ignore); // it drops the old body's marks first
      });
      cleanups.push(stopFollowingBody);

      const found = await scanner.scan([document.body], signal);

      const settings = await settingsAsked;
      registerCardFont(document, extensionUrl);
      const ui = await createShadowRootUi(ctx, {
        name: 'siyaq-card',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        onMount(container, _shadow, host) {
          prepareCardHost(host);
          return new CardController({
            marker: watcher.marker,
            container,
            host,
            settings,
            pageDate: pageDate(document),
            loadCard: (id) =>
              ask({ type: 'card', id }).catch((error: unknown) => {
                void ctx.isInvalid; // reading it cleans up if the extension went away: the marks would lead nowhere
                throw error;
              }),
            actions: {
              readerHref: (articleId, quote) => extensionUrl(readerUrl(articleId, quote)),
              entityHref: (id) => extensionUrl(entityUrl(id)),
              inNewTab: true,
            },
          });
        },
        onRemove: (controller) => controller?.dispose(),
      });
      ui.mount();
      cleanups.push(() => ui.remove());
      remountCard = () => {
        ui.remove();
        ui.mount();
      };
      pageEntities.ready(() => ui.mounted, pageDate(document));
      // Tests and the demo wait for this mark: the page is scanned and the card is ready.
      performance.mark('siyaq:ready', { detail: { mentions: found } });
      browser.runtime.onMessage.addListener((message, sender) => {
        // Only the background may ask for the keyboard walk; a message from elsewhere has a tab or another id.
        if (sender.id === browser.runtime.id && !sender.tab && isWalkMessage(message)) ui.mounted?.walk();
      });
    } catch (error) {
      cleanUp();
      console.debug('Siyaq: not active on this page', error);
    }
  },
});

/** A link the background could not open leaves the page as it is: there is nothing to undo. */
function ignore(): void {}
