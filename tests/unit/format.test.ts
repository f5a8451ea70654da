import { describe, expect, it } from 'vitest';
import { formatRoleWhen } from '../../components/format';
import type { RoleWhen } from '../../utils/seeds/schema';

describe('role dates on cards', () => {
  it.each([
    [{ basis: 'not-stated' }, 'التاريخ غير مذكور في المصدر', 'no date: the card says the source gives none'],
    [{ on: '2021-04-21', basis: 'stated' }, 'في 21 أبريل 2021', 'a stated date needs no provenance note'],
    [{ from: '2015-05', basis: 'stated' }, 'منذ مايو 2015', 'a month without a day'],
    [{ on: '2020-11', basis: 'article-address' }, 'في نوفمبر 2020 (من تاريخ رابط المقال)', 'the whole date comes from the address'],
    [{ on: '2020-10-21', basis: 'year-from-address' }, 'في 21 أكتوبر 2020 (السنة من رابط المقال)', 'only the year comes from the address'],
    [{ on: '2019', basis: 'inferred', note: 'من سياق الخبر' }, 'في 2019 (تاريخ مستنتج: من سياق الخبر)', 'an inferred date says how'],
  ] satisfies [RoleWhen, string, string][])('%o → %s (%s)', (when, text, _reason) => {
    expect(formatRoleWhen(when)).toBe(text);
  });
});
