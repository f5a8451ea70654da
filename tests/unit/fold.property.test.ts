/**
 * Property tests for the fold's offset map and for the claim that invisible and vocalisation marks
 * on a page never cost a match. Random Arabic text, random marks inserted anywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripArticle, wordForms } from '../../utils/arabic/clitics';
import { fold, foldString, originalSpan } from '../../utils/arabic/fold';
import { COMPOUND_NAME_HEADS, COMPOUND_NAME_TAILS } from '../../utils/arabic/given-names';
import { RANKS } from '../../utils/arabic/titles';
import { findMentions, readPage, testIndex } from './match-helpers';

const RUNS = { numRuns: 300 };

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => String.fromCharCode(from + k));

/** Letters U+0621–U+064A (tatweel U+0640 among them), as the brief of the fold has it. */
const LETTERS = range(0x0621, 0x064a);
const PUNCTUATION = ['،', '.', ':', '؟', '!', '؛', '(', ')', '«', '»', '“', '”', '"', '-', '\n'];
/** Harakat and the dagger alef. */
const DIACRITICS = [...range(0x064b, 0x065f), '\u0670'];
const INVISIBLE = [...range(0x200b, 0x200f), ...range(0x202a, 0x202e), ...range(0x2066, 0x2069), '\uFEFF', '\u00AD'];
const MARKS = [...DIACRITICS, '\u0640', ...INVISIBLE];

const letter = fc.constantFrom(...LETTERS);
const mark = fc.constantFrom(...MARKS);
const baseChar = fc.oneof({ weight: 8, arbitrary: letter }, { weight: 2, arbitrary: fc.constant(' ') }, { weight: 1, arbitrary: fc.constantFrom(...PUNCTUATION) });
const cleanText = fc.array(baseChar, { maxLength: 60 }).map((chars) => chars.join(''));

interface Insertion {
  /** Where in the clean text (clamped to its length). */
  readonly at: number;
  readonly marks: string;
}
const insertions = fc.array(
  fc.record({ at: fc.nat({ max: 400 }), marks: fc.array(mark, { minLength: 1, maxLength: 3 }).map((m) => m.join('')) }),
  { maxLength: 25 },
);

/** Inserts the marks into `clean`; returns the marked text and, per character, whether it was inserted. */
function insertMarks(clean: string, list: readonly Insertion[]): { marked: string; inserted: boolean[] } {
  const byPosition = new Map<number, string>();
  for (const { at, marks } of list) {
    const p = Math.min(at, clean.length);
    byPosition.set(p, (byPosition.get(p) ?? '') + marks);
  }
  let marked = '';
  const inserted: boolean[] = [];
  for (let p = 0; p <= clean.length; p++) {
    const extra = byPosition.get(p) ?? '';
    marked += extra;
    for (let k = 0; k < extra.length; k++) inserted.push(true);
    if (p < clean.length) {
      marked += clean[p];
      inserted.push(false);
    }
  }
  return { marked, inserted };
}

describe('fold: the offset map stays exact under inserted marks', () => {
  it('origin is strictly increasing, ends at the input length, and each folded char is the fold of its source', () => {
    fc.assert(
      fc.property(cleanText, insertions, (clean, list) => {
        const { marked } = insertMarks(clean, list);
        const folded = fold(marked);
        const { text, origin } = folded;
        expect(origin.length).toBe(text.length + 1);
        expect(origin[text.length]).toBe(marked.length);
        for (let i = 0; i < text.length; i++) {
          if (i > 0) expect(origin[i]!).toBeGreaterThan(origin[i - 1]!);
          expect(origin[i]!).toBeGreaterThanOrEqual(0);
          expect(origin[i]!).toBeLessThan(marked.length);
          expect(foldString(marked[origin[i]!]!)).toBe(text[i]);
        }
      }),
      RUNS,
    );
  });

  it('drops every inserted mark: no folded char comes from one, and the rest of the input is kept', () => {
    fc.assert(
      fc.property(cleanText, insertions, (clean, list) => {
        const { marked, inserted } = insertMarks(clean, list);
        const { text, origin } = fold(marked);
        const kept = new Set(Array.from(origin.subarray(0, text.length)));
        for (let k = 0; k < marked.length; k++) {
          if (inserted[k]) expect(kept.has(k)).toBe(false);
          // A source character is skipped only if it folds to nothing on its own.
          else if (!kept.has(k)) expect(foldString(marked[k]!)).toBe('');
        }
      }),
      RUNS,
    );
  });

  it('folding the marked text equals folding the clean text', () => {
    fc.assert(
      fc.property(cleanText, insertions, (clean, list) => {
        expect(foldString(insertMarks(clean, list).marked)).toBe(foldString(clean));
      }),
      RUNS,
    );
  });

  it('maps any folded span back to an original span with the same fold', () => {
    fc.assert(
      fc.property(cleanText, insertions, fc.nat(), fc.nat(), (clean, list, a, b) => {
        const { marked } = insertMarks(clean, list);
        const folded = fold(marked);
        fc.pre(folded.text.length > 0);
        const start = a % folded.text.length;
        const end = start + 1 + (b % (folded.text.length - start));
        const [s, e] = originalSpan(folded, start, end);
        expect(foldString(marked.slice(s, e))).toBe(folded.text.slice(start, end));
      }),
      RUNS,
    );
  });
});

