/**
 * Starts the system's Chromium with the built extension loaded, with the flags that keep it off
 * the network (no background networking, component updates or sync).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/**
 * The build the demo, the tests and the benchmark load: the production build's code with 127.0.0.1
 * and localhost in its manifest (`wxt build --mode test`; utils/build-flavour.ts).
 */
export const TEST_BUILD_DIR = join('.output', 'chrome-mv3-test');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags for every Chromium started here: no sandbox (containers), no GPU, and nothing that reaches the network. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-pings',
  '--disable-features=AutofillServerCommunication,OptimizationHints,OptimizationGuideModelDownloading,Translate,MediaRouter',
];

export function findChromium(): string {
  const fromEnv = process.env.SIYAQ_CHROMIUM;
  const found = [fromEnv, ...CANDIDATES].find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error('No Chromium found. On Debian: sudo apt-get install chromium; on Ubuntu: sudo snap install chromium — or set SIYAQ_CHROMIUM to a Chromium or Chrome binary.');
  }
  return found;
}

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  /** The built extension's folder, as loaded. */
  readonly extensionDir: string;
  /**
   * Requests that tried to leave the browser (anything not to 127.0.0.1 or localhost), from any
   * context: pages, the extension's pages, its background, its content scripts, the browser.
   */
  readonly requestsOut: string[];
  /** Closes the browser; when offline, fails if any request tried to leave it. */
  readonly close: () => Promise<void>;
}

/**
 * Chromium's own services, which a browser calls whatever extension it runs and the flags above
 * do not all silence: the extension updater (when an extension is loaded or enabled), the account
 * service of chrome://extensions, form autofill and component downloads.
 */
const BROWSER_SERVICE_HOSTS = new Set([
  'update.googleapis.com', 'accounts.google.com', 'clients2.google.com', 'clients2.googleusercontent.com',
  'content-autofill.googleapis.com', 'redirector.gvt1.com',
]);

function hostOf(request: string): string {
  return request.startsWith('CONNECT ') ? request.slice('CONNECT '.length).split(':')[0]! : new URL(request).hostname;
}

/**
 * A proxy for every request that would leave the machine: it records the address and refuses it.
 * Chromium sends loopback addresses (the test pages) directly, everything else here.
 */
