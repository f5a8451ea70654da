/**
 * Time to first mark: from navigation start to the first names marked on a seed article page, in
 * Chromium with the built extension loaded, with its background awake (warm) and after the
 * browser stopped it (cold: the service worker is stopped through the DevTools protocol before
 * each load). The baseline is the least extension that marks names: a content script that
 * carries the aliases as written and finds them with indexOf in every text node, marking them
 * with one CSS highlight, run at the same point of the page's load as Siyaq's content script
 * (document idle; Siyaq asks for its settings earlier, at document start, and reads nothing else).
 * Each extension sets a performance mark when it first marks; the page reads it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { FIRST_MARK } from '../../utils/page/held-marker';
import { CHROMIUM_FLAGS, findChromium } from '../lib/browser';

export interface FirstMarkRuns {
  /** Milliseconds from navigation start, one per page load. */
  readonly warm: number[];
  readonly cold: number[];
  readonly baseline: number[];
}

const BASELINE_MARK = 'baseline:first-mark';
/**
 * The orders the three settings take turns in, one a round: every order of three, so that each
 * setting follows each other as often (with one order rotated, cold always came right after warm,
 * in the same browser, and the baseline always after cold, in the other).
 */
const JOB_ORDERS = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]] as const;

/** Loads `url` `reps` times in each setting, the settings taking turns. */
export async function measureFirstMark(extensionDir: string, aliases: readonly string[], url: string, reps: number): Promise<FirstMarkRuns> {
  const baselineDir = mkdtempSync(join(tmpdir(), 'siyaq-baseline-'));
  writeBaselineExtension(baselineDir, aliases);
  const siyaq = await launch(extensionDir, true);
  const baseline = await launch(baselineDir, false);
  const runs: FirstMarkRuns = { warm: [], cold: [], baseline: [] };
  try {
    const siyaqPage = await siyaq.newPage();
    const baselinePage = await baseline.newPage();
    // A first load of each, not counted: the browser's own caches are cold on it.
    await firstMarkAfterLoad(siyaqPage, url, FIRST_MARK);
    await firstMarkAfterLoad(baselinePage, url, BASELINE_MARK);
    const workers = await siyaq.newCDPSession(siyaqPage);
    await workers.send('ServiceWorker.enable');
    for (let rep = 0; rep < reps; rep++) {
      const jobs = [
        async () => runs.warm.push(await firstMarkAfterLoad(siyaqPage, url, FIRST_MARK)),
        async () => {
          await workers.send('ServiceWorker.stopAllWorkers');
          runs.cold.push(await firstMarkAfterLoad(siyaqPage, url, FIRST_MARK));
        },
        async () => runs.baseline.push(await firstMarkAfterLoad(baselinePage, url, BASELINE_MARK)),
      ];
      for (const j of JOB_ORDERS[rep % JOB_ORDERS.length]!) await jobs[j]!();
    }
  } finally {
    await siyaq.close();
    await baseline.close();
    rmSync(baselineDir, { recursive: true, force: true });
  }
  return runs;
}

async function launch(extensionDir: string, hasWorker: boolean): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'siyaq-first-mark-')), {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  if (hasWorker && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  return context;
}

async function firstMarkAfterLoad(page: Page, url: string, mark: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 30_000 });
  return page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark);
}

/** The baseline extension: aliases in the content script, indexOf per text node, one highlight. */
function writeBaselineExtension(dir: string, aliases: readonly string[]): void {
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3,
    name: 'indexOf baseline',
    version: '1.0',
    content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['content.js'], run_at: 'document_idle' }],
  }));
  writeFileSync(join(dir, 'content.js'), `(() => {
  const aliases = ${JSON.stringify(aliases)};
  const highlight = new Highlight();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data;
    for (const alias of aliases) {
      for (let at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + alias.length)) {
        const range = new Range();
        range.setStart(node, at);
        range.setEnd(node, at + alias.length);
        highlight.add(range);
      }
    }
  }
  CSS.highlights.set('baseline', highlight);
  performance.mark(${JSON.stringify(BASELINE_MARK)});
})();
`);
}
