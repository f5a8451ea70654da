/**
 * The content script's and the background's life in real Chromium: the background stopped in the
 * middle of a session, the extension reloaded (as an update does) and disabled while a tab is
 * open, and a store that cannot be read.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeOf, cardText, hoverName, launchWithExtension, pointOfMark, readHighlights, tabOf, waitForCard, waitForCardFadedIn, waitForScan, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startDemoServer, type DemoServer } from '../../scripts/lib/demo-site';

const root = process.cwd();
let server: DemoServer;
let browser: ExtensionBrowser;
const ARTICLE = '/article/004_6bb8b83b75ee0431';

beforeAll(async () => {
  server = await startDemoServer(root);
  browser = await launchWithExtension(root);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path = ARTICLE): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}${path}`);
  await waitForScan(page);
  return page;
}

/** What Siyaq has put into the page: marks by text, its card hosts, mark style sheets, card font faces. */
function traces(page: Page) {
  return page.evaluate(() => {
    const marks: string[] = [];
    CSS.highlights.forEach((h) => {
      for (const s of h as unknown as Iterable<AbstractRange>) {
        const r = document.createRange();
        r.setStart(s.startContainer, s.startOffset);
        r.setEnd(s.endContainer, s.endOffset);
        marks.push(r.toString());
      }
    });
    return {
      marks: marks.sort(),
      hosts: document.querySelectorAll('siyaq-card').length,
      sheets: document.adoptedStyleSheets.length,
      fonts: [...document.fonts].filter((f) => f.family.includes('Siyaq')).length,
      card: !!document.querySelector('siyaq-card')?.shadowRoot?.querySelector('.card.visible'),
    };
  });
}

/**
 * Stops every service worker, as the browser does with an idle background (DevTools protocol),
 * once the page's count has reached the toolbar badge: that message, sent a moment after the page
 * is read, would wake the background again.
 */
async function stopBackground(page: Page): Promise<void> {
  const worker = browser.context.serviceWorkers()[0]!;
  const tab = await tabOf(worker, page);
  await expect.poll(() => badgeOf(worker, tab)).not.toBe('');
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(backgroundRunning).toBe(false);
}

/** Whether the extension's background worker runs now. */
async function backgroundRunning(): Promise<boolean> {
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
  await cdp.detach();
  return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`));
}

async function pinCard(page: Page, name: string): Promise<void> {
  const { x, y } = await pointOfMark(page, name);
  await page.mouse.click(x, y);
  await waitForCard(page);
}

describe('lifecycle', () => {
  it('opens the next card and rescans after the browser stopped the background mid-session', async () => {
    const page = await open();
    await stopBackground(page);
    expect(await backgroundRunning()).toBe(false);
    await hoverName(page, 'فتحي باشاغا');
    expect(await cardText(page)).toContain('وزير الداخلية');
    expect(await backgroundRunning(), 'the card woke the background').toBe(true);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'وبعد ذلك التقى صبري بوقادوم بنظيره.';
      document.querySelector('main')!.append(p);
    });
    await expect.poll(async () => (await readHighlights(page)).map((m) => m.text)).toContain('صبري بوقادوم');
    await page.close();
  });

  it('keeps one content script in a page when a second copy is put in, as into a tab that loaded while the extension was installed', async () => {
    const page = await open();
    const before = await traces(page);
    // The background's injection after an install, when the ping came before the declared script ran.
    const worker = browser.context.serviceWorkers()[0]!;
    const tab = await tabOf(worker, page);
    await worker.evaluate(async (id) => {
      const chrome = (globalThis as unknown as { chrome: { scripting: { executeScript: (o: object) => Promise<unknown> } } }).chrome;
      await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] });
    }, tab);
    // A second instance would have read the page and said so within this time.
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => performance.getEntriesByName('siyaq:ready').length)).toBe(1);
    expect(await traces(page)).toEqual(before);
    await hoverName(page, 'فتحي باشاغا');
    expect(await page.evaluate(() => document.querySelectorAll('siyaq-card').length)).toBe(1);
    await page.close();
  });

  it('hands a tab over to the new content script when the extension is reloaded: no duplicate marks, the old card gone', async () => {
    const page = await open();
    await pinCard(page, 'فتحي باشاغا');
    const before = await traces(page);
    expect(before).toMatchObject({ hosts: 1, sheets: 1, fonts: 2, card: true });
    // Loading the same folder again is what an update does: a new version of the extension replaces the old.
    const cdp = await browser.context.browser()!.newBrowserCDPSession();
    await cdp.send('Extensions.loadUnpacked', { path: browser.extensionDir });
    // The old script sees its extension gone and cleans up; the background puts the new one in.
    await expect.poll(() => traces(page), { timeout: 10_000 }).toEqual({ ...before, card: false });
    const instances = await page.evaluate(() => performance.getEntriesByName('siyaq:ready').length);
    expect(instances).toBe(2);
    await hoverName(page, 'فتحي باشاغا');
    expect(await cardText(page)).toContain('وزير الداخلية');
    await page.close();
  });

  it('removes every mark, its styles and the card from open tabs when the extension is disabled', async () => {
    const page = await open();
    await pinCard(page, 'فتحي باشاغا');
    const manager = await browser.context.newPage();
    await manager.goto('chrome://extensions');
    const setEnabled = (enabled: boolean) =>
      manager.evaluate(([id, on]) => (globalThis as unknown as { chrome: { management: { setEnabled: (id: string, on: boolean) => Promise<void> } } }).chrome.management.setEnabled(id, on), [browser.extensionId, enabled] as const);
    await setEnabled(false);
    try {
      await expect.poll(() => traces(page), { timeout: 10_000 }).toEqual({ marks: [], hosts: 0, sheets: 0, fonts: 0, card: false });
    } finally {
      await setEnabled(true);
      await manager.close();
      await page.close();
    }
  });

  it('says on the card that the data is unavailable while the store is blocked, and answers again once it is free', async () => {
    const page = await open();
    // An extension page holds the database at a newer version without the entities table and
    // never lets go: the background's next start cannot open it (blocked by another version).
    const holder = await browser.context.newPage();
    await holder.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await holder.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('siyaq', 100_000);
          request.onupgradeneeded = () => request.result.deleteObjectStore('entities');
          request.onsuccess = () => {
            request.result.onversionchange = () => undefined; // does not close
            resolve();
          };
          request.onerror = () => reject(request.error);
        }),
    );
    await stopBackground(page);
    await hoverName(page, 'فتحي باشاغا');
    expect(await cardText(page)).toContain('البيانات غير متاحة الآن');
    await waitForCardFadedIn(page);
    await page.screenshot({ path: 'test-results/card-unavailable.png' });
    await page.keyboard.press('Escape');
    await holder.close(); // the other version lets go
    await page.mouse.move(5, 5);
    await hoverName(page, 'باشاغا');
    await expect.poll(() => cardText(page), { timeout: 10_000 }).toContain('وزير الداخلية');
    await page.close();
  });
});
