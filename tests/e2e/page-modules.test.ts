/**
 * The page-side modules without the extension, run in Chromium on a plain page (about:blank, where
 * the extension's content script does not run):
 * - without CSS.highlights, names are wrapped in <siyaq-mark> and unwrapped to the same DOM;
 * - without highlightsFromPoint, hit-testing goes through the caret position;
 * - on a page with more marks than the Highlighter registers at once, the marks near the viewport
 *   are registered wherever the reader scrolls, and the others are not;
 * - a mark whose text left the page before it was indexed for hit-testing marks no element.
 */
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldString } from '../../utils/arabic/fold';
import type { MatchIndex } from '../../utils/match/match-index';
import { countryWords, places } from '../../utils/seeds/compile';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';

const root = process.cwd();
let browser: ExtensionBrowser;
let modules: string;

const index: MatchIndex = {
  version: 'test',
  entities: [{ id: 'fathi-bashagha', type: 'person', country: 'LY', context: [], titles: [], titlePhrases: [], related: [] }],
  aliases: [{ folded: foldString('فتحي باشاغا'), entity: 0, support: 'alone' }],
  countryWords: {},
  places: {},
  givenNames: [],
};

const HTML = `<!doctype html><html lang="ar" dir="rtl"><body style="font: 24px Tahoma"><p id="p">التقى وزير الداخلية <a href="#">فتحي</a> <strong>باشا</strong>غا بنظيره، ثم عاد فتحي باشاغا.</p></body></html>`;

beforeAll(async () => {
  const result = await build({ entryPoints: [`${root}/tests/e2e/page-modules.entry.ts`], bundle: true, format: 'iife', write: false, target: 'chrome120' });
  modules = result.outputFiles[0]!.text;
  browser = await launchWithExtension(root);
});

afterAll(async () => {
  await browser?.close();
});

async function plainPage(html = HTML): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setContent(html);
  await page.addScriptTag({ content: modules });
  return page;
}

describe('text blocks', () => {
  it('reads a page into the blocks a reader sees, skipping what is not reading text, with Ranges over exactly their text', async () => {
    const page = await plainPage(`<!doctype html><html lang="ar" dir="rtl"><body><main>
      <p>التقى <a href="#">فتحي</a> <strong>باشا</strong>غا</p>
      <div>قبل<p>داخل</p>بعد</div>
      <p>سطر<br>ثان</p>
      <p>نص <span contenteditable="true">محرر</span> آخر</p>
      <p>قبل النص <script>var x = "شيفرة";</script> بعد النص</p>
      <ul><li>واحد</li><li><em>اثنان</em> <span data-siyaq-ui>واجهة</span></li></ul>
      <p><span contenteditable="false">غير محرر</span> تماما</p>
    </main></body></html>`);
    const blocks = await page.evaluate(() => (globalThis as never as { siyaqModules: { readBlocks: () => { text: string; whole: string; tail: string }[] } }).siyaqModules.readBlocks());
    expect(blocks.map((b) => b.text.trim())).toEqual(['التقى فتحي باشاغا', 'قبل', 'داخل', 'بعد', 'سطر', 'ثان', 'نص', 'آخر', 'قبل النص', 'بعد النص', 'واحد', 'اثنان', 'غير محرر تماما']);
    for (const block of blocks) {
      expect(block.whole).toBe(block.text);
      expect(block.tail).toBe(block.text.slice(-2));
    }
    await page.close();
  });

  it('tells the blocks that are all one link (headlines of other stories) from text with a link in it', async () => {
    const page = await plainPage(`<!doctype html><html lang="ar" dir="rtl"><body>
      <ul><li> <a href="#">عنوان أول</a> </li><li><a href="#"><b>عنوان</b> ثان</a></li><li><a href="#">عنوان</a> أمس</li></ul>
      <a href="#"><h3>عنوان بطاقة</h3><p>ملخص البطاقة</p></a>
      <h2><a href="#">عنوان رئيسي</a></h2>
      <p>نص فيه <a href="#">رابط</a> داخله.</p>
      <div>سطر <a href="#">كله رابط</a><br><a href="#">رابط <i>وحده</i></a></div>
    </body></html>`);
    const blocks = await page.evaluate(() => (globalThis as never as { siyaqModules: { readBlocks: () => { text: string; link: boolean }[] } }).siyaqModules.readBlocks());
    expect(blocks.map((b) => `${b.text.trim()}: ${b.link}`)).toEqual([
      'عنوان أول: true', 'عنوان ثان: true', 'عنوان أمس: false', 'عنوان بطاقة: true', 'ملخص البطاقة: true', 'عنوان رئيسي: true',
      'نص فيه رابط داخله.: false', 'سطر كله رابط: false', 'رابط وحده: true',
    ]);
    await page.close();
  });
});

