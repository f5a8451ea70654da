/**
 * Where Siyaq runs, in Chromium: the popup's switch for the current site (off and on, applied to
 * every open tab of the site at once), a site that is not on the list turned on from the popup
 * (its open tab marked without a reload, its new pages too, and still so after the browser
 * restarts), off everywhere with one switch, and the options page's choices (entity types, the
 * highlight style, the interface language) reaching open tabs. Firefox runs the same switches in
 * firefox.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText, hoverName, launchWithExtension, readHighlights, waitForScan, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startDemoServer, type DemoServer } from '../../scripts/lib/demo-site';
import reviewedMarks from '../fixtures/seed-page-marks.json';

const root = process.cwd();
const ARTICLE = '004_6bb8b83b75ee0431';
let server: DemoServer;
let profile: string;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startDemoServer(root);
  // A profile of its own, kept over a restart of the browser.
  profile = mkdtempSync(join(tmpdir(), 'siyaq-sites-'));
  browser = await launchWithExtension(root, { userDataDir: profile });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

const localhost = () => server.origin.replace('127.0.0.1', 'localhost');

async function openArticle(id: string, origin = server.origin, context: BrowserContext = browser.context): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/article/${id}`);
  await waitForScan(page);
  return page;
}

/** Every mark on the page in reading order, as «kind: text» (the fixture's form). */
function marksOf(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: { range: Range; label: string }[] = [];
    CSS.highlights.forEach((h, name) => {
      if (name === 'siyaq-flash') return;
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

const markCount = async (page: Page) => (await readHighlights(page)).length;

async function waitForNoMarks(page: Page): Promise<void> {
  await page.waitForFunction(() => [...CSS.highlights.values()].every((h) => h.size === 0), undefined, { timeout: 10_000 });
}

function worker(context: BrowserContext = browser.context): Worker {
  return context.serviceWorkers()[0]!;
}

/** The id of the tab `page` is in: it is the active tab once brought to the front. */
async function tabOf(page: Page, context: BrowserContext = browser.context): Promise<number> {
  await page.bringToFront();
  return worker(context).evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<{ id: number }[]> } } }).chrome;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id;
  });
}

