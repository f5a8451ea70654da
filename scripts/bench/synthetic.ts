/**
 * Entity sets of other sizes for the scaling runs, built from the real match index:
 * - a subset: the first N real entities with their aliases;
 * - a scaled set: every real entity plus synthetic ones up to N. Synthetic names come from a
 *   seeded PRNG (the same sets on every run): persons are a common given name followed by one or
 *   two made-up words, organizations a common head noun (وزارة, مجلس …) followed by made-up words.
 *   So they share trie prefixes with words the pages really contain, as a large real set would,
 *   while adding (almost) no matches: the scan does more trie walking, not more marking.
 */
import { foldString } from '../../utils/arabic/fold';
import { GIVEN_NAMES } from '../../utils/arabic/given-names';
import { ORGANIZATION_HEADS } from '../../utils/arabic/titles';
import type { IndexAlias, IndexEntity, MatchIndex } from '../../utils/match/match-index';
/** Letters of made-up words: the Arabic alphabet without the ones the fold replaces. */
const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';

/** mulberry32: a small, well-mixed 32-bit PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The first `count` real entities and the aliases that name them. */
export function subsetIndex(real: MatchIndex, count: number): MatchIndex {
  const entities = real.entities.slice(0, count);
  const aliases = real.aliases.filter((a) => a.entity < count);
  return { ...real, version: `${real.version}-first-${count}`, entities, aliases };
}

/** The real entities plus synthetic ones, `total` in all. */
export function scaledIndex(real: MatchIndex, total: number, seed = 20261122): MatchIndex {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const madeUpWord = () => {
    const length = 3 + Math.floor(random() * 4);
    let word = random() < 0.4 ? 'ال' : '';
    for (let i = 0; i < length; i++) word += pick([...LETTERS]);
    return word;
  };
  const entities: IndexEntity[] = [...real.entities];
  const aliases: IndexAlias[] = [...real.aliases];
  for (let n = entities.length; n < total; n++) {
    const person = random() < 0.4;
    const tail = Array.from({ length: 1 + Math.floor(random() * 2) }, madeUpWord);
    const full = [pick(person ? GIVEN_NAMES : ORGANIZATION_HEADS), ...tail].join(' ');
    entities.push({ id: `synthetic-${n}`, type: person ? 'person' : 'organization', country: null, context: [], titles: [], titlePhrases: [], related: [] });
    aliases.push({ folded: foldString(full), entity: n, support: 'alone' });
    // Persons get a short alias, the family name, which (like real surnames) needs support.
    if (person) aliases.push({ folded: foldString(tail[tail.length - 1]!), entity: n, support: 'needs-support' });
  }
  return { ...real, version: `${real.version}-scaled-${total}`, entities, aliases };
}
