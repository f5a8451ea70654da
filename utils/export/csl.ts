/**
 * CSL-JSON (the Citation Style Language's data format), which Zotero, Mendeley and Citation.js
 * import: one newspaper article item per bundled article, with only its known fields.
 */
import { citedArticle } from './article-citation';
import type { ArticleMeta } from '../store/library';

export interface CslItem {
  readonly id: string;
  readonly type: 'article-newspaper';
  readonly title: string;
  readonly language: 'ar';
  readonly 'container-title'?: string;
  readonly author?: readonly { readonly literal: string }[];
  readonly issued?: { readonly 'date-parts': readonly (readonly number[])[] };
  readonly URL?: string;
  readonly note?: string;
}

export function cslItems(articles: readonly ArticleMeta[]): CslItem[] {
  return articles.map((article) => {
    const a = citedArticle(article);
    return {
      id: a.key,
      type: 'article-newspaper',
      title: a.title,
      language: 'ar',
      ...(a.outlet ? { 'container-title': a.outlet } : {}),
      // The byline as written: which word is the family name is not the bundle's to say.
      ...(a.author ? { author: [{ literal: a.author }] } : {}),
      ...(a.date ? { issued: { 'date-parts': [a.date] } } : {}),
      ...(a.url ? { URL: a.url } : {}),
      ...(a.provenance.length ? { note: capitalise(a.provenance.join('; ')) + '.' } : {}),
    };
  });
}

export function toCslJson(articles: readonly ArticleMeta[]): string {
  return JSON.stringify(cslItems(articles), null, 2) + '\n';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
