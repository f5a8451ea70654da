/**
 * Hostile pages in Firefox (ESR), with the Firefox build installed as a temporary add-on: the cases
 * of hostile-pages.test.ts whose page leaves the test's own calls into it working (pages that
 * replace JSON, Promise or DOM methods in their world are left to Chromium, whose test reads them
 * from a world of its own). For each: no error in the page, none from the extension's code on
 * Firefox's output, the page's text as it was, the expected names marked and, where a reader
 * would, the card open.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADDON_ID, launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/firefox';
import { hoverMark } from './lib/firefox-card';
import { serveFixtures } from './lib/fixture-server';

const root = process.cwd();
let server: Awaited<ReturnType<typeof serveFixtures>>;
let firefox: FirefoxWithExtension;

beforeAll(async () => {
  server = await serveFixtures(root);
  firefox = await launchFirefoxWithExtension(root);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

interface Opened {
  readonly page: Page;
  readonly pageErrors: string[];
}

/** Opens a hostile page, noting its text when it has loaded (before the content script runs, at idle). */
async function open(path: string): Promise<Opened> {
  const page = await firefox.browser.newPage();
  await page.setViewport({ width: 1200, height: 800 });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => {
    // Firefox asks for the page's /favicon.ico itself; a strict policy refuses it, and says so.
    if (!/favicon\.ico/.test(String(error))) pageErrors.push(String(error));
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { textAtLoad: string }).textAtLoad = document.documentElement.textContent ?? '';
    });
  });
  await page.goto(`${server.origin}/fixtures/hostile/${path}`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => performance.getEntriesByName('siyaq:ready').length > 0, { timeout: 20_000 });
  return { page, pageErrors };
}

const marked = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const out: string[] = [];
    CSS.highlights.forEach((h) => {
      for (const s of h as unknown as Iterable<AbstractRange>) {
        const r = document.createRange();
        r.setStart(s.startContainer, s.startOffset);
        r.setEnd(s.endContainer, s.endOffset);
        out.push(r.toString());
      }
    });
    return out;
  });

/** The checks every case ends with; `expectedText` for pages that change their own text. */
async function expectUnharmed({ page, pageErrors }: Opened, names: { marked: string[]; unmarked?: string[] }, expectedText?: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 400)); // past the longest rescan wait
  const now = await marked(page);
  expect(pageErrors, 'errors the page saw').toEqual([]);
  expect(firefox.extensionErrors, 'errors from the extension’s code').toEqual([]);
  const text = await page.evaluate(() => ({ atLoad: (window as unknown as { textAtLoad: string }).textAtLoad, now: document.documentElement.textContent }));
  expect(text.now, 'the page text').toBe(expectedText ?? text.atLoad);
  for (const name of names.marked) expect(now, `«${name}» marked`).toContain(name);
  for (const name of names.unmarked ?? []) expect(now.some((m) => m.includes(name)), `«${name}» unmarked`).toBe(false);
  await page.close();
}

