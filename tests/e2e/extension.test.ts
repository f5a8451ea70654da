/**
 * The extension end to end in real Chromium: the built extension is loaded, the seed articles are
 * served as news pages on 127.0.0.1, and the page is read from its main world.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cardText, hoverName, launchWithExtension, readHighlights, waitForScan, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startDemoServer, type DemoServer } from '../../scripts/lib/demo-site';
import reviewedMarks from '../fixtures/seed-page-marks.json';

const root = process.cwd();
let server: DemoServer;
let browser: ExtensionBrowser;
const requests: string[] = [];

beforeAll(async () => {
  server = await startDemoServer(root);
  browser = await launchWithExtension(root);
  browser.context.on('request', (request) => requests.push(request.url()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openArticle(id: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/article/${id}`);
  await waitForScan(page);
  return page;
}

/** Names each seed page must show marked (as written on that page). */
const EXPECTED: Record<string, string[]> = {
  '000_6e08de1c6a9042cb': ['مصطفى المقرعن', 'مجلس النواب', 'جهاز المخابرات الليبية العامة', 'عبد الله الدرسي', 'عبدالله الدرسي', 'سالم الحاسي', 'داعش'],
  '001_78a32093246eff71': ['طارق الخراز', 'الخراز'],
  '002_9ae56ba73361bc49': ['عبدالحميد الدبيبة', 'صبري بوقادوم', 'بوقادوم'],
  '003_41e6b64dd2e17eb9': ['نجلاء المنقوش'],
  '004_6bb8b83b75ee0431': ['فتحي باشاغا', 'باشاغا'],
};

