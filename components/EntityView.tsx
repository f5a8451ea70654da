/**
 * The researcher's page for one entity: who it is, its roles on a time axis, its relations, every
 * sourced fact with its quote and a citation to copy, every mention of it in the bundled articles
 * (the concordance), the entities named with it, and export.
 */
import { useState } from 'preact/hooks';
import { citeFact, type CitationLanguage } from '../utils/export/fact-citation';
import type { ExportData } from '../utils/export/facts-table';
import type { CardRole, SourceRef } from '../utils/store/card-data';
import type { EntityPageData } from '../utils/store/entity-page';
import type { ArticleMeta } from '../utils/store/library';
import type { EntityActions } from './EntityCard';
import { ExportButtons } from './ExportButtons';
import { formatPublished, formatRoleWhen, OUTLET_NOT_STATED, RELATION_LABELS, TYPE_LABELS } from './format';
import { Link } from './Link';
import { SourceMarks, sourceArticles } from './SourceLine';
import { CARD, ENTITY_PAGE } from './strings';
import { Timeline } from './Timeline';

export interface EntityViewProps {
  readonly data: EntityPageData;
  readonly actions: EntityActions & { readonly readerAt: (articleId: string, start: number, end: number) => string };
  readonly loadExport: () => Promise<ExportData>;
  readonly copy: (text: string) => Promise<void>;
}

interface Fact {
  readonly label: string;
  readonly source: SourceRef;
}

