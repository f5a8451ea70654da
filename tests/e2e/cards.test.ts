/**
 * Hover cards in Chromium: timing, pinning, keyboard, placement, isolation from page CSS, dark
 * mode, dynamic pages and accessibility. Screenshots are saved under test-results/ for review.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardBox, cardText, hoverName, launchWithExtension, pointOfMark, readHighlights, waitForCard, waitForCardFadedIn, waitForNoCard, waitForScan, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startDemoServer, type DemoServer } from '../../scripts/lib/demo-site';

const root = process.cwd();
const shots = join(root, 'test-results');
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

async function open(path: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await browser.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(`${server.origin}${path}`);
  await waitForScan(page);
  return page;
}

/** Sends the keyboard command's message to the active tab, as the background does. */
async function walkNames(): Promise<void> {
  await worker.evaluate(async () => {
    const tabs = (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<{ id: number }[]>; sendMessage: (id: number, m: object) => Promise<unknown> } } }).chrome.tabs;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    await tabs.sendMessage(tab!.id, { type: 'siyaq-walk-names' });
  });
}

const SOURCE_ARTICLE = '/article/004_6bb8b83b75ee0431';

describe('hover card behaviour', () => {
  it('shows after the pointer rests on a name and hides after it leaves', async () => {
    const page = await open(SOURCE_ARTICLE);
    const point = await pointOfMark(page, 'فتحي باشاغا');
    await page.mouse.move(point.x, point.y);
    const restedAt = Date.now();
    await page.waitForTimeout(150);
    expect(await cardBox(page), 'no card before the rest delay').toBeNull();
    await waitForCard(page);
    console.log(`rest to visible card: ${Date.now() - restedAt} ms`);
    expect(await cardText(page)).toContain('وزير الداخلية');

    await page.mouse.move(5, 5);
    await waitForNoCard(page);
    await page.close();
  });

  it('stays open while the pointer moves onto the card', async () => {
    const page = await open(SOURCE_ARTICLE);
    const point = await hoverName(page, 'فتحي باشاغا');
    const box = (await cardBox(page))!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.waitForTimeout(800);
    expect(await cardBox(page)).not.toBeNull();
    // Back from the card onto the name: leaving the card must not close it.
    await page.mouse.move(point.x, point.y, { steps: 5 });
    await page.waitForTimeout(800);
    expect(await cardBox(page), 'back on the name').not.toBeNull();
    await page.close();
  });

  it('pins on click, stays when the pointer leaves, and closes on Esc', async () => {
    const page = await open(SOURCE_ARTICLE);
    const point = await pointOfMark(page, 'فتحي باشاغا');
    await page.mouse.click(point.x, point.y);
    await waitForCard(page);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(800);
    expect(await cardBox(page)).not.toBeNull();
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    await page.close();
  });

  it('opens on tap and closes on a tap outside (touch)', async () => {
    const touch = await launchWithExtension(root, { hasTouch: true });
    try {
      const page = await touch.context.newPage();
      await page.goto(`${server.origin}${SOURCE_ARTICLE}`);
      await waitForScan(page);
      const point = await pointOfMark(page, 'فتحي باشاغا');
      await page.touchscreen.tap(point.x, point.y);
      await waitForCard(page);
      await page.touchscreen.tap(20, 700);
      await waitForNoCard(page);
    } finally {
      await touch.close();
    }
  });

  it('walks the marked names with the keyboard command, in reading order, and gives focus back on close', async () => {
    const page = await open('/article/000_6e08de1c6a9042cb');
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'before';
      button.textContent = 'قبل';
      document.querySelector('main')!.prepend(button);
      button.focus();
    });
    const names = (await readHighlights(page)).length;
    expect(names).toBeGreaterThan(3);
    await page.bringToFront();
    await walkNames();
    await waitForCard(page);
    const first = await cardText(page);
    expect(first).toContain('جهاز المخابرات'); // the headline's first name
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SIYAQ-CARD');
    expect(await page.evaluate(() => document.querySelector('siyaq-card')!.shadowRoot!.activeElement?.getAttribute('role'))).toBe('dialog');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('siyaq-card')!.shadowRoot!.activeElement?.tagName)).toMatch(/^(A|BUTTON)$/);
    await walkNames();
    await page.waitForFunction((previous) => {
      const text = document.querySelector('siyaq-card')?.shadowRoot?.querySelector('.card.visible')?.textContent;
      return !!text && text !== previous;
    }, first);
    expect(await cardText(page)).toContain('مصطفى المقرعن'); // the next name in reading order
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
    await page.close();
  });

  it('follows a role organization link to that organization and back', async () => {
    const page = await open('/article/000_6e08de1c6a9042cb');
    const point = await pointOfMark(page, 'مصطفى المقرعن');
    await page.mouse.click(point.x, point.y);
    await waitForCard(page);
    await page.evaluate(() => (document.querySelector('siyaq-card')!.shadowRoot!.querySelector('.role .entity-link') as HTMLElement).click());
    await page.waitForFunction(() => document.querySelector('siyaq-card')?.shadowRoot?.querySelector('.entity-name')?.textContent?.includes('جهاز المخابرات'));
    await page.evaluate(() => (document.querySelector('siyaq-card')!.shadowRoot!.querySelector('.back') as HTMLElement).click());
    await page.waitForFunction(() => document.querySelector('siyaq-card')?.shadowRoot?.querySelector('.entity-name')?.textContent === 'مصطفى المقرعن');
    await page.close();
  });

  it('opens the full entity view with every sourced fact, citations and export', async () => {
    const page = await open('/article/000_6e08de1c6a9042cb');
    const point = await pointOfMark(page, 'مصطفى المقرعن');
    await page.mouse.click(point.x, point.y);
    await waitForCard(page);
    const tab = browser.context.waitForEvent('page');
    await page.evaluate(() => (document.querySelector('siyaq-card')!.shadowRoot!.querySelector('.full-view') as HTMLElement).click());
    const view = await tab;
    await view.waitForSelector('.facts li');
    expect(view.url()).toContain('/entity.html?id=mustafa-al-muqrin');
    expect(await view.locator('.facts li').count()).toBeGreaterThanOrEqual(3);
    expect(await view.locator('.facts').textContent()).toContain('«عين مجلس النواب الليبي في مايو من العام 2015 مصطفى المقرعن');
    const download = view.waitForEvent('download');
    await view.getByRole('button', { name: 'JSON', exact: true }).click();
    expect((await download).suggestedFilename()).toBe('mustafa-al-muqrin.json');
    await view.close();
    await page.close();
  });
});

