// @vitest-environment happy-dom
/**
 * The marks a scan finds before the settings have come (utils/page/held-marker.ts): held, then
 * drawn in the order found once the settings say how; dropped when the page rescans or removes
 * their text meanwhile, and never drawn by a session that ended first.
 */
import { describe, expect, it } from 'vitest';
import { HeldMarker } from '../../utils/page/held-marker';
import type { MentionMarker, PageMention } from '../../utils/page/marker';

/** A marker that records what reaches it. */
function drawingMarker() {
  const drawn: string[][] = [];
  let disposed = false;
  const marker: MentionMarker = {
    add: (mentions) => void drawn.push(mentions.map((m) => m.range.toString())),
    removeWithin: () => undefined,
    mentionAt: () => undefined,
    mayHaveMarks: () => true,
    mentionsInOrder: () => [],
    count: 0,
    dispose: () => void (disposed = true),
  };
  return { marker, drawn, disposed: () => disposed };
}

function paragraph(text: string): { element: HTMLElement; mention: (word: string) => PageMention } {
  const element = document.createElement('p');
  element.textContent = text;
  document.body.append(element);
  const node = element.firstChild as Text;
  return {
    element,
    mention(word) {
      const range = document.createRange();
      const start = text.indexOf(word);
      range.setStart(node, start);
      range.setEnd(node, start + word.length);
      return { range, kind: 'person', entityIds: ['x'] };
    },
  };
}

describe('the held marker', () => {
  it('draws nothing until opened, then what it held in order, then the rest as it comes', () => {
    const first = paragraph('قال باشاغا إن المنفي');
    const second = paragraph('التقى بوريطة');
    const held = new HeldMarker();
    const target = drawingMarker();
    held.add([first.mention('باشاغا'), first.mention('المنفي')], 1, true);
    held.add([second.mention('بوريطة')]);
    expect(held.count).toBe(0);
    expect(held.mayHaveMarks(first.element)).toBe(false);
    expect(target.drawn).toEqual([]);
    held.open(target.marker);
    expect(target.drawn).toEqual([['باشاغا', 'المنفي'], ['بوريطة']]);
    held.add([first.mention('المنفي')]);
    expect(target.drawn.at(-1)).toEqual(['المنفي']);
    expect(held.mayHaveMarks(first.element)).toBe(true);
  });

  it('drops held marks inside a part the page rescans, and those whose text left the page', () => {
    const kept = paragraph('قال باشاغا');
    const rescanned = paragraph('قال المنفي');
    const removed = paragraph('التقى بوريطة');
    const held = new HeldMarker();
    held.add([kept.mention('باشاغا'), rescanned.mention('المنفي'), removed.mention('بوريطة')]);
    removed.element.remove();
    held.removeWithin([rescanned.element]);
    const target = drawingMarker();
    held.open(target.marker);
    expect(target.drawn).toEqual([['باشاغا']]);
  });

  it('draws nothing once disposed (the session ended before the settings came)', () => {
    const text = paragraph('قال باشاغا');
    const held = new HeldMarker();
    held.add([text.mention('باشاغا')]);
    held.dispose();
    const target = drawingMarker();
    held.open(target.marker);
    expect(target.drawn).toEqual([]);
  });
});
