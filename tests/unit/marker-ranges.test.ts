// @vitest-environment happy-dom
/**
 * Marks are static ranges (decision 0002): what the marker works out from their nodes, where a live
 * Range would have answered itself (utils/page/marker.ts).
 */
import { describe, expect, it } from 'vitest';
import { compareStarts, isLive, liveRange, textOf, type PageMention } from '../../utils/page/marker';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text);
  return out;
}

/**
 * A mark over these offsets. happy-dom has no StaticRange: an object with its fields stands in,
 * and like a StaticRange it does not follow changes to the text (the browsers' own run end to end).
 */
function mark(startContainer: Text, startOffset: number, endContainer: Text, endOffset: number): PageMention {
  const collapsed = startContainer === endContainer && startOffset === endOffset;
  return { range: { startContainer, startOffset, endContainer, endOffset, collapsed } as AbstractRange, kind: 'person', entityIds: ['x'] };
}

describe('marks as static ranges', () => {
  it('reads the text of a name split across inline elements', () => {
    const [a, b, c] = textNodes(page('<p>قال عبد <b>الحميد</b> الدبيبة إن</p>'));
    expect(textOf(mark(a!, 4, c!, 8).range)).toBe('عبد الحميد الدبيبة');
    expect(textOf(mark(b!, 0, b!, 6).range)).toBe('الحميد');
  });

  it('orders marks by where they start, in one text node and across nodes', () => {
    const [a, , c] = textNodes(page('<p>باشاغا و<b>بلجود</b> ثم بوريطة</p>'));
    const first = mark(a!, 0, a!, 6);
    const second = mark(a!, 7, a!, 8);
    const third = mark(c!, 4, c!, 10);
    expect([third, first, second].sort(compareStarts)).toEqual([first, second, third]);
    expect(compareStarts(first, first)).toBe(0);
  });

  it('orders the marks of one reading by where the scan read them, those of two readings by the page', () => {
    const [a, , c] = textNodes(page('<p>باشاغا و<b>بلجود</b> ثم بوريطة</p>'));
    const reading = {};
    // Places that disagree with the page, as no scan makes them: the reading's order is the one used.
    const readFirst = { ...mark(c!, 4, c!, 10), readAt: { reading, block: 0, offset: 4 } };
    const readLater = { ...mark(a!, 0, a!, 6), readAt: { reading, block: 0, offset: 30 } };
    const readElsewhere = { ...mark(a!, 7, a!, 8), readAt: { reading: {}, block: 0, offset: 0 } };
    expect([readLater, readFirst].sort(compareStarts)).toEqual([readFirst, readLater]);
    expect(compareStarts(readElsewhere, readFirst)).toBeLessThan(0);
    expect(compareStarts(readFirst, readElsewhere)).toBeGreaterThan(0);
  });

  it('is live while its text nodes are in the page and hold its offsets', () => {
    const [text] = textNodes(page('<p>التقى صبري بوقادوم نظيره</p>'));
    const { range } = mark(text!, 6, text!, 18);
    expect(isLive(range)).toBe(true);
    text!.data = 'التقى';
    expect(isLive(range)).toBe(false);
    text!.data = 'التقى صبري بوقادوم نظيره';
    text!.remove();
    expect(isLive(range)).toBe(false);
  });

  it('gives a live Range within the nodes as they are now, even after the page shortened the text', () => {
    const [text] = textNodes(page('<p>التقى صبري بوقادوم نظيره</p>'));
    const { range } = mark(text!, 6, text!, 18);
    expect(liveRange(range).toString()).toBe('صبري بوقادوم');
    text!.data = 'التقى صبري';
    expect(() => liveRange(range)).not.toThrow();
    expect(liveRange(range).toString()).toBe('صبري');
  });
});
