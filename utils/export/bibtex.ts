/**
 * BibTeX: one @article entry per bundled article (newspaper articles have no type of their own in
 * BibTeX; biblatex's entrysubtype says so), with only its known fields.
 */
import { citedArticle } from './article-citation';
import type { ArticleMeta } from '../store/library';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function toBibtex(articles: readonly ArticleMeta[]): string {
  return articles.map(entry).join('\n');
}

function entry(article: ArticleMeta): string {
  const a = citedArticle(article);
  const fields: [string, string][] = [['title', braced(a.title)]];
  if (a.outlet) fields.push(['journal', braced(a.outlet)]);
  // Double braces: the byline is one name as written, not split into given and family names.
  if (a.author) fields.push(['author', `{${braced(a.author)}}`]);
  if (a.date) {
    fields.push(['year', `{${a.date[0]}}`]);
    if (a.date[1]) fields.push(['month', MONTHS[a.date[1] - 1]!]);
    fields.push(['date', `{${a.date.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-')}}`]);
  }
  // A URL field is verbatim in BibTeX and biblatex: only its braces would need care, and a URL has none.
  if (a.url) fields.push(['url', `{${a.url}}`]);
  fields.push(['language', '{arabic}'], ['entrysubtype', '{newspaper}']);
  if (a.provenance.length) fields.push(['note', braced(a.provenance.join('; '))]);
  return `@article{${a.key},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}\n`;
}

/** A value in braces, with the characters LaTeX reads as commands escaped. */
function braced(text: string): string {
  const escaped = text.replace(/[\\{}%&$#_^~]/g, (c) => {
    if (c === '\\') return '\\textbackslash{}';
    if (c === '^') return '\\textasciicircum{}';
    if (c === '~') return '\\textasciitilde{}';
    return `\\${c}`;
  });
  return `{${escaped}}`;
}