describe('inserting marks into a page never loses a match', () => {
  const entities = [
    { id: 'mustafa-al-muqrin', aliases: ['مصطفى المقرعن', 'المقرعن'] },
    { id: 'fathi-bashagha', aliases: ['فتحي باشاغا', 'باشاغا'] },
    { id: 'libyan-intelligence-service', aliases: ['جهاز المخابرات الليبية العامة', 'جهاز المخابرات الليبية', 'جهاز المخابرات'] },
    { id: 'abdullah-al-darsi', aliases: ['عبد الله الدرسي'] },
    { id: 'kamel-beldjoud', aliases: ['كمال بلجود'] },
  ];
  const index = testIndex(entities);
  const names = entities.flatMap((e) => e.aliases.map((text) => ({ id: e.id, text })));
  const aliasFolds = new Map(entities.map((e) => [e.id, new Set(e.aliases.map(foldString))]));

  // Filler words of Arabic letters only (no tatweel or unassigned code points), 2–7 letters. A
  // random word can spell a given name or a rank (جلأل is جلال): before a surname that rightly
  // makes it someone else's, so filler is kept to words that say nothing about the next name.
  const nameCues = new Set([...index.givenNames, ...[...RANKS, ...COMPOUND_NAME_HEADS, ...COMPOUND_NAME_TAILS].map((w) => stripArticle(foldString(w)))]);
  const fillerLetter = fc.constantFrom(...range(0x0621, 0x063a), ...range(0x0641, 0x064a));
  const fillerWord = fc
    .array(fillerLetter, { minLength: 2, maxLength: 7 })
    .map((l) => l.join(''))
    .filter((word) => !wordForms(foldString(word)).some((form) => nameCues.has(stripArticle(form))));
  const separator = fc.constantFrom(' ', ' ', ' ', '، ', ': ', '. ', ' «', '» ', ' “', '” ', '\n', ' (', ') ');
  const proclitic = fc.constantFrom('', '', 'و', 'ب', 'ف', 'وب');
  const piece = fc.oneof(
    { weight: 3, arbitrary: fillerWord.map((text) => ({ text, id: null as string | null })) },
    { weight: 1, arbitrary: fc.tuple(proclitic, fc.constantFrom(...names)).map(([p, n]) => ({ text: p + n.text, id: n.id as string | null })) },
  );
  const page = fc.array(fc.tuple(piece, separator), { minLength: 1, maxLength: 12 }).map((parts) => ({
    text: parts.map(([p, sep]) => p.text + sep).join(''),
    ids: parts.flatMap(([p]) => (p.id ? [p.id] : [])),
  }));

  it('finds the embedded names, in order, on the clean page', () => {
    fc.assert(
      fc.property(page, ({ text, ids }) => {
        expect(findMentions(index, text).map((m) => m.ids.join('|'))).toEqual(ids);
      }),
      RUNS,
    );
  });

  it('finds the same entities, as many times, with marks inserted anywhere (names included)', () => {
    fc.assert(
      fc.property(page, insertions, ({ text }, list) => {
        const { marked } = insertMarks(text, list);
        const clean = findMentions(index, text).map((m) => m.ids.join('|'));
        const withMarks = findMentions(index, marked).map((m) => m.ids.join('|'));
        expect(withMarks).toHaveLength(clean.length);
        expect(withMarks).toEqual(clean);
      }),
      RUNS,
    );
  });

  it('maps every match back to a span whose fold is an alias of its entity', () => {
    fc.assert(
      fc.property(page, insertions, ({ text }, list) => {
        const { marked } = insertMarks(text, list);
        for (const m of readPage(index, [marked])) {
          const span = m.text;
          expect(m.entities).toHaveLength(1);
          expect(aliasFolds.get(index.entities[m.entities[0]!]!.id)!.has(foldString(span))).toBe(true);
          // The span starts and ends on a letter of the name, not on a mark around it.
          expect(foldString(span[0]!)).not.toBe('');
          expect(foldString(span[span.length - 1]!)).not.toBe('');
        }
      }),
      RUNS,
    );
  });
});
