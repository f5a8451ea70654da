// @vitest-environment happy-dom
/**
 * The workspace's views with the real bundle's data: the entity page (timeline, facts and their
 * citations, concordance, co-occurrence), the popup (its states, and the mentions it asks for),
 * the library (search, filters, the address it writes) and the reader view (the marked span).
 */
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ArticleView } from '../../../components/ArticleView';
import { EntityView } from '../../../components/EntityView';
import { Library } from '../../../components/Library';
import { Popup, type PageState, type SiteControl } from '../../../components/Popup';
import { Timeline } from '../../../components/Timeline';
import type { PageEntities } from '../../../utils/page/page-entities';
import { libraryState, type LibraryState } from '../../../utils/page-urls';
import type { CardRole } from '../../../utils/store/card-data';
import type { SiyaqDb } from '../../../utils/store/db';
import { entityPage, type EntityPageData } from '../../../utils/store/entity-page';
import { exportData } from '../../../utils/store/export-data';
import { library, searchEntities, type Library as LibraryData } from '../../../utils/store/library';
import { summariesOf } from '../../../utils/store/summaries';
import { bundle, loadedDb } from './fixtures';

let db: SiyaqDb;
let muqrin: EntityPageData;
let lib: LibraryData;
beforeAll(async () => {
  db = await loadedDb('components-views');
  muqrin = (await entityPage(db, 'mustafa-al-muqrin'))!;
  lib = await library(db);
});
afterAll(() => db.close());
afterEach(cleanup);

const entityActions = {
  readerHref: (article: string, quote?: string) => `/reader.html?article=${article}&quote=${quote ?? ''}`,
  readerAt: (article: string, start: number, end: number) => `/reader.html?article=${article}&at=${start}-${end}`,
  entityHref: (id: string) => `/entity.html?id=${id}`,
};

describe('Timeline', () => {
  const role = (when: CardRole['when'], title: string): CardRole => ({ title, organization: null, country: null, countryCode: null, when, sources: [] });

  it('places dated roles on the axis and lists undated ones beside it, never on it', () => {
    const view = render(
      <Timeline
        roles={[role({ from: '2015-05', basis: 'stated' }, 'رئيس'), role({ on: '2020-10-21', basis: 'year-from-address', note: 'x' }, 'وزير'), role({ basis: 'not-stated' }, 'لواء')]}
        label={(r) => r.title}
      />,
    );
    const rows = [...view.container.querySelectorAll('.timeline-row')];
    expect(rows.map((r) => r.querySelector('.timeline-label')!.textContent)).toEqual(['رئيس', 'وزير']);
    expect(rows[0]!.querySelector('.timeline-bar')!.classList.contains('open')).toBe(true);
    expect(rows[1]!.querySelector('.timeline-bar')!.classList.contains('point')).toBe(true);
    expect(rows[1]!.textContent).toContain('السنة من رابط المقال');
    expect(view.container.querySelector('.undated')!.textContent).toContain('لواء');
    const ticks = [...view.container.querySelectorAll('.timeline-tick')].map((t) => Number(t.textContent));
    expect(ticks[0]).toBeLessThanOrEqual(2015);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(2021);
  });

  it('draws no axis when no role is dated', () => {
    const view = render(<Timeline roles={[role({ basis: 'not-stated' }, 'لواء')]} label={(r) => r.title} />);
    expect(view.container.querySelector('.timeline')).toBeNull();
    expect(view.container.querySelector('.undated li')!.textContent).toBe('لواء');
  });
});

describe('EntityView', () => {
  it('shows the concordance with each name marked and linked to its place, and who appears with it', () => {
    const view = render(<EntityView data={muqrin} actions={entityActions} loadExport={() => exportData(db, ['mustafa-al-muqrin'])} copy={async () => undefined} />);
    const lines = [...view.container.querySelectorAll('.kwic li a')];
    expect(lines).toHaveLength(muqrin.concordance.flatMap((g) => g.lines).length);
    const first = muqrin.concordance[0]!.lines[0]!;
    expect(lines[0]!.getAttribute('href')).toBe(`/reader.html?article=000_6e08de1c6a9042cb&at=${first.start}-${first.end}`);
    expect(lines[0]!.querySelector('mark')!.textContent).toBe(first.name);
    const rows = [...view.container.querySelectorAll('.cooccurring tbody tr')];
    expect(rows).toHaveLength(muqrin.cooccurring.length);
    expect(rows[0]!.querySelector('a')!.getAttribute('href')).toBe(`/entity.html?id=${muqrin.cooccurring[0]!.id}`);
  });

  it('copies a fact’s citation in Arabic and in English', async () => {
    const copy = vi.fn(async () => undefined);
    const view = render(<EntityView data={muqrin} actions={entityActions} loadExport={() => exportData(db, ['mustafa-al-muqrin'])} copy={copy} />);
    fireEvent.click(view.getAllByText('نسخ الاستشهاد')[0]!);
    fireEvent.click(view.getAllByText('Copy citation')[0]!);
    await view.findAllByText('نُسخ الاستشهاد.');
    const quote = muqrin.card.roles[0]!.sources[0]!.quote;
    expect(copy).toHaveBeenNthCalledWith(1, expect.stringMatching(new RegExp(`^«${quote}»، .*أخبار ليبيا24، تاريخ النشر غير مذكور، https://akhbarlibya24.net/archives/144769/\\.$`)));
    expect(copy).toHaveBeenNthCalledWith(2, expect.stringMatching(new RegExp(`^“${quote}”\\. .*\\. أخبار ليبيا24\\. date not stated\\. https://akhbarlibya24.net/archives/144769/\\.$`)));
  });

  it('says when copying fails', async () => {
    const view = render(<EntityView data={muqrin} actions={entityActions} loadExport={() => exportData(db, ['mustafa-al-muqrin'])} copy={() => Promise.reject(new Error('denied'))} />);
    fireEvent.click(view.getAllByText('نسخ الاستشهاد')[0]!);
    await view.findByText('تعذّر النسخ: حدّد النص وانسخه يدويًا.');
  });
});