describe('card content', () => {
  it('lists the candidates of an ambiguous name and resolves one from context', async () => {
    const page = await open('/fixtures/ambiguous.html');
    const kindIn = (id: string) =>
      page.evaluate((paragraph) => {
        const kinds: string[] = [];
        CSS.highlights.forEach((h, name) => {
          for (const s of h as unknown as Iterable<AbstractRange>) {
            const r = document.createRange();
            r.setStart(s.startContainer, s.startOffset);
            r.setEnd(s.endContainer, s.endOffset);
            if (r.startContainer.parentElement?.id === paragraph) kinds.push(`${name}:${r.toString()}`);
          }
        });
        return kinds;
      }, id);
    expect(await kindIn('plain')).toEqual(['siyaq-ambiguous:وزارة الداخلية']);
    expect(await kindIn('resolved')).toEqual([expect.stringMatching(/^siyaq-organization:وزارة الداخلية/)]);
    await hoverName(page, 'وزارة الداخلية');
    expect(await page.evaluate(() => document.querySelector('siyaq-card')!.shadowRoot!.querySelectorAll('.candidate').length)).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('lists only the Libyan ministries for a shared name on a page that names only Libyan bodies (000)', async () => {
    const page = await open('/article/000_6e08de1c6a9042cb');
    await hoverName(page, 'وزارة الداخلية');
    const candidates = await page.evaluate(() => [...document.querySelector('siyaq-card')!.shadowRoot!.querySelectorAll('.candidate-detail')].map((c) => c.textContent));
    expect(candidates).toHaveLength(2);
    expect(candidates.every((detail) => detail!.startsWith('ليبيا'))).toBe(true);
    await page.close();
  });

  it('says that a dual names two bodies together, and lists those its context names', async () => {
    const page = await open('/fixtures/ambiguous.html');
    await hoverName(page, 'وزارتي الداخلية');
    const card = await page.evaluate(() => {
      const root = document.querySelector('siyaq-card')!.shadowRoot!;
      return { title: root.querySelector('#siyaq-card-title')?.textContent, note: root.querySelector('.muted')?.textContent, candidates: [...root.querySelectorAll('.candidate-name')].map((c) => c.textContent) };
    });
    expect(card.title).toBe('اسم بصيغة المثنى لجهتين');
    expect(card.note).toContain('يذكر النص هنا جهتين معًا');
    // The French ministry and the two Libyan ones: الليبية does not say which Libyan government.
    expect(card.candidates).toHaveLength(3);
    expect(card.candidates.some((name) => name!.includes('الفرنسية'))).toBe(true);
    await waitForCardFadedIn(page);
    await page.screenshot({ path: 'test-results/card-dual.png' });
    await page.close();
  });

  it('puts first the roles that held on the page’s publication date', async () => {
    const page = await open('/libya-news');
    await hoverName(page, 'صبري بوقادوم');
    const first = await page.evaluate(() => document.querySelector('siyaq-card')!.shadowRoot!.querySelector('.role')!.textContent);
    expect(first).toContain('عند تاريخ نشر هذه الصفحة');
    expect(first).toContain('وزير الخارجية');
    await page.close();
  });
});

describe('placement and isolation', () => {
  for (const dir of ['rtl', 'ltr']) {
    it(`keeps the card inside the viewport at every corner (${dir} page)`, async () => {
      const viewport = { width: 900, height: 600 };
      const page = await open('/fixtures/corners.html', viewport);
      await page.evaluate((d) => (document.documentElement.dir = d), dir);
      for (const name of ['فتحي باشاغا', 'صبري بوقادوم', 'نجلاء المنقوش', 'طارق الخراز']) {
        const point = await pointOfMark(page, name);
        await page.mouse.click(point.x, point.y);
        await waitForCard(page);
        const box = (await cardBox(page))!;
        expect(box.x, name).toBeGreaterThanOrEqual(0);
        expect(box.y, name).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, name).toBeLessThanOrEqual(viewport.width);
        expect(box.y + box.height, name).toBeLessThanOrEqual(viewport.height);
        await page.keyboard.press('Escape');
        await waitForNoCard(page);
      }
      await page.close();
    });
  }

  it('looks the same on a page with hostile global CSS', async () => {
    const style = async (path: string) => {
      const page = await open(path);
      const point = await pointOfMark(page, 'فتحي باشاغا');
      await page.mouse.click(point.x, point.y);
      await waitForCard(page);
      const result = await page.evaluate(() => {
        const card = document.querySelector('siyaq-card')!.shadowRoot!.querySelector('.card')!;
        const s = getComputedStyle(card);
        const name = getComputedStyle(card.querySelector('.entity-name')!);
        return { font: s.fontSize, color: s.color, background: s.backgroundColor, spacing: s.letterSpacing, nameSize: name.fontSize, width: Math.round(card.getBoundingClientRect().width) };
      });
      await page.screenshot({ path: join(shots, path.includes('hostile') ? 'card-hostile.png' : 'card-plain.png') });
      await page.close();
      return result;
    };
    const plain = await style(SOURCE_ARTICLE);
    const hostile = await style('/fixtures/hostile.html');
    expect(hostile).toEqual({ ...plain, width: hostile.width });
    expect(hostile.font).toBe('15px');
  });

  it('stays above the page’s own overlays', async () => {
    const page = await open('/libya-news');
    const point = await pointOfMark(page, 'عبدالحميد الدبيبة');
    await page.mouse.click(point.x, point.y);
    await waitForCard(page);
    const onTop = await page.evaluate(() => {
      const card = document.querySelector('siyaq-card')!.shadowRoot!.querySelector('.card')!;
      const r = card.getBoundingClientRect();
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + 10);
      return hit?.tagName === 'SIYAQ-CARD' && card.matches(':popover-open');
    });
    expect(onTop).toBe(true);
    await page.close();
  });
});

