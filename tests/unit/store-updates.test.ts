/**
 * The store through a bundle update and through failures: v1 → v2 with entities added, changed
 * and removed is atomic for readers and keeps the reader's settings; an import cut off half way
 * leaves v1 and is done at the next start; a store that cannot be opened answers "unavailable"
 * and is tried again at the next request.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Bundle } from '../../utils/seeds/bundle';
import { compileBundle } from '../../utils/seeds/compile';
import { readSeedInput, versionBundle } from '../../utils/seeds/read-seeds';
import { validateSeeds, type SeedInput } from '../../utils/seeds/validate';
import { SiyaqDb } from '../../utils/store/db';
import { handleMessage, STORE_UNAVAILABLE, type HandlerDeps } from '../../utils/store/handle-message';
import { bundleLoader, loadBundle } from '../../utils/store/load-bundle';

const root = process.cwd();

function bundleOf(input: SeedInput): Bundle {
  const result = validateSeeds(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return versionBundle(compileBundle(result.seeds));
}

/** The real seeds as v1 and v2: each leaves out a different entity no other names, and v2 retitles one role. */
function twoVersions(): { v1: Bundle; v2: Bundle; added: string; removed: string; changed: string } {
  const input = readSeedInput(root);
  const idOf = (file: SeedInput['entityFiles'][number]) => (file.data as { id: string }).id;
  const leaves = input.entityFiles.filter((file) => !input.entityFiles.some((other) => other !== file && JSON.stringify(other.data).includes(`"${idOf(file)}"`)));
  const [added, removed] = [idOf(leaves[0]!), idOf(leaves[1]!)];
  const changedFile = input.entityFiles.find((file) => ((file.data as { roles?: unknown[] }).roles ?? []).length > 0 && ![added, removed].includes(idOf(file)))!;
  const changed = idOf(changedFile);
  const v1 = bundleOf({ ...input, entityFiles: input.entityFiles.filter((f) => idOf(f) !== added) });
  const retitled = structuredClone(changedFile);
  (retitled.data as { roles: { title: string }[] }).roles[0]!.title += ' (v2)';
  const v2 = bundleOf({ ...input, entityFiles: input.entityFiles.filter((f) => idOf(f) !== removed).map((f) => (f === changedFile ? retitled : f)) });
  return { v1, v2, added, removed, changed };
}

const dbs: SiyaqDb[] = [];
function freshDb(name: string): SiyaqDb {
  const db = new SiyaqDb(name);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const deps = (db: SiyaqDb, ready: () => Promise<unknown> = async () => undefined): HandlerDeps => ({ db, ready, setBadge: async () => undefined });

describe('bundle update v1 → v2', () => {
  it('is atomic for readers: every answer during the update is v1’s or v2’s, and the settings of version 1 stay for their migration', async () => {
    const { v1, v2, added, removed, changed } = twoVersions();
    const db = freshDb('update-atomic');
    await loadBundle(db, v1);
    // Settings as version 1 of the extension kept them, moved out of the store when the background starts (settings-migration.ts).
    const settings = { key: 'settings' as const, showDelayMs: 700, hideDelayMs: 300, fetchDelayMs: 150, fadeMs: 200 };
    await db.settings.put(settings);
    const ask = (id: string) => handleMessage(deps(db), { type: 'card', id }, 'content-script');
    const answersNow = async () => JSON.stringify(await Promise.all([ask(changed), ask(added), ask(removed)]));
    const before = await answersNow();
    // Readers keep asking, without waiting for the load, while v2 is written.
    const during: Promise<string>[] = [];
    const update = loadBundle(db, v2);
    for (let i = 0; i < 30; i++) {
      during.push(answersNow());
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(await update).toBe('loaded');
    const after = await answersNow();
    expect(after).not.toBe(before);
    for (const answer of await Promise.all(during)) expect([before, after]).toContain(answer);
    const [changedCard, addedCard, removedCard] = JSON.parse(after) as { ok: boolean; value: { roles?: { title: string }[] } | null }[];
    expect(changedCard!.value!.roles![0]!.title).toMatch(/\(v2\)$/);
    expect(addedCard!.value).not.toBeNull();
    expect(removedCard!.value).toBeNull();
    expect(await db.settings.get('settings')).toEqual(settings);
  });

  it('leaves v1 whole when the import is cut off half way, and loads v2 at the next start', async () => {
    const { v1, v2 } = twoVersions();
    const db = freshDb('update-interrupted');
    await loadBundle(db, v1);
    // The import fails after the old tables were cleared and the articles and entities written,
    // as when the worker is stopped or the disk is full: IndexedDB aborts the whole transaction.
    const put = db.meta.put.bind(db.meta);
    db.meta.put = (() => Promise.reject(new DOMException('the worker stopped', 'AbortError'))) as unknown as typeof put;
    await expect(loadBundle(db, v2)).rejects.toThrow();
    db.close();
    const reopened = freshDb('update-interrupted');
    expect((await reopened.meta.get('bundle'))?.version).toBe(v1.version);
    expect(await reopened.entities.count()).toBe(v1.entities.length);
    expect(await reopened.articles.count()).toBe(v1.articles.length);
    // The next start.
    expect(await loadBundle(reopened, v2)).toBe('loaded');
    expect(await reopened.entities.count()).toBe(v2.entities.length);
  });

  it('loads again a bundle whose tables were emptied behind its back', async () => {
    const { v1 } = twoVersions();
    const db = freshDb('update-damaged');
    await loadBundle(db, v1);
    await db.entities.clear();
    expect(await loadBundle(db, v1)).toBe('loaded');
    expect(await db.entities.count()).toBe(v1.entities.length);
  });
});

describe('a store that fails', () => {
  it('answers "unavailable" while the database cannot be opened, and tries again at the next request', async () => {
    const { v1 } = twoVersions();
    // A database another version holds at a higher version and does not close ("blocked"): the
    // bundle's load cannot open it.
    const name = 'store-blocked';
    const holder = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name, 1000);
      request.onupgradeneeded = () => request.result.createObjectStore('other');
      request.onsuccess = () => resolve(request.result);
    });
    const db = freshDb(name);
    const ready = bundleLoader(db, v1);
    const first = await handleMessage(deps(db, ready), { type: 'card', id: 'fathi-bashagha' }, 'content-script');
    expect(first).toEqual({ ok: false, error: STORE_UNAVAILABLE });
    holder.close();
    const second = await handleMessage(deps(db, ready), { type: 'card', id: 'fathi-bashagha' }, 'content-script');
    expect(second).toMatchObject({ ok: true, value: { id: 'fathi-bashagha' } });
  }, 15_000);

  it('answers "unavailable" when the database fails, and loads at the next request once it works', async () => {
    const { v1 } = twoVersions();
    const db = freshDb('store-failing');
    let broken = true;
    const original = db.entities.bulkPut.bind(db.entities);
    db.entities.bulkPut = ((...args: Parameters<typeof original>) => (broken ? Promise.reject(new DOMException('quota exceeded', 'QuotaExceededError')) : original(...args))) as typeof original;
    const ready = bundleLoader(db, v1);
    expect(await handleMessage(deps(db, ready), { type: 'card', id: 'fathi-bashagha' }, 'content-script')).toEqual({ ok: false, error: STORE_UNAVAILABLE });
    expect(await db.meta.get('bundle')).toBeUndefined(); // nothing half-written
    broken = false;
    expect(await handleMessage(deps(db, ready), { type: 'card', id: 'fathi-bashagha' }, 'content-script')).toMatchObject({ ok: true, value: { id: 'fathi-bashagha' } });
  });
});
