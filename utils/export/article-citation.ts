/**
 * What a citation may say about a bundled article: only what articles.yaml records, each field
 * with how it is known. A field that is not known is left out, never guessed; a date or an
 * address that does not come from the article's own text says where it comes from.
 */
import type { ArticleMeta } from '../store/library';

export interface CitedArticle {
  /** A stable key for citation managers: the bundle's article id. */
  readonly key: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly author: string | null;
  /** [year, month?, day?] when the date is known. */
  readonly date: readonly number[] | null;
  readonly url: string | null;
  /** How the fields that are not in the article's text are known, in English. */
  readonly provenance: readonly string[];
}

const PUBLISHED_BASIS: Readonly<Record<string, string>> = {
  'from-address': "publication date taken from the article's address",
  'found-elsewhere': 'publication date found outside the article',
};
const OUTLET_BASIS: Readonly<Record<string, string>> = {
  'found-elsewhere': 'outlet found outside the article',
  'from-address': "outlet taken from the article's address",
};
const ADDRESS_BASIS: Readonly<Record<string, string>> = {
  'found-elsewhere': 'address found outside the article; a stored copy has the same headline and opening',
};

export function citedArticle(article: ArticleMeta): CitedArticle {
  const date = article.published.date ? article.published.date.split('-').map(Number) : null;
  const url = article.address.url;
  const provenance = [
    date ? PUBLISHED_BASIS[article.published.basis] : undefined,
    article.outlet.name ? OUTLET_BASIS[article.outlet.basis] : undefined,
    url ? ADDRESS_BASIS[article.address.basis] : undefined,
  ].filter((x): x is string => x !== undefined);
  return { key: `siyaq-${article.id}`, title: article.headline, outlet: article.outlet.name, author: article.byline, date, url, provenance };
}
