/** The spellings the match index adds for each alias (utils/arabic/spellings.ts), rule by rule. */
import { describe, expect, it } from 'vitest';
import { spellings } from '../../utils/arabic/spellings';
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
    const aliases = indexAliases([{ aliases: [{ text: 'نجلاء المنقوش', support: 'alone' }] }]);
    expect(aliases.map((a) => a.folded)).toEqual(['نجلا المنقوش', 'نجلاء المنقوش']);
  });

  it('leaves out a spelling that is another entity’s alias, so spellings make nothing ambiguous', () => {
    const aliases = indexAliases([
      { aliases: [{ text: 'علاء الدين', support: 'alone' }] },
      { aliases: [{ text: 'علا الدين', support: 'alone' }] },
    ]);
    expect(aliases.map((a) => [a.folded, a.entity])).toEqual([['علا الدين', 1], ['علاء الدين', 0]]);
  });

  it('keeps the spellings of an alias that several entities share on purpose, for all of them', () => {
    const shared = { text: 'إدارة الشؤون الإدارية', support: 'alone' as const };
    const aliases = indexAliases([{ aliases: [shared] }, { aliases: [shared] }]);
    expect(aliases.filter((a) => a.folded.includes('الشيون')).map((a) => a.entity)).toEqual([0, 1]);
  });
});
