/**
 * The matcher walks its trie only from the words its name-openings expression lets through
 * (name-openings.ts). The expression is a filter: whatever the text, the matcher must find what
 * it finds when it walks from every word. Property test with the real bundle's keys, written as
 * pages write them: with clitics, split where Arabic spelling splits them, in quotes, cut short,
 * among words that share their first letters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameStarts, PROCLITICS_PATTERN } from '../../utils/arabic/clitics';
import { fold } from '../../utils/arabic/fold';
import { isWordCode } from '../../utils/arabic/words';
import type { MatchIndex } from '../../utils/match/match-index';
import { Matcher, packTrie, type Candidate } from '../../utils/match/matcher';
import { nameOpeningsPattern } from '../../utils/match/name-openings';
import { buildBundle } from '../../utils/seeds/read-seeds';
import { scaledIndex } from '../../scripts/bench/synthetic';

const { index } = buildBundle(process.cwd());
const keys = [...index.aliases.map((a) => a.folded), ...Object.keys(index.places)];

/** A pattern that lets every word through: the matcher as it would be without the filter. */
const EVERY_WORD = (() => {
  let wordClass = '';
  for (let code = 0; code <= 0xffff; code++) if (isWordCode(code)) wordClass += `\\u${code.toString(16).padStart(4, '0')}`;
  return `(?<![${wordClass}])(?=[${wordClass}])`;
})();

/** The matcher with its filter, and the same trie walked from every word. */
function matchers(index: MatchIndex): { filtered: Matcher; unfiltered: Matcher } {
  return { filtered: new Matcher(index), unfiltered: new Matcher(index, { ...packTrie(index), nameOpenings: EVERY_WORD }) };
}

const found = (matcher: Matcher, text: string) =>
  matcher.scan(text).map((c: Candidate) => `${c.start}-${c.end} ${c.aliases.map((a) => a.entity).join(',')} ${c.place ?? ''}`);

const CLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'س', 'وب', 'فل', 'ال', 'لل', 'وال', 'بال', 'ولل', 'فبال'];
const APART = [' ', '  ', '\u00a0', '“', '”', ' «', '» ', '"', "'", '\u200c', '-'];
const BETWEEN = [' ', ' ', ' ', '، ', '. ', '\n', ' (', ') ', ' "', ': ', ' 😀', '😀'];
const LETTERS = 'ابتجحدرزسشصعفقكلمنهوي';
/** Words a name may follow closely: compound heads, a lone conjunction, Latin and digits. */
const NEIGHBOURS = ['عبد', 'ابو', 'ابن', 'بن', 'و', 'abc', '24'];

/** A key as a page might write it: after clitics, cut short or not, with separators put between its letters. */
const writtenKey = (keys: readonly string[]) => fc
  .record({
    key: fc.constantFrom(...keys),
    clitic: fc.constantFrom(...CLITICS),
    cut: fc.option(fc.nat({ max: 12 }), { freq: 3 }),
    apart: fc.array(fc.record({ at: fc.nat({ max: 12 }), mark: fc.constantFrom(...APART) }), { maxLength: 2 }),
    joined: fc.boolean(),
    contracted: fc.boolean(),
    tail: fc.constantFrom('', '', 'ه', 'ين', 'يه', 'ات'),
  })
  .map(({ key, clitic, cut, apart, joined, contracted, tail }) => {
    let word = joined ? key.replaceAll(' ', '') : key;
    // ل + ال is written لل: للمنفي; before a lam the article goes whole: للجنة.
    if (contracted && word.startsWith('ال')) [clitic, word] = [clitic.replace(/ال$/, '') + 'ل', word.slice(word.startsWith('الل') ? 2 : 1)];
    if (cut !== null) word = word.slice(0, Math.max(1, cut));
    for (const { at, mark } of apart) word = word.slice(0, at) + mark + word.slice(at);
    return clitic + word + tail;
  });

const filler = fc.oneof(
  fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 7 }).map((letters) => letters.join('')),
  fc.constantFrom(...NEIGHBOURS),
);

/** A page of keys as pages write them, among other words, perhaps opening with a separator. */
const page = (keys: readonly string[]) => fc
  .tuple(
    fc.constantFrom('', ...BETWEEN),
    fc.array(fc.tuple(fc.oneof({ arbitrary: writtenKey(keys), weight: 3 }, { arbitrary: filler, weight: 2 }), fc.constantFrom(...BETWEEN)), { maxLength: 14 }),
  )
  .map(([opening, parts]) => fold(opening + parts.map(([word, between]) => word + between).join('')).text);