describe('hostile pages in Firefox', () => {
  it('forged WXT and Siyaq lifecycle events, every form: text added later is marked and the card opens', async () => {
    const opened = await open(`forged-lifecycle-event.html?id=${encodeURIComponent(ADDON_ID)}`);
    const { page } = opened;
    await page.waitForFunction(() => document.documentElement.dataset.forged, { timeout: 20_000 });
    await page.waitForFunction(() => {
      let found = false;
      CSS.highlights.forEach((h) => {
        for (const s of h as unknown as Iterable<AbstractRange>) {
          const r = document.createRange();
          r.setStart(s.startContainer, s.startOffset);
          r.setEnd(s.endContainer, s.endOffset);
          if (r.toString() === 'صبري بوقادوم') found = true;
        }
      });
      return found;
    }, { timeout: 20_000 });
    expect((await hoverMark(page, 'فتحي باشاغا')).text).toContain('وزير الداخلية');
    const atLoad = await page.evaluate(() => (window as unknown as { textAtLoad: string }).textAtLoad);
    await expectUnharmed(opened, { marked: ['فتحي باشاغا', 'صبري بوقادوم'] }, atLoad.replace('العاصمة.', 'العاصمة.وفي خبر لاحق، استقبل صبري بوقادوم وفدا من الخارج.'));
  });

  it('window messages of every shape open no card', async () => {
    const opened = await open('window-messages.html');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await opened.page.evaluate(() => !!document.querySelector('siyaq-card')?.shadowRoot?.querySelector('.card.visible'))).toBe(false);
    await expectUnharmed(opened, { marked: ['نجلاء المنقوش'] });
  });

  it('the highlight registry cleared and taken every 100 ms: the marks come back', async () => {
    const opened = await open('highlights-cleared.html');
    const { page } = opened;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await page.evaluate(() => {
      (window as unknown as { stopClearing: () => void }).stopClearing();
      CSS.highlights.clear();
    });
    // Pointing at a name whose mark the page removed registers the marks again.
    const box = (await (await page.$('p'))!.boundingBox())!;
    await page.mouse.move(box.x + box.width - 60, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width - 50, box.y + box.height / 2);
    await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 10_000 });
    await expectUnharmed(opened, { marked: ['نجلاء المنقوش', 'صبري بوقادوم'] });
  });

  it('document.designMode on: an edited document is not marked', async () => {
    await expectUnharmed(await open('design-mode.html'), { marked: [], unmarked: ['فتحي باشاغا', 'صبري بوقادوم'] });
  });

  it('a single-page app navigating with pushState: the old page’s card closes and its marks follow the new content', async () => {
    const opened = await open('single-page-app.html');
    const { page } = opened;
    const go = (n: number) => page.evaluate((to) => (window as unknown as { go: (n: number) => void }).go(to), n);
    const settled = (names: string[]) =>
      page.waitForFunction(
        (wanted) => {
          const now: string[] = [];
          CSS.highlights.forEach((h) => {
            for (const s of h as unknown as Iterable<AbstractRange>) {
              const r = document.createRange();
              r.setStart(s.startContainer, s.startOffset);
              r.setEnd(s.endContainer, s.endOffset);
              now.push(r.toString());
            }
          });
          return JSON.stringify(now.sort()) === wanted;
        },
        { timeout: 10_000 },
        JSON.stringify([...names].sort()),
      );
    await hoverMark(page, 'صبري بوقادوم');
    await go(1);
    await settled(['صبري بوقادوم']);
    await page.waitForFunction(() => !document.querySelector('siyaq-card')?.shadowRoot?.querySelector('.card.visible'), { timeout: 5_000 });
    for (let n = 2; n <= 40; n++) await go(n);
    await settled(['فتحي باشاغا', 'صبري بوقادوم']);
    const expected = await page.evaluate(() => (window as unknown as { expectedText: () => string }).expectedText());
    expect(await page.evaluate(() => document.getElementById('app')!.textContent)).toBe(expected);
    await expectUnharmed(opened, { marked: ['فتحي باشاغا', 'صبري بوقادوم'] }, await page.evaluate(() => document.documentElement.textContent!));
  });

  it('a framework that removes unknown children of <body>: the card still opens', async () => {
    const opened = await open('host-removed.html');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await hoverMark(opened.page, 'فتحي باشاغا')).text).toContain('وزير الداخلية');
    await expectUnharmed(opened, { marked: ['فتحي باشاغا'] });
  });

  it('a strict Content Security Policy: the card opens and the page sees no violation', async () => {
    const opened = await open('strict-csp.html');
    await hoverMark(opened.page, 'نجلاء المنقوش');
    const violations = (await opened.page.evaluate(() => document.documentElement.dataset.violations ?? '')).split(' | ').filter(Boolean);
    // The page's /favicon.ico, which Firefox asks for itself, is refused too: not Siyaq's.
    expect(violations.filter((v) => !v.endsWith('/favicon.ico'))).toEqual([]);
    await expectUnharmed(opened, { marked: ['نجلاء المنقوش'] });
  });

  it('pointer, click and key events stopped by the page: the card still opens', async () => {
    const opened = await open('events-swallowed.html');
    await hoverMark(opened.page, 'صبري بوقادوم');
    await expectUnharmed(opened, { marked: ['صبري بوقادوم'] });
  });

  it('a load that never ends is read all the same', async () => {
    await expectUnharmed(await open('never-loads.html'), { marked: ['مصطفى المقرعن'] });
  });
});
