/**
 * Where the content script runs: local pages (the demo and the tests, in every build) and Libyan
 * news sites, plus the outlets of the bundled articles. A `*.` pattern also covers the bare domain.
 */
export const NEWS_SITE_MATCHES: string[] = [
  'http://127.0.0.1/*',
  'http://localhost/*',
  // Libyan news sites
  '*://*.akhbarlibya24.net/*',
  '*://*.alwasat.ly/*',
  '*://*.libyaobserver.ly/*',
  '*://*.libyaherald.com/*',
  '*://*.218tv.net/*',
  '*://*.libyaakhbar.com/*',
  '*://*.almarsad.co/*',
  '*://*.libyaalahrar.ly/*',
  '*://*.alsaaa24.com/*',
  '*://*.arraedlg.net/*',
  // Outlets of the bundled articles outside Libya
  '*://*.aldar.ma/*',
];

/** The country whose news a site publishes, from its domain: the reader takes its stories to be about it unless they say otherwise. */
export function siteCountry(hostname: string): string | null {
  const host = hostname.toLowerCase();
  if (host.endsWith('.ly')) return 'LY';
  for (const pattern of NEWS_SITE_MATCHES) {
    const domain = /^\*:\/\/\*\.([^/]+)\/\*$/.exec(pattern)?.[1];
    if (domain && (host === domain || host.endsWith(`.${domain}`))) return SITE_COUNTRIES[domain] ?? null;
  }
  return null;
}

/** The country of each news site above. */
const SITE_COUNTRIES: Readonly<Record<string, string>> = {
  'akhbarlibya24.net': 'LY', 'alwasat.ly': 'LY', 'libyaobserver.ly': 'LY', 'libyaherald.com': 'LY', '218tv.net': 'LY',
  'libyaakhbar.com': 'LY', 'almarsad.co': 'LY', 'libyaalahrar.ly': 'LY', 'alsaaa24.com': 'LY', 'arraedlg.net': 'LY',
  'aldar.ma': 'MA',
};
