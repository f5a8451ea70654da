import { useEffect, useRef } from 'preact/hooks';
import type { BundleArticle } from '../utils/seeds/bundle';
import type { EntitySummary } from '../utils/store/summaries';
import { formatPublished, outletNotStated } from './format';
import { direction, displayName, language } from './i18n';
import { EntityName } from './Names';
import { tp } from './page-strings';

interface Line {
  readonly text: string;
  readonly start: number;
}

/** The attribute that holds a shown line's offset in the article's text: the page marks names by it. */
export const LINE_OFFSET_ATTRIBUTE = 'data-offset';

export interface ArticleViewProps {
  readonly article: BundleArticle;
  /** The quote of a fact to mark and scroll to. */
  readonly quote: string | null;
  /** Or the span of one name (from the concordance). */
  readonly at: readonly [number, number] | null;
  /** The entities the article names, for the side list. */
  readonly entities: readonly EntitySummary[];
  readonly entityHref: (id: string) => string;
  /** Scrolls to the entity's first mark and opens its card. */
  readonly showEntity: (id: string) => void;
  /** How many marks each entity has in the text. */
  readonly counts: ReadonlyMap<string, number>;
}

/**
 * A bundled article as a reader view: headline, what is known of its outlet, date and address, the
 * body without site furniture, and beside it the entities it names. The quote that backs a fact,
 * or the name a concordance line points to, is marked and scrolled to.
 */
export function ArticleView({ article, quote, at, entities, entityHref, showEntity, counts }: ArticleViewProps) {
  const mark = useRef<HTMLElement>(null);
  const furniture = new Set(article.furniture.map((f) => f.trim()));
  const lines = splitLines(article.text).filter((l) => l.text.trim());
  const headline = lines.find((l) => l.text.trim() === article.headline.trim());
  const body = lines.filter((l) => l !== headline && !furniture.has(l.text.trim()));
  const shown = headline ? [headline, ...body] : body;
  // A quote may lie in the headline (the outlet's own name, a title given there).
  const span = at && shown.some((l) => at[0] >= l.start && at[1] <= l.start + l.text.length) ? at : quote ? findQuote(article.text, quote, shown) : null;

  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
  }, [article.id, quote, at?.[0]]);

  return (
    <main class="reader">
      <article class="reader-article" lang="ar" dir="rtl">
        <h1 class="article-headline" {...(headline ? { [LINE_OFFSET_ATTRIBUTE]: headline.start } : {})}>
          {headline ? renderLine(headline, span, mark) : article.headline}
        </h1>
        <dl class="article-meta" lang={language()} dir={direction()}>
          <dt>{tp('library.outlet')}</dt>
          <dd>{article.outlet.name ?? outletNotStated()}</dd>
          {article.byline && (
            <>
              <dt>{tp('library.byline')}</dt>
              <dd>{article.byline}</dd>
            </>
          )}
          <dt>{tp('library.published')}</dt>
          <dd>
            {formatPublished(article.published)}
            {article.published.note && <span class="muted"> — {article.published.note}</span>}
          </dd>
          <dt>{tp('library.address')}</dt>
          <dd>
            {article.address.url ? (
              <a href={article.address.url} dir="ltr" rel="noopener noreferrer">
                {decodeURI(article.address.url)}
              </a>
            ) : (
              tp('library.addressUnknown')
            )}
          </dd>
        </dl>
        {quote && !span && <p class="quote-missing">{tp('reader.quoteMissing')}</p>}
        <div class="article-body">
          {body.map((line) => (
            <p key={line.start} {...{ [LINE_OFFSET_ATTRIBUTE]: line.start }}>
              {renderLine(line, span, mark)}
            </p>
          ))}
        </div>
      </article>
      <aside class="reader-aside" aria-labelledby="aside-title">
        <h2 id="aside-title">{tp('reader.entities', { count: entities.length })}</h2>
        <ul>
          {entities.map((e) => (
            <li key={e.id} class={`type-${e.type}-item`}>
              <a href={entityHref(e.id)} class={`type-${e.type}`}>
                <EntityName entity={e} />
              </a>
              <button type="button" onClick={() => showEntity(e.id)} aria-label={`${tp('times', { count: counts.get(e.id) ?? 0 })} — ${tp('reader.showInText')}: ${displayName(e)}`}>
                {tp('times', { count: counts.get(e.id) ?? 0 })}
              </button>
              {e.role && (
                <span class="aside-role" lang="ar" dir="rtl">
                  {e.role.title}
                </span>
              )}
            </li>
          ))}
        </ul>
      </aside>
    </main>
  );
}

function renderLine(line: Line, span: readonly [number, number] | null, mark: preact.RefObject<HTMLElement | null>) {
  const lineEnd = line.start + line.text.length;
  if (!span || span[1] <= line.start || span[0] >= lineEnd) return line.text;
  const from = Math.max(span[0], line.start) - line.start;
  const to = Math.min(span[1], lineEnd) - line.start;
  const isFirst = span[0] >= line.start;
  return (
    <>
      {line.text.slice(0, from)}
      <mark class="quote" ref={isFirst ? mark : undefined}>
        {line.text.slice(from, to)}
      </mark>
      {line.text.slice(to)}
    </>
  );
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ text: part, start });
    start += part.length + 1;
  }
  return lines;
}

/** The first occurrence of the quote that lies in a shown line (a pull-quote in the furniture may repeat it). */
function findQuote(text: string, quote: string, shown: readonly Line[]): [number, number] | null {
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (shown.some((l) => at >= l.start && at < l.start + l.text.length)) return [at, at + quote.length];
  }
  return null;
}
