import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { seedBundlePlugin } from './scripts/seed-bundle-plugin';

// See docs/decisions/ for why the store lives in the background and highlights use CSS.highlights.
export default defineConfig({
  // Explicit imports everywhere: a newcomer can follow every name to its module.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Siyaq — سياق',
    description: 'Context about the people and agencies named on Arabic news pages, with the source of every fact.',
    // No permissions: the store is IndexedDB in the extension's own origin, and opening the
    // reader page in a new tab needs none.
    permissions: [],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'siyaq@siyaq.invalid', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
  vite: () => ({ plugins: [preact(), seedBundlePlugin()] }),
});
