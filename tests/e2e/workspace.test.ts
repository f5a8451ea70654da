/**
 * The researchers' workspace in Chromium: the toolbar popup on a seed page (its list, the jump to a
 * mention, next and previous, the badge, its empty states), the library's search and filters with
 * back and forward, the entity page's timeline, concordance and co-occurrence, the reader's marks
 * and cards, links that open as links do (middle- and ctrl-click on a card's links), and exports
 * that parse. Screenshots of the popup, library, entity page and reader, light and dark, are saved
 * in test-results/.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeOf, cardText, hoverName, launchWithExtension, tabOf, waitForCard, waitForCardFadedIn, waitForScan, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startDemoServer, type DemoServer } from '../../scripts/lib/demo-site';
import { buildBundle } from '../../utils/seeds/read-seeds';

const root = process.cwd();
const shots = join(root, 'test-results');
const bundle = buildBundle(root);
let server: DemoServer;
let browser: ExtensionBrowser;
let worker: Worker;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await startDemoServer(root);
  browser = await launchWithExtension(root);
  worker = browser.context.serviceWorkers()[0]!;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const extensionPage = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

async function openArticle(id: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/article/${id}`);
  await waitForScan(page);
  return page;
}

/** The popup as a page, showing the tab `tabId` (a real popup cannot be driven by the test). */
async function openPopup(tabId: number, context = browser.context, id = browser.extensionId): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('.entry, .empty:not([role="status"])');
  return popup;
}

/** The mention the popup flashed on the page: its text, and whether it is in the viewport. */
function flashed(page: Page): Promise<{ text: string; top: number; inView: boolean } | null> {
  return page.evaluate(() => {
    const flash = CSS.highlights.get('siyaq-flash') as unknown as Set<AbstractRange> | undefined;
    const flashed = flash ? [...flash][0] : undefined;
    if (!flashed) return null;
    const range = document.createRange();
    range.setStart(flashed.startContainer, flashed.startOffset);
    range.setEnd(flashed.endContainer, flashed.endOffset);
    const rect = range.getBoundingClientRect();
    return { text: range.toString(), top: Math.round(rect.top + scrollY), inView: rect.top >= 0 && rect.bottom <= innerHeight };
  });
}

