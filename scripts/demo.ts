/**
 * npm start — serves the five seed articles as news pages on 127.0.0.1 and opens Chromium with
 * the built extension. With a display it opens a window and keeps running; without one it runs
 * headless, prints what it marked on each page and saves a screenshot of an open card.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildBundle } from '../utils/seeds/read-seeds';
import { cardText, launchWithExtension, pointOfMark, readHighlights, waitForCard, waitForScan } from './lib/browser';
import { startDemoServer } from './lib/demo-site';

const root = process.cwd();
const headed = !!process.env.DISPLAY && !process.env.CI && !process.argv.includes('--headless');
const server = await startDemoServer(root, headed ? 4173 : 0);
// With a window the reader may browse real news sites; headless, nothing may leave the browser.
const browser = await launchWithExtension(root, { headless: !headed, offline: !headed });
console.log(`Demo site: ${server.origin}/`);

if (headed) {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/`);
  console.log('Chromium is open with Siyaq loaded. Open an article and rest the pointer on a marked name. Ctrl+C ends the demo.');
  // Ctrl+C and closing the window can both fire; the second must not close things again.
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await browser.close();
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  browser.context.on('close', stop);
} else {
  try {
    const page = await browser.context.newPage();
    for (const article of buildBundle(root).articles) {
      await page.goto(`${server.origin}/article/${article.id}`);
      const count = await waitForScan(page);
      const marks = await readHighlights(page);
      const names = [...new Set(marks.map((m) => m.text))];
      console.log(`\n${article.id}  «${article.headline.slice(0, 60)}…»\n  marked ${count} mentions of ${names.length} names: ${names.join('، ')}`);
    }
    await page.goto(`${server.origin}/article/000_6e08de1c6a9042cb`);
    await waitForScan(page);
    const point = await pointOfMark(page, 'مصطفى المقرعن');
    await page.mouse.move(point.x, point.y);
    await waitForCard(page);
    await page.waitForTimeout(300); // let the fade finish before the picture
    const dir = join(root, '.demo');
    mkdirSync(dir, { recursive: true });
    const shot = join(dir, 'card.png');
    await page.screenshot({ path: shot });
    console.log(`\nCard for مصطفى المقرعن:\n  ${(await cardText(page))?.replace(/\s+/g, ' ').slice(0, 300)}…\nScreenshot: ${shot}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
