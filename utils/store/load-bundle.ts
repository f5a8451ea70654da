/**
 * Loads a compiled bundle into the store in one transaction. The bundle's version is a content
 * hash: the same bundle again is a no-op, a different one replaces every table completely.
 */
import type { Bundle } from '../seeds/bundle';
import type { SiyaqDb } from './db';

export type LoadOutcome = 'loaded' | 'unchanged';

export async function loadBundle(db: SiyaqDb, bundle: Bundle, now = new Date()): Promise<LoadOutcome> {
  return db.transaction('rw', [db.meta, db.articles, db.entities, db.mentions], async () => {
    const current = await db.meta.get('bundle');
    if (current?.version === bundle.version) return 'unchanged';
    await Promise.all([db.articles.clear(), db.entities.clear(), db.mentions.clear()]);
    await db.articles.bulkPut([...bundle.articles]);
    await db.entities.bulkPut([...bundle.entities]);
    await db.mentions.bulkPut(bundle.mentions.map((mention, key) => ({ key, ...mention })));
    await db.meta.put({ key: 'bundle', version: bundle.version, loadedAt: now.toISOString() });
    return 'loaded';
  });
}
