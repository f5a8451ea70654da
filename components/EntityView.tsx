/**
 * The researcher's page for one entity: who it is, its roles on a time axis, its relations, every
 * sourced fact with its quote and a citation to copy, every mention of it in the bundled articles
 * (the concordance), the entities named with it, and export.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { citeFact, type CitationLanguage } from '../utils/export/fact-citation';
import type { ExportData } from '../utils/export/facts-table';
import type { CardRole, EntityRef, SourceRef } from '../utils/store/card-data';
import type { EntityPageData } from '../utils/store/entity-page';
import type { ArticleMeta } from '../utils/store/library';
import type { EntityActions } from './EntityCard';
import { ExportButtons } from './ExportButtons';
import { formatPublished, formatRoleWhen, outletNotStated, relationLabel, typeLabel } from './format';
import { countryName, direction, formatNumber, language, t } from './i18n';
import { Link } from './Link';
import { Arabic, EntityName, OtherName } from './Names';
import { tp } from './page-strings';
import { SourceMarks, sourceArticles } from './SourceLine';
import { Timeline } from './Timeline';

export interface EntityViewProps {
  readonly data: EntityPageData;
  readonly actions: EntityActions & { readonly readerAt: (articleId: string, start: number, end: number) => string };
  readonly loadExport: () => Promise<ExportData>;
  readonly copy: (text: string) => Promise<void>;
}

interface Fact {
  /** Its words in the interface's language, the seeds' Arabic marked as such. */
  readonly label: ComponentChildren;
  readonly source: SourceRef;
}

