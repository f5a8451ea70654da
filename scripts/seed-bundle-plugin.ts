/**
 * Vite plugin: `import bundle from 'virtual:siyaq-bundle'` compiles seeds/ at build time, so the
 * bundle is never committed by hand and a broken seed file fails the build with its problems.
 * `import matchIndex from 'virtual:siyaq-match-index'` gives its match index alone: the content
 * script carries it, so a page is read without waiting for the background (decision 0009), and
 * `virtual:siyaq-match-trie` its alias trie, packed, so that a page does not build it (matcher.ts).
 */
import type { Plugin } from 'vite';
import { packTrie } from '../utils/match/matcher';
import type { Bundle } from '../utils/seeds/bundle';
import { buildBundle } from '../utils/seeds/read-seeds';

const MODULES: Readonly<Record<string, (bundle: Bundle) => unknown>> = {
  'virtual:siyaq-bundle': (bundle) => bundle,
  'virtual:siyaq-match-index': (bundle) => bundle.index,
  'virtual:siyaq-match-trie': (bundle) => packTrie(bundle.index),
};

export function seedBundlePlugin(projectRoot = process.cwd()): Plugin {
  return {
    name: 'siyaq-seed-bundle',
    resolveId: (id) => (id in MODULES ? '\0' + id : undefined),
    load(id) {
      const part = id.startsWith('\0') ? MODULES[id.slice(1)] : undefined;
      if (!part) return undefined;
      this.addWatchFile(`${projectRoot}/seeds`);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(part(buildBundle(projectRoot))))});`;
    },
  };
}
