/**
 * Where Siyaq runs. By default on the main Libyan news sites and the outlets of the bundled
 * articles (README lists them and why); on any other site only once the reader turns it on there
 * (the popup asks the browser for that site's permission at that moment); on local pages
 * (127.0.0.1, localhost) only in development and test builds, for the demo and the tests.
 * A site is a host without its `www.`, with its subdomains. No browser APIs.
 */

export interface NewsSite {
  /** The site's domain, without `www.`: it covers its subdomains too. */
  readonly host: string;
  /** The country whose news it publishes (ISO code): its stories are taken to be about it unless they say otherwise. */
  readonly country: string;
}

/** The sites Siyaq runs on from install, whose host permissions the manifest asks for. */
export const DEFAULT_SITES: readonly NewsSite[] = [
  // Libyan news sites
  { host: 'alwasat.ly', country: 'LY' },
  { host: 'akhbarlibya24.net', country: 'LY' },
  { host: '218tv.net', country: 'LY' },
  { host: 'almarsad.co', country: 'LY' },
  { host: 'alsaaa24.com', country: 'LY' },
  { host: 'eanlibya.com', country: 'LY' },
  { host: 'afrigatenews.net', country: 'LY' },
  { host: 'lana.gov.ly', country: 'LY' },
  { host: 'libyaakhbar.com', country: 'LY' },
  { host: 'libyaalahrar.ly', country: 'LY' },
  { host: 'libyaobserver.ly', country: 'LY' },
  { host: 'libyaherald.com', country: 'LY' },
  { host: 'arraedlg.net', country: 'LY' },
  // Outlets of the bundled articles outside Libya
  { host: 'aldar.ma', country: 'MA' },
];

/**
 * Local pages, in development and test builds only. 127.0.0.1 is a default site there (the demo
 * and the tests serve the seed articles on it); localhost plays a site that is not on the list,
 * which the reader turns on: its permission is granted in those builds, so that the tests need no
 * browser prompt to turn it on.
 */
export const LOCAL_DEFAULT_HOST = '127.0.0.1';
export const LOCAL_HOSTS: readonly string[] = [LOCAL_DEFAULT_HOST, 'localhost'];

/** The match patterns of a site: its domain and every subdomain, over http and https; a local host over http. */
export function sitePatterns(host: string): string[] {
  return LOCAL_HOSTS.includes(host) ? [`http://${host}/*`] : [`*://*.${host}/*`];
}

/** Where the content script is declared: the default sites, with 127.0.0.1 in a development or test build. */
export function defaultSitePatterns(withLocalHosts: boolean): string[] {
  return [...(withLocalHosts ? [LOCAL_DEFAULT_HOST] : []), ...DEFAULT_SITES.map((s) => s.host)].flatMap(sitePatterns);
}

/** The host permissions the manifest asks for: the default sites, with both local hosts in a development or test build. */
export function requiredHostPatterns(withLocalHosts: boolean): string[] {
  return [...(withLocalHosts ? LOCAL_HOSTS : []), ...DEFAULT_SITES.map((s) => s.host)].flatMap(sitePatterns);
}

/** What "this site" is for a page's host name: the host without `www.`, lower case; null for what is not a web site's. */
export function siteOfHostname(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host)) return null; // an IPv6 literal, an empty host, an extension page …
  if (LOCAL_HOSTS.includes(host)) return host;
  if (!host.includes('.')) return null; // an intranet name: no site a reader would mean
  return host.startsWith('www.') ? host.slice(4) : host;
}

// The site a granted host permission names (a domain and its subdomains, one origin, a local
// host), or null for one that names no single site (every site's).

export function siteOfPattern(pattern: string): string | null {
  const host = /^(?:\*|https?):\/\/(?:\*\.)?([^/*:]+)(?::\d+)?\/\*?$/.exec(pattern)?.[1];
  return host === undefined ? null : siteOfHostname(host);
}

/** Whether `site` (a site's host) covers `hostname`: the host itself or one of its subdomains. */
export function siteCovers(site: string, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, ''); // alwasat.ly. is alwasat.ly
  return host === site || host.endsWith(`.${site}`);
}

/**
 * The country-code domains of Arab countries: a news site under one publishes that country's
 * news. Pan-Arab and international outlets (Al Arabiya, Sky News Arabia, BBC Arabic) use .com
 * and .net, and have no country.
 */
const COUNTRY_DOMAINS: Readonly<Record<string, string>> = {
  ly: 'LY', tn: 'TN', dz: 'DZ', ma: 'MA', eg: 'EG', sd: 'SD', mr: 'MR', jo: 'JO', lb: 'LB', sy: 'SY', iq: 'IQ', ps: 'PS',
  sa: 'SA', ae: 'AE', qa: 'QA', kw: 'KW', bh: 'BH', om: 'OM', ye: 'YE',
};

/** Well-known national news sites of the region whose domain does not say their country, for sites the reader turns on. */
const NATIONAL_SITES: readonly NewsSite[] = [
  { host: 'jawharafm.net', country: 'TN' },
  { host: 'mosaiquefm.net', country: 'TN' },
  { host: 'youm7.com', country: 'EG' },
  { host: 'masrawy.com', country: 'EG' },
  { host: 'almasryalyoum.com', country: 'EG' },
  { host: 'akhbarelyom.com', country: 'EG' },
  { host: 'shorouknews.com', country: 'EG' },
  { host: 'elbaladtv.net', country: 'EG' },
  { host: 'echoroukonline.com', country: 'DZ' },
  { host: 'elkhabar.com', country: 'DZ' },
  { host: 'ennaharonline.com', country: 'DZ' },
  { host: 'hespress.com', country: 'MA' },
  { host: 'alghad.com', country: 'JO' },
  { host: 'ammonnews.net', country: 'JO' },
  { host: 'almadenahnews.com', country: 'JO' },
  { host: 'annahar.com', country: 'LB' },
  { host: 'lbcgroup.tv', country: 'LB' },
  { host: 'beirutobserver.com', country: 'LB' },
  { host: 'alriyadh.com', country: 'SA' },
  { host: 'alyaum.com', country: 'SA' },
];

/** The country whose news a site publishes, from the lists above or its domain: the reader takes its stories to be about it unless they say otherwise. */
export function siteCountry(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const listed = [...DEFAULT_SITES, ...NATIONAL_SITES].find((site) => siteCovers(site.host, host));
  return listed?.country ?? COUNTRY_DOMAINS[host.slice(host.lastIndexOf('.') + 1)] ?? null;
}