describe('Siyaq in Chromium', () => {
  it.each(Object.entries(EXPECTED))('marks the expected names on article %s', async (id, names) => {
    const page = await openArticle(id);
    const marked = new Set((await readHighlights(page)).map((m) => m.text));
    for (const name of names) expect(marked, `«${name}» on ${id}`).toContain(name);
    // The page's text is untouched: no element was added inside the article.
    expect(await page.locator('article *:not(h1):not(p):not(a)').count()).toBe(0);
    await page.close();
  });

  /**
   * Every mark on each seed page, in reading order, with its kind. The list was reviewed name by
   * name against the articles: each is a person or organization of the bundle, nothing else is lit
   * (no common word, no part of a longer word), and a change to matching or data that adds or
   * loses a mark must update this file on purpose.
   */
  it.each(Object.entries(reviewedMarks))('marks exactly the reviewed names on article %s', async (id, expected) => {
    const page = await openArticle(id);
    const marks = await page.evaluate(() => {
      const found: { range: Range; label: string }[] = [];
      CSS.highlights.forEach((h, name) => {
        for (const s of h as unknown as Iterable<AbstractRange>) {
        const r = document.createRange();
        r.setStart(s.startContainer, s.startOffset);
        r.setEnd(s.endContainer, s.endOffset);
        found.push({ range: r, label: `${name.replace('siyaq-', '')}: ${r.toString()}` });
      }
      });
      return found.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range)).map((m) => m.label);
    });
    expect(marks).toEqual(expected);
    await page.close();
  });

  it('marks a name split across inline elements', async () => {
    server.pages.set('/split', `<!doctype html><html lang="ar" dir="rtl"><body><p>التقى وزير الداخلية <a href="#">فتحي</a> <strong>باشا</strong>غا بنظيره.</p><p>فتحي</p><p>باشاغا وحده في فقرة</p></body></html>`);
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/split`);
    await waitForScan(page);
    const marked = (await readHighlights(page)).map((m) => m.text);
    expect(marked).toContain('فتحي باشاغا');
    expect(marked).not.toContain('فتحي'); // a block boundary breaks the name
    await page.close();
  });

  it('marks with static ranges only: no live Range that every change the page makes to its DOM would update', async () => {
    const page = await openArticle('001_78a32093246eff71');
    const kinds = await page.evaluate(() => [...CSS.highlights.values()].flatMap((h) => [...(h as unknown as Iterable<AbstractRange>)].map((r) => r.constructor.name)));
    expect(kinds.length).toBeGreaterThan(10);
    expect(new Set(kinds)).toEqual(new Set(['StaticRange']));
    await page.close();
  });

  it('opens a card on hover over مصطفى المقرعن with his role and source, and the source opens the article with the quote marked', async () => {
    const page = await openArticle('000_6e08de1c6a9042cb');
    await hoverName(page, 'مصطفى المقرعن');
    const text = (await cardText(page))!;
    expect(text).toContain('مصطفى المقرعن');
    expect(text).toContain('رئيس جهاز المخابرات الليبية العامة');
    expect(text).toContain('منذ مايو 2015');
    expect(text).toContain('أخبار ليبيا24');
    // Each source article once, its headline on hover; the role points to it by number.
    const source = page.locator('siyaq-card .source-link');
    expect(await source.count()).toBe(1);
    expect(await source.getAttribute('title')).toContain('رئيس جهاز المخابرات اللواء مصطفى المقرعن في حوار');

    const newTab = browser.context.waitForEvent('page');
    await page.evaluate(() => (document.querySelector('siyaq-card')!.shadowRoot!.querySelector('.role .source-ref') as HTMLElement).click());
    const reader = await newTab;
    await reader.waitForSelector('mark.quote');
    expect(reader.url()).toContain(`chrome-extension://${browser.extensionId}/reader.html`);
    expect(await reader.locator('mark.quote').first().textContent()).toContain('مصطفى المقرعن');
    expect(await reader.locator('mark.quote').first().isVisible()).toBe(true);
    const inView = await reader.locator('mark.quote').first().evaluate((el) => {
      const rect = el.getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    await reader.close();
    await page.close();
  });

  it('marks a quote that lies in the headline on the reader page', async () => {
    const quote = 'في حوار مع “أخبار ليبيا24”';
    const reader = await browser.context.newPage();
    await reader.goto(`chrome-extension://${browser.extensionId}/reader.html?article=000_6e08de1c6a9042cb&quote=${encodeURIComponent(quote)}`);
    await reader.waitForSelector('h1 mark.quote');
    expect(await reader.locator('h1 mark.quote').textContent()).toBe(quote);
    expect(await reader.locator('.quote-missing').count()).toBe(0);
    await reader.close();
  });

  it('saves the settings from the options page and keeps them', async () => {
    const options = await browser.context.newPage();
    const url = `chrome-extension://${browser.extensionId}/options.html`;
    await options.goto(url);
    const field = options.locator('input[name="showDelayMs"]');
    await field.fill('700');
    await options.locator('form button[type="submit"]').click();
    await options.getByText('حُفظت الإعدادات').waitFor();
    await options.goto(url);
    expect(await options.locator('input[name="showDelayMs"]').inputValue()).toBe('700');
    // Put the default back for the tests that follow.
    await options.locator('input[name="showDelayMs"]').fill('500');
    await options.locator('form button[type="submit"]').click();
    await options.getByText('حُفظت الإعدادات').waitFor();
    await options.close();
  });

  it('made no network request outside 127.0.0.1 and the extension', () => {
    const outside = requests.filter((url) => {
      const { protocol, hostname } = new URL(url);
      return !(protocol === 'chrome-extension:' || protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1');
    });
    expect(requests.length).toBeGreaterThan(5);
    expect(outside).toEqual([]);
  });

  it('would see a request leave the browser from the background and from an extension page', async () => {
    // The check every end-to-end run makes when it closes its browser (scripts/lib/browser.ts):
    // here it is shown to catch what the extension's own contexts would send.
    const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
    await worker.evaluate(() => fetch('http://background.example.invalid/probe').catch(() => undefined));
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.evaluate(() => fetch('https://page.example.invalid/probe').catch(() => undefined));
    await options.close();
    await expect.poll(() => [...browser.requestsOut]).toEqual(['http://background.example.invalid/probe', 'CONNECT page.example.invalid:443']);
    browser.requestsOut.length = 0; // seen, and made by this test: the run's own check starts clean
  });
});