describe('pages that change during a scan', () => {
  type Modules = {
    readAfterRemoval: () => { first: string[]; rest: string[]; lost: boolean };
    liveBeforeAndAfterRemoval: () => { before: boolean; after: boolean };
    scanWhileThePageChanges: (index: MatchIndex, change: 'remove' | 'shorten' | 'detach') => Promise<{ yielded: boolean; marked: (string | null)[] }>;
  };

  it('a reader whose next node the page removed says so, rather than skipping the rest of the page', async () => {
    const page = await plainPage('<!doctype html><html lang="ar" dir="rtl"><body><p>الأولى</p><p id="second">الثانية</p><p>الثالثة</p></body></html>');
    const result = await page.evaluate(() => (globalThis as never as { siyaqModules: Modules }).siyaqModules.readAfterRemoval());
    expect(result).toEqual({ first: ['الأولى'], rest: [], lost: true });
    await page.close();
  });

  it('reads an article that infinite scroll appends as a story of its own: its generic name is not the story before’s', async () => {
    // Three interior ministries share «وزارة الداخلية», a name every country's ministry has.
    const interior = (id: string, country: string) => ({ id, type: 'organization' as const, country, context: [], titles: [], titlePhrases: [], related: [] });
    const shared: MatchIndex = {
      version: 'test',
      entities: [interior('ly-gna-interior', 'LY'), interior('ly-interim-interior', 'LY'), interior('it-interior', 'IT')],
      aliases: [0, 1, 2].map((entity) => ({ folded: foldString('وزارة الداخلية'), entity, support: 'alone' as const, generic: true as const })),
      countryWords: countryWords(),
      places: places(),
      givenNames: [],
    };
    const page = await plainPage(`<!doctype html><html lang="ar" dir="rtl"><body><main>
      <p>وصل الوفد إلى طرابلس أمس.</p><p id="libyan">وأعلنت وزارة الداخلية الخطة الأمنية.</p><p>وقال مسؤول ليبي إن الخطة جاهزة.</p>
    </main></body></html>`);
    const marked = await page.evaluate(async (idx) => {
      type Marker = { mentionsInOrder: () => { range: AbstractRange; entityIds: readonly string[] }[] };
      type Scanner = { scan: (roots: Node[]) => Promise<number> };
      const m = (globalThis as never as { siyaqModules: { scanWith: (k: string, i: unknown) => Promise<{ marker: Marker; scanner: Scanner }> } }).siyaqModules;
      const { marker, scanner } = await m.scanWith('highlight', idx);
      const marks = () => marker.mentionsInOrder().map((x) => `${x.range.startContainer.parentElement!.id}: ${x.entityIds.join('|')}`);
      const before = marks();
      // The next article: a weather story from Egypt, which names no ministry of the set.
      const article = document.body.appendChild(document.createElement('article'));
      article.innerHTML = '<h2>أمطار غزيرة</h2><p id="appended">وقالت وزارة الداخلية في بيان إن فرق الإنقاذ مستعدة.</p><p>وتشهد القاهرة والإسكندرية أمطارا غزيرة منذ الصباح.</p>';
      await scanner.scan([article]);
      return { before, after: marks() };
    }, shared);
    expect(marked.before).toEqual(['libyan: ly-gna-interior|ly-interim-interior']);
    expect(marked.after).toEqual(marked.before);
    await page.close();
  });

  it.each([
    ['removed', 'remove', [0]],
    ['shortened', 'shorten', [1]],
    ['took out of the page', 'detach', [...Array(80).keys()]],
  ] as const)('a scan does not hand over the marks whose text the page %s while it read on', async (_, change, gone: readonly number[]) => {
    const paragraphs = Array.from({ length: 80 }, (_, i) => `<p id="p${i}">قال وزير الداخلية فتحي باشاغا في المؤتمر الصحفي إن الوزارة ستواصل العمل.</p>`);
    const page = await plainPage(`<!doctype html><html lang="ar" dir="rtl"><body><main>${paragraphs.join('')}</main></body></html>`);
    const result = await page.evaluate(([idx, how]) => (globalThis as never as { siyaqModules: Modules }).siyaqModules.scanWhileThePageChanges(idx, how), [index, change] as const);
    expect(result.yielded).toBe(true);
    expect(result.marked).toEqual(paragraphs.map((_, i) => `p${i}`).filter((_, i) => !gone.includes(i)));
    await page.close();
  });

  it('a mark whose text the page removed is no longer live', async () => {
    const page = await plainPage();
    const result = await page.evaluate(() => (globalThis as never as { siyaqModules: Modules }).siyaqModules.liveBeforeAndAfterRemoval());
    expect(result).toEqual({ before: true, after: false });
    await page.close();
  });
});

