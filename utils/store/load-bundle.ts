/**
 * Loads a compiled bundle into the store in one transaction. The bundle's version is a content
 * hash: the same bundle again is a no-op, a different one replaces every bundle table completely
 * (the reader's settings stay). IndexedDB applies a transaction whole or not at all, so a reader
 * sees the old bundle or the new one, and an import that is cut off half way (the worker stopped,
 * the database closed, the disk full) leaves the old one, to be replaced at the next attempt.
 */
import type { Bundle } from '../seeds/bundle';
import type { SiyaqDb } from './db';

export type LoadOutcome = 'loaded' | 'unchanged';

export async function loadBundle(db: SiyaqDb, bundle: Bundle, now = new Date()): Promise<LoadOutcome> {
  return db.transaction('rw', [db.meta, db.articles, db.entities, db.mentions], async () => {
    const current = await db.meta.get('bundle');
    // Tables emptied behind the store's back (a damaged or tampered database) are loaded again.
    if (current?.version === bundle.version && (await isWhole(db, bundle))) return 'unchanged';
    await Promise.all([db.articles.clear(), db.entities.clear(), db.mentions.clear()]);
    await db.articles.bulkPut([...bundle.articles]);
    await db.entities.bulkPut([...bundle.entities]);
    await db.mentions.bulkPut(bundle.mentions.map((mention, key) => ({ key, ...mention })));
    await db.meta.put({ key: 'bundle', version: bundle.version, loadedAt: now.toISOString() });
    return 'loaded';
  });
}

async function isWhole(db: SiyaqDb, bundle: Bundle): Promise<boolean> {
  const [articles, entities, mentions] = await Promise.all([db.articles.count(), db.entities.count(), db.mentions.count()]);
  return articles === bundle.articles.length && entities === bundle.entities.length && mentions === bundle.mentions.length;
}

/**
 * Loads the bundle once: every call waits for the same load. A load that failed (the database
 * could not be opened or written) is forgotten, so the next call, the next request, tries again.
 */
export function bundleLoader(db: SiyaqDb, bundle: Bundle): () => Promise<LoadOutcome> {
  let loading: Promise<LoadOutcome> | undefined;
  return () => {
    loading ??= loadBundle(db, bundle).catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