/** The popup as a page showing `page`'s tab (a real popup cannot be driven by the test). */
async function openPopup(page: Page): Promise<Page> {
  const tab = await tabOf(page);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tab}`);
  await popup.waitForSelector('.site-switch .site-state');
  return popup;
}

const siteState = (popup: Page) => popup.locator('.site-state').textContent();

describe('where Siyaq runs, in Chromium', () => {
  it('switches a listed site off and on from the popup, in every open tab of the site at once', async () => {
    const page = await openArticle(ARTICLE);
    const other = await openArticle('003_41e6b64dd2e17eb9');
    expect(await marksOf(page)).toEqual(reviewedMarks[ARTICLE]);
    await hoverName(page, 'فتحي باشاغا');

    const popup = await openPopup(page);
    expect(await siteState(popup)).toBe('سياق يعمل على 127.0.0.1.');
    await popup.click('.site-button');
    await waitForNoMarks(page);
    await waitForNoMarks(other);
    expect(await page.evaluate(() => document.querySelector('siyaq-card'))).toBeNull();
    await expect.poll(() => siteState(popup)).toBe('سياق متوقف على 127.0.0.1.');
    // A page of the site opened while it is off stays unmarked.
    const third = await browser.context.newPage();
    await third.goto(`${server.origin}/article/${ARTICLE}`);
    await third.waitForTimeout(1000);
    expect(await markCount(third)).toBe(0);

    await popup.click('.site-button');
    await expect.poll(() => marksOf(page), { timeout: 10_000 }).toEqual(reviewedMarks[ARTICLE]);
    await expect.poll(() => marksOf(third), { timeout: 10_000 }).toEqual(reviewedMarks[ARTICLE]);
    await expect.poll(() => markCount(other), { timeout: 10_000 }).toBeGreaterThan(0);
    await hoverName(page, 'فتحي باشاغا');
    for (const p of [popup, page, other, third]) await p.close();
  });

  it('turns Siyaq on for a site that is not on the list, keeps it over a restart, and goes off everywhere', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${localhost()}/article/${ARTICLE}`);
    const popup = await openPopup(page);
    expect(await siteState(popup)).toBe('لا يعمل سياق على localhost إلا إذا شغّلته عليه.');
    expect(await markCount(page)).toBe(0);

    await popup.click('.site-button');
    // Registered by the background and put into the open tab, without a reload.
    await waitForScan(page);
    expect(await marksOf(page)).toEqual(reviewedMarks[ARTICLE]);
    await expect.poll(() => siteState(popup)).toBe('سياق يعمل على localhost.');
    // Two registrations, the content script and the one that asks for the settings as a page starts
    // loading; they leave out the declared sites: a domain that covers one adds no second script there.
    const registrations = await worker().evaluate(async () => {
      type Registration = { id: string; js?: string[]; runAt?: string; matches?: string[]; excludeMatches?: string[] };
      const chrome = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts: () => Promise<Registration[]> } } }).chrome;
      return (await chrome.scripting.getRegisteredContentScripts()).sort((a, b) => a.id.localeCompare(b.id));
    });
    expect(registrations.map(({ id, js, runAt }) => ({ id, js, runAt }))).toEqual([
      { id: 'siyaq-site-start:localhost', js: ['content-scripts/settings-at-start.js'], runAt: 'document_start' },
      { id: 'siyaq-site:localhost', js: ['content-scripts/content.js'], runAt: 'document_idle' },
    ]);
    for (const registration of registrations) {
      expect(registration.matches).toEqual(['http://localhost/*']);
      expect(registration.excludeMatches).toContain('http://127.0.0.1/*');
      expect(registration.excludeMatches).toContain('*://*.alwasat.ly/*');
    }
    const next = await openArticle('003_41e6b64dd2e17eb9', localhost());
    expect(await marksOf(next)).toEqual(reviewedMarks['003_41e6b64dd2e17eb9']);

    // Off everywhere: every tab of every site loses its marks; on again, they return.
    const listed = await openArticle(ARTICLE);
    await popup.click('input[name="enabled"]');
    for (const p of [page, next, listed]) await waitForNoMarks(p);
    await expect.poll(() => siteState(popup)).toBe('سياق متوقف في كل المواقع.');
    await popup.click('input[name="enabled"]');
    for (const p of [page, next, listed]) await expect.poll(() => markCount(p), { timeout: 10_000 }).toBeGreaterThan(0);

    // The browser restarts on the same profile: the added site is still read.
    await browser.close();
    browser = await launchWithExtension(root, { userDataDir: profile });
    // Chromium reloads an unpacked extension at start, which drops its registrations; the
    // background registers the site again as it starts (an installed one keeps them).
    const registered = () => worker().evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts: () => Promise<{ matches?: string[] }[]> } } }).chrome;
      return (await chrome.scripting.getRegisteredContentScripts()).flatMap((script) => script.matches ?? []);
    });
    await expect.poll(registered, { timeout: 10_000 }).toContain('http://localhost/*');
    const afterRestart = await openArticle(ARTICLE, localhost());
    expect(await marksOf(afterRestart)).toEqual(reviewedMarks[ARTICLE]);

    // Removed from the options page: its open tabs lose their marks.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.click('.site-added button');
    await waitForNoMarks(afterRestart);
    await options.close();
    await afterRestart.close();
  });

  it('applies the options page’s entity types, highlight style and language to open tabs', async () => {
    const page = await openArticle(ARTICLE);
    const all = await marksOf(page);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);

    // Two choices made at once both count (each applies to the stored settings, not the form's).
    const storedTypes = () => worker().evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { storage: { local: { get: (k: string) => Promise<Record<string, { entityTypes: object }>> } } } }).chrome;
      return (await chrome.storage.local.get('settings')).settings!.entityTypes;
    });
    await options.evaluate(() => {
      for (const type of ['person', 'organization']) document.querySelector<HTMLInputElement>(`input[name="type:${type}"]`)!.click();
    });
    await expect.poll(storedTypes, { timeout: 10_000 }).toEqual({ person: false, organization: false });
    await expect.poll(() => marksOf(page), { timeout: 10_000 }).toEqual([]);
    await options.check('input[name="type:organization"]');
    await expect.poll(storedTypes, { timeout: 10_000 }).toEqual({ person: false, organization: true });

    await options.uncheck('input[name="type:person"]');
    await expect.poll(() => marksOf(page), { timeout: 10_000 }).toEqual(all.filter((m) => !m.startsWith('person:')));
    await options.check('input[name="type:person"]');
    await expect.poll(() => marksOf(page), { timeout: 10_000 }).toEqual(all);

    // The style sheet the page adopts carries the chosen decoration.
    const personRule = () => page.evaluate(() => [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText).find((t) => t.startsWith('::highlight(siyaq-person)')) ?? '');
    expect(await personRule()).toContain('underline');
    await options.check('input[name="highlightStyle"][value="background"]');
    await expect.poll(personRule, { timeout: 10_000 }).toContain('background-color');
    await options.check('input[name="highlightStyle"][value="none"]');
    await expect.poll(personRule, { timeout: 10_000 }).not.toMatch(/underline|background/);
    // Unstyled marks are still there for the keyboard walk and the popup.
    expect(await marksOf(page)).toEqual(all);
    await options.check('input[name="highlightStyle"][value="underline"]');

    const readyCount = () => page.evaluate(() => performance.getEntriesByName('siyaq:ready').length);
    await expect.poll(personRule, { timeout: 10_000 }).toContain('underline');
    const readBefore = await readyCount();
    await options.selectOption('select[name="language"]', 'en');
    // The tab's session starts again, in English.
    await expect.poll(readyCount, { timeout: 10_000 }).toBeGreaterThan(readBefore);
    await hoverName(page, 'فتحي باشاغا');
    const english = await page.evaluate(() => {
      const card = document.querySelector('siyaq-card')!.shadowRoot!.querySelector('.card.visible')!;
      return { dir: card.getAttribute('dir'), lang: card.getAttribute('lang') };
    });
    expect(english).toEqual({ dir: 'ltr', lang: 'en' });
    expect(await cardText(page)).toContain('Fathi Bashagha');
    expect(await cardText(page)).toContain('وزير الداخلية');
    await page.screenshot({ path: join(root, 'test-results', 'card-english.png') });
    await options.selectOption('select[name="language"]', 'auto');
    await options.close();
    await page.close();
  });
});
