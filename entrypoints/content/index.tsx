/**
 * The content script: fetches the match index from the background, marks the names on the page
 * and wires the hover card. Never throws into the page: any failure leaves the page as it was.
 */
import '../../components/entity.css';
import '../../components/card.css';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Matcher } from '../../utils/match/matcher';
import { ask } from '../../utils/messaging';
import { CardController } from '../../utils/page/card-controller';
import { Highlighter, supportsHighlights } from '../../utils/page/highlighter';
import { installHighlightStyles } from '../../utils/page/highlight-styles';
import { PageScanner } from '../../utils/page/scan-page';
import { OWN_UI_ATTRIBUTE } from '../../utils/page/text-blocks';
import { readerUrl } from '../../utils/reader-url';
import { NEWS_SITE_MATCHES } from '../../utils/sites';

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    try {
      if (!supportsHighlights() || !document.body) return;
      const index = await ask({ type: 'match-index' });
      const highlighter = new Highlighter();
      ctx.onInvalidated(() => highlighter.dispose());
      ctx.onInvalidated(installHighlightStyles(document));
      const scanner = new PageScanner(index, new Matcher(index), highlighter);
      const found = await scanner.scan(document.body, ctx.signal);
      performance.mark('siyaq:scanned', { detail: { mentions: found } });

      const ui = await createShadowRootUi(ctx, {
        name: 'siyaq-card',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        onMount(container, _shadow, host) {
          host.setAttribute(OWN_UI_ATTRIBUTE, '');
          container.classList.add('layer');
          return new CardController({
            highlighter,
            container,
            host,
            loadCard: (id) => ask({ type: 'card', id }),
            actions: {
              readerHref: (articleId, quote) => browser.runtime.getURL(readerUrl(articleId, quote)),
              openSource: (articleId, quote) => void ask({ type: 'open-article', id: articleId, quote }),
            },
          });
        },
        onRemove: (controller) => controller?.dispose(),
      });
      ui.mount();
    } catch (error) {
      console.debug('Siyaq: not active on this page', error);
    }
  },
});
