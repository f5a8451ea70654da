/**
 * Bundled into a plain page by page-modules.test.ts: the page-side modules, without the extension,
 * so that the fallbacks for engines without parts of the CSS Custom Highlight API, the marker's
 * behaviour on pages with many marks, and how text is read into blocks can be exercised in Chromium.
 */
import { fold } from '../../utils/arabic/fold';
import { Matcher } from '../../utils/match/matcher';
import type { MatchIndex } from '../../utils/match/match-index';
import { Highlighter } from '../../utils/page/highlighter';
import { PageScanner } from '../../utils/page/scan-page';
import { WrapMarker } from '../../utils/page/wrap-marker';
import { isLive, textOf } from '../../utils/page/marker';
import { blockRange, collectTextBlocks, TextBlockReader } from '../../utils/page/text-blocks';
import { TIMING } from '../../utils/timing';

Object.assign(globalThis, {
  siyaqModules: {
    fold,
    /** Every text block of the page, whether it is all one link, and the text of a mark's range over each whole block and over its last two characters. */
    readBlocks() {
      return collectTextBlocks(document.body).map((block) => ({
        text: block.text,
        link: block.isLink(),
        whole: textOf(blockRange(block, 0, block.text.length)),
        tail: textOf(blockRange(block, block.text.length - 2, block.text.length)),
      }));
    },
    /**
     * Reads the first block, removes the node the walk is to resume from, reads on: what the reader
     * then returns and whether it knows it lost its place.
     */
    readAfterRemoval() {
      const reader = new TextBlockReader(document.body);
      const first = reader.read(1).map((b) => b.text);
      document.getElementById('second')!.remove();
      const rest = reader.read(Infinity).map((b) => b.text);
      return { first, rest, lost: reader.lost };
    },
    /** Whether a mark's range over a text node is live before and after the page removes that node. */
    liveBeforeAndAfterRemoval() {
      const text = document.getElementById('p')!.firstChild as Text;
      const range = new StaticRange({ startContainer: text, startOffset: 0, endContainer: text, endOffset: 5 });
      const before = isLive(range);
      text.remove();
      return { before, after: isLive(range) };
    },
    /**
     * Marks باشاغا in every paragraph, then, before the marks' hit-testing index is built, removes
     * the first paragraph's text: whether the pointer pre-check then takes that paragraph, the body
     * or the next paragraph for marked, and how many marks are left once the change is rescanned.
     */
    removedBeforeIndexed() {
      const marker = new Highlighter();
      marker.add(bashaghaInEveryParagraph());
      const first = document.querySelector('p')!;
      first.replaceChildren();
      const next = document.querySelectorAll('p')[1]!;
      const marked = { paragraph: marker.mayHaveMarks(first), body: marker.mayHaveMarks(document.body), next: marker.mayHaveMarks(next) };
      marker.removeWithin([first]);
      return { ...marked, left: marker.count };
    },
    /**
     * Marks باشاغا in every paragraph with a Highlighter that registers only marks near the
     * viewport: first all but every `late`-th paragraph, then those, as a scan hands over the names
     * it could resolve only at its end. Returns the marker.
     */
    markWithLateOnes(late: number) {
      const mentions = bashaghaInEveryParagraph();
      const marker = new Highlighter(10);
      marker.add(mentions.filter((_, i) => i % late !== 0), 0, true);
      marker.add(mentions.filter((_, i) => i % late === 0));
      return marker;
    },
    /**
     * Hands باشاغا in every paragraph to a Highlighter that registers only marks near the viewport,
     * in `groups` groups as a scan does at its end, with two frames between groups (a scan yields
     * between them), and counts the registered ranges after each.
     */
    async registeredAfterEachGroup(groups: number) {
      const mentions = bashaghaInEveryParagraph();
      const marker = new Highlighter(10);
      const size = Math.ceil(mentions.length / groups);
      const registered: number[] = [];
      for (let i = 0; i < mentions.length; i += size) {
        if (i > 0) await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        marker.add(mentions.slice(i, i + size), Math.max(0, mentions.length - i - size));
        registered.push([...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
      }
      return registered;
    },
    /**
     * Scans the page's <main>, yielding after every batch, and the first time it yields the page
     * removes the first paragraph's text, shortens the second's or takes <main> out of the page:
     * the paragraphs whose marks the scan then hands over.
     */
    async scanWhileThePageChanges(index: MatchIndex, change: 'remove' | 'shorten' | 'detach') {
      const timing = TIMING as { scanSliceMs: number };
      const sliceMs = timing.scanSliceMs;
      const scheduler = (globalThis as unknown as { scheduler: { yield: () => Promise<void> } }).scheduler;
      const yieldToPage = scheduler.yield;
      const [first, second] = document.querySelectorAll('p');
      scheduler.yield = () => {
        scheduler.yield = yieldToPage;
        if (change === 'remove') first!.firstChild!.remove();
        else if (change === 'shorten') (second!.firstChild as Text).data = 'خبر';
        else document.querySelector('main')!.remove();
        return yieldToPage.call(scheduler);
      };
      timing.scanSliceMs = 0;
      try {
        const marker = new Highlighter();
        await new PageScanner(index, new Matcher(index), marker).scan([document.querySelector('main')!]);
        return { yielded: scheduler.yield === yieldToPage, marked: marker.mentionsInOrder().map((m) => m.range.startContainer.parentElement?.id ?? null) };
      } finally {
        timing.scanSliceMs = sliceMs;
        scheduler.yield = yieldToPage;
      }
    },
    /** `registerAllUpTo` lowers the Highlighter's limit, so that a short page acts as a long one. */
    async scanWith(kind: 'wrap' | 'highlight', index: MatchIndex, registerAllUpTo?: number) {
      const marker = kind === 'wrap' ? new WrapMarker() : new Highlighter(registerAllUpTo);
      const scanner = new PageScanner(index, new Matcher(index), marker);
      const found = await scanner.scan([document.body]);
      return { marker, scanner, found };
    },
  },
});

/** A person mention over باشاغا in each paragraph of the page. */
function bashaghaInEveryParagraph() {
  return [...document.querySelectorAll('p')].map((p) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    let text = walker.nextNode() as Text | null;
    while (text && !text.data.includes('باشاغا')) text = walker.nextNode() as Text | null;
    const at = text!.data.indexOf('باشاغا');
    const range = new StaticRange({ startContainer: text!, startOffset: at, endContainer: text!, endOffset: at + 'باشاغا'.length });
    return { range, kind: 'person' as const, entityIds: ['fathi-bashagha'] };
  });
}
