/**
 * Dates and their provenance in the interface's language, through Intl. A card never shows a
 * date without saying where it comes from, and says so when the source gives none.
 */
import type { ArticleRecord, RoleWhen } from '../utils/seeds/schema';
import { i18n, intlLocale, t, type UiLanguage } from './i18n';

/**
 * 2015 → «2015», 2015-05 → «مايو 2015» (May 2015), 2021-04-21 → «21 أبريل 2021» (April 21, 2021).
 * `fixed`: in that language with Western digits, whatever the interface speaks (a citation's).
 */
export function formatIsoDate(iso: string, fixed?: UiLanguage): string {
  const [year, month, day] = iso.split('-').map(Number);
  const parts: Intl.DateTimeFormatOptions = day ? { day: 'numeric', month: 'long', year: 'numeric' } : month ? { month: 'long', year: 'numeric' } : { year: 'numeric' };
  const date = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat(fixed ? `${fixed}-u-nu-latn` : intlLocale(), { ...parts, calendar: 'gregory', timeZone: 'UTC' }).format(date);
}

export function formatRoleWhen(when: RoleWhen): string {
  if (when.basis === 'not-stated') return t('date.notStated');
  const parts: string[] = [];
  if (when.on) parts.push(t('date.on', { date: formatIsoDate(when.on) }));
  if (when.from) parts.push(t('date.from', { date: formatIsoDate(when.from) }));
  if (when.to) parts.push(t('date.to', { date: formatIsoDate(when.to) }));
  const text = parts.join(t('date.separator'));
  if (when.basis === 'article-address') return t('date.fromAddress', { when: text });
  if (when.basis === 'year-from-address') return t('date.yearFromAddress', { when: text });
  if (when.basis === 'inferred') return when.note ? t('date.inferredWithNote', { when: text, note: when.note }) : t('date.inferred', { when: text });
  return text;
}

/** `fixed`: in that language with Western digits, whatever the interface speaks (a citation's). */
export function formatPublished(published: ArticleRecord['published'], fixed?: UiLanguage): string {
  const say = fixed ? i18n().getFixedT(fixed, 'card') : t;
  if (!published.date) return say('published.notStated');
  const date = formatIsoDate(published.date, fixed);
  switch (published.basis) {
    case 'stated-in-text':
      return date;
    case 'from-address':
      return say('published.fromAddress', { date });
    default:
      return say('published.otherSource', { date });
  }
}

/** Shown in place of the outlet when an article names none; `fixed` as above. */
export function outletNotStated(fixed?: UiLanguage): string {
  return fixed ? i18n().getFixedT(fixed, 'card')('outletNotStated') : t('outletNotStated');
}

export function typeLabel(type: 'person' | 'organization'): string {
  return t(`type.${type}`);
}

/** A relation's label; a kind the locale does not know is shown as it is. */
export function relationLabel(kind: string): string {
  return t(`relation.${kind}` as 'relation.heads', { defaultValue: kind });
}