/** Runs axe on an extension page (its content security policy refuses an added script tag; an evaluation from the test is not one). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('toolbar popup', () => {
  it('lists the entities of a seed page with counts and roles, and sets the badge', async () => {
    const page = await openArticle('004_6bb8b83b75ee0431');
    const tab = await tabOf(worker, page);
    const popup = await openPopup(tab);
    const entries = popup.locator('.entry');
    const count = await entries.count();
    expect(count).toBeGreaterThan(5);
    await expect.poll(() => badgeOf(worker, tab)).toBe(String(count));
    const bashagha = popup.locator('.entry', { hasText: 'فتحي باشاغا' });
    expect(await bashagha.locator('.entry-role').textContent()).toBe('وزير الداخلية');
    const marks = bundle.mentions.filter((m) => m.article === '004_6bb8b83b75ee0431' && m.entities.join() === 'fathi-bashagha').length;
    expect(await bashagha.locator('.entry-count').textContent()).toBe(`${marks} مرات`);
    expect(await popup.locator('.entry-group h3').allTextContents()).toEqual(['أشخاص', 'جهات', 'أسماء مشتركة']);
    expect(await popup.locator('.entry-ambiguous .entry-candidates').first().textContent()).toContain('قد يقصد');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('jumps to a mention: scrolls to it, flashes it and opens its card; next and previous walk its mentions', async () => {
    const page = await openArticle('004_6bb8b83b75ee0431');
    const popup = await openPopup(await tabOf(worker, page));
    const bashagha = popup.locator('.entry', { hasText: 'فتحي باشاغا' });
    await bashagha.locator('.entry-main').click();
    await waitForCard(page);
    expect(await cardText(page)).toContain('وزير الداخلية');
    const first = (await flashed(page))!;
    expect(first.text).toMatch(/باشاغا/);
    expect(first.inView).toBe(true);
    expect(await popup.locator('.announcement').textContent()).toMatch(/^فتحي باشاغا: الذِّكر 1 من \d+$/);

    await bashagha.getByRole('button', { name: /الذِّكر التالي/ }).click();
    await expect.poll(async () => (await flashed(page))?.top).toBeGreaterThan(first.top);
    expect((await flashed(page))!.inView).toBe(true);
    expect(await bashagha.locator('.entry-at').textContent()).toMatch(/^2\/\d+$/);
    // Previous from the first wraps around to the last.
    await bashagha.getByRole('button', { name: /الذِّكر السابق/ }).click();
    await bashagha.getByRole('button', { name: /الذِّكر السابق/ }).click();
    const total = Number((await bashagha.locator('.entry-at').textContent())!.split('/')[1]);
    await expect.poll(() => bashagha.locator('.entry-at').textContent()).toBe(`${total}/${total}`);
    await expect.poll(async () => (await flashed(page))?.top).toBeGreaterThan(first.top);
    await popup.close();
    await page.close();
  });

  it('says when a site is not covered and when a page names no one', async () => {
    const blank = await browser.context.newPage();
    await blank.goto('about:blank');
    const notCovered = await openPopup(await tabOf(worker, blank));
    expect(await notCovered.locator('.empty').textContent()).toBe('لا يعمل سياق على هذا الموقع.');
    await notCovered.close();

    server.pages.set('/no-names', '<!doctype html><html lang="ar" dir="rtl"><body><p>نص قصير عن الطقس في المدينة اليوم.</p></body></html>');
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/no-names`);
    await waitForScan(page);
    const tab = await tabOf(worker, page);
    const none = await openPopup(tab);
    expect(await none.locator('.empty').textContent()).toBe('لم يجد سياق في هذه الصفحة اسمًا من الحزمة.');
    expect(await badgeOf(worker, tab)).toBe('');
    await none.close();
    await page.close();
    await blank.close();
  });

  it('searches the whole set from the popup', async () => {
    const popup = await openPopup(0);
    await popup.locator('#popup-q').fill('المنقوش');
    await popup.locator('.hit').first().waitFor();
    expect(await popup.locator('.hit-name').first().textContent()).toBe('نجلاء المنقوش');
    expect(await popup.locator('.hit').first().getAttribute('target')).toBe('_blank');
    await popup.close();
  });
});

describe('library', () => {
  it('finds an entity by an Arabic variant and by its Latin name, and keeps its state in the address', async () => {
    const library = await browser.context.newPage();
    await library.goto(extensionPage('library.html'));
    const search = library.getByRole('searchbox');
    const firstName = () => library.locator('.entity-item .entity-title').first().textContent();
    await search.fill('والمقرعن');
    await expect.poll(firstName).toBe('مصطفى المقرعن');
    expect(await library.locator('.entity-item').count()).toBe(1);
    await search.fill('مصطفي المُقرعن');
    await expect.poll(firstName).toBe('مصطفى المقرعن');
    await search.fill('Bashaga');
    await expect.poll(firstName).toBe('فتحي باشاغا');
    expect(new URL(library.url()).searchParams.get('q')).toBe('Bashaga');

    // Filters add history entries; back returns to the search as it was.
    await search.fill('');
    await library.getByLabel('النوع').selectOption('organization');
    await expect.poll(() => library.locator('.entity-item.person').count()).toBe(0);
    await library.getByLabel('الترتيب').selectOption('mentions');
    expect(new URL(library.url()).searchParams.get('sort')).toBe('mentions');
    await library.goBack();
    await expect.poll(() => new URL(library.url()).searchParams.get('sort')).toBeNull();
    expect(await library.getByLabel('النوع').inputValue()).toBe('organization');
    await library.goBack();
    await expect.poll(() => library.locator('.entity-item.person').count()).toBeGreaterThan(0);

    await library.getByRole('link', { name: /المقالات/ }).click();
    await library.locator('.article-item').first().waitFor();
    expect(await library.locator('.article-item').count()).toBe(5);
    expect(await library.locator('.article-item', { hasText: bundle.articles[1]!.headline }).textContent()).toContain('غير معروف');
    expect(await axeViolations(library)).toEqual([]);
    await library.goBack();
    await library.locator('.entity-item').first().waitFor();
    await library.close();
  });
});

describe('entity page', () => {
  it('shows the timeline, the concordance and the co-occurring entities, each leading on', async () => {
    const view = await browser.context.newPage();
    await view.goto(extensionPage('entity.html?id=mustafa-al-muqrin'));
    await view.locator('.timeline-row').first().waitFor();
    expect(await view.locator('.timeline-row').count()).toBe(1);
    expect(await view.locator('.timeline-row').textContent()).toContain('منذ مايو 2015');
    expect(await view.locator('.timeline-bar.open').count()).toBe(1);
    expect(await view.locator('.undated li').textContent()).toContain('اللواء');

    const lines = view.locator('.kwic li');
    const expected = bundle.mentions.filter((m) => m.entities.includes('mustafa-al-muqrin')).length;
    expect(await lines.count()).toBe(expected);
    expect(await lines.locator('.kwic-name').allTextContents()).toEqual(expect.arrayContaining(['مصطفى المقرعن']));
    const together = view.locator('.cooccurring tbody tr');
    expect(await together.count()).toBeGreaterThan(3);
    expect(await view.locator('.cooccurring').textContent()).toContain('جهاز المخابرات الليبية');
    expect(await axeViolations(view)).toEqual([]);

    // A concordance line opens the reader with that name marked and in view; back returns.
    await lines.last().locator('a').click();
    await view.waitForURL(/reader\.html/);
    const mark = view.locator('mark.quote');
    await mark.waitFor();
    expect(await mark.textContent()).toBe('مصطفى المقرعن');
    expect(await mark.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    await view.goBack();
    await view.locator('.cooccurring').waitFor();

    await view.locator('.cooccurring a', { hasText: 'سالم الحاسي' }).click();
    await view.waitForURL(/id=salem-al-hasi/);
    await view.locator('h1', { hasText: 'سالم الحاسي' }).waitFor();
    await view.goBack();
    await view.locator('h1', { hasText: 'مصطفى المقرعن' }).waitFor();
    await view.close();
  });

  it('exports citations and data that parse', async () => {
    const view = await browser.context.newPage();
    await view.goto(extensionPage('entity.html?id=fathi-bashagha'));
    const saved = async (name: string) => {
      const download = view.waitForEvent('download');
      await view.getByRole('button', { name, exact: true }).click();
      const file = await download;
      return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
    };
    const csl = await saved('CSL-JSON');
    expect(csl.name).toBe('fathi-bashagha.csl.json');
    expect((new Cite(JSON.parse(csl.text)).data[0] as { title: string }).title).toBe(bundle.articles[4]!.headline);
    const bib = await saved('BibTeX');
    expect(parseBibtex(bib.text).errors).toEqual([]);
    expect(parseBibtex(bib.text).entries[0]!.fields.date).toBe('2020-11-20');
    const ris = await saved('RIS');
    expect((new Cite(ris.text).data[0] as { type: string }).type).toBe('article-newspaper');
    const csv = await saved('CSV');
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(csv.text.slice(1), { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.data[0]).toMatchObject({ entity_id: 'fathi-bashagha', title: 'وزير الداخلية' });
    const json = await saved('JSON');
    expect(JSON.parse(json.text).entities[0].id).toBe('fathi-bashagha');
    await view.close();
  });
});

describe('links behave like links', () => {
  it('a middle-click on a card link opens its page in a new tab; a ctrl-click too, leaving the card as it was', async () => {
    const page = await openArticle('000_6e08de1c6a9042cb');
    await hoverName(page, 'مصطفى المقرعن');
    const card = page.locator('siyaq-card .card');
    let opened = browser.context.waitForEvent('page');
    await card.locator('.source-ref').first().click({ button: 'middle' });
    const reader = await opened;
    await reader.locator('mark.quote').waitFor();
    expect(reader.url()).toMatch(/^chrome-extension:\/\/[a-z]+\/reader\.html\?article=000_6e08de1c6a9042cb&quote=/);
    expect(await reader.locator('mark.quote').textContent()).toContain('مصطفى المقرعن');
    await reader.close();

    opened = browser.context.waitForEvent('page');
    await card.locator('.full-view').click({ button: 'middle' });
    const entity = await opened;
    await entity.locator('h1', { hasText: 'مصطفى المقرعن' }).waitFor();
    await entity.close();

    // A plain click shows the organization in the card; a ctrl-click opens its page and leaves the card.
    opened = browser.context.waitForEvent('page');
    await card.locator('.role .entity-link').first().click({ modifiers: ['Control'] });
    const org = await opened;
    await org.locator('h1', { hasText: 'جهاز المخابرات' }).waitFor();
    expect(await page.locator('siyaq-card .entity-name').textContent()).toBe('مصطفى المقرعن');
    await org.close();
    await page.close();
  });
});

describe('reader', () => {
  it('marks every name of the article with working cards, and lists the entities it names', async () => {
    const id = '004_6bb8b83b75ee0431';
    const reader = await browser.context.newPage();
    await reader.goto(extensionPage(`reader.html?article=${id}`));
    await reader.locator('.reader-aside li').first().waitFor();
    const marks = await reader.evaluate(() => {
      let n = 0;
      CSS.highlights.forEach((h) => (n += (h as unknown as Set<Range>).size));
      return n;
    });
    expect(marks).toBe(bundle.mentions.filter((m) => m.article === id).length);
    await hoverName(reader, 'فتحي باشاغا');
    expect(await cardText(reader)).toContain('وزير الداخلية');
    await reader.mouse.move(5, 5);
    await reader.getByRole('button', { name: 'أظهره في النص: لويجي دي مايو' }).click();
    await expect.poll(() => cardText(reader)).toContain('لويجي دي مايو');
    // A card still fading in has the contrast of a half-transparent one.
    await waitForCardFadedIn(reader);
    expect(await axeViolations(reader)).toEqual([]);
    await reader.close();
  });
});

describe('screenshots', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`renders the popup, library, entity page and reader in ${scheme} mode`, async () => {
      const themed = await launchWithExtension(root, { colorScheme: scheme });
      try {
        const page = await themed.context.newPage();
        await page.goto(`${server.origin}/article/004_6bb8b83b75ee0431`);
        await waitForScan(page);
        await page.bringToFront();
        const sw = themed.context.serviceWorkers()[0]!;
        const tab = await sw.evaluate(async () => {
          const chrome = (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<{ id: number }[]> } } }).chrome;
          return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id;
        });
        const popup = await openPopup(tab, themed.context, themed.extensionId);
        await popup.screenshot({ path: join(shots, `popup-${scheme}.png`) });
        const url = (path: string) => `chrome-extension://${themed.extensionId}/${path}`;
        const shoot = async (path: string, name: string, ready: string) => {
          const p = await themed.context.newPage();
          await p.goto(url(path));
          await p.locator(ready).first().waitFor();
          await p.evaluate(() => document.fonts.ready);
          await p.screenshot({ path: join(shots, `${name}-${scheme}.png`), fullPage: name !== 'reader' });
        };
        await shoot(`library.html?q=${encodeURIComponent('الداخلية')}`, 'library-search', '.entity-item');
        await shoot('library.html', 'library', '.entity-item');
        await shoot('entity.html?id=mustafa-al-muqrin', 'entity', '.kwic');
        await shoot(`reader.html?article=000_6e08de1c6a9042cb&at=${bundle.mentions.find((m) => m.entities.includes('mustafa-al-muqrin'))!.start}-${bundle.mentions.find((m) => m.entities.includes('mustafa-al-muqrin'))!.end}`, 'reader', 'mark.quote');
      } finally {
        await themed.close();
      }
    });
  }
});
