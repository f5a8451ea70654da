/**
 * npm run bench — Siyaq's matcher against mark.js and an Aho-Corasick baseline, in real Chromium.
 *
 * Builds pages of 100 KB, 1 MB and 5 MB from the seed articles (names split by inline tags),
 * serves them on 127.0.0.1 with the page-side code (scripts/bench/in-page.ts, bundled by esbuild
 * from the shipped utils/ modules), and runs each method in a fresh tab of headless Chromium on
 * the same page with the same aliases: ours end to end (text collection + match + Highlight
 * ranges, with its yields), Aho-Corasick per text node, and mark.js. Then scales the entity set
 * to 1,000 and 10,000 and scans the 1 MB page with each, and measures the time to first mark of
 * the built extension on a seed article page (bench/first-mark.ts). Prints tables with PASS/MISS
 * per target and writes bench-results/bench.json. Exits 0 whether or not the targets are met.
 *
 * Also times search as the reader types over 10,000 entities (scripts/bench/search.ts).
 *
 * BENCH_REPS=n sets the number of repetitions (default 5; medians and minimums are reported).
 */
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import type { MatchIndex } from '../utils/match/match-index';
import { buildBundle } from '../utils/seeds/read-seeds';
import type { BenchApi } from './bench/in-page';
import { benchPage, blankPage, PAGE_SIZES, type PageSize } from './bench/pages';
import * as report from './bench/report';
import type { AcRun, IndexCost, MethodRun, OursRun, PageChanges, Phases, Repaint } from './bench/results';
import { measureFirstMark } from './bench/first-mark';
import { runSearchBench } from './bench/search';
import { scaledIndex, subsetIndex } from './bench/synthetic';
import { CHROMIUM_FLAGS, findChromium, TEST_BUILD_DIR } from './lib/browser';
import { serveRoutes, startDemoServer, type Route } from './lib/demo-site';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPS = Math.max(1, Number(process.env.BENCH_REPS ?? 5));
/** Runs per method and page: the 5 MB page takes about 10 s per run (load, GCs, the run itself). */
const PAGE_REPS: Readonly<Record<string, number>> = { '100 KB': REPS, '1 MB': REPS, '5 MB': Math.min(REPS, 3) };
/**
 * mark.js grows much faster than the page (seconds at 1 MB), so it gets fewer runs, and at 5 MB
 * one run that is stopped after `limitMs` and reported as "> limit".
 */
const MARKJS_PLAN: Readonly<Record<string, { reps: number; limitMs?: number }>> = {
  '100 KB': { reps: REPS },
  '1 MB': { reps: Math.min(REPS, 2) },
  '5 MB': { reps: 1, limitMs: 20_000 },
};
/** The phase breakdown is for diagnosis only. */
const PHASE_REPS = Math.min(REPS, 3);
/** Entity scaling: ours on this page with the first 50 real entities, the real set, then synthetic sets. */
const SCALING_PAGE = '1 MB';
const SCALING_SIZES = [1_000, 10_000];
const SUBSET_SIZE = 50;
/** Scaling rounds: each is a few seconds, and the paired ratios (report.ts) steady with more. */
const SCALING_REPS = 2 * REPS;
/** Page loads per setting for the time to first mark: a load is short, and the spread between loads is wide. */
const FIRST_MARK_REPS = 4 * REPS;
const FIRST_MARK_ARTICLE = '000_6e08de1c6a9042cb';

type Method = keyof BenchApi;
type Result<M extends Method> = Awaited<ReturnType<BenchApi[M]>>;
type Run = <M extends Method>(path: string, method: M, args: Parameters<BenchApi[M]>, limitMs?: number) => Promise<Result<M> | null>;

