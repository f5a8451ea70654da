/**
 * The toolbar popup: the names the content script found on the active tab, grouped by type, each
 * with its count and the role to show first; choosing one shows its first mention on the page, and
 * next and previous walk its mentions. Above them a search over the whole set, and the ways to the
 * library and the settings; below them the site switch (on or off for this site, on for a site
 * not on the list, off everywhere). Every control is a button or a link, so all of it works from
 * the keyboard and with a screen reader, which cannot see the page's highlights.
 */
import { useRef, useState } from 'preact/hooks';
import type { PageEntities, PageEntry, ShownMention } from '../utils/page/page-entities';
import type { ExportData } from '../utils/export/facts-table';
import type { EntitySummary } from '../utils/store/summaries';
import { ExportButtons } from './ExportButtons';
import { direction, displayName, formatNumber, language, t } from './i18n';
import { roleText } from './Library';
import { Arabic, EntityName } from './Names';
import { tp } from './page-strings';

/** What the popup knows of the active tab. */
export type PageState =
  | { readonly state: 'not-covered' }
  | { readonly state: 'reading' }
  | { readonly state: 'ready'; readonly page: PageEntities; readonly summaries: ReadonlyMap<string, EntitySummary> };

/** How Siyaq stands on the tab's site, and what the reader can do about it. */
export interface SiteControl {
  /** The tab's site; null on a page that is no web site's (a new tab, the browser's own pages). */
  readonly site: string | null;
  /** listed: a default or added site; unlisted: one Siyaq runs on only once the reader turns it on. */
  readonly listed: boolean;
  /** The site is switched on (a listed one). */
  readonly on: boolean;
  /**
   * The browser lets Siyaq read the site (a listed one): false when the reader took its access
   * back in the browser's own settings, or the browser holds it back until asked.
   */
  readonly allowed: boolean;
  /** Siyaq is on at all (the switch for every site). */
  readonly enabled: boolean;
  /** What went wrong with the last action (the browser refused the site's permission). */
  readonly problem: string | null;
  /** Switches the listed site on or off. */
  readonly switchSite: (on: boolean) => void;
  /** Turns Siyaq on for the unlisted site: the browser asks the reader for its permission now. */
  readonly addSite: () => void;
  /** Asks the browser again for a listed site's access. */
  readonly allowSite: () => void;
  readonly setEnabled: (on: boolean) => void;
}

export interface PopupProps {
  readonly page: PageState;
  readonly site: SiteControl;
  readonly search: (query: string) => Promise<EntitySummary[]>;
  readonly showMention: (key: string, index: number) => Promise<ShownMention | null>;
  readonly exportEntities: (ids: readonly string[]) => Promise<ExportData>;
  readonly links: { readonly library: string; readonly settings: string; readonly entity: (id: string) => string };
}

export function Popup({ page, site, search, showMention, exportEntities, links }: PopupProps) {
  const runsHere = site.enabled && site.listed && site.on && site.allowed;
  return (
    <main class="popup" dir={direction()} lang={language()}>
      <header class="popup-header">
        <h1 class="popup-title">{tp('title.popup')}</h1>
        <nav class="popup-links">
          <a href={links.library} target="_blank" rel="noopener">
            {tp('nav.library')}
          </a>
          <a href={links.settings} target="_blank" rel="noopener">
            {tp('nav.settings')}
          </a>
        </nav>
      </header>
      <SearchBox search={search} entityHref={links.entity} />
      {(runsHere || site.site === null) && (
        <section class="on-page" aria-labelledby="on-page-title">
          <h2 id="on-page-title">{tp('popup.onThisPage')}</h2>
          <OnThisPage page={site.site === null ? { state: 'not-covered' } : page} showMention={showMention} entityHref={links.entity} />
        </section>
      )}
      {runsHere && page.state === 'ready' && page.page.entries.length > 0 && (
        <ExportButtons name="siyaq-page" citations={false} load={() => exportEntities(page.page.entries.filter((e) => e.ids.length === 1).map((e) => e.ids[0]!))} />
      )}
      <SiteSwitch site={site} />
    </main>
  );
}

/** On or off for this site, and for every site. */
function SiteSwitch({ site }: { site: SiteControl }) {
  const here = site.site && (
    <p class="site-state" role="status">
      {!site.enabled
        ? tp('popup.offEverywhere')
        : !site.listed
          ? tp('popup.siteNotListed', { site: site.site })
          : !site.on
            ? tp('popup.siteOff', { site: site.site })
            : site.allowed
              ? tp('popup.siteOn', { site: site.site })
              : tp('popup.siteNotAllowed', { site: site.site })}
    </p>
  );
  return (
    <section class="site-switch" aria-label={tp('popup.enabled')}>
      {here}
      {site.site && site.enabled && (
        <button type="button" class="site-button" onClick={() => (site.listed ? site.switchSite(!site.on) : site.addSite())}>
          {site.listed && site.on ? tp('popup.turnOffHere') : tp('popup.turnOnHere')}
        </button>
      )}
      {site.site && site.enabled && site.listed && site.on && !site.allowed && (
        <button type="button" class="site-button site-allow" onClick={() => site.allowSite()}>
          {tp('popup.allowHere')}
        </button>
      )}
      {site.problem && (
        <p class="site-problem" role="alert">
          {site.problem}
        </p>
      )}
      <label class="switch">
        <input type="checkbox" name="enabled" checked={site.enabled} onChange={(e) => site.setEnabled((e.target as HTMLInputElement).checked)} />
        {tp('popup.enabled')}
      </label>
    </section>
  );
}