describe('fallbacks', () => {
  it('wraps names without changing the text, finds them under the pointer, and unwraps to the same DOM', async () => {
    const page = await plainPage();
    const before = await page.evaluate(() => document.body.innerHTML);
    const result = await page.evaluate(async (idx) => {
      const m = (globalThis as never as { siyaqModules: { scanWith: (k: string, i: unknown) => Promise<{ marker: { mentionAt: (x: number, y: number, t: EventTarget | null) => unknown; dispose: () => void }; found: number }> } }).siyaqModules;
      const { marker, found } = await m.scanWith('wrap', idx);
      const marks = [...document.querySelectorAll('siyaq-mark')].map((el) => el.textContent);
      const text = document.body.textContent;
      const first = document.querySelector('siyaq-mark')!;
      const rect = first.getBoundingClientRect();
      const hit = marker.mentionAt(rect.x + 2, rect.y + rect.height / 2, document.elementFromPoint(rect.x + 2, rect.y + rect.height / 2));
      (globalThis as never as { wrapMarker: unknown }).wrapMarker = marker;
      return { found, marks, text, hit: !!hit };
    }, index);
    expect(result.found).toBe(2);
    // One wrapper per text node the name spans, the space between the links included.
    expect(result.marks).toEqual(['فتحي', ' ', 'باشا', 'غا', 'فتحي باشاغا']);
    expect(result.text).toBe(await page.evaluate(() => document.body.textContent));
    expect(result.hit).toBe(true);
    const after = await page.evaluate(() => {
      (globalThis as never as { wrapMarker: { dispose: () => void } }).wrapMarker.dispose();
      return document.body.innerHTML;
    });
    expect(after).toBe(before);
    await page.close();
  });

  it('unwraps without joining text nodes the page keeps apart', async () => {
    const page = await plainPage();
    const nodes = await page.evaluate(async (idx) => {
      // Two text nodes side by side, as a page's framework may keep them.
      const p = document.getElementById('p')!;
      p.replaceChildren('قال الوزير ', 'فتحي باشاغا', ' اليوم');
      const m = (globalThis as never as { siyaqModules: { scanWith: (k: string, i: unknown) => Promise<{ marker: { dispose: () => void }; found: number }> } }).siyaqModules;
      const { marker, found } = await m.scanWith('wrap', idx);
      const wrapped = p.querySelectorAll('siyaq-mark').length;
      marker.dispose();
      return { found, wrapped, after: [...p.childNodes].map((n) => n.nodeType === Node.TEXT_NODE ? n.textContent : `<${n.nodeName}>`) };
    }, index);
    expect(nodes).toEqual({ found: 1, wrapped: 1, after: ['قال الوزير ', 'فتحي باشاغا', ' اليوم'] });
    await page.close();
  });

  it('hit-tests through the caret position when highlightsFromPoint is missing', async () => {
    const page = await plainPage();
    const hits = await page.evaluate(async (idx) => {
      delete (Object.getPrototypeOf(CSS.highlights) as { highlightsFromPoint?: unknown }).highlightsFromPoint;
      const m = (globalThis as never as { siyaqModules: { scanWith: (k: string, i: unknown) => Promise<{ marker: { mentionAt: (x: number, y: number, t: EventTarget | null) => { entityIds: string[] } | undefined } }> } }).siyaqModules;
      const { marker } = await m.scanWith('highlight', idx);
      const strong = document.querySelector('strong')!.getBoundingClientRect();
      const onName = marker.mentionAt(strong.x + strong.width / 2, strong.y + strong.height / 2, null);
      const p = document.getElementById('p')!.getBoundingClientRect();
      const offName = marker.mentionAt(p.right - 5, p.y + 5, null);
      return { hasApi: 'highlightsFromPoint' in CSS.highlights, onName: onName?.entityIds, offName: offName?.entityIds ?? null };
    }, index);
    expect(hits).toEqual({ hasApi: false, onName: ['fathi-bashagha'], offName: null });
    await page.close();
  });
});

