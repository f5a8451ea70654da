/**
 * The library: every entity and every bundled article, for the library page; and the search over
 * the entity set, built once per bundle in the background so that each keystroke costs one lookup.
 */
import type { BundleArticle } from '../seeds/bundle';
import { EntitySearch, searchable } from '../search/entity-search';
import type { SiyaqDb } from './db';
import { summarize, summariesOf, type EntitySummary } from './summaries';

/** An article without its text: what lists and citations need. */
export type ArticleMeta = Omit<BundleArticle, 'text' | 'furniture'>;

export interface LibraryArticle extends ArticleMeta {
  /** The entities it names (resolved), most often named first. */
  readonly entityIds: readonly string[];
  readonly mentionCount: number;
}

export interface Library {
  readonly entities: readonly EntitySummary[];
  readonly articles: readonly LibraryArticle[];
}

export function articleMeta({ text: _text, furniture: _furniture, ...meta }: BundleArticle): ArticleMeta {
  return meta;
}

export async function library(db: SiyaqDb): Promise<Library> {
  const [entities, articles, mentions] = await Promise.all([db.entities.toArray(), db.articles.toArray(), db.mentions.toArray()]);
  const names = new Map(entities.map((e) => [e.id, e.name]));
  return {
    entities: summarize(entities, mentions, names),
    articles: articles.map((article) => {
      const counts = new Map<string, number>();
      let mentionCount = 0;
      for (const m of mentions) {
        if (m.article !== article.id) continue;
        mentionCount++;
        if (m.entities.length === 1) counts.set(m.entities[0]!, (counts.get(m.entities[0]!) ?? 0) + 1);
      }
      const entityIds = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
      return { ...articleMeta(article), entityIds, mentionCount };
    }),
  };
}

/** Each database's search index, with the bundle version it was built from. */
const searches = new WeakMap<SiyaqDb, { version: string; search: Promise<EntitySearch> }>();

/** The entities whose names match `query` by any spelling, best first. */
export async function searchEntities(db: SiyaqDb, query: string, limit: number): Promise<EntitySummary[]> {
  const search = await searchIndex(db);
  return summariesOf(db, search.search(query, limit).map((hit) => hit.id));
}

async function searchIndex(db: SiyaqDb): Promise<EntitySearch> {
  const version = (await db.meta.get('bundle'))?.version ?? '';
  let cached = searches.get(db);
  if (!cached || cached.version !== version) {
    const search = db.entities.toArray().then((entities) => new EntitySearch(entities.map(searchable)));
    cached = { version, search };
    searches.set(db, cached);
  }
  return cached.search;
}
