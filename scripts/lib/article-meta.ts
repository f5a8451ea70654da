/**
 * A new article's id and its articles.yaml entry, each field with how it is known: given on the
 * command line, read from the text (or from the address given), or not stated. Nothing is guessed:
 * a field the text does not state and the maintainer did not give stays empty and says so.
 */
import { createHash } from 'node:crypto';
import { foldString } from '../../utils/arabic/fold';
import { ArticleRecord, IsoPartialDate } from '../../utils/seeds/schema';

/** What the maintainer gives on the command line. */
export interface GivenMeta {
  readonly url?: string;
  readonly outlet?: string;
  readonly published?: string;
  readonly byline?: string;
  readonly headline?: string;
}

/** The entry, and how each field is known, to show the maintainer and to write as comments. */
export interface ArticleMeta {
  readonly entry: ArticleRecord;
  readonly how: Readonly<Record<'headline' | 'outlet' | 'byline' | 'address' | 'published', string>>;
}

/**
 * The seeds' article ids are NNN_<16 hex digits>. The five seed articles came with theirs, and
 * their hex part cannot be recomputed from their text; a new article takes the next number and the
 * first 16 hex digits of the SHA-256 of its text, so the same text always gets the same digits.
 */
export function articleId(text: string, existing: readonly string[]): string {
  const next = existing.reduce((max, id) => Math.max(max, Number(id.slice(0, 3))), -1) + 1;
  return `${String(next).padStart(3, '0')}_${textHash(text)}`;
}

export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

const GIVEN = 'given on the command line';

export function articleMeta(id: string, text: string, given: GivenMeta): ArticleMeta {
  const lines = text.split('\n').map((l) => l.trim());
  const contains = (s: string) => foldString(text).includes(foldString(s));

  if (given.headline !== undefined && !text.includes(given.headline)) throw new Error('--headline must be copied exactly from the text: it is not in it');
  const headline = given.headline ?? lines.find((l) => l.length >= 4);
  if (!headline) throw new Error('the text has no line long enough to be a headline; give it with --headline');
  const headlineHow = given.headline !== undefined ? GIVEN : 'read from the text: its first line (if that line is site furniture, give the headline with --headline)';

  const dateline = datelineOutlet(text);
  const outlet = given.outlet !== undefined
    ? contains(given.outlet)
      ? { name: given.outlet, basis: 'stated-in-text' as const, note: `${GIVEN}; the text names it` }
      : { name: given.outlet, basis: 'found-elsewhere' as const, note: GIVEN }
    : dateline
      ? { name: dateline.name, basis: 'stated-in-text' as const, note: `the dateline «${dateline.line}»` }
      : { name: null, basis: 'not-stated' as const };

  const bylineLine = lines.map((l) => /^(?:كُ?تِ?بَ?\s+)?(?:بواسطة|بقلم)\s*[:：]?\s*(\S.{1,60})$/.exec(l)).find((m) => m);
  const byline = given.byline ?? bylineLine?.[1]?.trim() ?? null;
  const bylineHow = given.byline !== undefined ? GIVEN : bylineLine ? `read from the text: «${bylineLine[0]}»` : 'not stated in the text';

  const address = given.url !== undefined ? { url: given.url, basis: 'found-elsewhere' as const, note: GIVEN } : { url: null, basis: 'not-stated' as const, note: 'the text gives no address and none was given' };

  const fromAddress = given.url ? addressDate(given.url) : null;
  const dateLine = lines.map((l) => ({ line: l, date: lineDate(l) })).find((d) => d.date);
  let published: ArticleRecord['published'];
  if (given.published !== undefined) {
    if (!IsoPartialDate.safeParse(given.published).success) throw new Error('--published must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
    published = fromAddress === given.published
      ? { date: given.published, basis: 'from-address', note: `${GIVEN}; the address carries it` }
      : { date: given.published, basis: 'found-elsewhere', note: GIVEN };
  } else if (fromAddress) {
    published = { date: fromAddress, basis: 'from-address', note: 'read from the address given' };
  } else if (dateLine) {
    published = { date: dateLine.date!, basis: 'stated-in-text', note: `«${dateLine.line}»` };
  } else {
    published = { date: null, basis: 'not-stated', note: 'the text states no date and none was given' };
  }

  const entry = ArticleRecord.parse({ id, headline, outlet, byline, address, published, furniture: [] });
  return {
    entry,
    how: {
      headline: headlineHow,
      outlet: outlet.note ?? 'not stated in the text',
      byline: bylineHow,
      address: address.note,
      published: published.note ?? published.basis,
    },
  };
}

/** The outlet a dateline names: a line «أخبار ليبيا24- خاص». */
function datelineOutlet(text: string): { name: string; line: string } | null {
  const m = /^[ \t]*((?:[^\s\-–—:]+[ \t]+){0,2}[^\s\-–—:]+)[ \t]*[-–—][ \t]*خاص[ \t]*$/m.exec(text);
  return m ? { name: m[1]!, line: m[0].trim() } : null;
}

/** A date an address carries: …/2020/11/20/… or …/2020/11/… */
export function addressDate(url: string): string | null {
  const m = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])(?:\/(0[1-9]|[12]\d|3[01]))?\//.exec(url);
  if (!m) return null;
  return m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`;
}

const WEEKDAY = '(?:السبت|الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة)';

/** The date of a line that holds a date and nothing else (a weekday may stand before it): «الأربعاء 2021/04/21». */
export function lineDate(line: string): string | null {
  const digits = line.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  const ymd = new RegExp(`^(?:${WEEKDAY}[،,]?\\s*)?((?:19|20)\\d{2})[/.-](\\d{1,2})[/.-](\\d{1,2})$`).exec(digits);
  const dmy = new RegExp(`^(?:${WEEKDAY}[،,]?\\s*)?(\\d{1,2})[/.-](\\d{1,2})[/.-]((?:19|20)\\d{2})$`).exec(digits);
  const [y, mo, d] = ymd ? [ymd[1]!, ymd[2]!, ymd[3]!] : dmy ? [dmy[3]!, dmy[2]!, dmy[1]!] : [];
  if (!y) return null;
  const date = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  return IsoPartialDate.safeParse(date).success ? date : null;
}
