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
import { formatPublished, outletNotStated, typeLabel } from './format';
import { countryName, displayName, language } from './i18n';
import { Arabic, EntityName, OtherName } from './Names';
import { tp } from './page-strings';

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
      <h1>{tp('library.title')}</h1>
      <nav class="tabs">
        {tabLink('entities', tp('library.entitiesTab', { count: library.entities.length }))}
        {tabLink('articles', tp('library.articlesTab', { count: library.articles.length }))}
      </nav>
      {state.tab === 'entities' ? (
        <Entities library={library} state={state} setState={setState} search={search} entityHref={links.entity} />
      ) : (
        <Articles articles={library.articles} entities={library.entities} links={links} />
      )}
      <section class="library-export" aria-label={tp('library.exportAll')}>
        <h2 class="result-count">{tp('library.exportAll')}</h2>
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

  const collator = new Intl.Collator(language());
  const countries = [...new Set(library.entities.flatMap((e) => (e.countryCode ? [e.countryCode] : [])))].map((code) => [code, countryName(code)] as const).sort((a, b) => collator.compare(a[1], b[1]));
  const byName = (a: EntitySummary, b: EntitySummary) => collator.compare(displayName(a), displayName(b));
  const byId = new Map(library.entities.map((e) => [e.id, e]));
  const searching = state.q.trim() !== '';
  const pool = searching ? (hits?.query === state.q ? hits.ids.flatMap((id) => byId.get(id) ?? []) : []) : library.entities;
  const shown = pool
    .filter((e) => (!state.type || e.type === state.type) && (!state.country || e.countryCode === state.country) && (!state.article || e.articleIds.includes(state.article)))
    .sort(state.sort === 'mentions' ? (a, b) => b.mentionCount - a.mentionCount || byName(a, b) : searching ? () => 0 : byName);
  const set = (key: keyof LibraryState) => (event: Event) => setState({ ...state, [key]: (event.target as HTMLInputElement | HTMLSelectElement).value }, key === 'q');

  return (
    <>
      <div class="filters">
        <div class="search-field" role="search">
          <label>
            {tp('library.search')}
            <input type="search" value={state.q} placeholder={tp('library.searchPlaceholder')} onInput={set('q')} autoFocus />
          </label>
        </div>
        <label>
          {tp('library.type')}
          <select value={state.type} onChange={set('type')}>
            <option value="">{tp('library.anyType')}</option>
            <option value="person">{typeLabel('person')}</option>
            <option value="organization">{typeLabel('organization')}</option>
          </select>
        </label>
        <label>
          {tp('library.country')}
          <select value={state.country} onChange={set('country')}>
            <option value="">{tp('library.anyCountry')}</option>
            {countries.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {tp('library.article')}
          <select value={state.article} onChange={set('article')}>
            <option value="">{tp('library.anyArticle')}</option>
            {library.articles.map((a) => (
              <option key={a.id} value={a.id} lang="ar" dir="rtl">
                {a.headline.length > 60 ? `${a.headline.slice(0, 60)}…` : a.headline}
              </option>
            ))}
          </select>
        </label>
        <label>
          {tp('library.sort')}
          <select value={state.sort} onChange={set('sort')}>
            <option value="name">{tp('library.byName')}</option>
            <option value="mentions">{tp('library.byMentions')}</option>
          </select>
        </label>
      </div>
      <p class="result-count" role="status" aria-live="polite">
        {shown.length === 0
          ? tp('library.nothing')
          : shown.length === library.entities.length
            ? tp('entities', { count: shown.length })
            : tp('entitiesOf', { shown: shown.length, count: library.entities.length })}
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
        <EntityName entity={entity} />
      </a>
      <div class="entity-meta">
        {[typeLabel(entity.type), entity.countryCode && countryName(entity.countryCode), tp('times', { count: entity.mentionCount })].filter(Boolean).join(' · ')}
        {entity.latin && (
          <>
            {' · '}
            <OtherName entity={entity} />
          </>
        )}
      </div>
      <div class="entity-role">{entity.role ? <Arabic>{roleText(entity.role)}</Arabic> : <span class="muted">{tp('library.noRole')}</span>}</div>
    </li>
  );
}

/** A role's title, and its organization when the title does not already name it. */
export function roleText(role: SummaryRole): string {
  return role.organization && !role.title.includes(role.organization) ? `${role.title} — ${role.organization}` : role.title;
}

function Articles({ articles, entities, links }: { articles: readonly LibraryArticle[]; entities: readonly EntitySummary[]; links: LibraryProps['links'] }) {
  const byId = new Map(entities.map((e) => [e.id, e]));
  return (
    <ul class="article-list">
      {articles.map((a) => (
        <li key={a.id} class="article-item">
          <h2 lang="ar" dir="rtl">
            <a href={links.reader(a.id)}>{a.headline}</a>
          </h2>
          <dl>
            <dt>{tp('library.outlet')}</dt>
            <dd>{a.outlet.name ? <Arabic>{a.outlet.name}</Arabic> : outletNotStated()}</dd>
            {a.byline && (
              <>
                <dt>{tp('library.byline')}</dt>
                <dd>
                  <Arabic>{a.byline}</Arabic>
                </dd>
              </>
            )}
            <dt>{tp('library.published')}</dt>
            <dd>{formatPublished(a.published)}</dd>
            <dt>{tp('library.address')}</dt>
            <dd>
              {a.address.url ? (
                <a href={a.address.url} dir="ltr" target="_blank" rel="noopener noreferrer">
                  {decodeURI(a.address.url)}
                </a>
              ) : (
                tp('library.addressUnknown')
              )}
            </dd>
            <dt>{tp('library.names')}</dt>
            <dd class="names">
              {a.entityIds.map((id) => (
                <a key={id} href={links.entity(id)}>
                  {byId.has(id) ? <EntityName entity={byId.get(id)!} /> : id}
                </a>
              ))}
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