async function main(): Promise<void> {
  const bundle = buildBundle(ROOT);
  runSearchBench(ROOT, bundle.entities); // in Node, about a second: search as the reader types
  const real = bundle.index;
  const realLabel = `${real.entities.length} (real)`;
  const indexes = new Map<string, MatchIndex>([
    [`${SUBSET_SIZE}`, subsetIndex(real, SUBSET_SIZE)],
    [realLabel, real],
    ...SCALING_SIZES.map((n): [string, MatchIndex] => [n.toLocaleString('en-US'), scaledIndex(real, n)]),
  ]);
  // The same aliases for every method: mark.js gets them as written, Aho-Corasick folded like ours.
  const markKeywords = [...new Set(bundle.entities.flatMap((e) => e.aliases.map((a) => a.text)))];
  const foldedAliases = [...new Set(real.aliases.map((a) => a.folded))];

  const pageHtml = new Map(PAGE_SIZES.map((size) => [pagePath(size), benchPage(bundle.articles, size, '/bench.js')]));
  const routes = new Map<string, Route>([
    ['/bench.js', { type: 'text/javascript', body: await bundlePageCode() }],
    ['/blank.html', blankPage('/bench.js')],
    ...pageHtml,
  ]);
  for (const [label, index] of indexes) routes.set(indexPath(label), { type: 'application/json', body: JSON.stringify(index) });
  const server = await serveRoutes(routes);

  const userDataDir = mkdtempSync(join(tmpdir(), 'siyaq-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: [...CHROMIUM_FLAGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  try {
    const run = runner(context, server.origin);
    const browser = await (context.pages()[0] ?? (await context.newPage())).evaluate(() => navigator.userAgent);

    // Every method on every page, in an order that rotates between repetitions, so that a change
    // in the machine's load (it is shared) hits all methods alike.
    const perPage = new Map<string, report.PageResult['runs']>();
    for (const size of PAGE_SIZES) {
      const runs = { ours: [] as OursRun[], ahoCorasick: [] as AcRun[], markJs: [] as MethodRun[], phases: [] as Phases[], pageRepaint: [] as Repaint[], pageChanges: { none: [] as PageChanges[], ours: [] as PageChanges[], live: [] as PageChanges[] } };
      const path = pagePath(size);
      const markPlan = MARKJS_PLAN[size.name]!;
      for (let rep = 0; rep < PAGE_REPS[size.name]!; rep++) {
        const jobs = [
          async () => runs.ours.push((await run(path, 'ours', [indexPath(realLabel), rep === 0]))!),
          async () => runs.ahoCorasick.push((await run(path, 'ahoCorasick', [foldedAliases, rep === 0]))!),
          async () => { if (rep < PHASE_REPS) runs.phases.push((await run(path, 'phases', [indexPath(realLabel)]))!); },
          async () => runs.pageRepaint.push((await run(path, 'pageRepaint', []))!),
          async () => {
            if (rep >= PHASE_REPS) return;
            for (const marks of ['none', 'ours', 'live'] as const) runs.pageChanges[marks].push((await run(path, 'pageChanges', [indexPath(realLabel), marks]))!);
          },
          async () => { if (rep < markPlan.reps && !markPlan.limitMs) runs.markJs.push((await run(path, 'markJs', [markKeywords, rep === 0]))!); },
        ];
        for (let j = 0; j < jobs.length; j++) await jobs[(j + rep) % jobs.length]!();
      }
      perPage.set(size.name, runs);
      progress(`${size.name} done`);
    }

    // Entity scaling: index build and heap on a blank page, then ours on the scaling page, the
    // entity sets taking turns, in an order that rotates between rounds, so that a change in the
    // machine's load hits them all alike (report.ts pairs each run with the real set's of its round).
    const costs = new Map<string, IndexCost>();
    for (const label of indexes.keys()) costs.set(label, (await run('/blank.html', 'indexCost', [indexPath(label), REPS]))!);
    const labels = [...indexes.keys()];
    const scans = new Map<string, OursRun[]>(labels.map((label) => [label, []]));
    for (let rep = 0; rep < SCALING_REPS; rep++) {
      for (let j = 0; j < labels.length; j++) {
        const label = labels[(j + rep) % labels.length]!;
        scans.get(label)!.push((await run(pagePath(pageSize(SCALING_PAGE)), 'ours', [indexPath(label), false]))!);
      }
    }
    const scaling = [...indexes.keys()].map((label): report.ScalingResult => ({
      ...report.summariseIndex(label, costs.get(label)!), scan: report.summariseOurs(scans.get(label)!), runs: scans.get(label)!,
    }));
    progress('entity scaling done');

    // mark.js where it is too slow to finish: one run, abandoned at its limit (so nothing runs after it).
    const stoppedAfterMs = new Map<string, number>();
    for (const size of PAGE_SIZES) {
      const { limitMs } = MARKJS_PLAN[size.name]!;
      if (!limitMs) continue;
      const result = await run(pagePath(size), 'markJs', [markKeywords, true], limitMs);
      if (result) perPage.get(size.name)!.markJs.push(result);
      else stoppedAfterMs.set(size.name, limitMs);
      progress(`${size.name}: mark.js with a limit of ${limitMs / 1000} s done`);
    }

    const demo = await startDemoServer(ROOT);
    const firstMark = await measureFirstMark(join(ROOT, TEST_BUILD_DIR), markKeywords, `${demo.origin}/article/${FIRST_MARK_ARTICLE}`, FIRST_MARK_REPS).finally(() => demo.close());
    progress('time to first mark done');

    const pages = PAGE_SIZES.map((size): report.PageResult => {
      const runs = perPage.get(size.name)!;
      return {
        page: size.name,
        htmlBytes: Buffer.byteLength(pageHtml.get(pagePath(size))!),
        ours: report.summariseOurs(runs.ours),
        ahoCorasick: report.summariseAc(runs.ahoCorasick),
        markJs: runs.markJs.length ? report.summarise(runs.markJs) : null,
        markJsStoppedAfterMs: stoppedAfterMs.get(size.name) ?? null,
        phases: report.summarisePhases(runs.phases),
        pageRepaint: report.summariseRepaint(runs.pageRepaint),
        pageChanges: report.summariseChanges(runs.pageChanges),
        runs,
      };
    });

    const results: report.BenchResults = {
      browser, repetitions: REPS, pages, scaling, scalingPage: SCALING_PAGE, firstMark,
      aliases: { ours: real.aliases.length, markJs: markKeywords.length, ahoCorasick: foldedAliases.length },
    };
    const seconds = (Date.now() - startedAt) / 1000;
    const oursBuildMs = scaling.find((s) => s.label === realLabel)!.buildMedianMs;
    console.log([
      `Siyaq benchmark — ${browser.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'} headless, ${cpus().length} cores. Runs per cell: ${runsPerCell()}.`,
      `Aliases: ours ${results.aliases.ours} index entries for ${real.entities.length} entities; mark.js ${results.aliases.markJs} as written; Aho-Corasick ${results.aliases.ahoCorasick} folded.\n`,
      report.render(results, oursBuildMs),
      `\nbench took ${seconds.toFixed(0)} s; JSON in bench-results/bench.json`,
    ].join('\n'));
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    const meta = { date: new Date().toISOString(), node: process.version, cores: cpus().length, seconds, pageReps: PAGE_REPS, markJsPlan: MARKJS_PLAN, phaseReps: PHASE_REPS, oursBuildMs };
    writeFileSync(join(ROOT, 'bench-results', 'bench.json'), JSON.stringify({ meta, ...results, targets: report.targets(results) }, null, 2) + '\n');
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    await server.close();
  }
}

/**
 * Runs one bench method in a fresh tab on `path` and returns what it measured, or null when it
 * did not finish within `limitMs` (the tab is then closed, which stops it).
 */
function runner(context: BrowserContext, origin: string): Run {
  return async <M extends Method>(path: string, method: M, args: Parameters<BenchApi[M]>, limitMs?: number): Promise<Result<M> | null> => {
    const page = await context.newPage();
    let timer: NodeJS.Timeout | undefined;
    try {
      await page.goto(origin + path, { waitUntil: 'load', timeout: 120_000 });
      const result = page.evaluate(
        ([name, params]) => (window as unknown as { siyaqBench: Record<string, (...a: unknown[]) => Promise<unknown>> }).siyaqBench[name]!(...params),
        [method, args as unknown[]] as const,
      );
      if (limitMs === undefined) return (await result) as Result<M>;
      const stopped = new Promise<null>((done) => (timer = setTimeout(() => done(null), limitMs)));
      const first = await Promise.race([result, stopped]);
      if (first === null) result.catch(() => undefined); // rejects when the tab closes below
      return first as Result<M> | null;
    } finally {
      clearTimeout(timer);
      await page.close({ runBeforeUnload: false });
    }
  };
}

async function bundlePageCode(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'scripts', 'bench', 'in-page.ts')],
    bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', write: false, logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

function runsPerCell(): string {
  const pages = PAGE_SIZES.map((s) => `${PAGE_REPS[s.name]} at ${s.name}`).join(', ');
  const mark = PAGE_SIZES.map((s) => `${MARKJS_PLAN[s.name]!.reps}${MARKJS_PLAN[s.name]!.limitMs ? ' (capped)' : ''} at ${s.name}`).join(', ');
  return `ours and Aho-Corasick ${pages}; mark.js ${mark}; phases ${PHASE_REPS}; scaling ${SCALING_REPS}; first mark ${FIRST_MARK_REPS} loads`;
}

const pagePath = (size: PageSize) => `/page/${size.bytes}.html`;
const indexPath = (label: string) => `/index/${label}.json`;
const pageSize = (name: string) => PAGE_SIZES.find((s) => s.name === name)!;
const startedAt = Date.now();
const progress = (message: string) => process.stderr.write(`bench: ${((Date.now() - startedAt) / 1000).toFixed(0)} s: ${message}\n`);

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
