/**
 * Which sites Siyaq runs on, as the reader has set it: the default sites, the local hosts of a
 * development or test build, the sites the reader added, less the sites switched off, and nothing
 * when it is off everywhere. Pure: the settings in, new settings out.
 */
import type { Settings } from './settings';
import { DEFAULT_SITES, LOCAL_DEFAULT_HOST, siteCovers } from './sites';

type SiteSettings = Pick<Settings, 'enabled' | 'addedSites' | 'offSites'>;

export type SiteKind = 'default' | 'local' | 'added';

export interface KnownSite {
  readonly host: string;
  readonly kind: SiteKind;
}

/** Every site Siyaq may run on, in the order the options page lists them. */
export function knownSites(settings: Pick<Settings, 'addedSites'>, withLocalHosts: boolean): KnownSite[] {
  return [
    ...DEFAULT_SITES.map((s) => ({ host: s.host, kind: 'default' as const })),
    ...settings.addedSites.map((host) => ({ host, kind: 'added' as const })),
    ...(withLocalHosts ? [{ host: LOCAL_DEFAULT_HOST, kind: 'local' as const }] : []),
  ];
}

/** The site that covers a page's host name, or null when Siyaq has none for it. */
export function siteOf(settings: Pick<Settings, 'addedSites'>, hostname: string, withLocalHosts: boolean): KnownSite | null {
  return knownSites(settings, withLocalHosts).find((site) => siteCovers(site.host, hostname)) ?? null;
}

export function isSiteSwitchedOn(settings: SiteSettings, site: string): boolean {
  return !settings.offSites.includes(site);
}

/** Whether Siyaq marks pages of `hostname` now. */
export function runsOn(settings: SiteSettings, hostname: string, withLocalHosts: boolean): boolean {
  const site = siteOf(settings, hostname, withLocalHosts);
  return settings.enabled && site !== null && isSiteSwitchedOn(settings, site.host);
}

/** The added sites that adding `site` drops: those it covers (its subdomains). */
export function sitesCoveredBy(settings: Pick<Settings, 'addedSites'>, site: string): string[] {
  return settings.addedSites.filter((s) => s !== site && siteCovers(site, s));
}

/**
 * Adds a site, switched on; added sites it covers (its subdomains) are dropped with their
 * switches, so that no page gets two registrations.
 */
export function addSite<S extends SiteSettings>(settings: S, site: string): S {
  const dropped = new Set([site, ...sitesCoveredBy(settings, site)]);
  return {
    ...settings,
    addedSites: [...settings.addedSites.filter((s) => !dropped.has(s)), site],
    offSites: settings.offSites.filter((s) => !dropped.has(s)),
  };
}

export function removeSite<S extends SiteSettings>(settings: S, site: string): S {
  return { ...settings, addedSites: settings.addedSites.filter((s) => s !== site), offSites: settings.offSites.filter((s) => s !== site) };
}

export function switchSite<S extends SiteSettings>(settings: S, site: string, on: boolean): S {
  const offSites = settings.offSites.filter((s) => s !== site);
  return { ...settings, offSites: on ? offSites : [...offSites, site] };
}
