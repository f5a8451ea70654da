/**
 * npm run marks:pages -- <folder of saved pages> [--shots <folder>]
 * What Siyaq marks on saved news pages (.html), in Chromium with the built extension: each page is
 * served from 127.0.0.1 as it was saved (its scripts run; a content security policy and a route
 * refuse every request of theirs to another host, and its connection hints are left out), and the command prints the page's marks (kind and text, with how often)
 * and the entities the toolbar popup lists for it, as a reader would see them. Pages from sites
 * that are not Libyan get no country from their address in the extension either, so serving them
 * from 127.0.0.1 changes nothing in how they are read. With --shots, a screenshot of each page's
 * first card is saved there.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { hoverName, launchWithExtension, readHighlights, waitForScan } from './lib/browser';

const args = process.argv.slice(2);
const shotsAt = args.indexOf('--shots');
const shots = shotsAt >= 0 ? resolve(args[shotsAt + 1] ?? 'test-results/pages') : null;
const folder = args.find((a, i) => !a.startsWith('--') && (shotsAt < 0 || i !== shotsAt + 1));
if (!folder) {
  console.error('usage: npm run marks:pages -- <folder of saved .html pages> [--shots <folder>]');
  process.exit(2);
}
const files = readdirSync(folder).filter((n) => n.endsWith('.html')).sort();

/**
 * The page's bytes without its preconnect and dns-prefetch hints: Chromium opens those connections
 * before any policy or route applies. Read as Latin-1, so that every other byte stays as it was.
 */
function withoutConnectionHints(html: Buffer): Buffer {
  return Buffer.from(html.toString('latin1').replace(/<link\b[^>]*\brel\s*=\s*["']?(?:preconnect|dns-prefetch)\b[^>]*>/gi, ''), 'latin1');
}

const LOCAL_ONLY = "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:";
// The saved bytes as they are: the browser reads the charset from the page, as it would online.
const server = createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(1));
  if (!files.includes(name)) return void res.writeHead(404).end();
  // The page may load only from here: its embeds, pixels and images from other sites are refused.
  res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': LOCAL_ONLY }).end(withoutConnectionHints(readFileSync(join(folder, name))));
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
// A profile where Chromium predicts no connections: a page's links and scripts to other hosts
// would otherwise open sockets before any policy applies.
const profile = mkdtempSync(join(tmpdir(), 'siyaq-pages-'));
mkdirSync(join(profile, 'Default'));
writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ net: { network_prediction_options: 2 } }));
const browser = await launchWithExtension(process.cwd(), { userDataDir: profile });
// And what the policy lets through to another host is refused before it leaves.
await browser.context.route((url) => url.protocol.startsWith('http') && url.hostname !== '127.0.0.1', (route) => route.abort());
if (shots) mkdirSync(shots, { recursive: true });

/** The entities the toolbar popup lists for `page`'s tab, with their mention counts. */
async function popupEntries(page: Page): Promise<string[]> {
  await page.bringToFront();
  const worker = browser.context.serviceWorkers()[0]!;
  const tab = await worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<{ id: number }[]> } } }).chrome;
    return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id;
  });
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tab}`);
  await popup.waitForSelector('.entry, .empty:not([role="status"])');
  const entries = await popup.$$eval('.entry', (els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));
  await popup.close();
  return entries;
}

let total = 0;
try {
  for (const file of files) {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/${encodeURIComponent(file)}`, { waitUntil: 'domcontentloaded' });
    const mentions = await waitForScan(page);
    const counts = new Map<string, number>();
    for (const mark of await readHighlights(page)) {
      const key = `${mark.highlight.replace('siyaq-', '')}: ${mark.text}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    total += mentions;
    console.log(`\n${file}: ${mentions} mentions marked${errors.length ? ` (the page threw ${errors.length} errors of its own)` : ''}`);
    for (const [mark, n] of counts) console.log(`  ${mark}${n > 1 ? ` ×${n}` : ''}`);
    if (mentions > 0) {
      for (const entry of await popupEntries(page)) console.log(`  popup: ${entry}`);
      if (shots) {
        await hoverName(page, (await readHighlights(page))[0]!.text);
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(shots, `${file.replace(/\.html$/, '')}.png`) });
      }
    }
    await page.close();
  }
  console.log(`\n${files.length} pages, ${total} mentions marked`);
} finally {
  server.close();
  try {
    await browser.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
