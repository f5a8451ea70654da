/**
 * The researchers' messages against the real bundle in the store: the library, search, the
 * entity page's concordance and co-occurrence, the reader's marks, and the page count for the badge.
 */
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../../utils/seeds/read-seeds';
import { SiyaqDb } from '../../utils/store/db';
import type { EntityPageData } from '../../utils/store/entity-page';
import { handleMessage, type HandlerDeps } from '../../utils/store/handle-message';
import type { Library } from '../../utils/store/library';
import { loadBundle } from '../../utils/store/load-bundle';
import type { ReaderData } from '../../utils/store/reader-data';
import type { EntitySummary } from '../../utils/store/summaries';

const bundle = buildBundle(process.cwd());
let db: SiyaqDb;
let deps: HandlerDeps;
const badges: [number, number][] = [];

beforeAll(() => {
  db = new SiyaqDb('test-workspace');
  const loaded = loadBundle(db, bundle);
  deps = { db, ready: () => loaded, setBadge: async (tab, count) => void badges.push([tab, count]) };
});
afterAll(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function value<T>(request: unknown, sender: 'content-script' | 'extension-page' = 'extension-page', tab?: number): Promise<T> {
  const response = await handleMessage(deps, request, sender, tab);
  if (!response.ok) throw new Error(response.error);
  return response.value as T;
}

describe('library', () => {
  it('lists every entity with its mentions and every article with the entities it names', async () => {
    const lib = await value<Library>({ type: 'library' });
    expect(lib.entities).toHaveLength(bundle.entities.length);
    expect(lib.articles).toHaveLength(5);
    const muqrin = lib.entities.find((e) => e.id === 'mustafa-al-muqrin')!;
    expect(muqrin).toMatchObject({ type: 'person', country: 'ليبيا', countryCode: 'LY', articleIds: ['000_6e08de1c6a9042cb'] });
    expect(muqrin.mentionCount).toBe(bundle.mentions.filter((m) => m.entities.length === 1 && m.entities[0] === 'mustafa-al-muqrin').length);
    expect(muqrin.role?.title).toBe('رئيس جهاز المخابرات الليبية العامة');
    const bashagha = lib.articles.find((a) => a.id === '004_6bb8b83b75ee0431')!;
    expect(bashagha.entityIds[0]).toBe('fathi-bashagha');
    expect(bashagha).not.toHaveProperty('text');
  });

  it('finds an entity by any Arabic spelling and by its Latin name', async () => {
    for (const query of ['مصطفي المقرعن', 'والمقرعن', 'المُقرعن', 'المقر', 'Muqrin']) {
      const hits = await value<EntitySummary[]>({ type: 'search', query });
      expect(hits[0]?.id, query).toBe('mustafa-al-muqrin');
    }
    for (const query of ['Bashagha', 'Bashaga', 'bashagha', 'باشاغا']) {
      const hits = await value<EntitySummary[]>({ type: 'search', query });
      expect(hits[0]?.id, query).toBe('fathi-bashagha');
    }
    expect(await value({ type: 'search', query: 'كلمة لا تسمي أحدا' })).toEqual([]);
    expect(await value({ type: 'search', query: '   ' })).toEqual([]);
  });

  it('rejects malformed requests', async () => {
    expect(await handleMessage(deps, { type: 'search', query: 'x'.repeat(201) }, 'extension-page')).toEqual({ ok: false, error: 'invalid request' });
    expect(await handleMessage(deps, { type: 'search', query: 'x', limit: 1000 }, 'extension-page')).toEqual({ ok: false, error: 'invalid request' });
    expect(await handleMessage(deps, { type: 'summaries', ids: ['a'], date: '21/04/2021' }, 'extension-page')).toEqual({ ok: false, error: 'invalid request' });
    expect(await handleMessage(deps, { type: 'page-count', count: -1 }, 'content-script', 3)).toEqual({ ok: false, error: 'invalid request' });
    expect(await handleMessage(deps, { type: 'page-count', count: 1.5 }, 'content-script', 3)).toEqual({ ok: false, error: 'invalid request' });
  });
});

describe('summaries', () => {
  it('shows the role held on a date when one did, else the most recent', async () => {
    const [on] = await value<EntitySummary[]>({ type: 'summaries', ids: ['fathi-bashagha'], date: '2020-11-20' });
    expect(on!.role).toMatchObject({ title: 'وزير الداخلية', organization: null, when: { on: '2020-10-21' } });
    const [muqrin] = await value<EntitySummary[]>({ type: 'summaries', ids: ['mustafa-al-muqrin'] });
    expect(muqrin!.role).toMatchObject({ title: 'رئيس جهاز المخابرات الليبية العامة', organization: 'جهاز المخابرات الليبية' });
    const none = await value<EntitySummary[]>({ type: 'summaries', ids: ['no-such-entity'] });
    expect(none).toEqual([]);
  });
});

describe('entity page', () => {
  it('lists every mention in the articles with its context, not only the quotes behind facts', async () => {
    const page = (await value<EntityPageData>({ type: 'entity-page', id: 'mustafa-al-muqrin' }))!;
    const lines = page.concordance.flatMap((g) => g.lines);
    expect(lines.length).toBe(bundle.mentions.filter((m) => m.entities.includes('mustafa-al-muqrin')).length);
    expect(lines.length).toBeGreaterThan(1);
    const article = bundle.articles.find((a) => a.id === '000_6e08de1c6a9042cb')!;
    for (const line of lines) {
      expect(article.text.slice(line.start, line.end)).toBe(line.name);
      expect(['مصطفى المقرعن', 'المقرعن']).toContain(line.name);
      expect(line.before.length + line.after.length).toBeGreaterThan(0);
      expect(line.before.length).toBeLessThanOrEqual(71);
    }
    expect(page.concordance[0]!.article).toMatchObject({ id: '000_6e08de1c6a9042cb', outlet: { name: 'أخبار ليبيا24' } });
  });

  it('counts the entities named in the same articles and paragraphs', async () => {
    const page = (await value<EntityPageData>({ type: 'entity-page', id: 'mustafa-al-muqrin' }))!;
    const intelligence = page.cooccurring.find((c) => c.id === 'libyan-intelligence-service')!;
    expect(intelligence.articles).toBe(1);
    expect(intelligence.paragraphs).toBeGreaterThan(0);
    expect(page.cooccurring.map((c) => c.id)).not.toContain('mustafa-al-muqrin');
    // Only entities of his article: Bashagha is named in 004 alone.
    expect(page.cooccurring.map((c) => c.id)).not.toContain('fathi-bashagha');
    const sorted = [...page.cooccurring].sort((a, b) => b.paragraphs - a.paragraphs || b.articles - a.articles);
    expect(page.cooccurring.map((c) => [c.paragraphs, c.articles])).toEqual(sorted.map((c) => [c.paragraphs, c.articles]));
  });

  it('marks a shared name as a candidate in each of its entities’ concordance', async () => {
    const shared = bundle.mentions.find((m) => m.entities.length > 1)!;
    const page = (await value<EntityPageData>({ type: 'entity-page', id: shared.entities[0]! }))!;
    expect(page.concordance.flatMap((g) => g.lines).some((l) => l.shared && l.start === shared.start)).toBe(true);
  });

  it('is null for an unknown entity', async () => {
    expect(await value({ type: 'entity-page', id: 'nobody' })).toBeNull();
  });
});

describe('reader and badge', () => {
  it('gives the article with its marks and the entities they name', async () => {
    const data = (await value<ReaderData>({ type: 'reader', id: '004_6bb8b83b75ee0431' }))!;
    expect(data.mentions.length).toBe(bundle.mentions.filter((m) => m.article === '004_6bb8b83b75ee0431').length);
    expect(data.entities[0]!.id).toBe('fathi-bashagha');
    expect(data.mentions.every((m, i) => i === 0 || m.start > data.mentions[i - 1]!.start)).toBe(true);
  });

  it('sets the badge of the tab a content script counted on, and takes the count from pages only', async () => {
    expect(await value({ type: 'page-count', count: 7 }, 'content-script', 12)).toBe(true);
    expect(badges).toEqual([[12, 7]]);
    expect(await handleMessage(deps, { type: 'page-count', count: 7 }, 'extension-page')).toMatchObject({ ok: false });
  });
});
