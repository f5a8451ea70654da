/** The real bundle in a fake IndexedDB, for the component tests' data. */
import { buildBundle } from '../../../utils/seeds/read-seeds';
import { SiyaqDb } from '../../../utils/store/db';
import { loadBundle } from '../../../utils/store/load-bundle';

export const bundle = buildBundle(process.cwd());

export async function loadedDb(name: string): Promise<SiyaqDb> {
  const db = new SiyaqDb(name);
  await loadBundle(db, bundle);
  return db;
}