describe('Popup', () => {
  const links = { library: '/library.html', settings: '/options.html', entity: (id: string) => `/entity.html?id=${id}` };
  // A listed site that Siyaq runs on.
  const site: SiteControl = { site: '127.0.0.1', listed: true, on: true, allowed: true, enabled: true, problem: null, switchSite: () => undefined, addSite: () => undefined, allowSite: () => undefined, setEnabled: () => undefined };
  const props = { search: async () => [], exportEntities: () => exportData(db, []), links, site };

  it('says when the site is not covered, when the page is being read, and when it names no one', () => {
    const states: [PageState, string][] = [
      [{ state: 'not-covered' }, 'لا يعمل سياق على هذا الموقع.'],
      [{ state: 'reading' }, 'يقرأ سياق الصفحة…'],
      [{ state: 'ready', page: { status: 'ready', pageDate: null, entries: [] }, summaries: new Map() }, 'لم يجد سياق في هذه الصفحة اسمًا من الحزمة.'],
    ];
    for (const [page, text] of states) {
      const view = render(<Popup page={page} showMention={async () => null} {...props} />);
      expect(view.container.querySelector('.empty')!.textContent).toBe(text);
      cleanup();
    }
  });

  it('says when the browser withholds a listed site, and asks for it again', () => {
    let asked = 0;
    const withheld: SiteControl = { ...site, allowed: false, allowSite: () => void asked++ };
    const view = render(<Popup page={{ state: 'not-covered' }} showMention={async () => null} {...props} site={withheld} />);
    expect(view.container.querySelector('.site-state')!.textContent).toBe('لا يأذن المتصفح لسياق بقراءة 127.0.0.1.');
    expect(view.container.querySelector('.on-page')).toBeNull();
    (view.container.querySelector('.site-allow') as HTMLButtonElement).click();
    expect(asked).toBe(1);
    cleanup();
  });

  it('groups the page’s names, and walks an entity’s mentions forward and back', async () => {
    const page: PageEntities = {
      status: 'ready',
      pageDate: '2020-11-20',
      entries: [
        { key: 'fathi-bashagha', kind: 'person', ids: ['fathi-bashagha'], text: 'باشاغا', count: 3 },
        { key: 'libyan-intelligence-service', kind: 'organization', ids: ['libyan-intelligence-service'], text: 'جهاز المخابرات', count: 1 },
        { key: 'shared:a,b', kind: 'ambiguous', ids: ['libyan-gna-interior-ministry', 'libyan-interim-government-interior-ministry'], text: 'وزارة الداخلية', count: 2 },
      ],
    };
    const summaries = new Map((await summariesOf(db, page.entries.flatMap((e) => e.ids), page.pageDate)).map((s) => [s.id, s]));
    const asked: [string, number][] = [];
    const showMention = async (key: string, index: number) => {
      asked.push([key, index]);
      return { index: ((index % 3) + 3) % 3, count: 3 };
    };
    const view = render(<Popup page={{ state: 'ready', page, summaries }} showMention={showMention} {...props} />);
    expect([...view.container.querySelectorAll('.entry-group h3')].map((h) => h.textContent)).toEqual(['أشخاص', 'جهات', 'أسماء مشتركة']);
    const bashagha = view.container.querySelector('.entry-person')!;
    expect(bashagha.querySelector('.entry-name')!.textContent).toBe('فتحي باشاغا');
    expect(bashagha.querySelector('.entry-count')!.textContent).toBe('3 مرات');
    expect(bashagha.querySelector('.entry-role')!.textContent).toBe('وزير الداخلية');
    // One mention: no next and previous.
    expect(view.container.querySelector('.entry-organization .entry-nav')).toBeNull();
    expect(view.container.querySelector('.entry-ambiguous .entry-candidates')!.textContent).toContain('وزارة الداخلية بحكومة الوفاق الوطني');

    fireEvent.click(bashagha.querySelector('.entry-main')!);
    await waitFor(() => expect(bashagha.querySelector('.entry-at')!.textContent).toBe('1/3'));
    expect(view.container.querySelector('.announcement')!.textContent).toBe('فتحي باشاغا: الذِّكر 1 من 3');
    fireEvent.click(view.getByRole('button', { name: 'الذِّكر التالي: فتحي باشاغا' }));
    await waitFor(() => expect(bashagha.querySelector('.entry-at')!.textContent).toBe('2/3'));
    fireEvent.click(view.getByRole('button', { name: 'الذِّكر السابق: فتحي باشاغا' }));
    fireEvent.click(view.getByRole('button', { name: 'الذِّكر السابق: فتحي باشاغا' }));
    await waitFor(() => expect(bashagha.querySelector('.entry-at')!.textContent).toBe('3/3'));
    expect(asked).toEqual([['fathi-bashagha', 0], ['fathi-bashagha', 1], ['fathi-bashagha', 0], ['fathi-bashagha', -1]]);
  });

  it('shows search results as links that open in a new tab', async () => {
    const view = render(<Popup page={{ state: 'reading' }} showMention={async () => null} {...props} search={(q) => searchEntities(db, q, 8)} />);
    fireEvent.input(view.getByRole('searchbox'), { target: { value: 'باشاغا' } });
    const hit = await view.findByText('فتحي باشاغا');
    expect(hit.closest('a')!.getAttribute('href')).toBe('/entity.html?id=fathi-bashagha');
    expect(hit.closest('a')!.getAttribute('target')).toBe('_blank');
  });
});

