import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { manifestMessages } from './scripts/manifest-messages';
import { seedBundlePlugin } from './scripts/seed-bundle-plugin';
import { WALK_COMMAND, WALK_SHORTCUT } from './utils/commands';
import { FONT_FILES } from './utils/page/card-font';
import { requiredHostPatterns } from './utils/sites';

/** The card's stylesheet, which the content script loads into the card's shadow root (WXT offers it only to the declared sites). */
const CARD_STYLES = 'content-scripts/content.css';

/** The extension pages a card links to. */
const CARD_LINKED_PAGES = ['reader.html', 'entity.html'];

// See docs/decisions/ for why the store lives in the background and highlights use CSS.highlights,
// and 0012 for where Siyaq runs and why it asks for each permission.
export default defineConfig({
  // Explicit imports everywhere: a newcomer can follow every name to its module.
  imports: false,
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // A browser in a language Siyaq does not speak gets English (locales/).
    default_locale: 'en',
    // README ("Permissions") says why each is needed. `storage`: the reader's settings, read by
    // every page's content script without waking the background. `scripting`: the content script
    // for the sites the reader turns on (registered at run time), and put back into open tabs
    // after an install or update. `activeTab`: the popup learns which site the reader is on when
    // they open it there, to offer turning Siyaq on for it.
    permissions: ['activeTab', 'scripting', 'storage'],
    // The default news sites; 127.0.0.1 and localhost only in development and test builds (the
    // demo and the tests), never in the production build.
    host_permissions: requiredHostPatterns(mode !== 'production'),
    // Any other site, asked for one site at a time when the reader turns Siyaq on there.
    optional_host_permissions: ['*://*/*'],
    // Reachable from the pages Siyaq runs on, which the reader may extend to any site: the card's
    // font and stylesheet (the card is drawn in the page), and the two pages the card links to, so that a
    // middle-click, a ctrl-click or "open in new tab" on a card's link opens them as any link
    // does. Dynamic URLs keep pages from probing for the extension; the pages refuse to draw
    // inside a frame.
    web_accessible_resources: [{ resources: [...FONT_FILES.map((f) => f.path.slice(1)), CARD_STYLES, ...CARD_LINKED_PAGES], matches: ['*://*/*'], use_dynamic_url: true }],
    commands: {
      [WALK_COMMAND]: {
        suggested_key: { default: WALK_SHORTCUT },
        description: '__MSG_walkCommand__',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'siyaq@siyaq.invalid', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
  vite: () => ({ plugins: [preact(), seedBundlePlugin()] }),
  // The source archive Mozilla's review asks for: the sources, not what tests, the benchmark and
  // the demo leave behind.
  zip: { excludeSources: ['test-results/**', 'bench-results/**', '.demo/**'] },
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      // The card's Arabic font ships inside the extension, copied from its npm package at build time.
      for (const font of FONT_FILES) {
        files.push({ absoluteSrc: `${process.cwd()}/node_modules/@fontsource/noto-naskh-arabic/files/${font.source}`, relativeDest: font.path.slice(1) });
      }
      files.push(...manifestMessages(process.cwd()));
    },
  },
});
