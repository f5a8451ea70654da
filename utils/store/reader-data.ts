/** What the reader page needs: the article, the names marked in it, and a summary of each entity it names. */
import type { BundleArticle } from '../seeds/bundle';
import type { ArticleMention } from '../seeds/concordance';
import type { SiyaqDb } from './db';
import { summariesOf, type EntitySummary } from './summaries';

export interface ReaderData {
  readonly article: BundleArticle;
  /** In reading order. */
  readonly mentions: readonly ArticleMention[];
  /** Every entity the marks name (candidates of shared names too), most often named first. */
  readonly entities: readonly EntitySummary[];
}

export async function readerData(db: SiyaqDb, id: string): Promise<ReaderData | null> {
  const article = await db.articles.get(id);
  if (!article) return null;
  const stored = await db.mentions.where('article').equals(id).sortBy('key');
  const mentions = stored.map(({ key: _key, ...m }) => m);
  const counts = new Map<string, number>();
  for (const m of mentions) for (const e of m.entities) counts.set(e, (counts.get(e) ?? 0) + (m.entities.length === 1 ? 1 : 0));
  const ids = [...counts].sort((a, b) => b[1] - a[1]).map(([e]) => e);
  return { article, mentions, entities: await summariesOf(db, ids, article.published.date) };
}
