/**
 * The page scanner hands a page to the page reader in batches of blocks, as the DOM walk yields
 * them, and the reader decides each name once it has read the text around it. Whatever the
 * batches, it must find what reading the whole page at once finds. Property test over the five
 * seed articles with the real bundle, their lines as blocks, and over pages that stack them with
 * the same sentences in other orders.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageReader } from '../../utils/match/page-reader';
import { buildBundle } from '../../utils/seeds/read-seeds';

const { index, articles } = buildBundle(process.cwd());
const pages = articles.map((a) => a.text.split('\n'));

/** Every mention of a page, as «block:start text → ids», reading it in batches cut at `cuts`. */
function inBatches(blocks: readonly string[], cuts: readonly number[]): string[] {
  const reader = PageReader.of(index);
  const bounds = [0, ...[...new Set(cuts)].filter((c) => c > 0 && c < blocks.length).sort((a, b) => a - b), blocks.length];
  const found = [];
  for (let i = 0; i + 1 < bounds.length; i++) found.push(...reader.read(blocks.slice(bounds[i], bounds[i + 1])));
  found.push(...reader.finish());
  return found
    .sort((a, b) => a.block - b.block || a.start - b.start)
    .map((m) => `${m.block}:${m.start} ${blocks[m.block]!.slice(m.start, m.end)} → ${m.entities.map((e) => index.entities[e]!.id).join('|')}${m.dual ? ' (dual)' : ''}`);
}

describe('reading a page in batches', () => {
  it.each(pages.map((lines, i) => [articles[i]!.id, lines] as const))('finds on %s what reading it at once finds, however it is cut', (_id, lines) => {
    const whole = inBatches(lines, []);
    expect(whole.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: lines.length }), { maxLength: 20 }), (cuts) => {
        expect(inBatches(lines, cuts)).toEqual(whole);
      }),
      { numRuns: 40 },
    );
  });

  it('finds the same on a page of all five articles, however it is cut', () => {
    const all = pages.flat();
    const whole = inBatches(all, []);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: all.length }), { maxLength: 40 }), (cuts) => {
        expect(inBatches(all, cuts)).toEqual(whole);
      }),
      { numRuns: 30 },
    );
  });

  it('decides a short alias before the full name that supports it, later in another batch', () => {
    expect(inBatches(['قالت الوزيرة المنقوش إن', 'نص آخر', 'وطالبت وزيرة الخارجية الليبية نجلاء المنقوش'], [1, 2])).toEqual([
      '0:13 المنقوش → najla-mangoush',
      '2:30 نجلاء المنقوش → najla-mangoush',
    ]);
  });
});
