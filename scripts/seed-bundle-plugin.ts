/**
 * Vite plugin: `import bundle from 'virtual:siyaq-bundle'` compiles seeds/ at build time, so the
 * bundle is never committed by hand and a broken seed file fails the build with its problems.
 */
import type { Plugin } from 'vite';
import { buildBundle } from '../utils/seeds/read-seeds';

const ID = 'virtual:siyaq-bundle';
const RESOLVED = '\0' + ID;

export function seedBundlePlugin(projectRoot = process.cwd()): Plugin {
  return {
    name: 'siyaq-seed-bundle',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const bundle = buildBundle(projectRoot);
      this.addWatchFile(`${projectRoot}/seeds`);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(bundle))});`;
    },
  };
}