describe('Library', () => {
  function renderLibrary(state: LibraryState, setState = vi.fn()) {
    return render(
      <Library
        library={lib}
        state={state}
        setState={setState}
        search={async (q) => (await searchEntities(db, q, 100)).map((h) => h.id)}
        exportAll={() => exportData(db, undefined)}
        links={{ entity: (id) => `/entity.html?id=${id}`, reader: (id) => `/reader.html?article=${id}`, tab: () => '/library.html' }}
      />,
    );
  }

  it('lists every entity, filtered and sorted as its address says', () => {
    const all = renderLibrary(libraryState(''));
    expect(all.container.querySelectorAll('.entity-item')).toHaveLength(bundle.entities.length);
    cleanup();
    const people = renderLibrary(libraryState('?type=person&country=LY&sort=mentions'));
    const items = [...people.container.querySelectorAll('.entity-item')];
    expect(items.every((i) => i.classList.contains('person'))).toBe(true);
    const counts = lib.entities.filter((e) => e.type === 'person' && e.countryCode === 'LY').map((e) => e.mentionCount).sort((a, b) => b - a);
    expect(items).toHaveLength(counts.length);
    expect(items[0]!.querySelector('.entity-title')!.textContent).toBe(lib.entities.find((e) => e.type === 'person' && e.countryCode === 'LY' && e.mentionCount === counts[0])!.name);
  });

  it('searches as the address’s query says, and reports typing as typing', async () => {
    const setState = vi.fn();
    const view = renderLibrary(libraryState('?q=والمقرعن'), setState);
    await waitFor(() => expect(view.container.querySelectorAll('.entity-item')).toHaveLength(1));
    expect(view.container.querySelector('.entity-title')!.textContent).toBe('مصطفى المقرعن');
    fireEvent.input(view.getByRole('searchbox'), { target: { value: 'Bashagha' } });
    expect(setState).toHaveBeenLastCalledWith(expect.objectContaining({ q: 'Bashagha' }), true);
    fireEvent.change(view.getByLabelText('النوع'), { target: { value: 'organization' } });
    expect(setState).toHaveBeenLastCalledWith(expect.objectContaining({ type: 'organization' }), false);
  });

  it('lists every article with what is known of it', () => {
    const view = renderLibrary(libraryState('?tab=articles'));
    const items = [...view.container.querySelectorAll('.article-item')];
    expect(items).toHaveLength(5);
    expect(items[1]!.textContent).toContain('الناشر غير مذكور');
    expect(items[1]!.textContent).toContain('غير معروف');
    expect(items[4]!.textContent).toContain('محمد الغرياني');
    expect(items[4]!.querySelector('.names a')!.textContent).toBe('فتحي باشاغا');
  });
});

describe('ArticleView', () => {
  it('marks the concordance span it is opened at, and lists the entities with their counts', () => {
    const article = bundle.articles[0]!;
    const m = bundle.mentions.find((x) => x.article === article.id && x.entities[0] === 'mustafa-al-muqrin' && x.paragraph > 0)!;
    const view = render(<ArticleView article={article} quote={null} at={[m.start, m.end]} entities={lib.entities.filter((e) => e.id === 'mustafa-al-muqrin')} entityHref={(id) => `/entity.html?id=${id}`} showEntity={() => undefined} counts={new Map([['mustafa-al-muqrin', 2]])} />);
    expect(view.container.querySelector('mark.quote')!.textContent).toBe('مصطفى المقرعن');
    expect(view.container.querySelector('.reader-aside button')!.textContent).toBe('مرتان');
    // Site furniture is not shown.
    expect(view.container.textContent).not.toContain('AfterPost');
  });
});