export function EntityView({ data, actions, loadExport, copy }: EntityViewProps) {
  const { card } = data;
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const numbers = new Map(sourceArticles([...card.roles.flatMap((r) => r.sources), ...card.relations.flatMap((r) => r.sources), ...card.mentions]).map((a, i) => [a.articleId, i + 1]));
  const mentionCount = data.concordance.reduce((n, g) => n + g.lines.length, 0);
  const entityLink = (ref: { id: string; name: string }) => (
    <Link href={actions.entityHref(ref.id)} class="entity-link">
      {ref.name}
    </Link>
  );
  const roleLabel = (role: CardRole) => (
    <>
      {role.title}
      {role.organization && <> — {entityLink(role.organization)}</>}
      <SourceMarks sources={role.sources} numbers={numbers} actions={actions} />
    </>
  );
  const facts: Fact[] = [
    ...card.roles.flatMap((r) => r.sources.map((source) => ({ label: `${r.title} — ${formatRoleWhen(r.when)}`, source }))),
    ...card.relations.flatMap((r) => r.sources.map((source) => ({ label: `${RELATION_LABELS[r.kind] ?? r.kind} ${r.entity.name}`, source }))),
    ...card.mentions.map((source) => ({ label: ENTITY_PAGE.mentionFact, source })),
  ];

  return (
    <main class={`entity-view entity-${card.type}`}>
      <header>
        <h1 class="entity-name" id="entity-title">
          {card.name}
        </h1>
        <div class="entity-type">
          <span class={`type-${card.type}`}>{TYPE_LABELS[card.type]}</span>
          {card.country && ` · ${card.country}`}
          {card.latin && (
            <>
              {' · '}
              <span class="entity-latin" dir="ltr" lang="en">
                {card.latin}
              </span>
            </>
          )}
          {card.parent && (
            <>
              {` · ${CARD.belongsTo} `}
              {entityLink(card.parent)}
            </>
          )}
        </div>
        <div class="entity-summary">{ENTITY_PAGE.summary(card.roles.length, mentionCount, data.concordance.length)}</div>
      </header>

      <section aria-labelledby="roles-title">
        <h2 id="roles-title">{ENTITY_PAGE.roles}</h2>
        {card.roles.length > 0 ? <Timeline roles={card.roles} label={roleLabel} /> : <p class="muted">{ENTITY_PAGE.noRoles}</p>}
      </section>

      {card.relations.length > 0 && (
        <section aria-labelledby="relations-title">
          <h2 id="relations-title">{ENTITY_PAGE.relations}</h2>
          <ul class="relations">
            {card.relations.map((r, i) => (
              <li key={i}>
                {RELATION_LABELS[r.kind] ?? r.kind} {entityLink(r.entity)}
                <SourceMarks sources={r.sources} numbers={numbers} actions={actions} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="facts-title">
        <h2 id="facts-title">{ENTITY_PAGE.facts}</h2>
        <p class="section-help">{ENTITY_PAGE.factsHelp}</p>
        <ol class="facts">
          {facts.map((fact, i) => (
            <FactItem key={i} fact={fact} n={numbers.get(fact.source.articleId)!} article={articles.get(fact.source.articleId)} actions={actions} copy={copy} />
          ))}
        </ol>
      </section>

      <section aria-labelledby="concordance-title" id="concordance">
        <h2 id="concordance-title">{ENTITY_PAGE.concordance(mentionCount)}</h2>
        <p class="section-help">{ENTITY_PAGE.concordanceHelp}</p>
        {data.concordance.length === 0 && <p class="muted">{ENTITY_PAGE.noMentions}</p>}
        {data.concordance.map((group) => (
          <div class="concordance-article" key={group.article.id}>
            <h3>
              <Link href={actions.readerHref(group.article.id)}>{group.article.headline}</Link>
            </h3>
            <div class="article-source">
              {group.article.outlet.name ?? OUTLET_NOT_STATED} · {formatPublished(group.article.published)}
            </div>
            <ol class="kwic">
              {group.lines.map((line) => (
                <li key={line.start}>
                  <a href={actions.readerAt(group.article.id, line.start, line.end)}>
                    {line.before} <mark class="kwic-name">{line.name}</mark> {line.after}
                    {line.shared && <span class="kwic-shared">{ENTITY_PAGE.sharedName}</span>}
                  </a>
                </li>
              ))}
            </ol>
          </div>
        ))}
      </section>

      <section aria-labelledby="cooccurring-title">
        <h2 id="cooccurring-title">{ENTITY_PAGE.cooccurring}</h2>
        <p class="section-help">{ENTITY_PAGE.cooccurringHelp}</p>
        {data.cooccurring.length === 0 ? (
          <p class="muted">{ENTITY_PAGE.nobodyElse}</p>
        ) : (
          <table class="cooccurring">
            <thead>
              <tr>
                <th scope="col">{TYPE_LABELS.person} / {TYPE_LABELS.organization}</th>
                <th scope="col">{ENTITY_PAGE.sameParagraph}</th>
                <th scope="col">{ENTITY_PAGE.sameArticle}</th>
              </tr>
            </thead>
            <tbody>
              {data.cooccurring.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={actions.entityHref(c.id)} class={`entity-link type-${c.type}`}>
                      {c.name}
                    </Link>
                  </td>
                  <td class="count">{c.paragraphs}</td>
                  <td class="count">{c.articles}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="export-title">
        <h2 id="export-title">{ENTITY_PAGE.citeExport}</h2>
        <p class="section-help">{ENTITY_PAGE.citeHelp}</p>
        <ExportButtons name={card.id} load={loadExport} />
      </section>
    </main>
  );
}

function FactItem({ fact, n, article, actions, copy }: { fact: Fact; n: number; article: ArticleMeta | undefined; actions: EntityViewProps['actions']; copy: (text: string) => Promise<void> }) {
  const [status, setStatus] = useState('');
  const copyIn = (language: CitationLanguage) => () =>
    void copy(citeFact(fact.source.quote, article!, language)).then(
      () => setStatus(ENTITY_PAGE.copied),
      () => setStatus(ENTITY_PAGE.copyFailed),
    );
  const { source } = fact;
  return (
    <li class="fact">
      <div class="fact-label">{fact.label}</div>
      <blockquote>
        <Link href={actions.readerHref(source.articleId, source.quote)}>«{source.quote}»</Link>
      </blockquote>
      <div class="fact-source">
        <span class="source-n">{n}</span> {source.headline} — {source.outlet ?? OUTLET_NOT_STATED} — {formatPublished(source.published)}
      </div>
      {article && (
        <div class="fact-copy">
          <button type="button" onClick={copyIn('ar')}>
            {ENTITY_PAGE.copyArabic}
          </button>
          <button type="button" lang="en" dir="ltr" onClick={copyIn('en')}>
            {ENTITY_PAGE.copyEnglish}
          </button>
          <span role="status">{status}</span>
        </div>
      )}
    </li>
  );
}
