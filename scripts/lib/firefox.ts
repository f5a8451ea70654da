/**
 * Starts Firefox (ESR) headless with the built extension installed as a temporary add-on, driven
 * by puppeteer-core over WebDriver BiDi (no geckodriver). Errors thrown in a Firefox content
 * script or extension page never reach puppeteer's `pageerror`: Firefox prints them on its own
 * output as `JavaScript error: moz-extension://…`, which is read here and kept.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'];

/** The Firefox test build: the production build's code with 127.0.0.1 and localhost (utils/build-flavour.ts). */
export const FIREFOX_TEST_BUILD_DIR = join('.output', 'firefox-mv3-test');

/**
 * An error in the extension's code as Firefox prints it: uncaught in any of its scripts or pages
 * (`JavaScript error: moz-extension://…`), or one Siyaq caught and logged (its messages begin with
 * «Siyaq:», such as a session that could not start).
 */
const EXTENSION_ERROR = /^JavaScript error: moz-extension:\/\/|^console\.(error|warn|debug): "Siyaq: /;

/** The add-on's id (wxt.config.ts) and the internal address Firefox gives it here, fixed so that tests can open its pages. */
export const ADDON_ID = 'siyaq@siyaq.invalid';
const ADDON_UUID = '6f0a4c52-3b8e-4d7a-9c1e-5a2b7d9e0f13';

export function findFirefox(): string {
  const found = [process.env.SIYAQ_FIREFOX, ...CANDIDATES].find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('No Firefox found. On Debian: sudo apt-get install firefox-esr — or set SIYAQ_FIREFOX to a Firefox binary.');
  return found;
}

export interface FirefoxWithExtension {
  readonly browser: Browser;
  /** The origin of the extension's pages: moz-extension://<uuid>. */
  readonly extensionOrigin: string;
  /** Lines of Firefox's output that report an error in the extension's code. */
  readonly extensionErrors: string[];
  readonly close: () => Promise<void>;
}

export async function launchFirefoxWithExtension(projectRoot: string): Promise<FirefoxWithExtension> {
  const extensionDir = resolve(projectRoot, FIREFOX_TEST_BUILD_DIR);
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error('The Firefox test build is missing: run npx wxt build -b firefox --mv3 --mode test first.');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    protocol: 'webDriverBiDi',
    // Firefox's output is read below rather than copied to the test's.
    dumpio: false,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // The extension's console messages on Firefox's output too, where they are read.
      'devtools.console.stdout.chrome': true,
      'devtools.console.stdout.content': true,
    },
  });
  const extensionErrors: string[] = [];
  let pending = '';
  const read = (chunk: Buffer) => {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop()!;
    for (const line of lines) if (EXTENSION_ERROR.test(line)) extensionErrors.push(line);
  };
  browser.process()?.stderr?.on('data', read);
  browser.process()?.stdout?.on('data', read);
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { browser, extensionOrigin: `moz-extension://${ADDON_UUID}`, extensionErrors, close: () => browser.close() };
}

/**
 * Turns `page` into one of the extension's pages. WebDriver BiDi may not navigate to an extension's
 * address itself, so the page follows a link to the reader (a page the web may open), and from
 * there, inside the extension's origin, goes to `path`. Puppeteer does not see the new address:
 * read it with `location` in the page.
 */
export async function openExtensionPage(page: Page, webOrigin: string, extensionOrigin: string, path: string): Promise<void> {
  await page.goto(`${webOrigin}/`);
  await page.evaluate((href) => {
    document.body.replaceChildren();
    const link = Object.assign(document.createElement('a'), { href, id: 'siyaq-open', textContent: 'open' });
    link.style.cssText = 'position:fixed;inset:0;font-size:40px';
    document.body.append(link);
  }, `${extensionOrigin}/reader.html`);
  await page.click('#siyaq-open');
  await page.waitForFunction((origin) => location.origin === origin && document.readyState === 'complete', { timeout: 10_000 }, extensionOrigin);
  if (path === '/reader.html') return;
  await page.evaluate((href) => {
    location.href = href;
  }, `${extensionOrigin}${path}`);
  await page.waitForFunction((href) => location.href === href && document.readyState === 'complete', { timeout: 10_000 }, `${extensionOrigin}${path}`);
}
