/**
 * The reader's pointer in the Firefox tests (puppeteer-core over WebDriver BiDi): rests on a
 * marked name until its card shows, as firefox.test.ts and firefox-hostile.test.ts both do.
 */
import type { Page } from 'puppeteer-core';

export interface ShownCard {
  readonly text: string;
  readonly dir: string;
  readonly lang: string;
}

/** Rests the pointer on the first mark whose text is `name` until its card shows; returns the card. */
export async function hoverMark(page: Page, name: string): Promise<ShownCard> {
  const point = await page.evaluate((wanted): { x: number; y: number } | null => {
    let found: { x: number; y: number } | null = null;
    CSS.highlights.forEach((h) => {
      for (const s of h as unknown as Iterable<AbstractRange>) {
        const r = document.createRange();
        r.setStart(s.startContainer, s.startOffset);
        r.setEnd(s.endContainer, s.endOffset);
        if (found || r.toString() !== wanted) continue;
        r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const rect = r.getClientRects()[0]!;
        found = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    });
    return found;
  }, name);
  if (!point) throw new Error(`no mark for «${name}»`);
  await page.mouse.move(point.x - 3, point.y);
  await page.mouse.move(point.x, point.y);
  await page.waitForFunction(() => !!document.querySelector('siyaq-card')?.shadowRoot?.querySelector('.card.visible'), { timeout: 10_000 });
  return page.evaluate(() => {
    const card = document.querySelector('siyaq-card')!.shadowRoot!.querySelector('.card.visible')!;
    return { text: card.textContent ?? '', dir: card.getAttribute('dir') ?? '', lang: card.getAttribute('lang') ?? '' };
  });
}
