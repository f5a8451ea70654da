import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { compileBundle } from '../../utils/seeds/compile';
import { versionBundle } from '../../utils/seeds/read-seeds';
import { validateSeeds } from '../../utils/seeds/validate';
import { SiyaqDb } from '../../utils/store/db';
import { handleMessage } from '../../utils/store/handle-message';
import { loadBundle } from '../../utils/store/load-bundle';
import { goodRecords, seedInput } from './seed-fixtures';

function bundleOf(records: ReturnType<typeof goodRecords>) {
  const result = validateSeeds(seedInput(records));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return versionBundle(compileBundle(result.seeds));
}

let db: SiyaqDb;
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('store', () => {
  it('loads a bundle once: the same bundle again is a no-op', async () => {
    db = new SiyaqDb('test-idempotent');
    const bundle = bundleOf(goodRecords());
    expect(await loadBundle(db, bundle, new Date('2026-01-01'))).toBe('loaded');
    expect(await loadBundle(db, bundle, new Date('2026-02-02'))).toBe('unchanged');
    expect(await db.meta.get('bundle')).toEqual({ key: 'bundle', version: bundle.version, loadedAt: '2026-01-01T00:00:00.000Z' });
    expect(await db.entities.count()).toBe(2);
    expect(await db.articles.count()).toBe(5);
  });

  it('replaces an older bundle completely', async () => {
    db = new SiyaqDb('test-replace');
    await loadBundle(db, bundleOf(goodRecords()));
    const onlyMinistry = goodRecords().slice(1);
    const newer = bundleOf(onlyMinistry);
    expect(await loadBundle(db, newer)).toBe('loaded');
    expect((await db.entities.toArray()).map((e) => e.id)).toEqual(['gna-interior-ministry']);
    expect((await db.meta.get('bundle'))?.version).toBe(newer.version);
  });

  it('answers validated messages and rejects malformed ones', async () => {
    db = new SiyaqDb('test-messages');
    const ready = () => loadBundle(db, bundleOf(goodRecords()));
    const deps = { db, ready, setBadge: async () => undefined };

    expect(await handleMessage(deps, { type: 'card', id: 42 }, 'content-script')).toEqual({ ok: false, error: 'invalid request' });
    expect(await handleMessage(deps, { type: 'drop-tables' }, 'content-script')).toEqual({ ok: false, error: 'invalid request' });
    expect(await handleMessage(deps, { type: 'card', id: 'fathi-bashagha', extra: 1 }, 'content-script')).toEqual({ ok: false, error: 'invalid request' });
    // Content scripts carry the match index; the store no longer hands it out.
    expect(await handleMessage(deps, { type: 'match-index' }, 'content-script')).toEqual({ ok: false, error: 'invalid request' });

    const card = await handleMessage(deps, { type: 'card', id: 'fathi-bashagha' }, 'content-script');
    expect(card).toMatchObject({
      ok: true,
      value: {
        name: 'فتحي باشاغا',
        roles: [{ title: 'وزير الداخلية', organization: { id: 'gna-interior-ministry', name: 'وزارة الداخلية' }, sources: [{ articleId: '004_6bb8b83b75ee0431', published: { date: '2020-11-20', basis: 'from-address' } }] }],
      },
    });
    // A card's links open the extension's pages themselves (decision 0011): the background opens none.
    expect(await handleMessage(deps, { type: 'open-article', id: '004_6bb8b83b75ee0431' }, 'content-script')).toEqual({ ok: false, error: 'invalid request' });
    // The settings live in browser.storage.local (settings.ts): the store neither reads nor writes them.
    const faster = { showDelayMs: 200, hideDelayMs: 100, fetchDelayMs: 50, fadeMs: 0 };
    expect(await handleMessage(deps, { type: 'settings' }, 'content-script')).toEqual({ ok: false, error: 'invalid request' });
    expect(await handleMessage(deps, { type: 'save-settings', settings: faster }, 'extension-page')).toEqual({ ok: false, error: 'invalid request' });
  });
});
