/**
 * The interface's words in both languages: Arabic plural forms by Intl.PluralRules (zero, one,
 * two, few 3–10, many 11–99, other 100+), dates and numbers through Intl in the reader's digits,
 * the browser's language followed or a chosen one, and the same messages in both locale files.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { formatIsoDate, formatRoleWhen } from '../../components/format';
import { countryName, direction, resolveLanguage, setLanguage } from '../../components/i18n';
import { tp } from '../../components/page-strings';
import arCard from '../../locales/ar/card.json';
import arManifest from '../../locales/ar/manifest.json';
import arPages from '../../locales/ar/pages.json';
import enCard from '../../locales/en/card.json';
import enManifest from '../../locales/en/manifest.json';
import enPages from '../../locales/en/pages.json';

afterEach(() => setLanguage('ar', 'latin'));

describe('plural forms', () => {
  it('says «لا أسماء، اسم واحد، اسمان، 3 أسماء، 11 اسمًا، 100 اسم»', () => {
    setLanguage('ar', 'latin');
    expect([0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103].map((count) => tp('names', { count }))).toEqual([
      'لا أسماء', 'اسم واحد', 'اسمان', '3 أسماء', '10 أسماء', '11 اسمًا', '99 اسمًا', '100 اسم', '101 اسم', '102 اسم', '103 أسماء',
    ]);
    expect([0, 1, 2, 5, 40].map((count) => tp('times', { count }))).toEqual(['بلا ذِكر', 'مرة', 'مرتان', '5 مرات', '40 مرة']);
  });

  it('in Arabic digits when the reader chooses them', () => {
    setLanguage('ar', 'arabic');
    expect(tp('names', { count: 11 })).toBe('١١ اسمًا');
    expect(tp('entitiesOf', { shown: 3, count: 61 })).toBe('٣ من ٦١ كيانًا');
    expect(formatIsoDate('2015-05')).toBe('مايو ٢٠١٥');
  });

  it('in English: one and other, and none', () => {
    setLanguage('en', 'latin');
    expect([0, 1, 2, 1200].map((count) => tp('names', { count }))).toEqual(['no names', 'one name', '2 names', '1,200 names']);
  });
});

describe('dates, countries and direction', () => {
  it('follows the language', () => {
    setLanguage('ar', 'latin');
    expect(formatRoleWhen({ on: '2021-04-21', basis: 'stated' })).toBe('في 21 أبريل 2021');
    expect(countryName('LY')).toBe('ليبيا');
    expect(direction()).toBe('rtl');
    setLanguage('en', 'latin');
    expect(formatRoleWhen({ from: '2015-05', to: '2018', basis: 'stated' })).toBe('since May 2015, until 2018');
    expect(formatRoleWhen({ on: '2019', basis: 'inferred', note: 'من سياق الخبر' })).toBe('on 2019 (inferred: من سياق الخبر)');
    expect(countryName('MA')).toBe('Morocco');
    expect(direction()).toBe('ltr');
  });

  it('follows the browser: Arabic where it speaks Arabic, English otherwise, unless the reader chose', () => {
    expect(resolveLanguage('auto', 'ar')).toBe('ar');
    expect(resolveLanguage('auto', 'ar-LY')).toBe('ar');
    expect(resolveLanguage('auto', 'en-US')).toBe('en');
    expect(resolveLanguage('auto', 'fr')).toBe('en');
    expect(resolveLanguage('en', 'ar')).toBe('en');
    expect(resolveLanguage('ar', 'en-US')).toBe('ar');
  });
});

/** Every key of a locale, with plural suffixes folded into the word they inflect. */
function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  );
}

describe('locale files', () => {
  it.each([
    ['card', arCard, enCard],
    ['pages', arPages, enPages],
    ['manifest', arManifest, enManifest],
  ])('%s has the same messages in Arabic and English', (_name, ar, en) => {
    expect([...new Set(keysOf(en))].sort()).toEqual([...new Set(keysOf(ar))].sort());
  });

  it('gives Arabic every plural form its words need, and English its two', () => {
    const plurals = (messages: object, forms: string[]) =>
      Object.keys(messages)
        .filter((key) => key.endsWith('_other'))
        .map((key) => key.slice(0, -'_other'.length))
        .filter((word) => !forms.every((form) => `${word}_${form}` in messages));
    expect(plurals(arPages, ['zero', 'one', 'two', 'few', 'many', 'other'])).toEqual([]);
    expect(plurals(enPages, ['one', 'other'])).toEqual([]);
  });
});
