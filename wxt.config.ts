import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { seedBundlePlugin } from './scripts/seed-bundle-plugin';
import { WALK_COMMAND, WALK_SHORTCUT } from './utils/commands';
import { FONT_FILES } from './utils/page/card-font';
import { NEWS_SITE_MATCHES } from './utils/sites';

/** The extension pages a card links to. */
const CARD_LINKED_PAGES = ['reader.html', 'entity.html'];

// See docs/decisions/ for why the store lives in the background and highlights use CSS.highlights.
export default defineConfig({
  // Explicit imports everywhere: a newcomer can follow every name to its module.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Siyaq — سياق',
    description: 'Context about the people and agencies named on Arabic news pages, with the source of every fact.',
    // The store is IndexedDB in the extension's own origin; the toolbar badge and the popup's
    // messages to the tab's content script need no permission. `scripting`, with the news sites the
    // content script runs on, only puts the content script back into the pages already open after
    // an install or an update (utils/inject-open-tabs.ts); the browser asks for nothing more than
    // the content script's sites.
    permissions: ['scripting'],
    host_permissions: NEWS_SITE_MATCHES,
    // Reachable from the news sites: the card's font (the card is drawn in the page), and the two
    // pages the card links to, so that a middle-click, a ctrl-click or "open in new tab" on a card's
    // link opens them as any link does (a page may not open other extension pages). Dynamic URLs
    // keep pages from probing for the extension; the pages refuse to draw inside a frame.
    web_accessible_resources: [{ resources: [...FONT_FILES.map((f) => f.path.slice(1)), ...CARD_LINKED_PAGES], matches: NEWS_SITE_MATCHES, use_dynamic_url: true }],
    commands: {
      [WALK_COMMAND]: {
        suggested_key: { default: WALK_SHORTCUT },
        description: 'Move to the next marked name and open its card',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'siyaq@siyaq.invalid', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
  vite: () => ({ plugins: [preact(), seedBundlePlugin()] }),
  hooks: {
    // The card's Arabic font ships inside the extension, copied from its npm package at build time.
    'build:publicAssets': (_wxt, files) => {
      for (const font of FONT_FILES) {
        files.push({ absoluteSrc: `${process.cwd()}/node_modules/@fontsource/noto-naskh-arabic/files/${font.source}`, relativeDest: font.path.slice(1) });
      }
    },
  },
});
