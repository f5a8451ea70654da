/**
 * Bundled into a plain page by fallbacks.test.ts: the page-side modules, without the extension,
 * so that the fallbacks for engines without CSS Custom Highlights can be exercised in Chromium.
 */
import { fold } from '../../utils/arabic/fold';
import { Matcher } from '../../utils/match/matcher';
import type { MatchIndex } from '../../utils/match/match-index';
import { Highlighter } from '../../utils/page/highlighter';
import { PageScanner } from '../../utils/page/scan-page';
import { WrapMarker } from '../../utils/page/wrap-marker';

Object.assign(globalThis, {
  siyaqModules: {
    fold,
    async scanWith(kind: 'wrap' | 'highlight', index: MatchIndex) {
      const marker = kind === 'wrap' ? new WrapMarker() : new Highlighter();
      const scanner = new PageScanner(index, new Matcher(index), marker);
      const found = await scanner.scan([document.body]);
      return { marker, found };
    },
  },
});
