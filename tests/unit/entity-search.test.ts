/**
 * Search by any spelling: each case names the rule it relies on. Test entities are made up here;
 * the real seeds are searched in workspace-store.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { EntitySearch, searchable } from '../../utils/search/entity-search';

const search = new EntitySearch([
  searchable({ id: 'mustafa-al-muqrin', name: 'مصطفى المقرعن', aliases: [{ text: 'المقرعن', kind: 'short', support: 'alone', ambiguous: false, outside: false, generic: false }] }),
  searchable({ id: 'fathi-bashagha', name: 'فتحي باشاغا', latin: 'Fathi Bashagha', aliases: [] }),
  searchable({ id: 'abdul-hamid-dbeibah', name: 'عبد الحميد الدبيبة', latin: 'Abdul Hamid Dbeibah', aliases: [] }),
  searchable({ id: 'mohamed-al-menfi', name: 'محمد المنفي', latin: 'Mohamed al-Menfi', aliases: [] }),
  searchable({ id: 'muammar-gaddafi', name: 'معمر القذافي', latin: 'Muammar Gaddafi', aliases: [] }),
  searchable({ id: 'gerald-darmanin', name: 'جيرالد دارمانان', latin: 'Gérald Darmanin', aliases: [] }),
  searchable({ id: 'libyan-interior-ministry', name: 'وزارة الداخلية الليبية', aliases: [] }),
]);
const first = (query: string) => search.search(query)[0]?.id;

describe('entity search', () => {
  it.each([
    ['مصطفى المقرعن', 'mustafa-al-muqrin', 'the name as written'],
    ['مصطفي المقرعن', 'mustafa-al-muqrin', 'the fold: alef maqsura and ya'],
    ['المُقرعن', 'mustafa-al-muqrin', 'the fold: diacritics'],
    ['والمقرعن', 'mustafa-al-muqrin', 'clitics: و before the name'],
    ['بالمقرعن', 'mustafa-al-muqrin', 'clitics: ب before the name'],
    ['للمنفي', 'mohamed-al-menfi', 'clitics: ل + ال contracted'],
    ['مقرعن', 'mustafa-al-muqrin', 'the article left out'],
    ['المقر', 'mustafa-al-muqrin', 'a partial word'],
    ['مصط المقر', 'mustafa-al-muqrin', 'two partial words'],
    ['الدبيبه', 'abdul-hamid-dbeibah', 'the fold: ta marbuta and ha'],
    ['Bashagha', 'fathi-bashagha', 'Latin as written'],
    ['bashagha', 'fathi-bashagha', 'Latin in lower case'],
    ['Bashaga', 'fathi-bashagha', 'Latin with a letter missing'],
    ['Dbeiba', 'abdul-hamid-dbeibah', 'Latin without the final h'],
    ['Gadafi', 'muammar-gaddafi', 'Latin with a doubled letter once'],
    ['Gerald', 'gerald-darmanin', 'Latin without its diacritic'],
    ['muqrin', 'mustafa-al-muqrin', 'the id as a transliteration'],
    ['Menf', 'mohamed-al-menfi', 'a partial Latin word'],
  ])('%s finds %s (%s)', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it('needs every word: a second name that the entity lacks finds nothing', () => {
    expect(search.search('مصطفى باشاغا')).toEqual([]);
    expect(search.search('Fathi Gaddafi')).toEqual([]);
  });

  it('finds nothing for text that names no one, and for a query without words', () => {
    expect(search.search('كلمة أخرى')).toEqual([]);
    expect(search.search('')).toEqual([]);
    expect(search.search(' ، ')).toEqual([]);
  });

  it('does not let the article alone match every name: «عبد ال» finds what «عبد» finds', () => {
    expect(search.search('ال')).toEqual([]);
    expect(search.search('عبد ال').map((h) => h.id)).toEqual(search.search('عبد').map((h) => h.id));
  });

  it('keeps short Latin words exact: one edit in a short word is another name', () => {
    expect(search.search('Fath').map((h) => h.id)).toEqual(['fathi-bashagha']);
    expect(search.search('Ali')).toEqual([]); // not al, not Abdul's a-words
  });
});