describe('long pages', () => {
  /**
   * 384 paragraphs (six full chunks of 64 marks), each naming Bashagha once, split across
   * elements in every tenth.
   */
  const PARAGRAPHS = 384;
  const LONG_HTML = `<!doctype html><html lang="ar" dir="rtl"><body style="font: 18px Tahoma; margin: 0 2em">${Array.from({ length: PARAGRAPHS }, (_, i) =>
    i % 10 === 0 ? `<p>الفقرة ${i}: التقى <a href="#">فتحي</a> باشاغا بنظيره.</p>` : `<p>الفقرة ${i}: التقى فتحي باشاغا بنظيره في طرابلس.</p>`).join('')}</body></html>`;

  it('registers the marks near the viewport wherever the page is scrolled, and finds them under the pointer', async () => {
    const page = await plainPage(LONG_HTML);
    await page.evaluate(async (idx) => {
      type Scanner = { scan: (roots: Node[]) => Promise<number> };
      const m = (globalThis as never as { siyaqModules: { scanWith: (k: string, i: unknown, limit: number) => Promise<{ marker: unknown; scanner: Scanner }> } }).siyaqModules;
      const { marker, scanner } = await m.scanWith('highlight', idx, 50);
      (globalThis as never as { marker: unknown }).marker = marker;
      // Rescans out of reading order, as a live ticker at the top and an infinite feed at the bottom make them.
      for (const where of ['top', 'bottom', 'top'] as const) {
        const p = document.createElement('p');
        p.textContent = `خبر عاجل (${where}): التقى فتحي باشاغا بالوفد.`;
        if (where === 'top') document.body.prepend(p);
        else document.body.append(p);
        await scanner.scan([p]);
      }
    }, index);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (const y of [0, height / 3, height / 2, height - 800, 0]) {
      await page.evaluate((top) => scrollTo(0, top), y);
      // The marker refreshes in the frame after the scroll.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const state = await page.evaluate(() => {
        type Mention = { range: AbstractRange; entityIds: string[] };
        const marker = (globalThis as never as { marker: { mentionsInOrder: () => Mention[]; mentionAt: (x: number, y: number, t: null) => Mention | undefined } }).marker;
        const registered = new Set<AbstractRange>([...CSS.highlights.values()].flatMap((h) => [...h] as AbstractRange[]));
        const all = marker.mentionsInOrder();
        const rectOf = (m: Mention) => {
          const r = document.createRange();
          r.setStart(m.range.startContainer, m.range.startOffset);
          r.setEnd(m.range.endContainer, m.range.endOffset);
          return r.getBoundingClientRect();
        };
        const onScreen = all.filter((m) => {
          const r = rectOf(m);
          return r.bottom > 0 && r.top < innerHeight;
        });
        // Probe a mark wholly inside the viewport: the point must be on screen to hit anything.
        const inside = onScreen.filter((m) => {
          const r = rectOf(m);
          return r.top >= 0 && r.bottom <= innerHeight;
        });
        const probe = rectOf(inside[inside.length >> 1]!);
        return {
          total: all.length,
          registered: registered.size,
          onScreen: onScreen.length,
          onScreenRegistered: onScreen.filter((m) => registered.has(m.range)).length,
          hit: marker.mentionAt(probe.x + probe.width / 2, probe.y + probe.height / 2, null)?.entityIds,
        };
      });
      expect(state.total).toBe(PARAGRAPHS + 3);
      expect(state.onScreen).toBeGreaterThan(5);
      expect(state.onScreenRegistered, `scrolled to ${y}`).toBe(state.onScreen);
      // One screen above and below, in chunks: far fewer than all.
      expect(state.registered).toBeLessThan(state.total / 2);
      expect(state.hit, `scrolled to ${y}`).toEqual(['fathi-bashagha']);
    }
    await page.close();
  });

  it('a mark whose text the page removed before it was indexed for hit-testing marks no element, and goes at the rescan', async () => {
    const page = await plainPage(LONG_HTML);
    const result = await page.evaluate(() => (globalThis as never as { siyaqModules: { removedBeforeIndexed: () => unknown } }).siyaqModules.removedBeforeIndexed());
    expect(result).toEqual({ paragraph: false, body: false, next: true, left: PARAGRAPHS - 1 });
    await page.close();
  });

  it('registers the marks near the viewport once the last group of a hand-over is in, in the same task', async () => {
    const page = await plainPage(LONG_HTML);
    const registered = await page.evaluate(() =>
      (globalThis as never as { siyaqModules: { registeredAfterEachGroup: (groups: number) => Promise<number[]> } }).siyaqModules.registeredAfterEachGroup(3),
    );
    // Nothing is drawn while groups follow, though frames pass: each frame that changes the
    // highlights costs a long page its pre-paint walk.
    expect(registered.slice(0, 2)).toEqual([0, 0]);
    expect(registered[2]).toBeGreaterThan(0);
    expect(registered[2]).toBeLessThan(PARAGRAPHS / 2);
    await page.close();
  });

  it('marks that come late and spread over the page join the marks beside them: none far from the viewport is registered', async () => {
    const page = await plainPage(LONG_HTML);
    const state = await page.evaluate(async () => {
      const m = (globalThis as never as { siyaqModules: { markWithLateOnes: (late: number) => { mentionsInOrder: () => { range: AbstractRange }[] } } }).siyaqModules;
      const marker = m.markWithLateOnes(6);
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const registered = [...CSS.highlights.values()].flatMap((h) => [...h] as AbstractRange[]);
      const top = (range: AbstractRange) => {
        const r = document.createRange();
        r.setStart(range.startContainer, range.startOffset);
        r.setEnd(range.endContainer, range.endOffset);
        return r.getBoundingClientRect().top;
      };
      const onScreen = marker.mentionsInOrder().filter((x) => top(x.range) < innerHeight);
      return {
        pageHeight: document.documentElement.scrollHeight,
        screen: innerHeight,
        farthest: Math.max(...registered.map(top)),
        onScreenRegistered: onScreen.every((x) => registered.includes(x.range)),
      };
    });
    expect(state.onScreenRegistered).toBe(true);
    // Chunks of consecutive marks reach a few screens beyond the viewport at most; a chunk of the
    // late marks alone would stretch to the end of the page.
    expect(state.pageHeight).toBeGreaterThan(12 * state.screen);
    expect(state.farthest).toBeLessThan(8 * state.screen);
    await page.close();
  });
});
