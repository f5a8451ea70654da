/** The spellings the match index adds for each alias (utils/arabic/spellings.ts), rule by rule. */
import { describe, expect, it } from 'vitest';
import { dualForms, foreignSpellings, spellings } from '../../utils/arabic/spellings';
import { indexAliases } from '../../utils/seeds/compile';

describe('spellings of a name', () => {
  const cases: [rule: string, name: string, expected: string[]][] = [
    ['a hamza before waw on each seat, the name as written first', 'إدارة الشؤون الإدارية', ['إدارة الشؤون الإدارية', 'إدارة الشئون الإدارية', 'إدارة الشءون الإدارية']],
    ['the same from the ya seat', 'مسئول', ['مسئول', 'مسؤول', 'مسءول']],
    ['a final hamza after alef, kept and dropped', 'نجلاء المنقوش', ['نجلاء المنقوش', 'نجلا المنقوش']],
    ['both rules in one name', 'علاء الشؤون', ['علاء الشؤون', 'علاء الشئون', 'علاء الشءون', 'علا الشؤون', 'علا الشئون', 'علا الشءون']],
    ['no final hamza dropped in a one-word name, which would be another name (علاء / علا)', 'علاء', ['علاء']],
    ['a hamza not before waw keeps its seat (رئيس is never رؤيس)', 'رئيس المؤقتة', ['رئيس المؤقتة']],
    ['a hamza after alef inside a word is not final (القائد)', 'القائد', ['القائد']],
    ['no hamza: the name alone', 'فتحي باشاغا', ['فتحي باشاغا']],
  ];
  it.each(cases)('%s', (_rule, name, expected) => {
    expect(spellings(name)).toEqual(expected);
  });
});

describe('spellings in the match index', () => {
  it('holds every spelling of an alias for its entity', () => {
    const aliases = indexAliases([{ type: 'person', aliases: [{ text: 'نجلاء المنقوش', support: 'alone' }] }]);
    expect(aliases.map((a) => a.folded)).toEqual(['نجلا المنقوش', 'نجلاء المنقوش']);
  });

  it('leaves out a spelling that is another entity’s alias, so spellings make nothing ambiguous', () => {
    const aliases = indexAliases([
      { type: 'person', aliases: [{ text: 'علاء الدين', support: 'alone' }] },
      { type: 'person', aliases: [{ text: 'علا الدين', support: 'alone' }] },
    ]);
    expect(aliases.map((a) => [a.folded, a.entity])).toEqual([['علا الدين', 1], ['علاء الدين', 0]]);
  });

  it('keeps the spellings of an alias that several entities share on purpose, for all of them', () => {
    const shared = { text: 'إدارة الشؤون الإدارية', support: 'alone' as const };
    const aliases = indexAliases([{ type: 'organization', aliases: [shared] }, { type: 'organization', aliases: [shared] }]);
    expect(aliases.filter((a) => a.folded.includes('الشيون') && !a.dual).map((a) => a.entity)).toEqual([0, 1]);
  });
});

describe('dual forms of an organization’s name', () => {
  const cases: [rule: string, name: string, expected: string[]][] = [
    ['a feminine head: ة becomes ت before the ending', 'وزارة الداخلية', ['وزارتي الداخلية', 'وزارتا الداخلية']],
    ['a masculine head takes the ending as it is', 'جهاز المخابرات', ['جهازي المخابرات', 'جهازا المخابرات']],
    ['a name of one word has none (وزارتي alone is "my ministry")', 'وزارة', []],
  ];
  it.each(cases)('%s', (_rule, name, expected) => {
    expect(dualForms(name)).toEqual(expected);
  });

  it('the index holds the duals of a shared alias for each entity that shares it, marked as duals', () => {
    const shared = { text: 'وزارة الداخلية', support: 'alone' as const, ambiguous: true };
    const duals = indexAliases([{ type: 'organization', aliases: [shared] }, { type: 'organization', aliases: [shared] }]).filter((a) => a.dual);
    expect(duals.map((a) => [a.folded, a.entity])).toEqual([['وزارتا الداخليه', 0], ['وزارتا الداخليه', 1], ['وزارتي الداخليه', 0], ['وزارتي الداخليه', 1]]);
  });

  it('an organization’s name that one entity has gets its dual too: it names that body and another (حكومتي الوفاق الوطني, 001)', () => {
    const duals = indexAliases([{ type: 'organization', aliases: [{ text: 'حكومة الوفاق الوطني', support: 'alone' }] }]).filter((a) => a.dual);
    expect(duals.map((a) => a.folded)).toEqual(['حكومتا الوفاق الوطني', 'حكومتي الوفاق الوطني']);
  });

  it('a name that names its country gets no dual: its adjective would be dual too (وزارتا الداخلية الجزائرية is not Arabic)', () => {
    expect(indexAliases([{ type: 'organization', aliases: [{ text: 'وزارة الداخلية الجزائرية', support: 'alone' }] }]).filter((a) => a.dual)).toEqual([]);
  });

  it('a person’s name gets no dual', () => {
    expect(indexAliases([{ type: 'person', aliases: [{ text: 'عبد المجيد تبون', support: 'alone' }] }]).filter((a) => a.dual)).toEqual([]);
  });
});

describe('transliterations of a foreign name', () => {
  const cases: [rule: string, name: string, also: string[]][] = [
    ['the hard g in any of its letters', 'لويجي دي مايو', ['لويغي دي مايو', 'لويقي دي مايو']],
    ['-in or -an, and the long a after the first letter written or not', 'دارمانان', ['دارمانين', 'درمانان', 'درمانين']],
    ['a final vowel written with ي or not, with the hard g varied too', 'لامورجيز', ['لامورجيزي', 'لامورغيزي']],
    ['a particle joined or apart', 'لودريان', ['لو دريان']],
  ];
  it.each(cases)('%s', (_rule, name, also) => {
    const spelt = foreignSpellings(name);
    expect(spelt[0]).toBe(name);
    for (const form of also) expect(spelt).toContain(form);
  });

  it('varies no word shorter than five letters, and makes none', () => {
    expect(foreignSpellings('جان بارلي')).toEqual(['جان بارلي']);
    expect(foreignSpellings('فلورنس').every((form) => form.length >= 5)).toBe(true);
  });

  it('the index holds them for a foreign person only, and none that is another entity’s alias', () => {
    const foreign = indexAliases([{ type: 'person', country: 'FR', aliases: [{ text: 'جيرالد دارمانان', support: 'alone' }] }]).map((a) => a.folded);
    expect(foreign).toContain('جيرالد دارمانين');
    const libyan = indexAliases([{ type: 'person', country: 'LY', aliases: [{ text: 'عبد الحميد الدبيبة', support: 'alone' }] }]).map((a) => a.folded);
    expect(libyan).toEqual(['عبد الحميد الدبيبه']);
    const taken = indexAliases([
      { type: 'person', country: 'FR', aliases: [{ text: 'جيرالد دارمانان', support: 'alone' }] },
      { type: 'person', country: 'FR', aliases: [{ text: 'جيرالد دارمانين', support: 'alone' }] },
    ]);
    expect(taken.filter((a) => a.folded === 'جيرالد دارمانين').map((a) => a.entity)).toEqual([1]);
  });
});