/** An index of made-up keys over a few letters, digits, Latin, and the punctuation an alias may hold. */
const madeUpIndex = fc
  .array(fc.array(fc.constantFrom(...'البوعدن1a', ' ', '-', '.'), { minLength: 2, maxLength: 9 }), { minLength: 1, maxLength: 6 })
  .map((spelled) => [...new Set(spelled.map((letters) => letters.join('').replace(/\s+/g, ' ').trim()))].filter((key) => /[^ .-]/.test(key)))
  .filter((madeUp) => madeUp.length > 0)
  .map(indexOfKeys);

/** An index of one organization for each key. */
function indexOfKeys(keys: readonly string[]): MatchIndex {
  return {
    version: 'made-up', countryWords: {}, places: {}, givenNames: [],
    entities: keys.map((_key, i) => ({ id: `e${i}`, type: 'organization', country: null, context: [], titles: [], titlePhrases: [], related: [] })),
    aliases: keys.map((folded, entity) => ({ folded, entity, support: 'alone' })),
  };
}

describe('the words a name may begin in', () => {
  const { filtered, unfiltered } = matchers(index);

  it('lets through every word the trie finds a name from, however a page writes the name', () => {
    fc.assert(
      fc.property(page(keys), (text) => {
        expect(found(filtered, text)).toEqual(found(unfiltered, text));
      }),
      { numRuns: 3000 },
    );
  });

  it('does so for any keys: short words, digits, Latin letters, punctuation inside', () => {
    fc.assert(
      fc.property(madeUpIndex.chain((madeUp) => fc.tuple(fc.constant(madeUp), page(madeUp.aliases.map((a) => a.folded)))), ([madeUp, text]) => {
        const { filtered, unfiltered } = matchers(madeUp);
        expect(found(filtered, text)).toEqual(found(unfiltered, text));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('misses no name at 10,000 entities either, in an expression the engine still optimises', () => {
    const large = scaledIndex(index, 10_000);
    const keys = [...large.aliases.map((a) => a.folded), ...Object.keys(large.places)];
    const { filtered, unfiltered } = matchers(large);
    // V8 and Firefox leave an expression longer than this unoptimised (name-openings.ts).
    expect(packTrie(large).nameOpenings.length).toBeLessThanOrEqual(20 * 1024);
    fc.assert(
      fc.property(page(keys), (text) => {
        expect(found(filtered, text)).toEqual(found(unfiltered, text));
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('finds on the seed articles what walking from every word finds', () => {
    const { articles } = buildBundle(process.cwd());
    for (const article of articles) {
      const text = fold(article.text).text;
      expect(found(filtered, text), article.id).toEqual(found(unfiltered, text));
    }
  });

  it('lets few words through that begin no name', () => {
    const words = 'قال المتحدث باسم الوزارة إن الاجتماع تناول سبل التعاون في مجالات عدة'.split(' ');
    const openings = new RegExp(packTrie(index).nameOpenings);
    const through = words.filter((word) => openings.test(fold(word).text));
    expect(through.length).toBeLessThanOrEqual(2);
  });

  it('reads a key after its article, and a contraction from its particle', () => {
    const openings = new RegExp(nameOpeningsPattern(['المنفي', 'الله']));
    const through = (word: string) => openings.test(` ${word}`);
    for (const word of ['المنفي', 'والمنفي', 'بالمنفي', 'للمنفي', 'الله', 'والله', 'بالله', 'لله']) expect(through(word), word).toBe(true);
    // المنفذ shares the article and three letters with المنفي; لهم is لله without the ل of a contraction.
    for (const word of ['المنفذ', 'والمنفذ', 'لهم', 'ولها']) expect(through(word), word).toBe(false);
  });

  it('keeps the article in the opening where a page may split it: after ا when some key has a space there (ا ف ب)', () => {
    const { filtered, unfiltered } = matchers(indexOfKeys(['ا ف ب', 'البوعدن']));
    for (const text of ['قال ا لبوعدن', 'قال ا "لبوعدن']) expect(found(filtered, text), text).toEqual(found(unfiltered, text));
    expect(found(filtered, 'قال ا لبوعدن')).not.toEqual([]);
  });

  it('is text a script can carry: no half of a surrogate pair, no control character', () => {
    const pattern = packTrie(index).nameOpenings;
    expect(pattern.isWellFormed()).toBe(true);
    expect(pattern).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
  });

  it('reads every clitic the matcher strips before a name (clitics.ts)', () => {
    const proclitics = new RegExp(`^(?:${PROCLITICS_PATTERN})$`);
    for (const clitic of CLITICS) {
      for (const word of [`${clitic}المنفي`, `${clitic}لجنة`, `${clitic}باشاغا`, `${clitic}اللجنة`]) {
        for (const start of nameStarts(word, 0, word.length)) expect(proclitics.test(word.slice(0, start.at)), `${word} from ${start.at}`).toBe(true);
      }
    }
  });
});
