// @vitest-environment happy-dom
/**
 * The card at a glance: each source article once (outlet and date, the headline on hover), each
 * fact pointing to its article by number, every number a link to the article at the fact's quote;
 * links that run an action on a plain click only.
 */
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EntityCard, type EntityActions } from '../../../components/EntityCard';
import { HoverCard } from '../../../components/HoverCard';
import { cardData, type CardData } from '../../../utils/store/card-data';
import type { SiyaqDb } from '../../../utils/store/db';
import { loadedDb } from './fixtures';

let db: SiyaqDb;
let muqrin: CardData;
let bashagha: CardData;
beforeAll(async () => {
  db = await loadedDb('components-card');
  muqrin = (await cardData(db, 'mustafa-al-muqrin'))!;
  bashagha = (await cardData(db, 'fathi-bashagha'))!;
});
afterAll(() => db.close());
afterEach(cleanup);

function actions(): EntityActions & { opened: string[] } {
  const opened: string[] = [];
  return {
    opened,
    readerHref: (article, quote) => `/reader.html?article=${article}${quote ? `&quote=${encodeURIComponent(quote)}` : ''}`,
    entityHref: (id) => `/entity.html?id=${id}`,
    inNewTab: true,
    openEntity: (id) => void opened.push(`entity ${id}`),
  };
}

describe('EntityCard', () => {
  it('lists each source article once and points every fact to it by number', () => {
    const view = render(<EntityCard data={muqrin} actions={actions()} />);
    const sources = view.container.querySelectorAll('.sources .source');
    expect(sources).toHaveLength(1);
    expect(sources[0]!.querySelector('.source-link')!.textContent).toBe('أخبار ليبيا24');
    expect(sources[0]!.querySelector('.source-link')!.getAttribute('title')).toBe(muqrin.roles[0]!.sources[0]!.headline);
    // The headline is not repeated under each role any more.
    expect(view.container.textContent!.split(muqrin.roles[0]!.sources[0]!.headline)).toHaveLength(1);
    const marks = [...view.container.querySelectorAll('.role .source-ref')];
    expect(marks.map((m) => m.textContent)).toEqual(['1', '1']);
    expect(marks[0]!.getAttribute('href')).toContain(encodeURIComponent(muqrin.roles[0]!.sources[0]!.quote));
    expect(marks[0]!.getAttribute('aria-label')).toBe(`المصدر 1: ${muqrin.roles[0]!.sources[0]!.headline}`);
    expect(view.container.querySelectorAll('.relations .source-ref')).toHaveLength(muqrin.relations.length);
  });

  it('shows the headline in place of an outlet the article does not name, and no original link when unknown', () => {
    const view = render(<EntityCard data={bashagha} actions={actions()} />);
    const source = view.container.querySelector('.sources .source')!;
    expect(source.querySelector('.source-link')!.textContent).toBe(`«${bashagha.roles[0]!.sources[0]!.headline}»`);
    expect(source.textContent).toContain('20 نوفمبر 2020 (من رابط المقال)');
    expect(source.querySelector('.source-original')!.getAttribute('href')).toBe(bashagha.roles[0]!.sources[0]!.url);
  });

  it('runs a link’s action on a plain click, and leaves modified and middle clicks to the browser', () => {
    const a = actions();
    const view = render(<EntityCard data={muqrin} actions={a} />);
    const org = view.container.querySelector('.role .entity-link')!;
    expect(fireEvent.click(org, { button: 0 })).toBe(false); // default prevented: shown in place
    expect(a.opened).toEqual(['entity libyan-intelligence-service']);
    expect(fireEvent.click(org, { button: 0, ctrlKey: true })).toBe(true);
    expect(fireEvent.click(org, { button: 0, shiftKey: true })).toBe(true);
    expect(fireEvent.click(org, { button: 1 })).toBe(true);
    expect(a.opened).toHaveLength(1);
  });

  it('opens the extension’s pages in a new tab from a news page, by their own address', () => {
    const view = render(<EntityCard data={muqrin} actions={actions()} />);
    const mark = view.container.querySelector('.role .source-ref')!;
    expect(mark.getAttribute('target')).toBe('_blank');
    expect(mark.getAttribute('rel')).toBe('noopener');
    expect(fireEvent.click(mark, { button: 0 })).toBe(true); // the browser follows it
    expect(view.container.querySelector('.role .entity-link')!.getAttribute('target')).toBe('_blank');
  });

  it('is plain links where no action is given (the extension’s own pages)', () => {
    const view = render(<EntityCard data={muqrin} actions={{ readerHref: (id) => `/reader.html?article=${id}`, entityHref: (id) => `/entity.html?id=${id}` }} />);
    expect(fireEvent.click(view.container.querySelector('.role .source-ref')!, { button: 0 })).toBe(true);
    expect(view.container.querySelector('.role .source-ref')!.hasAttribute('target')).toBe(false);
  });
});

describe('HoverCard', () => {
  it('shows an organization of a role in place, with a way back', async () => {
    const load = vi.fn((id: string) => cardData(db, id));
    const view = render(<HoverCard entities={[muqrin]} dual={false} actions={actions()} loadCard={load} pageDate={null} onClose={() => undefined} />);
    fireEvent.click(view.container.querySelector('.role .entity-link')!, { button: 0 });
    await view.findByText('→ رجوع');
    expect(view.container.querySelector('.entity-name')!.textContent).toBe('جهاز المخابرات الليبية');
    fireEvent.click(view.getByText('→ رجوع'));
    expect(view.container.querySelector('.entity-name')!.textContent).toBe('مصطفى المقرعن');
  });

  it('lists the candidates of a shared name', async () => {
    const ministries = await Promise.all(['libyan-gna-interior-ministry', 'libyan-interim-government-interior-ministry'].map((id) => cardData(db, id)));
    const view = render(<HoverCard entities={ministries.map((m) => m!)} dual={true} actions={actions()} loadCard={(id) => cardData(db, id)} pageDate={null} onClose={() => undefined} />);
    expect(view.container.querySelectorAll('.candidate')).toHaveLength(2);
    expect(view.getByText('يذكر النص هنا جهتين معًا، هما:')).toBeTruthy();
  });
});
