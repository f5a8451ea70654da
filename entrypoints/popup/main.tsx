/**
 * The toolbar popup: asks the active tab's content script what it marked (no answer: Siyaq does
 * not run there), the background for those entities' summaries and for search, and draws the
 * popup with the site switch for the tab's site. Opened as a page with ?tab=<id>, it shows that
 * tab instead of the active one.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { followSettings, setUpPage } from '../../components/page-setup';
import { tp } from '../../components/page-strings';
import { Popup, type PageState, type SiteControl } from '../../components/Popup';
import { LOCAL_PAGES } from '../../utils/build-flavour';
import type { PageEntities, PageRequest, ShownMention } from '../../utils/page/page-entities';
import { ask } from '../../utils/messaging';
import { entityUrl, libraryUrl } from '../../utils/page-urls';
import type { Settings } from '../../utils/settings';
import { updateSettings } from '../../utils/settings-schema';
import { addSite, sitesCoveredBy, runsOn, siteOf, switchSite } from '../../utils/site-settings';
import { siteOfHostname, sitePatterns } from '../../utils/sites';
import '../../components/entity.css';
import '../../components/pages.css';

/** How often the popup asks again while the page is still being read, or the script is still coming. */
const READING_POLL_MS = 400;

/** The tab shown, and its address when the browser lets the extension read it (a site it may run on, or the one the reader opened the popup on). */
async function targetTab(): Promise<{ id: number; url: string | undefined } | null> {
  const fromAddress = Number(new URLSearchParams(location.search).get('tab'));
  const tab = Number.isInteger(fromAddress) && fromAddress > 0 ? await browser.tabs.get(fromAddress).catch(() => undefined) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/** The tab's site: null for what is no web page (a new tab, the browser's or an extension's pages). */
function siteOfUrl(url: string | undefined): string | null {
  if (!url) return null;
  const { protocol, hostname } = new URL(url);
  return protocol === 'http:' || protocol === 'https:' ? siteOfHostname(hostname) : null;
}

function askPage<T>(tab: number, request: PageRequest): Promise<T> {
  return browser.tabs.sendMessage(tab, request) as Promise<T>;
}

async function pageState(tab: number | null): Promise<PageState> {
  if (tab === null) return { state: 'not-covered' };
  // No content script answers where Siyaq does not run (or could not start).
  const page = await askPage<PageEntities | undefined>(tab, { type: 'siyaq-page-entities' }).catch(() => undefined);
  if (!page) return { state: 'not-covered' };
  if (page.status === 'reading') return { state: 'reading' };
  const ids = [...new Set(page.entries.flatMap((e) => e.ids))];
  const summaries = await ask({ type: 'summaries', ids, date: page.pageDate }).catch(() => []);
  return { state: 'ready', page, summaries: new Map(summaries.map((s) => [s.id, s])) };
}

async function main() {
  const root = document.getElementById('app')!;
  let settings = await setUpPage();
  if (!settings) return;
  const tab = await targetTab();
  const url = tab?.url;
  const hostname = url ? new URL(url).hostname : '';
  const site = siteOfUrl(url);
  let page: PageState = { state: 'reading' };
  let problem: string | null = null;
  /** Whether the browser lets Siyaq read the tab's listed site (read again when permissions change). */
  let allowed = true;
  const readAllowed = async (current: Settings) => {
    const known = site === null ? null : siteOf(current, hostname, LOCAL_PAGES);
    allowed = known === null || (await browser.permissions.contains({ origins: sitePatterns(known.host) }));
  };
  /** Asks the browser for `host`'s access, in the reader's click (it prompts only then); true when given. */
  const askAccess = (host: string): Promise<boolean> =>
    browser.permissions.request({ origins: sitePatterns(host) }).then((granted) => {
      problem = granted ? null : tp('popup.permissionRefused');
      return granted;
    });

  const control = (current: Settings): SiteControl => {
    const known = site === null ? null : siteOf(current, hostname, LOCAL_PAGES);
    return {
      site: known?.host ?? site,
      listed: known !== null,
      on: known !== null && !current.offSites.includes(known.host),
      allowed,
      enabled: current.enabled,
      problem,
      switchSite: (on) => void updateSettings((s) => switchSite(s, known!.host, on)),
      addSite: () => {
        void askAccess(site!).then(async (granted) => {
          if (!granted) return draw();
          // The background registers the content script for the site and puts it into its open tabs.
          let covered: string[] = [];
          await updateSettings((s) => {
            covered = sitesCoveredBy(s, site!);
            return addSite(s, site!);
          });
          // Its subdomains, sites of their own until now, give their permissions back.
          if (covered.length > 0) await browser.permissions.remove({ origins: covered.flatMap(sitePatterns) }).catch(() => false);
        });
      },
      // The background puts the script into the site's open tabs once the browser gives access back.
      allowSite: () => void askAccess(known!.host).then(() => readAllowed(settings!).then(() => (draw(), poll()))),
      setEnabled: (enabled) => void updateSettings((s) => ({ ...s, enabled })),
    };
  };
  const draw = () => {
    document.title = tp('title.popup');
    render(
      <Popup
        page={page}
        site={control(settings!)}
        search={(query) => ask({ type: 'search', query, limit: 8 })}
        showMention={(key, index) => (tab === null ? Promise.resolve(null) : askPage<ShownMention | null>(tab.id, { type: 'siyaq-show-mention', key, index }))}
        exportEntities={(ids) => ask({ type: 'export', ids: [...ids] })}
        links={{ library: libraryUrl({}), settings: '/options.html', entity: entityUrl }}
      />,
      root,
    );
  };

  /** Asks the page until it is read; a page Siyaq has just been switched on for is asked until its script answers. */
  let polling = 0;
  const poll = async () => {
    const round = ++polling;
    for (;;) {
      page = await pageState(tab?.id ?? null);
      if (round !== polling) return;
      draw();
      const expected = site !== null && allowed && runsOn(settings!, hostname, LOCAL_PAGES);
      if (page.state === 'ready' || (page.state === 'not-covered' && !expected)) return;
      await new Promise((resolve) => setTimeout(resolve, READING_POLL_MS));
    }
  };
  followSettings((next) => {
    settings = next;
    void readAllowed(next).then(() => {
      draw();
      void poll();
    });
  });
  await readAllowed(settings);
  draw();
  await poll();
}

void main();
