/**
 * RIS, the tagged format EndNote, Zotero and Mendeley import: one NEWS record per bundled
 * article, with only its known fields. Lines end in CR LF, as the format asks.
 */
import { citedArticle } from './article-citation';
import type { ArticleMeta } from '../store/library';

export function toRis(articles: readonly ArticleMeta[]): string {
  return articles.map(record).join('');
}

function record(article: ArticleMeta): string {
  const a = citedArticle(article);
  const tags: [string, string][] = [['TY', 'NEWS'], ['ID', a.key], ['TI', a.title]];
  if (a.outlet) tags.push(['T2', a.outlet]);
  if (a.author) tags.push(['AU', a.author]);
  // RIS dates are YYYY/MM/DD/ with empty parts where the date is less precise.
  if (a.date) tags.push(['PY', a.date.length === 1 ? String(a.date[0]) : `${a.date[0]}/${pad(a.date[1])}/${pad(a.date[2])}/`]);
  if (a.url) tags.push(['UR', a.url]);
  tags.push(['LA', 'ar']);
  if (a.provenance.length) tags.push(['N1', a.provenance.join('; ')]);
  tags.push(['ER', '']);
  // A value never spans lines: a line break would start a new tag.
  return tags.map(([tag, value]) => `${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}\r\n`).join('');
}

/** A month or day, or nothing when the date is less precise (RIS keeps the slashes). */
function pad(n: number | undefined): string {
  return n === undefined ? '' : String(n).padStart(2, '0');
}
