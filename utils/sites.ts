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
