/**
 * npm run marks:corpus:browser -- <corpus folder> [--every N]
 * Reads real prose in Chromium with the built extension and checks that a reader sees what
 * `marks:corpus` counts: every Nth article of each file (10 by default), and every Nth stacked page
 * (an article about Libya, then one of the "ambiguous" file), each served from 127.0.0.1 as an
 * article page (its title a heading, a paragraph per <p>). For each page the marks drawn in the
 * browser (their kind and text) are compared with those of the same text read in Node, the way
 * `marks:corpus` reads it. The content script reads a page in batches, from the DOM, while its
 * settings are on their way; Node reads it whole: any difference is printed, and the command
 * fails when there is one.
 */
import { join } from 'node:path';
import type { MatchIndex } from '../utils/match/match-index';
import { HIGHLIGHT_NAMES } from '../utils/page/marker';
import { buildBundle } from '../utils/seeds/read-seeds';
import { launchWithExtension, readHighlights, waitForScan } from './lib/browser';
import { escapeHtml, serveRoutes, type Route } from './lib/demo-site';
import { corpusFiles, corpusPages, marksOfPages, type TextPage } from './lib/marks';

const args = process.argv.slice(2);
const everyAt = args.indexOf('--every');
const every = everyAt >= 0 ? Number(args[everyAt + 1]) : 10;
const folder = args.find((a, i) => !a.startsWith('--') && (everyAt < 0 || i !== everyAt + 1));
if (!folder || !Number.isInteger(every) || every < 1) {
  console.error('usage: npm run marks:corpus:browser -- <folder of .jsonl files> [--every N]');
  process.exit(2);
}

const { index } = buildBundle(process.cwd());
const { libya, ambiguous, others } = corpusFiles(folder);
const libyaPages = corpusPages(join(folder, libya));
const sample = (list: readonly TextPage[]) => list.filter((_, i) => i % every === 0);
const pages: TextPage[] = [...sample(libyaPages), ...others.flatMap((file) => sample(corpusPages(join(folder, file))))];
if (ambiguous) {
  corpusPages(join(folder, ambiguous)).forEach((story, i) => {
    if (i % every !== 0) return;
    const first = libyaPages[i % libyaPages.length]!;
    pages.push({ name: `${first.name}+${story.name}`, lines: [...first.lines, ...story.lines] });
  });
}

/** An article page: the first line its heading, the others its paragraphs. */
function articleHtml(page: TextPage): string {
  const [title = '', ...paragraphs] = page.lines.map(escapeHtml);
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${title}</title></head>
<body><article><h1>${title}</h1>\n${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}\n</article></body></html>\n`;
}

/** The marks Node finds on a page, as the browser draws them: kind and text, sorted. */
function nodeMarks(index: MatchIndex, page: TextPage): string[] {
  const typeOf = new Map(index.entities.map((e) => [e.id, e.type]));
  return marksOfPages(index, [page]).map((m) => `${m.entities.length > 1 ? HIGHLIGHT_NAMES.ambiguous : HIGHLIGHT_NAMES[typeOf.get(m.entities[0]!)!]}: ${m.text}`).sort();
}

/** What one list has more of than the other, each entry with its count. */
function surplus(a: readonly string[], b: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  for (const x of b) counts.set(x, (counts.get(x) ?? 0) - 1);
  return [...counts].filter(([, n]) => n > 0).map(([x, n]) => (n > 1 ? `${x} ×${n}` : x));
}

const routes = new Map<string, Route>(pages.map((page, i) => [`/${i}.html`, articleHtml(page)]));
const server = await serveRoutes(routes);
const browser = await launchWithExtension(process.cwd());
let marked = 0;
let differing = 0;
try {
  for (const [i, page] of pages.entries()) {
    const tab = await browser.context.newPage();
    await tab.goto(`${server.origin}/${i}.html`, { waitUntil: 'domcontentloaded' });
    await waitForScan(tab);
    const drawn = (await readHighlights(tab)).map((m) => `${m.highlight}: ${m.text}`).sort();
    await tab.close();
    const read = nodeMarks(index, page);
    marked += drawn.length;
    const onlyDrawn = surplus(drawn, read);
    const onlyRead = surplus(read, drawn);
    if (onlyDrawn.length === 0 && onlyRead.length === 0) continue;
    differing++;
    console.log(`${page.name}: ${drawn.length} marks drawn, ${read.length} read in Node`);
    for (const mark of onlyDrawn) console.log(`  only in the browser: ${mark}`);
    for (const mark of onlyRead) console.log(`  only in Node: ${mark}`);
  }
} finally {
  // The browser first: the server's close waits for the connections the browser keeps open.
  await browser.close();
  await server.close();
}
console.log(`${pages.length} pages (${every === 1 ? 'all' : `1 in ${every}`} of the articles${ambiguous ? ' and of the stacked pages' : ''}), ${marked} marks drawn; ${differing} pages differ from Node's reading`);
process.exitCode = differing === 0 ? 0 : 1;
