/**
 * The production manifests ask for nothing beyond this allow-list (README, "Permissions", says why
 * each is needed), and name no local host; the test builds add 127.0.0.1 and localhost and nothing
 * else. Reads the builds `npm test` makes: production and test, for Chromium and Firefox.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITES } from '../../utils/sites';

const API_PERMISSIONS = ['activeTab', 'scripting', 'storage'];
const SITE_PATTERNS = DEFAULT_SITES.map((site) => `*://*.${site.host}/*`);
const LOCAL_PATTERNS = ['http://127.0.0.1/*', 'http://localhost/*'];
/** Asked one site at a time, when the reader turns Siyaq on there. */
const OPTIONAL_HOSTS = ['*://*/*'];

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js: string[]; run_at?: string }[];
  web_accessible_resources?: { matches: string[]; resources: string[] }[];
  default_locale?: string;
  name: string;
}

function manifestOf(folder: string): Manifest {
  return JSON.parse(readFileSync(join(process.cwd(), '.output', folder, 'manifest.json'), 'utf8')) as Manifest;
}

/** The declared content scripts, each with its sites sorted, the content script first. */
function contentScripts(manifest: Manifest): { js: string[]; runAt: string | undefined; matches: string[] }[] {
  return (manifest.content_scripts ?? [])
    .map((c) => ({ js: c.js, runAt: c.run_at, matches: [...c.matches].sort() }))
    .sort((a, b) => a.js[0]!.localeCompare(b.js[0]!));
}

describe.each([
  ['chrome-mv3', 'chrome-mv3-test'],
  ['firefox-mv3', 'firefox-mv3-test'],
])('%s', (production, test) => {
  it('asks for the allowed permissions and nothing else', () => {
    const manifest = manifestOf(production);
    expect(manifest.manifest_version).toBe(3);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(API_PERMISSIONS);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...SITE_PATTERNS].sort());
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(OPTIONAL_HOSTS);
    expect(contentScripts(manifest)).toEqual([
      { js: ['content-scripts/content.js'], runAt: 'document_idle', matches: [...SITE_PATTERNS].sort() },
      // It asks for the settings as the page starts loading, for the content script to find.
      { js: ['content-scripts/settings-at-start.js'], runAt: 'document_start', matches: [...SITE_PATTERNS].sort() },
    ]);
  });

  it('names no local host in production; the test build adds 127.0.0.1 and localhost only', () => {
    expect(JSON.stringify(manifestOf(production))).not.toMatch(/127\.0\.0\.1|localhost/);
    const manifest = manifestOf(test);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(API_PERMISSIONS);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...SITE_PATTERNS, ...LOCAL_PATTERNS].sort());
    // The content script is declared for 127.0.0.1; localhost plays a site the reader turns on.
    for (const script of contentScripts(manifest)) expect(script.matches).toEqual([...SITE_PATTERNS, LOCAL_PATTERNS[0]!].sort());
  });

  it('takes its name from the locales, in Arabic and English', () => {
    const manifest = manifestOf(production);
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.default_locale).toBe('en');
    for (const language of ['ar', 'en']) {
      const messages = JSON.parse(readFileSync(join(process.cwd(), '.output', production, '_locales', language, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
      expect(Object.keys(messages).sort()).toEqual(['extDescription', 'extName', 'walkCommand']);
    }
  });
});
