/**
 * The library: every entity (search by any spelling as you type, filter by type, country and
 * article, sort by name or by how often the articles name it) and every bundled article with its
 * metadata, each field as known. Its state lives in the page's address (see page-urls.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LibraryState } from '../utils/page-urls';
import type { ExportData } from '../utils/export/facts-table';
import type { Library as LibraryData, LibraryArticle } from '../utils/store/library';
import type { EntitySummary, SummaryRole } from '../utils/store/summaries';
import { ExportButtons } from './ExportButtons';
import { formatPublished, OUTLET_NOT_STATED, TYPE_LABELS } from './format';
import { LIBRARY, times } from './strings';

export interface LibraryProps {
  readonly library: LibraryData;
  readonly state: LibraryState;
  /** A new state: `typing` replaces the address's entry, anything else adds one (back returns to it). */
  readonly setState: (next: LibraryState, typing: boolean) => void;
  /** Entity ids matching `query`, best first. */
  readonly search: (query: string) => Promise<string[]>;
  readonly exportAll: () => Promise<ExportData>;
  readonly links: { readonly entity: (id: string) => string; readonly reader: (id: string) => string; readonly tab: (state: LibraryState) => string };
}

export function Library({ library, state, setState, search, exportAll, links }: LibraryProps) {
  const tabLink = (tab: LibraryState['tab'], label: string) => (
    <a
      href={links.tab({ ...state, tab })}
      aria-current={state.tab === tab ? 'page' : undefined}
      onClick={(event) => {
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        setState({ ...state, tab }, false);
      }}
    >
      {label}
    </a>
  );
  return (
    <main class="library">
      <h1>{LIBRARY.title}</h1>
      <nav class="tabs">
        {tabLink('entities', `${LIBRARY.entitiesTab} (${library.entities.length})`)}
        {tabLink('articles', `${LIBRARY.articlesTab} (${library.articles.length})`)}
      </nav>
      {state.tab === 'entities' ? (
        <Entities library={library} state={state} setState={setState} search={search} entityHref={links.entity} />
      ) : (
        <Articles articles={library.articles} entities={library.entities} links={links} />
      )}
      <section class="library-export" aria-label={LIBRARY.exportAll}>
        <h2 class="result-count">{LIBRARY.exportAll}</h2>
        <ExportButtons name="siyaq" load={exportAll} />
      </section>
    </main>
  );
}