describe('screenshots', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`renders the card in ${scheme} mode`, async () => {
      const page = await open('/article/000_6e08de1c6a9042cb');
      await page.emulateMedia({ colorScheme: scheme });
      const point = await pointOfMark(page, 'مصطفى المقرعن');
      await page.mouse.move(point.x, point.y);
      await waitForCardFadedIn(page);
      const box = (await cardBox(page))!;
      expect(box.width).toBeGreaterThan(250);
      expect(box.width).toBeLessThanOrEqual(380);
      expect(box.height).toBeGreaterThan(120);
      expect(box.y).toBeGreaterThan(point.y); // below the name, which is near the top
      const background = await page.evaluate(() => getComputedStyle(document.querySelector('siyaq-card')!.shadowRoot!.querySelector('.card')!).backgroundColor);
      expect(background).toBe(scheme === 'dark' ? 'rgb(31, 34, 39)' : 'rgb(255, 255, 255)');
      await page.screenshot({ path: join(shots, `card-${scheme}.png`) });
      await page.close();
    });
  }
});

describe('pages that change', () => {
  it('marks content appended after load, and drops marks of removed content', async () => {
    const page = await open(SOURCE_ARTICLE);
    const appendedAt = await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'وفي خبر لاحق، التقى صبري بوقادوم بنظيره.';
      document.querySelector('main')!.append(p);
      return performance.now();
    });
    const markedAfter = await page.waitForFunction((start) => {
      let found = false;
      CSS.highlights.forEach((h) => {
        for (const s of h as unknown as Iterable<AbstractRange>) {
          const r = document.createRange();
          r.setStart(s.startContainer, s.startOffset);
          r.setEnd(s.endContainer, s.endOffset);
          if (r.toString() === 'صبري بوقادوم') found = true;
        }
      });
      return found ? performance.now() - start : false;
    }, appendedAt);
    console.log(`appended content marked after ${Math.round((await markedAfter.jsonValue()) as number)} ms`);
    await page.evaluate(() => document.getElementById('late')!.remove());
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
      return !found;
    });
    await page.close();
  });

  it('follows a page that swaps its whole body, as Turbo does on navigation: marks the new one and opens its cards', async () => {
    const page = await open(SOURCE_ARTICLE);
    await page.evaluate(() => {
      const body = document.createElement('body');
      const p = document.createElement('p');
      // The old page named محمد سيالة in full; this one writes only سيالة, which needs that support.
      p.textContent = 'وفي الصفحة التالية، التقى صبري بوقادوم بنظيره. وقال سيالة إن اللقاء مثمر.';
      body.append(p);
      document.body.replaceWith(body);
    });
    // The new name is marked, and no mark of the old body is left.
    const settled = async () => {
      const marks = await readHighlights(page);
      return marks.some((m) => m.text === 'صبري بوقادوم') && marks.every((m) => m.connected);
    };
    await expect.poll(settled, { timeout: 20_000 }).toBe(true);
    // A new body is a new page: the old page's full mentions do not support a short name on it.
    expect((await readHighlights(page)).map((m) => m.text)).toEqual(['صبري بوقادوم']);
    await hoverName(page, 'صبري بوقادوم');
    expect(await page.evaluate(() => document.contains(document.querySelector('siyaq-card')))).toBe(true);
    await page.close();
  });

  it('ends on the right marks when a page swaps its body many times while the extension starts and scans', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/fixtures/body-swaps.html`);
    await page.waitForFunction(() => document.documentElement.dataset.swapped === 'done');
    await expect.poll(async () => (await readHighlights(page)).some((m) => m.text === 'صبري بوقادوم'), { timeout: 20_000 }).toBe(true);
    const marks = (await readHighlights(page)).map(({ text, connected }) => ({ text, connected }));
    expect(marks).toEqual([{ text: 'صبري بوقادوم', connected: true }]);
    await hoverName(page, 'صبري بوقادوم');
    await page.close();
  });

  it('marks articles that infinite scroll loads, and never text in form fields or editable regions', async () => {
    const page = await open('/libya-news');
    const before = (await readHighlights(page)).map((m) => m.text);
    expect(before).not.toContain('نجلاء المنقوش'); // only in an <input>
    expect(before).not.toContain('فتحي باشاغا'); // only in a contenteditable box
    expect(await page.locator('textarea').inputValue()).toBe('رأيي في زيارة صبري بوقادوم');
    // Typing into the editable box after load: its text is never rescanned into marks.
    await page.locator('[contenteditable]').click();
    await page.keyboard.type(' ثم التقى صبري بوقادوم');
    await page.evaluate(() => new Promise((done) => setTimeout(done, 800))); // past the rescan's longest wait
    expect(await page.locator('[contenteditable]').textContent()).toContain('صبري بوقادوم');
    const inEditable = await page.evaluate(() => {
      let count = 0;
      CSS.highlights.forEach((h) => {
        for (const s of h as unknown as Iterable<AbstractRange>) {
          const r = document.createRange();
          r.setStart(s.startContainer, s.startOffset);
          r.setEnd(s.endContainer, s.endOffset);
          if (r.startContainer.parentElement?.closest('[contenteditable]')) count++;
        }
      });
      return count;
    });
    expect(inEditable).toBe(0);
    await page.mouse.wheel(0, 20_000);
    await page.waitForFunction(() => document.querySelectorAll('.feed-item').length > 0);
    await page.waitForFunction(() => {
      let found = false;
      CSS.highlights.forEach((h) => {
        for (const s of h as unknown as Iterable<AbstractRange>) {
          const r = document.createRange();
          r.setStart(s.startContainer, s.startOffset);
          r.setEnd(s.endContainer, s.endOffset);
          if ((r.startContainer.parentElement?.closest('.feed-item'))) found = true;
        }
      });
      return found;
    });
    await page.close();
  });
});

describe('accessibility', () => {
  it('has no axe violations in the card', async () => {
    const page = await open('/article/000_6e08de1c6a9042cb');
    const point = await pointOfMark(page, 'مصطفى المقرعن');
    await page.mouse.click(point.x, point.y);
    await waitForCardFadedIn(page); // colour contrast is judged on the card as a reader sees it
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run({ include: [['siyaq-card', '.card']] }, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
