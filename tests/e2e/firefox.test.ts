/**
 * The core checks in real Firefox (ESR), with the Firefox build installed as a temporary add-on:
 * the marks on the seed pages, the card on hover (in the browser's language, English here, and in
 * Arabic once the reader chooses it), the reader from a card, the popup, and the site switch (off
 * and on for a site, on for a site that is not on the list, off everywhere). Errors in a Firefox
 * content script do not reach puppeteer: Firefox's own output is read, and any error from the
 * extension's code fails the run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, openExtensionPage, type FirefoxWithExtension } from '../../scripts/lib/firefox';
import { startDemoServer, type DemoServer } from '../../scripts/lib/demo-site';
import { hoverMark } from './lib/firefox-card';
import reviewedMarks from '../fixtures/seed-page-marks.json';

const root = process.cwd();
let server: DemoServer;
let firefox: FirefoxWithExtension;
/** An extension page to call the extension's APIs from (tabs, storage). */
let extension: Page;

beforeAll(async () => {
  server = await startDemoServer(root);
  firefox = await launchFirefoxWithExtension(root);
  extension = await firefox.browser.newPage();
  await openExtensionPage(extension, server.origin, firefox.extensionOrigin, '/options.html');
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function openArticle(path: string, origin = server.origin): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.setViewport({ width: 1200, height: 800 });
  await page.goto(`${origin}${path}`);
  await page.waitForFunction(() => performance.getEntriesByName('siyaq:ready').length > 0, { timeout: 20_000 });
  return page;
}

/** Every mark on the page in reading order, as «kind: text». */
function marksOf(page: Page): Promise<string[]> {
  return page.evaluate(() => {
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
}

/** The id of the tab showing `page`, asked of the extension (Firefox's tabs API). */
async function tabOf(page: Page): Promise<number> {
  const href = await page.evaluate(() => location.href);
  return extension.evaluate(async (url) => {
    const tabs = await (globalThis as unknown as { browser: { tabs: { query: (q: object) => Promise<{ id: number; url?: string }[]> } } }).browser.tabs.query({});
    return tabs.find((t) => t.url === url)!.id;
  }, href);
}

/** The popup, opened as a page for `page`'s tab, once it has drawn. */
async function openPopup(page: Page): Promise<Page> {
  const tab = await tabOf(page);
  const popup = await firefox.browser.newPage();
  await popup.setViewport({ width: 380, height: 640 });
  await openExtensionPage(popup, server.origin, firefox.extensionOrigin, `/popup.html?tab=${tab}`);
  await popup.waitForSelector('.site-switch');
  return popup;
}

const markCount = async (page: Page) => (await marksOf(page)).length;

describe('Siyaq in Firefox', () => {
  it.each(Object.entries(reviewedMarks))('marks exactly the reviewed names on article %s', async (id, expected) => {
    const page = await openArticle(`/article/${id}`);
    expect(await marksOf(page)).toEqual(expected);
    await page.close();
  });

  it('opens the card on hover in the browser’s language, and in Arabic once the reader chooses it', async () => {
    const page = await openArticle('/article/004_6bb8b83b75ee0431');
    // This Firefox speaks English: the card does too, with the Latin name the seeds give and the Arabic title as it is.
    const english = await hoverMark(page, 'فتحي باشاغا');
    expect(english).toMatchObject({ dir: 'ltr', lang: 'en' });
    expect(english.text).toContain('Fathi Bashagha');
    expect(english.text).toContain('Person · Libya');
    expect(english.text).toContain('وزير الداخلية');
    expect(english.text).toContain('Nov');

    await extension.select('select[name="language"]', 'ar');
    // The open tab hears the change: its session starts again, in Arabic.
    await page.waitForFunction(() => !document.querySelector('siyaq-card')?.shadowRoot?.querySelector('.card.visible'));
    await page.waitForFunction(() => performance.getEntriesByName('siyaq:ready').length > 1, { timeout: 20_000 });
    const arabic = await hoverMark(page, 'فتحي باشاغا');
    expect(arabic).toMatchObject({ dir: 'rtl', lang: 'ar' });
    expect(arabic.text).toContain('شخص · ليبيا');
    expect(arabic.text).toContain('20 نوفمبر 2020');
    await page.close();
  });

  it('opens the reader at the fact’s quote from a card', async () => {
    const page = await openArticle('/article/000_6e08de1c6a9042cb');
    await hoverMark(page, 'مصطفى المقرعن');
    // A click on the name pins its card, as a reader does before following one of its links.
    const name = await page.evaluate((): { x: number; y: number } | null => {
      let found: { x: number; y: number } | null = null;
      CSS.highlights.forEach((h) => {
        for (const s of h as unknown as Iterable<AbstractRange>) {
          const r = document.createRange();
          r.setStart(s.startContainer, s.startOffset);
          r.setEnd(s.endContainer, s.endOffset);
          if (found || r.toString() !== 'مصطفى المقرعن') continue;
          const rect = r.getClientRects()[0]!;
          found = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      });
      return found;
    });
    await page.mouse.click(name!.x, name!.y);
    const link = await page.evaluate(() => {
      const a = document.querySelector('siyaq-card')!.shadowRoot!.querySelector<HTMLElement>('.card.visible .role .source-ref')!;
      const rect = a.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    const before = new Set(await firefox.browser.pages());
    await page.mouse.click(link.x, link.y);
    let reader: Page | undefined;
    await expect.poll(async () => (reader = (await firefox.browser.pages()).find((p) => !before.has(p))), { timeout: 10_000 }).toBeDefined();
    await reader!.waitForFunction(() => location.pathname === '/reader.html' && !!document.querySelector('mark.quote'), { timeout: 10_000 });
    const quote = await reader!.evaluate(() => {
      const mark = document.querySelector('mark.quote')!;
      const rect = mark.getBoundingClientRect();
      return { text: mark.textContent, inView: rect.top >= 0 && rect.bottom <= innerHeight };
    });
    expect(quote.text).toContain('مصطفى المقرعن');
    expect(quote.inView).toBe(true);
    await reader!.close();
    await page.close();
  });

  it('lists the page’s names in the popup, and switches the site off and on with its open tab', async () => {
    const page = await openArticle('/article/004_6bb8b83b75ee0431');
    const marked = await markCount(page);
    expect(marked).toBeGreaterThan(0);
    const popup = await openPopup(page);
    await popup.waitForSelector('.entry');
    const names = await popup.$$eval('.entry-name', (els) => els.map((e) => e.textContent));
    expect(names).toContain('فتحي باشاغا');
    expect(await popup.$eval('.site-state', (e) => e.textContent)).toBe('سياق يعمل على 127.0.0.1.');

    await popup.click('.site-button');
    // Off: the open tab loses every mark and its card at once, and the popup says so.
    await page.waitForFunction(() => [...CSS.highlights.keys()].every((name) => CSS.highlights.get(name)!.size === 0), { timeout: 10_000 });
    await popup.waitForFunction(() => document.querySelector('.site-state')?.textContent === 'سياق متوقف على 127.0.0.1.');
    expect(await page.evaluate(() => document.querySelector('siyaq-card'))).toBeNull();

    await popup.click('.site-button');
    // On again: the tab is read again without a reload.
    await expect.poll(() => markCount(page), { timeout: 10_000 }).toBe(marked);
    await popup.waitForSelector('.entry');
    await popup.close();
    await page.close();
  });

  it('turns Siyaq on for a site that is not on the list, and off everywhere', async () => {
    const localhost = server.origin.replace('127.0.0.1', 'localhost');
    const page = await firefox.browser.newPage();
    await page.goto(`${localhost}/article/004_6bb8b83b75ee0431`);
    const popup = await openPopup(page);
    expect(await popup.$eval('.site-state', (e) => e.textContent)).toBe('لا يعمل سياق على localhost إلا إذا شغّلته عليه.');
    expect(await markCount(page)).toBe(0);

    await popup.click('.site-button');
    // The background registers the content script for the site and puts it into the open tab.
    await page.waitForFunction(() => performance.getEntriesByName('siyaq:ready').length > 0, { timeout: 20_000 });
    expect(await marksOf(page)).toEqual(reviewedMarks['004_6bb8b83b75ee0431']);
    await popup.waitForFunction(() => document.querySelector('.site-state')?.textContent === 'سياق يعمل على localhost.');
    // A new page of the site gets the registered script.
    const next = await openArticle('/article/003_41e6b64dd2e17eb9', localhost);
    expect(await marksOf(next)).toEqual(reviewedMarks['003_41e6b64dd2e17eb9']);

    await popup.click('input[name="enabled"]');
    await next.waitForFunction(() => [...CSS.highlights.keys()].every((name) => CSS.highlights.get(name)!.size === 0), { timeout: 10_000 });
    await page.waitForFunction(() => [...CSS.highlights.keys()].every((name) => CSS.highlights.get(name)!.size === 0), { timeout: 10_000 });
    await popup.waitForFunction(() => document.querySelector('.site-state')?.textContent === 'سياق متوقف في كل المواقع.');
    await popup.click('input[name="enabled"]');
    await expect.poll(() => markCount(next), { timeout: 10_000 }).toBeGreaterThan(0);

    // Removed from the options page (which lists it since it was added): its permission goes, and its tabs lose their marks.
    await extension.waitForSelector('.site-added');
    await extension.click('.site-added button');
    await next.waitForFunction(() => [...CSS.highlights.keys()].every((name) => CSS.highlights.get(name)!.size === 0), { timeout: 10_000 });
    await popup.close();
    await next.close();
    await page.close();
  });

  it('saw no error from the extension’s code on Firefox’s output', () => {
    expect(firefox.extensionErrors).toEqual([]);
  });

  it('would see an error thrown in the extension’s code, and one Siyaq logs', async () => {
    // What the check above reads, shown to catch both kinds of line.
    await extension.evaluate(() => {
      setTimeout(() => {
        throw new Error('probe thrown');
      });
      console.warn('Siyaq: probe logged');
    });
    await expect.poll(() => firefox.extensionErrors.join('\n'), { timeout: 10_000 }).toMatch(/JavaScript error: moz-extension:\/\/.*probe thrown[^]*Siyaq: probe logged|Siyaq: probe logged[^]*JavaScript error: moz-extension:\/\/.*probe thrown/);
  });
});
