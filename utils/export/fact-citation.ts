/**
 * The plain-text citation of one fact: the quote that backs it and its article, in Arabic and in
 * English (whatever the interface speaks), saying what is not known rather than leaving a gap a
 * reader might fill.
 */
import { formatPublished, outletNotStated } from '../../components/format';
import type { ArticleMeta } from '../store/library';

export type CitationLanguage = 'ar' | 'en';

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function citeFact(quote: string, article: ArticleMeta, language: CitationLanguage): string {
  return language === 'ar' ? arabic(quote, article) : english(quote, article);
}

function arabic(quote: string, article: ArticleMeta): string {
  const parts = [`«${quote}»`, article.headline, article.outlet.name ?? outletNotStated('ar')];
  if (article.byline) parts.push(article.byline);
  parts.push(formatPublished(article.published, 'ar'), article.address.url ? decodeURI(article.address.url) : 'الرابط الأصلي غير معروف');
  return parts.join('، ') + '.';
}

function english(quote: string, article: ArticleMeta): string {
  const parts = [`“${quote}”`, article.headline, article.outlet.name ?? 'outlet not stated'];
  if (article.byline) parts.push(article.byline);
  parts.push(englishPublished(article.published), article.address.url ?? 'original address unknown');
  return parts.join('. ') + '.';
}

function englishPublished(published: ArticleMeta['published']): string {
  if (!published.date) return 'date not stated';
  const [year, month, day] = published.date.split('-').map(Number);
  const date = [day, month ? EN_MONTHS[month - 1] : undefined, year].filter(Boolean).join(' ');
  if (published.basis === 'from-address') return `${date} (from the article's address)`;
  if (published.basis === 'found-elsewhere') return `${date} (found outside the article)`;
  return date;
}
