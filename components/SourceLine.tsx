/**
 * The sources of a card: each article once, numbered (outlet and date, its headline on hover),
 * and the marks by which each fact points to its article. A mark opens the article with the fact's
 * quote marked: every fact's source is one click away.
 */
import type { SourceRef } from '../utils/store/card-data';
import { formatPublished } from './format';
import { t } from './i18n';
import { Link } from './Link';
import { Arabic } from './Names';

export interface SourceActions {
  /** The address of the bundled article page, with a quote to mark. */
  readonly readerHref: (articleId: string, quote?: string) => string;
  /**
   * Links to the extension's pages open in a new tab: the card over a news page. (The background
   * cannot open them for it: they are web-accessible with a dynamic address, which the extension's
   * own tabs.create may not use.)
   */
  readonly inNewTab?: boolean;
}

/** The articles of `sources`, each once, in the order they are first cited. */
export function sourceArticles(sources: readonly SourceRef[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const source of sources) if (!seen.has(source.articleId)) seen.set(source.articleId, source);
  return [...seen.values()];
}

/** A fact's marks: the number of each article that backs it, linking to the article at its quote. */
export function SourceMarks({ sources, numbers, actions }: { sources: readonly SourceRef[]; numbers: ReadonlyMap<string, number>; actions: SourceActions }) {
  return (
    <span class="source-marks">
      {sources.map((s, i) => {
        const n = numbers.get(s.articleId)!;
        return (
          <Link key={i} class="source-ref" href={actions.readerHref(s.articleId, s.quote)} newTab={actions.inNewTab} title={`«${s.quote}»`} aria-label={t('sourceOf', { n, headline: s.headline })}>
            {n}
          </Link>
        );
      })}
    </span>
  );
}

/** The numbered list of articles a card cites. */
export function SourceList({ articles, actions }: { articles: readonly SourceRef[]; actions: SourceActions }) {
  return (
    <ol class="sources" aria-label={t('sources')}>
      {articles.map((a, i) => (
        <li key={a.articleId} class="source">
          <span class="source-n" aria-hidden="true">
            {i + 1}
          </span>
          <Link class="source-link" href={actions.readerHref(a.articleId)} newTab={actions.inNewTab} title={a.headline}>
            <Arabic>{a.outlet ?? `«${a.headline}»`}</Arabic>
          </Link>
          <span class="source-meta"> · {formatPublished(a.published)}</span>
          {a.url && (
            <a class="source-original" href={a.url} target="_blank" rel="noopener noreferrer">
              {t('originalLink')}
            </a>
          )}
        </li>
      ))}
    </ol>
  );
}
