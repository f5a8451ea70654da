/**
 * The toolbar popup: the names the content script found on the active tab, grouped by type, each
 * with its count and the role to show first; choosing one shows its first mention on the page, and
 * next and previous walk its mentions. Above them a search over the whole set, and the ways to the
 * library and the settings. Every control is a button or a link, so all of it works from the
 * keyboard and with a screen reader, which cannot see the page's highlights.
 */
import { useRef, useState } from 'preact/hooks';
import type { PageEntities, PageEntry, ShownMention } from '../utils/page/page-entities';
import type { ExportData } from '../utils/export/facts-table';
import type { EntitySummary } from '../utils/store/summaries';
import { ExportButtons } from './ExportButtons';
import { roleText } from './Library';
import { POPUP, times } from './strings';

/** What the popup knows of the active tab. */
export type PageState =
  | { readonly state: 'not-covered' }
  | { readonly state: 'reading' }
  | { readonly state: 'ready'; readonly page: PageEntities; readonly summaries: ReadonlyMap<string, EntitySummary> };

export interface PopupProps {
  readonly page: PageState;
  readonly search: (query: string) => Promise<EntitySummary[]>;
  readonly showMention: (key: string, index: number) => Promise<ShownMention | null>;
  readonly exportEntities: (ids: readonly string[]) => Promise<ExportData>;
  readonly links: { readonly library: string; readonly settings: string; readonly entity: (id: string) => string };
}

export function Popup({ page, search, showMention, exportEntities, links }: PopupProps) {
  return (
    <main class="popup" dir="rtl" lang="ar">
      <header class="popup-header">
        <h1 class="popup-title">{POPUP.title}</h1>
        <nav class="popup-links">
          <a href={links.library} target="_blank" rel="noopener">
            {POPUP.library}
          </a>
          <a href={links.settings} target="_blank" rel="noopener">
            {POPUP.settings}
          </a>
        </nav>
      </header>
      <SearchBox search={search} entityHref={links.entity} />
      <section class="on-page" aria-labelledby="on-page-title">
        <h2 id="on-page-title">{POPUP.onThisPage}</h2>
        <OnThisPage page={page} showMention={showMention} entityHref={links.entity} />
      </section>
      {page.state === 'ready' && page.page.entries.length > 0 && (
        <ExportButtons name="siyaq-page" citations={false} load={() => exportEntities(page.page.entries.filter((e) => e.ids.length === 1).map((e) => e.ids[0]!))} />
      )}
    </main>
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
        {POPUP.search}
      </label>
      <input id="popup-q" type="search" value={query} placeholder={POPUP.searchPlaceholder} autoFocus onInput={(e) => onInput((e.target as HTMLInputElement).value)} />
      {hits && (
        <ul class="hits" aria-live="polite">
          {hits.length === 0 && <li class="muted">{POPUP.noResults}</li>}
          {hits.slice(0, 8).map((hit) => (
            <li key={hit.id}>
              <a class={`hit hit-${hit.type}`} href={entityHref(hit.id)} target="_blank" rel="noopener">
                <span class="hit-name">{hit.name}</span>
                {hit.role && <span class="hit-role">{hit.role.title}</span>}
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
  if (page.state === 'not-covered') return <p class="empty">{POPUP.notCovered}</p>;
  if (page.state === 'reading') return <p class="empty" role="status">{POPUP.reading}</p>;
  const { entries } = page.page;
  if (entries.length === 0) return <p class="empty">{POPUP.nothingFound}</p>;

  const nameOf = (entry: PageEntry) => (entry.ids.length === 1 ? page.summaries.get(entry.ids[0]!)?.name ?? entry.text : entry.text);
  const go = (entry: PageEntry, index: number) => {
    asked.current.set(entry.key, index);
    void showMention(entry.key, index).then((shown) => {
      if (!shown) return;
      if (asked.current.get(entry.key) === index) asked.current.set(entry.key, shown.index);
      setPositions((p) => new Map(p).set(entry.key, shown));
      setAnnouncement(POPUP.position(nameOf(entry), shown.index + 1, shown.count));
    });
  };
  const step = (entry: PageEntry, by: number) => go(entry, (asked.current.get(entry.key) ?? (by > 0 ? -1 : 0)) + by);
  const groups = [
    { title: POPUP.persons, entries: entries.filter((e) => e.kind === 'person') },
    { title: POPUP.organizations, entries: entries.filter((e) => e.kind === 'organization') },
    { title: POPUP.shared, entries: entries.filter((e) => e.kind === 'ambiguous') },
  ].filter((g) => g.entries.length > 0);

  return (
    <>
      {groups.map((group) => (
        <section key={group.title} class="entry-group" aria-label={group.title}>
          <h3>{group.title}</h3>
          <ul class="entries">
            {group.entries.map((entry) => {
              const summary = entry.ids.length === 1 ? page.summaries.get(entry.ids[0]!) : undefined;
              const at = positions.get(entry.key);
              return (
                <li key={entry.key} class={`entry entry-${entry.kind}`}>
                  <button type="button" class="entry-main" onClick={() => go(entry, 0)}>
                    <span class="entry-name">{nameOf(entry)}</span>
                    <span class="entry-count">{times(entry.count)}</span>
                    {summary?.role && <span class="entry-role">{roleText(summary.role)}</span>}
                  </button>
                  {entry.count > 1 ? (
                    <span class="entry-nav">
                      <button type="button" aria-label={`${POPUP.previous}: ${nameOf(entry)}`} onClick={() => step(entry, -1)}>
                        →
                      </button>
                      <span class="entry-at" aria-hidden="true">
                        {at ? `${at.index + 1}/${at.count}` : ''}
                      </span>
                      <button type="button" aria-label={`${POPUP.next}: ${nameOf(entry)}`} onClick={() => step(entry, 1)}>
                        ←
                      </button>
                    </span>
                  ) : (
                    <span />
                  )}
                  {summary ? (
                    <a class="entry-open" href={entityHref(summary.id)} target="_blank" rel="noopener" aria-label={POPUP.openPage(summary.name)} title={POPUP.openPage(summary.name)}>
                      ↗
                    </a>
                  ) : (
                    <div class="entry-candidates">
                      {POPUP.sharedBy}{' '}
                      {entry.ids.map((id, i) => (
                        <>
                          {i > 0 && '، '}
                          <a key={id} href={entityHref(id)} target="_blank" rel="noopener">
                            {page.summaries.get(id)?.name ?? id}
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
