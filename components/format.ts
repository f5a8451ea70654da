/**
 * Arabic wording for dates and their provenance. A card never shows a date without saying where
 * it comes from, and says so when the source gives none.
 */
import type { ArticleRecord, RoleWhen } from '../utils/seeds/schema';

const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

const DATE_NOT_STATED = 'التاريخ غير مذكور في المصدر';

/** Shown in place of the outlet when an article names none. */
export const OUTLET_NOT_STATED = 'الناشر غير مذكور';

/** 2015 → «2015», 2015-05 → «مايو 2015», 2021-04-21 → «21 أبريل 2021». */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (!month) return year!;
  const monthName = MONTHS[Number(month) - 1]!;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

export function formatRoleWhen(when: RoleWhen): string {
  if (when.basis === 'not-stated') return DATE_NOT_STATED;
  const parts: string[] = [];
  if (when.on) parts.push(`في ${formatIsoDate(when.on)}`);
  if (when.from) parts.push(`منذ ${formatIsoDate(when.from)}`);
  if (when.to) parts.push(`حتى ${formatIsoDate(when.to)}`);
  const text = parts.join('، ');
  if (when.basis === 'article-address') return `${text} (من تاريخ رابط المقال)`;
  if (when.basis === 'year-from-address') return `${text} (السنة من رابط المقال)`;
  if (when.basis === 'inferred') return `${text} (تاريخ مستنتج${when.note ? `: ${when.note}` : ''})`;
  return text;
}

export function formatPublished(published: ArticleRecord['published']): string {
  if (!published.date) return 'تاريخ النشر غير مذكور';
  const date = formatIsoDate(published.date);
  switch (published.basis) {
    case 'stated-in-text':
      return date;
    case 'from-address':
      return `${date} (من رابط المقال)`;
    default:
      return `${date} (من مصدر آخر)`;
  }
}

export const TYPE_LABELS = { person: 'شخص', organization: 'جهة' } as const;

export const RELATION_LABELS: Readonly<Record<string, string>> = {
  'successor-of': 'خلف',
  'predecessor-of': 'سبق',
  'competitor-of': 'نافس',
  'member-of': 'عضو في',
  'part-of': 'جزء من',
  heads: 'يرأس',
  'appointed-by': 'عيّنه',
  'met-with': 'التقى',
};
