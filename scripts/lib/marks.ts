/**
 * What Siyaq marks in plain text, read the way the content script reads a page: each page's lines
 * are its blocks, in order (utils/match/page-reader.ts). Used by `npm run marks`, the real-prose
 * measure and seeds:diff.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { MatchIndex } from '../../utils/match/match-index';
import { Matcher } from '../../utils/match/matcher';
import { PageReader } from '../../utils/match/page-reader';
import { Resolver, type Why } from '../../utils/match/resolver';

export interface TextPage {
  /** A name for the page (its file, or an article id). */
  readonly name: string;
  /** Its blocks: a paragraph a line. */
  readonly lines: readonly string[];
  /** The country of the site the page comes from, when it is a known news site's. */
  readonly siteCountry?: string | null;
}

export interface Mark {
  readonly file: string;
  /** Line of the page, from 1. */
  readonly line: number;
  /** Offsets in the line, in UTF-16 code units as JavaScript counts them. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly entities: readonly string[];
  readonly ambiguous: boolean;
  readonly dual: boolean;
  /** The rule that kept it (utils/match/resolver.ts Why). */
  readonly why: Why;
}

/** Every mark on each page, in reading order. */
export function marksOfPages(index: MatchIndex, pages: Iterable<TextPage>): Mark[] {
  const matcher = new Matcher(index);
  const resolver = new Resolver(index);
  const marks: Mark[] = [];
  for (const page of pages) {
    const reader = new PageReader(matcher, resolver, { siteCountry: page.siteCountry ?? null });
    const found = [...reader.read(page.lines), ...reader.finish()].sort((a, b) => a.block - b.block || a.start - b.start);
    for (const m of found) {
      const ids = m.entities.map((e) => index.entities[e]!.id);
      marks.push({ file: page.name, line: m.block + 1, start: m.start, end: m.end, text: page.lines[m.block]!.slice(m.start, m.end), entities: ids, ambiguous: ids.length > 1 && !m.dual, dual: m.dual, why: m.why });
    }
  }
  return marks;
}

/**
 * The articles of a corpus file (JSONL: `id` = <article>#t or #p<n>, `text`, `site` = the
 * outlet's site, as jawharafm.net or bbc.com/arabic), each as a page: its lines in order, their
 * ids, and the host of its outlet's site.
 */
export function corpusPages(path: string): CorpusPage[] {
  const byArticle = new Map<string, CorpusLine[]>();
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    if (!raw.trim()) continue;
    const line = JSON.parse(raw) as CorpusLine;
    const article = line.id.split('#')[0]!;
    if (!byArticle.has(article)) byArticle.set(article, []);
    byArticle.get(article)!.push(line);
  }
  return [...byArticle].map(([name, lines]) => ({ name, lines: lines.map((l) => l.text), ids: lines.map((l) => l.id), siteHost: lines[0]!.site?.split('/')[0] ?? null }));
}

interface CorpusLine {
  readonly id: string;
  readonly text: string;
  readonly site?: string;
}

export interface CorpusPage extends TextPage {
  /** The corpus id of each line. */
  readonly ids: readonly string[];
  /** The host of the outlet's site, when the corpus gives it. */
  readonly siteHost: string | null;
}

/**
 * The files of a corpus folder: the one about Libya (its name contains "libya"), the one of
 * stories about other countries that name bodies like Libya's ("ambiguous"), and all but the
 * first. Exits with a message when there is no file about Libya or none other.
 */
export function corpusFiles(folder: string): { libya: string; ambiguous: string | undefined; others: string[] } {
  const files = readdirSync(folder).filter((f) => f.endsWith('.jsonl')).sort();
  const libya = files.find((f) => f.includes('libya') && !f.includes('nonlibya'));
  const others = files.filter((f) => f !== libya);
  if (!libya || others.length === 0) {
    console.error(`expected a file about Libya (name with "libya") and others in ${folder}`);
    process.exit(2);
  }
  return { libya, ambiguous: files.find((f) => f.includes('ambiguous')), others };
}