async function startRequestRecorder(): Promise<{ readonly server: string; readonly seen: string[]; readonly close: () => Promise<void> }> {
  const seen: string[] = [];
  const record = (request: string) => {
    if (!BROWSER_SERVICE_HOSTS.has(hostOf(request))) seen.push(request);
  };
  const proxy = createServer((req, res) => {
    record(req.url ?? '?');
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket) => {
    record(`CONNECT ${req.url ?? '?'}`);
    // The socket is ours once the server hands it over: a browser that resets the refused
    // connection (ECONNRESET) must not become an uncaught error in the test process.
    socket.on('error', () => socket.destroy());
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  const { port } = proxy.address() as { port: number };
  return { server: `http://127.0.0.1:${port}`, seen, close: () => new Promise((done) => proxy.close(() => done())) };
}

export async function launchWithExtension(
  projectRoot: string,
  options: {
    headless?: boolean; colorScheme?: 'light' | 'dark'; hasTouch?: boolean; offline?: boolean;
    /** A profile to start with and keep (a browser restarted on it); by default a fresh one, removed at close. */
    userDataDir?: string;
  } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = resolve(projectRoot, TEST_BUILD_DIR);
  // Offline (the default, and every test): nothing leaves the browser, and what tries is recorded.
  const recorder = options.offline === false ? null : await startRequestRecorder();
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error('The test build is missing: run npm run build:test first.');
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'siyaq-chromium-'));
  const removeProfile = () => {
    if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  };
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: findChromium(),
      headless: options.headless ?? true,
      colorScheme: options.colorScheme ?? 'light',
      hasTouch: options.hasTouch ?? false,
      viewport: { width: 1200, height: 800 },
      locale: 'ar',
      args: [
        ...CHROMIUM_FLAGS, '--disable-default-apps', `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
        ...(recorder ? [`--proxy-server=${recorder.server}`] : []),
      ],
    });
  } catch (error) {
    removeProfile();
    await recorder?.close();
    throw error;
  }
  const requestsOut = recorder?.seen ?? [];
  const close = async () => {
    await context.close();
    removeProfile();
    await recorder?.close();
    if (requestsOut.length > 0) throw new Error(`requests tried to leave the browser: ${requestsOut.join(', ')}`);
  };
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    return { context, extensionId: new URL(worker.url()).host, extensionDir, requestsOut, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Waits until the content script has scanned the page and its card is ready; returns how many mentions it marked. */
export async function waitForScan(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => {
    const entry = performance.getEntriesByName('siyaq:ready')[0] as PerformanceMark | undefined;
    return entry ? { mentions: (entry.detail as { mentions: number }).mentions } : false;
  }, undefined, { timeout: 20_000 });
  return ((await handle.jsonValue()) as { mentions: number }).mentions;
}

interface MarkedText {
  readonly highlight: string;
  readonly text: string;
  /** Whether the marked text is still in the page. */
  readonly connected: boolean;
}

/** Every highlighted range on the page, read from CSS.highlights in the page's main world. */
export function readHighlights(page: Page): Promise<MarkedText[]> {
  return page.evaluate(() => {
    const out: MarkedText[] = [];
    CSS.highlights.forEach((highlight, name) => {
      for (const s of highlight as unknown as Iterable<AbstractRange>) {
        const range = document.createRange();
        range.setStart(s.startContainer, s.startOffset);
        range.setEnd(s.endContainer, s.endOffset);
        out.push({ highlight: name, text: range.toString(), connected: s.startContainer.isConnected });
      }
    });
    return out;
  });
}

/**
 * The centre of the first highlighted range whose text is `text`, in viewport coordinates, once
 * it is scrolled into view and the scroll has been drawn (a tap is routed by what is on screen).
 */
export async function pointOfMark(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(async (wanted) => {
    let found: Range | null = null;
    CSS.highlights.forEach((highlight) => {
      for (const s of highlight as unknown as Iterable<AbstractRange>) {
        const range = document.createRange();
        range.setStart(s.startContainer, s.startOffset);
        range.setEnd(s.endContainer, s.endOffset);
        if (!found && range.toString() === wanted) found = range;
      }
    });
    const range = found as Range | null;
    if (!range) return null;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    // Two frames; a page in a background tab gets none, so not longer than a moment.
    await new Promise((drawn) => {
      requestAnimationFrame(() => requestAnimationFrame(drawn));
      setTimeout(drawn, 100);
    });
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, text);
  if (!point) throw new Error(`no mark for «${text}»`);
  return point;
}

/** Reads the visible card's text from its open shadow root, or null. */
export function cardText(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('siyaq-card')?.shadowRoot?.querySelector('.card.visible')?.textContent ?? null);
}

/** The open card's box in viewport coordinates, or null when no card is visible. */
export function cardBox(page: Page): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return page.evaluate(() => {
    const card = document.querySelector('siyaq-card')?.shadowRoot?.querySelector('.card.visible');
    if (!card) return null;
    const r = card.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
}

/** Rests the pointer on a marked name and waits for its card; returns where the pointer rests. */
export async function hoverName(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await pointOfMark(page, text);
  await page.mouse.move(point.x, point.y);
  await waitForCard(page);
  return point;
}

/** The id of the tab `page` is in, asked of the extension's background `worker`: it is the active tab once brought to the front. */
export async function tabOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<{ id: number }[]> } } }).chrome;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id;
  });
}

/** The toolbar badge's text for tab `tabId`, asked of the extension's background `worker`. */
export function badgeOf(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => (globalThis as unknown as { chrome: { action: { getBadgeText: (d: object) => Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }), tabId);
}

export async function waitForCard(page: Page): Promise<void> {
  await page.waitForFunction(() => !!document.querySelector('siyaq-card')?.shadowRoot?.querySelector('.card.visible'));
}

/** Waits until the card has faded in fully, so that a screenshot shows it as a reader does. */
export async function waitForCardFadedIn(page: Page): Promise<void> {
  await waitForCard(page);
  await page.waitForFunction(() => {
    const card = document.querySelector('siyaq-card')!.shadowRoot!.querySelector<HTMLElement>('.card.visible');
    return !!card && card.getAnimations().length === 0 && getComputedStyle(card).opacity === '1';
  });
}

export async function waitForNoCard(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('siyaq-card')?.shadowRoot?.querySelector('.card'));
}
