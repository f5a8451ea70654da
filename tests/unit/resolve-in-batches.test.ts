/**
 * The page scanner reads a page in batches of blocks joined by line breaks, resolves each batch at
 * once, and leaves for the end the short aliases that only a full mention elsewhere could support
 * (resolveReady). Whatever the batches, it must find what resolving the whole page at once finds.
 * Property test over the five seed articles with the real bundle, their lines as blocks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, originalSpan } from '../../utils/arabic/fold';
import { Matcher } from '../../utils/match/matcher';
import { resolveMentions, resolveReady } from '../../utils/match/resolve';
import { buildBundle } from '../../utils/seeds/read-seeds';
import { findMentions } from './match-helpers';

const { index, articles } = buildBundle(process.cwd());
const matcher = new Matcher(index);
const lines = articles.flatMap((a) => a.text.split('\n').filter((line) => line.trim() !== ''));

/** Mentions as the scanner finds them, with the blocks cut into batches at `cuts`. */
function inBatches(blocks: readonly string[], cuts: readonly number[]): string[] {
  const mentioned = new Set<number>();
  const found: { at: number; text: string }[] = [];
  const waiting: { start: number; text: string; folded: ReturnType<typeof fold>; candidates: ReturnType<Matcher['scan']> }[] = [];
  const take = (start: number, text: string, folded: ReturnType<typeof fold>, mentions: ReturnType<typeof resolveMentions>) => {
    for (const m of mentions) {
      const [s, e] = originalSpan(folded, m.start, m.end);
      found.push({ at: start + s, text: `${text.slice(s, e)} → ${m.entities.map((i) => index.entities[i]!.id).join('|')}` });
    }
  };
  const bounds = [0, ...[...new Set(cuts)].filter((c) => c > 0 && c < blocks.length).sort((a, b) => a - b), blocks.length];
  let offset = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const text = blocks.slice(bounds[i], bounds[i + 1]).join('\n');
    const folded = fold(text);
    const scan = { text: folded.text, candidates: matcher.scan(folded.text) };
    const ready = resolveReady(index, scan, mentioned);
    take(offset, text, folded, ready.mentions);
    if (ready.waiting.length > 0) waiting.push({ start: offset, text, folded, candidates: ready.waiting });
    offset += text.length + 1;
  }
  for (const w of waiting) take(w.start, w.text, w.folded, resolveMentions(index, { text: w.folded.text, candidates: w.candidates }, mentioned));
  return found.sort((a, b) => a.at - b.at).map((f) => f.text);
}

describe('resolving a page in batches', () => {
  const whole = findMentions(index, ...lines).map((m) => `${m.text} → ${m.ids.join('|')}`);

  it('finds on the seed articles what resolving them at once finds, however they are cut', () => {
    expect(whole.length).toBeGreaterThan(100);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: lines.length }), { maxLength: 40 }), (cuts) => {
        expect(inBatches(lines, cuts)).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });

  it('resolves a short alias before the full mention that supports it, later in another batch', () => {
    expect(inBatches(['قالت الوزيرة المنقوش إن', 'نص آخر', 'وطالبت وزيرة الخارجية الليبية نجلاء المنقوش'], [1, 2])).toEqual([
      'المنقوش → najla-mangoush',
      'نجلاء المنقوش → najla-mangoush',
    ]);
  });
});