export function EntityView({ data, actions, loadExport, copy }: EntityViewProps) {
  const { card } = data;
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const numbers = new Map(sourceArticles([...card.roles.flatMap((r) => r.sources), ...card.relations.flatMap((r) => r.sources), ...card.mentions]).map((a, i) => [a.articleId, i + 1]));
  const mentionCount = data.concordance.reduce((n, g) => n + g.lines.length, 0);
  const entityLink = (ref: EntityRef) => (
    <Link href={actions.entityHref(ref.id)} class="entity-link">
      <EntityName entity={ref} />
    </Link>
  );
  const roleLabel = (role: CardRole) => (
    <>
      <Arabic>{role.title}</Arabic>
      {role.organization && <> — {entityLink(role.organization)}</>}
      <SourceMarks sources={role.sources} numbers={numbers} actions={actions} />
    </>
  );
  const facts: Fact[] = [
    ...card.roles.flatMap((r) =>
      r.sources.map((source) => ({
        label: (
          <>
            <Arabic>{r.title}</Arabic> — {formatRoleWhen(r.when)}
          </>
        ),
        source,
      })),
    ),
    ...card.relations.flatMap((r) =>
      r.sources.map((source) => ({
        label: (
          <>
            {relationLabel(r.kind)} <EntityName entity={r.entity} />
          </>
        ),
        source,
      })),
    ),
    ...card.mentions.map((source) => ({ label: tp('entity.mentionFact'), source })),
  ];

  return (
    <main class={`entity-view entity-${card.type}`}>
      <header>
        <h1 class="entity-name" id="entity-title">
          <EntityName entity={card} />
        </h1>
        <div class="entity-type">
          <span class={`type-${card.type}`}>{typeLabel(card.type)}</span>
          {card.countryCode && ` · ${countryName(card.countryCode)}`}
          {card.latin && (
            <>
              {' · '}
              <OtherName entity={card} class="entity-latin" />
            </>
          )}
          {card.parent && (
            <>
              {` · ${t('belongsTo')} `}
              {entityLink(card.parent)}
            </>
          )}
        </div>
        <div class="entity-summary">
          {tp('entity.summary', { roles: tp('roles', { count: card.roles.length }), mentions: tp('mentions', { count: mentionCount }), articles: tp('articles', { count: data.concordance.length }) })}
        </div>
      </header>

      <section aria-labelledby="roles-title">
        <h2 id="roles-title">{tp('entity.roles')}</h2>
        {card.roles.length > 0 ? <Timeline roles={card.roles} label={roleLabel} /> : <p class="muted">{tp('entity.noRoles')}</p>}
      </section>

      {card.relations.length > 0 && (
        <section aria-labelledby="relations-title">
          <h2 id="relations-title">{tp('entity.relations')}</h2>
          <ul class="relations">
            {card.relations.map((r, i) => (
              <li key={i}>
                {relationLabel(r.kind)} {entityLink(r.entity)}
                <SourceMarks sources={r.sources} numbers={numbers} actions={actions} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="facts-title">
        <h2 id="facts-title">{tp('entity.facts')}</h2>
        <p class="section-help">{tp('entity.factsHelp')}</p>
        <ol class="facts">
          {facts.map((fact, i) => (
            <FactItem key={i} fact={fact} n={numbers.get(fact.source.articleId)!} article={articles.get(fact.source.articleId)} actions={actions} copy={copy} />
          ))}
        </ol>
      </section>

      <section aria-labelledby="concordance-title" id="concordance">
        <h2 id="concordance-title">{tp('entity.concordance', { count: mentionCount })}</h2>
        <p class="section-help">{tp('entity.concordanceHelp')}</p>
        {data.concordance.length === 0 && <p class="muted">{tp('entity.noMentions')}</p>}
        {data.concordance.map((group) => (
          <div class="concordance-article" key={group.article.id}>
            <h3 lang="ar" dir="rtl">
              <Link href={actions.readerHref(group.article.id)}>{group.article.headline}</Link>
            </h3>
            <div class="article-source">
              {group.article.outlet.name ? <Arabic>{group.article.outlet.name}</Arabic> : outletNotStated()} · {formatPublished(group.article.published)}
            </div>
            <ol class="kwic" lang="ar" dir="rtl">
              {group.lines.map((line) => (
                <li key={line.start}>
                  <a href={actions.readerAt(group.article.id, line.start, line.end)}>
                    {line.before} <mark class="kwic-name">{line.name}</mark> {line.after}
                    {line.shared && (
                      <span class="kwic-shared" lang={language()} dir={direction()}>
                        {tp('entity.sharedName')}
                      </span>
                    )}
                  </a>
                </li>
              ))}
            </ol>
          </div>
        ))}
      </section>

      <section aria-labelledby="cooccurring-title">
        <h2 id="cooccurring-title">{tp('entity.cooccurring')}</h2>
        <p class="section-help">{tp('entity.cooccurringHelp')}</p>
        {data.cooccurring.length === 0 ? (
          <p class="muted">{tp('entity.nobodyElse')}</p>
        ) : (
          <table class="cooccurring">
            <thead>
              <tr>
                <th scope="col">
                  {typeLabel('person')} / {typeLabel('organization')}
                </th>
                <th scope="col">{tp('entity.sameParagraph')}</th>
                <th scope="col">{tp('entity.sameArticle')}</th>
              </tr>
            </thead>
            <tbody>
              {data.cooccurring.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={actions.entityHref(c.id)} class={`entity-link type-${c.type}`}>
                      <EntityName entity={c} />
                    </Link>
                  </td>
                  <td class="count">{formatNumber(c.paragraphs)}</td>
                  <td class="count">{formatNumber(c.articles)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="export-title">
        <h2 id="export-title">{tp('entity.citeExport')}</h2>
        <p class="section-help">{tp('entity.citeHelp')}</p>
        <ExportButtons name={card.id} load={loadExport} />
      </section>
    </main>
  );
}

function FactItem({ fact, n, article, actions, copy }: { fact: Fact; n: number; article: ArticleMeta | undefined; actions: EntityViewProps['actions']; copy: (text: string) => Promise<void> }) {
  const [status, setStatus] = useState('');
  const copyIn = (language: CitationLanguage) => () =>
    void copy(citeFact(fact.source.quote, article!, language)).then(
      () => setStatus(tp('entity.copied')),
      () => setStatus(tp('entity.copyFailed')),
    );
  const { source } = fact;
  return (
    <li class="fact">
      <div class="fact-label">{fact.label}</div>
      <blockquote lang="ar" dir="rtl">
        <Link href={actions.readerHref(source.articleId, source.quote)}>«{source.quote}»</Link>
      </blockquote>
      <div class="fact-source">
        <span class="source-n">{formatNumber(n)}</span> <Arabic>{source.headline}</Arabic> — {source.outlet ? <Arabic>{source.outlet}</Arabic> : outletNotStated()} — {formatPublished(source.published)}
      </div>
      {article && (
        <div class="fact-copy">
          <button type="button" lang="ar" dir="rtl" onClick={copyIn('ar')}>
            {tp('entity.copyArabic')}
          </button>
          <button type="button" lang="en" dir="ltr" onClick={copyIn('en')}>
            {tp('entity.copyEnglish')}
          </button>
          <span role="status">{status}</span>
        </div>
      )}
    </li>
  );
}
