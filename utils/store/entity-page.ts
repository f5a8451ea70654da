/**
 * What the entity page shows beyond the card: every mention of the entity in the bundled articles
 * (the concordance compiled at build time), with a line of context on each side, grouped by
 * article; and the entities named in the same articles and the same paragraphs.
 */
import type { EntityRecord } from '../seeds/schema';
import { cardData, type CardData } from './card-data';
import type { SiyaqDb, StoredMention } from './db';
import { articleMeta, type ArticleMeta } from './library';

export interface ConcordanceLine {
  /** The name's span in the article's text: the reader page opens there. */
  readonly start: number;
  readonly end: number;
  readonly before: string;
  readonly name: string;
  readonly after: string;
  /** A name several bodies share, of which this entity is one candidate. */
  readonly shared: boolean;
}

export interface ConcordanceGroup {
  readonly article: ArticleMeta;
  readonly lines: readonly ConcordanceLine[];
}

export interface CoEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityRecord['type'];
  /** Articles that name both. */
  readonly articles: number;
  /** Paragraphs that name both. */
  readonly paragraphs: number;
}

export interface EntityPageData {
  readonly card: CardData;
  readonly concordance: readonly ConcordanceGroup[];
  readonly cooccurring: readonly CoEntity[];
  /** Every article the page cites (sources of facts and mentions), for citations and export. */
  readonly articles: readonly ArticleMeta[];
}

/** Characters of context on each side of a name, cut back to a word boundary. */
const CONTEXT_CHARS = 70;

export async function entityPage(db: SiyaqDb, id: string): Promise<EntityPageData | null> {
  const card = await cardData(db, id);
  if (!card) return null;
  const own = await db.mentions.where('entities').equals(id).sortBy('key');
  const articleIds = [...new Set(own.map((m) => m.article))];
  const sourceIds = [...card.roles.flatMap((r) => r.sources), ...card.relations.flatMap((r) => r.sources), ...card.mentions].map((s) => s.articleId);
  const articles = new Map((await db.articles.bulkGet([...new Set([...articleIds, ...sourceIds])])).flatMap((a) => (a ? [[a.id, a] as const] : [])));

  const concordance = articleIds.flatMap((articleId) => {
    const article = articles.get(articleId);
    if (!article) return [];
    const lines = own.filter((m) => m.article === articleId).map((m) => concordanceLine(article.text, m, id));
    return [{ article: articleMeta(article), lines }];
  });
  const cooccurring = await coOccurring(db, id, own);
  return { card, concordance, cooccurring, articles: [...articles.values()].map(articleMeta).sort((a, b) => a.id.localeCompare(b.id)) };
}

function concordanceLine(text: string, m: StoredMention, id: string): ConcordanceLine {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const lineEnd = text.indexOf('\n', m.end);
  const line = { from: lineStart, to: lineEnd < 0 ? text.length : lineEnd };
  return {
    start: m.start,
    end: m.end,
    before: contextBefore(text.slice(line.from, m.start)),
    name: text.slice(m.start, m.end),
    after: contextAfter(text.slice(m.end, line.to)),
    shared: m.entities.length > 1 && m.entities.includes(id),
  };
}

function contextBefore(text: string): string {
  const trimmed = text.trimStart();
  if (trimmed.length <= CONTEXT_CHARS) return trimmed;
  const cut = trimmed.slice(-CONTEXT_CHARS);
  return `…${cut.slice(cut.indexOf(' ') + 1)}`;
}

function contextAfter(text: string): string {
  const trimmed = text.trimEnd();
  if (trimmed.length <= CONTEXT_CHARS) return trimmed;
  const cut = trimmed.slice(0, CONTEXT_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** Entities named (resolved) in the articles and paragraphs where `id` is named (resolved), most often together first. */
async function coOccurring(db: SiyaqDb, id: string, own: readonly StoredMention[]): Promise<CoEntity[]> {
  const resolved = own.filter((m) => m.entities.length === 1);
  const articles = new Set(resolved.map((m) => m.article));
  const paragraphs = new Set(resolved.map((m) => `${m.article}#${m.paragraph}`));
  const together = new Map<string, { articles: Set<string>; paragraphs: Set<string> }>();
  for (const m of await db.mentions.where('article').anyOf([...articles]).toArray()) {
    const other = m.entities.length === 1 ? m.entities[0]! : null;
    if (!other || other === id) continue;
    const entry = together.get(other) ?? { articles: new Set<string>(), paragraphs: new Set<string>() };
    entry.articles.add(m.article);
    const paragraph = `${m.article}#${m.paragraph}`;
    if (paragraphs.has(paragraph)) entry.paragraphs.add(paragraph);
    together.set(other, entry);
  }
  const entities = new Map((await db.entities.bulkGet([...together.keys()])).flatMap((e) => (e ? [[e.id, e] as const] : [])));
  return [...together]
    .flatMap(([other, seen]) => {
      const e = entities.get(other);
      return e ? [{ id: e.id, name: e.name, type: e.type, articles: seen.articles.size, paragraphs: seen.paragraphs.size }] : [];
    })
    .sort((a, b) => b.paragraphs - a.paragraphs || b.articles - a.articles || a.name.localeCompare(b.name, 'ar'));
}
