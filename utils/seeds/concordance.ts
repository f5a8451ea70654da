/**
 * Every mention of every entity in the bundled articles, found at build time by the page reader
 * that marks a news page (utils/match/page-reader.ts), each article's lines read as a page's
 * blocks, so that the entity page's concordance and "who appears with it" list exactly what a
 * reader would see marked on the article. No browser APIs.
 */
import type { MatchIndex } from '../match/match-index';
import { Matcher } from '../match/matcher';
import { PageReader } from '../match/page-reader';
import { Resolver } from '../match/resolver';

/** One marked name in an article. */
export interface ArticleMention {
  readonly article: string;
  /** The name's span in the article's text, [start, end). */
  readonly start: number;
  readonly end: number;
  /** Its paragraph: the index of its line in the article's text. */
  readonly paragraph: number;
  /** Entity ids: one when the name is resolved, the candidates when several bodies share it. */
  readonly entities: readonly string[];
  /** A dual (وزارتي الداخلية): the name stands for two of `entities` together. */
  readonly dual?: true;
}

interface ConcordanceArticle {
  readonly id: string;
  readonly text: string;
  /** Lines of site furniture, which the reader view hides. */
  readonly furniture: readonly string[];
}

/**
 * The names a news page showing this article's text would mark, with their entities: its
 * non-empty lines, trimmed, are the page's blocks (a page has no empty block), on a site of no
 * known country (the demo site the end-to-end tests read).
 */
export function articleMentions(index: MatchIndex, article: ConcordanceArticle, matcher = new Matcher(index), resolver = new Resolver(index)): ArticleMention[] {
  const lines: { paragraph: number; at: number; text: string }[] = [];
  let start = 0;
  article.text.split('\n').forEach((line, paragraph) => {
    const text = line.trim();
    if (text) lines.push({ paragraph, at: start + line.indexOf(text), text });
    start += line.length + 1;
  });
  const reader = new PageReader(matcher, resolver, { siteCountry: null });
  const found = [...reader.read(lines.map((l) => l.text)), ...reader.finish()].sort((a, b) => a.block - b.block || a.start - b.start);
  return found.map((m) => {
    const line = lines[m.block]!;
    return {
      article: article.id,
      start: line.at + m.start,
      end: line.at + m.end,
      paragraph: line.paragraph,
      entities: m.entities.map((e) => index.entities[e]!.id),
      ...(m.dual ? { dual: true as const } : {}),
    };
  });
}

/** The mentions of every article, in article order, leaving out those in lines of site furniture. */
export function buildConcordance(index: MatchIndex, articles: readonly ConcordanceArticle[]): ArticleMention[] {
  const matcher = new Matcher(index);
  const resolver = new Resolver(index);
  return articles.flatMap((article) => {
    const lines = article.text.split('\n');
    const furniture = new Set(article.furniture.map((line) => line.trim()));
    return articleMentions(index, article, matcher, resolver).filter((m) => !furniture.has(lines[m.paragraph]!.trim()));
  });
}
