import { useEffect, useRef } from 'preact/hooks';
import type { BundleArticle } from '../utils/seeds/bundle';
import { formatPublished } from './format';

interface Line {
  readonly text: string;
  readonly start: number;
}

/**
 * A bundled article as a reader view: headline, what is known of its outlet, date and address,
 * and the body without site furniture. The quote that backs a fact is marked and scrolled to.
 */
export function ArticleView({ article, quote }: { article: BundleArticle; quote: string | null }) {
  const mark = useRef<HTMLElement>(null);
  const furniture = new Set(article.furniture.map((f) => f.trim()));
  const lines = splitLines(article.text).filter((l) => l.text.trim());
  const headline = lines.find((l) => l.text.trim() === article.headline.trim());
  const body = lines.filter((l) => l !== headline && !furniture.has(l.text.trim()));
  // A quote may lie in the headline (the outlet's own name, a title given there).
  const span = quote ? findQuote(article.text, quote, headline ? [headline, ...body] : body) : null;

  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
  }, [article.id, quote]);

  return (
    <article class="article" lang="ar" dir="rtl">
      <h1 class="article-headline">{headline ? renderLine(headline, span, mark) : article.headline}</h1>
      <dl class="article-meta">
        <dt>الناشر</dt>
        <dd>{article.outlet.name ?? 'غير مذكور في النص'}</dd>
        {article.byline && (
          <>
            <dt>الكاتب</dt>
            <dd>{article.byline}</dd>
          </>
        )}
        <dt>تاريخ النشر</dt>
        <dd>
          {formatPublished(article.published)}
          {article.published.note && <span class="muted"> — {article.published.note}</span>}
        </dd>
        <dt>الرابط الأصلي</dt>
        <dd>
          {article.address.url ? (
            <a href={article.address.url} dir="ltr" rel="noopener noreferrer">
              {decodeURI(article.address.url)}
            </a>
          ) : (
            'غير معروف'
          )}
        </dd>
      </dl>
      {quote && !span && <p class="quote-missing">لم يُعثر على الاقتباس في نص المقال.</p>}
      <div class="article-body">
        {body.map((line) => (
          <p key={line.start}>{renderLine(line, span, mark)}</p>
        ))}
      </div>
    </article>
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
