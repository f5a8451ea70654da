/**
 * The toolbar popup: asks the active tab's content script what it marked (no answer: the site is
 * not covered), the background for those entities' summaries and for search, and draws the popup.
 * Opened as a page with ?tab=<id>, it shows that tab instead of the active one.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PageState } from '../../components/Popup';
import type { PageEntities, PageRequest, ShownMention } from '../../utils/page/page-entities';
import { ask } from '../../utils/messaging';
import { entityUrl, libraryUrl } from '../../utils/page-urls';
import '../../components/entity.css';
import '../../components/pages.css';

/** How often the popup asks again while the page is still being read. */
const READING_POLL_MS = 400;

async function targetTab(): Promise<number | null> {
  const fromAddress = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromAddress) && fromAddress > 0) return fromAddress;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function askPage<T>(tab: number, request: PageRequest): Promise<T> {
  return browser.tabs.sendMessage(tab, request) as Promise<T>;
}

async function pageState(tab: number | null): Promise<PageState> {
  if (tab === null) return { state: 'not-covered' };
  // No content script answers on a site Siyaq does not cover (or one it could not start on).
  const page = await askPage<PageEntities | undefined>(tab, { type: 'siyaq-page-entities' }).catch(() => undefined);
  if (!page) return { state: 'not-covered' };
  if (page.status === 'reading') return { state: 'reading' };
  const ids = [...new Set(page.entries.flatMap((e) => e.ids))];
  const summaries = await ask({ type: 'summaries', ids, date: page.pageDate }).catch(() => []);
  return { state: 'ready', page, summaries: new Map(summaries.map((s) => [s.id, s])) };
}

async function main() {
  const root = document.getElementById('app')!;
  const tab = await targetTab();
  const draw = (page: PageState) =>
    render(
      <Popup
        page={page}
        search={(query) => ask({ type: 'search', query, limit: 8 })}
        showMention={(key, index) => (tab === null ? Promise.resolve(null) : askPage<ShownMention | null>(tab, { type: 'siyaq-show-mention', key, index }))}
        exportEntities={(ids) => ask({ type: 'export', ids: [...ids] })}
        links={{ library: libraryUrl({}), settings: '/options.html', entity: entityUrl }}
      />,
      root,
    );
  for (;;) {
    const page = await pageState(tab);
    draw(page);
    if (page.state !== 'reading') return;
    await new Promise((resolve) => setTimeout(resolve, READING_POLL_MS));
  }
}

void main();