function SearchBox({ search, entityHref }: { search: PopupProps['search']; entityHref: (id: string) => string }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<EntitySummary[] | null>(null);
  const asked = useRef(0);
  const onInput = (value: string) => {
    setQuery(value);
    const request = ++asked.current;
    if (!value.trim()) return setHits(null);
    void search(value).then((found) => request === asked.current && setHits(found), () => request === asked.current && setHits([]));
  };
  return (
    <div class="popup-search" role="search">
      <label for="popup-q" class="visually-hidden">
        {tp('popup.search')}
      </label>
      <input id="popup-q" type="search" value={query} placeholder={tp('popup.searchPlaceholder')} autoFocus onInput={(e) => onInput((e.target as HTMLInputElement).value)} />
      {hits && (
        <ul class="hits" aria-live="polite">
          {hits.length === 0 && <li class="muted">{tp('popup.noResults')}</li>}
          {hits.slice(0, 8).map((hit) => (
            <li key={hit.id}>
              <a class={`hit hit-${hit.type}`} href={entityHref(hit.id)} target="_blank" rel="noopener">
                <span class="hit-name">
                  <EntityName entity={hit} />
                </span>
                {hit.role && (
                  <span class="hit-role" lang="ar" dir="rtl">
                    {hit.role.title}
                  </span>
                )}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function OnThisPage({ page, showMention, entityHref }: { page: PageState; showMention: PopupProps['showMention']; entityHref: (id: string) => string }) {
  const [announcement, setAnnouncement] = useState('');
  const [positions, setPositions] = useState<ReadonlyMap<string, ShownMention>>(new Map());
  // The mention last asked for, per entry, set at the click: quick clicks step from it, not from the last answer.
  const asked = useRef(new Map<string, number>());
  if (page.state === 'not-covered') return <p class="empty">{tp('popup.notCovered')}</p>;
  if (page.state === 'reading') return <p class="empty" role="status">{tp('popup.reading')}</p>;
  const { entries } = page.page;
  if (entries.length === 0) return <p class="empty">{tp('popup.nothingFound')}</p>;

  const summaryOf = (entry: PageEntry) => (entry.ids.length === 1 ? page.summaries.get(entry.ids[0]!) : undefined);
  const nameOf = (entry: PageEntry) => {
    const summary = summaryOf(entry);
    return summary ? displayName(summary) : entry.text;
  };
  const go = (entry: PageEntry, index: number) => {
    asked.current.set(entry.key, index);
    void showMention(entry.key, index).then((shown) => {
      if (!shown) return;
      if (asked.current.get(entry.key) === index) asked.current.set(entry.key, shown.index);
      setPositions((p) => new Map(p).set(entry.key, shown));
      setAnnouncement(tp('popup.position', { name: nameOf(entry), at: shown.index + 1, count: shown.count }));
    });
  };
  const step = (entry: PageEntry, by: number) => go(entry, (asked.current.get(entry.key) ?? (by > 0 ? -1 : 0)) + by);
  const groups = [
    { title: tp('popup.persons'), entries: entries.filter((e) => e.kind === 'person') },
    { title: tp('popup.organizations'), entries: entries.filter((e) => e.kind === 'organization') },
    { title: tp('popup.shared'), entries: entries.filter((e) => e.kind === 'ambiguous') },
  ].filter((g) => g.entries.length > 0);

  return (
    <>
      <p class="page-count">{tp('popup.namesOnPage', { names: tp('names', { count: entries.length }) })}</p>
      {groups.map((group) => (
        <section key={group.title} class="entry-group" aria-label={group.title}>
          <h3>{group.title}</h3>
          <ul class="entries">
            {group.entries.map((entry) => {
              const summary = summaryOf(entry);
              const at = positions.get(entry.key);
              return (
                <li key={entry.key} class={`entry entry-${entry.kind}`}>
                  <button type="button" class="entry-main" onClick={() => go(entry, 0)}>
                    <span class="entry-name">{summary ? <EntityName entity={summary} /> : <Arabic>{entry.text}</Arabic>}</span>
                    <span class="entry-count">{tp('times', { count: entry.count })}</span>
                    {summary?.role && (
                      <span class="entry-role" lang="ar" dir="rtl">
                        {roleText(summary.role)}
                      </span>
                    )}
                  </button>
                  {entry.count > 1 ? (
                    <span class="entry-nav">
                      <button type="button" aria-label={`${tp('popup.previous')}: ${nameOf(entry)}`} onClick={() => step(entry, -1)}>
                        {direction() === 'rtl' ? '→' : '←'}
                      </button>
                      <span class="entry-at" aria-hidden="true">
                        {at ? `${formatNumber(at.index + 1)}/${formatNumber(at.count)}` : ''}
                      </span>
                      <button type="button" aria-label={`${tp('popup.next')}: ${nameOf(entry)}`} onClick={() => step(entry, 1)}>
                        {direction() === 'rtl' ? '←' : '→'}
                      </button>
                    </span>
                  ) : (
                    <span />
                  )}
                  {summary ? (
                    <a class="entry-open" href={entityHref(summary.id)} target="_blank" rel="noopener" aria-label={tp('popup.openPage', { name: displayName(summary) })} title={tp('popup.openPage', { name: displayName(summary) })}>
                      ↗
                    </a>
                  ) : (
                    <div class="entry-candidates">
                      {tp('popup.sharedBy')}{' '}
                      {entry.ids.map((id, i) => (
                        <>
                          {i > 0 && t('listSeparator')}
                          <a key={id} href={entityHref(id)} target="_blank" rel="noopener">
                            {page.summaries.has(id) ? <EntityName entity={page.summaries.get(id)!} /> : id}
                          </a>
                        </>
                      ))}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <p class="visually-hidden announcement" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