function Entities({ library, state, setState, search, entityHref }: Pick<LibraryProps, 'library' | 'state' | 'setState' | 'search'> & { entityHref: (id: string) => string }) {
  const [hits, setHits] = useState<{ query: string; ids: string[] } | null>(null);
  const asked = useRef(0);
  useEffect(() => {
    const request = ++asked.current;
    if (!state.q.trim()) return setHits(null);
    void search(state.q).then(
      (ids) => request === asked.current && setHits({ query: state.q, ids }),
      () => request === asked.current && setHits({ query: state.q, ids: [] }),
    );
  }, [state.q]);

  const countries = [...new Map(library.entities.flatMap((e) => (e.countryCode ? [[e.countryCode, e.country!] as const] : []))).entries()].sort((a, b) => a[1].localeCompare(b[1], 'ar'));
  const byId = new Map(library.entities.map((e) => [e.id, e]));
  const searching = state.q.trim() !== '';
  const pool = searching ? (hits?.query === state.q ? hits.ids.flatMap((id) => byId.get(id) ?? []) : []) : library.entities;
  const shown = pool
    .filter((e) => (!state.type || e.type === state.type) && (!state.country || e.countryCode === state.country) && (!state.article || e.articleIds.includes(state.article)))
    .sort(state.sort === 'mentions' ? (a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name, 'ar') : searching ? () => 0 : (a, b) => a.name.localeCompare(b.name, 'ar'));
  const set = (key: keyof LibraryState) => (event: Event) => setState({ ...state, [key]: (event.target as HTMLInputElement | HTMLSelectElement).value }, key === 'q');

  return (
    <>
      <div class="filters">
        <div class="search-field" role="search">
          <label>
            {LIBRARY.search}
            <input type="search" value={state.q} placeholder={LIBRARY.searchPlaceholder} onInput={set('q')} autoFocus />
          </label>
        </div>
        <label>
          {LIBRARY.type}
          <select value={state.type} onChange={set('type')}>
            <option value="">{LIBRARY.anyType}</option>
            <option value="person">{TYPE_LABELS.person}</option>
            <option value="organization">{TYPE_LABELS.organization}</option>
          </select>
        </label>
        <label>
          {LIBRARY.country}
          <select value={state.country} onChange={set('country')}>
            <option value="">{LIBRARY.anyCountry}</option>
            {countries.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {LIBRARY.article}
          <select value={state.article} onChange={set('article')}>
            <option value="">{LIBRARY.anyArticle}</option>
            {library.articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.headline.length > 60 ? `${a.headline.slice(0, 60)}…` : a.headline}
              </option>
            ))}
          </select>
        </label>
        <label>
          {LIBRARY.sort}
          <select value={state.sort} onChange={set('sort')}>
            <option value="name">{LIBRARY.byName}</option>
            <option value="mentions">{LIBRARY.byMentions}</option>
          </select>
        </label>
      </div>
      <p class="result-count" role="status" aria-live="polite">
        {shown.length === 0 ? LIBRARY.nothing : LIBRARY.results(shown.length, library.entities.length)}
      </p>
      <ul class="entity-list">
        {shown.map((e) => (
          <EntityItem key={e.id} entity={e} href={entityHref(e.id)} />
        ))}
      </ul>
    </>
  );
}

function EntityItem({ entity, href }: { entity: EntitySummary; href: string }) {
  return (
    <li class={`entity-item ${entity.type}`}>
      <a class="entity-title" href={href}>
        {entity.name}
      </a>
      <div class="entity-meta">
        {[TYPE_LABELS[entity.type], entity.country, times(entity.mentionCount)].filter(Boolean).join(' · ')}
        {entity.latin && (
          <>
            {' · '}
            <span dir="ltr" lang="en">
              {entity.latin}
            </span>
          </>
        )}
      </div>
      <div class="entity-role">{entity.role ? roleText(entity.role) : <span class="muted">{LIBRARY.noRole}</span>}</div>
    </li>
  );
}

/** A role's title, and its organization when the title does not already name it. */
export function roleText(role: SummaryRole): string {
  return role.organization && !role.title.includes(role.organization) ? `${role.title} — ${role.organization}` : role.title;
}

function Articles({ articles, entities, links }: { articles: readonly LibraryArticle[]; entities: readonly EntitySummary[]; links: LibraryProps['links'] }) {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  return (
    <ul class="article-list">
      {articles.map((a) => (
        <li key={a.id} class="article-item">
          <h2>
            <a href={links.reader(a.id)}>{a.headline}</a>
          </h2>
          <dl>
            <dt>{LIBRARY.outlet}</dt>
            <dd>{a.outlet.name ?? OUTLET_NOT_STATED}</dd>
            {a.byline && (
              <>
                <dt>{LIBRARY.byline}</dt>
                <dd>{a.byline}</dd>
              </>
            )}
            <dt>{LIBRARY.published}</dt>
            <dd>{formatPublished(a.published)}</dd>
            <dt>{LIBRARY.address}</dt>
            <dd>
              {a.address.url ? (
                <a href={a.address.url} dir="ltr" target="_blank" rel="noopener noreferrer">
                  {decodeURI(a.address.url)}
                </a>
              ) : (
                LIBRARY.addressUnknown
              )}
            </dd>
            <dt>{LIBRARY.names}</dt>
            <dd class="names">
              {a.entityIds.map((id) => (
                <a key={id} href={links.entity(id)}>
                  {names.get(id) ?? id}
                </a>
              ))}
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
