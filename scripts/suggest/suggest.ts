/**
 * seeds:suggest — proposes draft entity records from a new article: persons found after a title
 * or rank (وزير، اللواء، السيد …), organizations found through their head noun (وزارة، جهاز، لجنة …),
 * each with the sentence it comes from, a verbatim evidence quote and, when a match index is given,
 * whether the store already knows it.
 *
 * Pure logic: no browser APIs, no file system. Decisions are taken on folded text (fold.ts), so
 * spelling variants behave alike; everything shown to the maintainer is cut from the original text.
 * The heuristics are deliberately small and listed below; each has a comment saying why.
 */
import { fold, type FoldedText } from '../../utils/arabic/fold';
import { nameStarts } from '../../utils/arabic/clitics';
import { ORGANIZATION_HEADS, PERSON_TITLES } from '../../utils/arabic/titles';
import { isInnerSpaceCode, isWordCode } from '../../utils/arabic/words';
import type { MatchIndex } from '../../utils/match/match-index';
import { Matcher } from '../../utils/match/matcher';
import { PageReader, type BlockMention } from '../../utils/match/page-reader';
import { Resolver } from '../../utils/match/resolver';
import { foldName } from '../../utils/seeds/compile';
import { COUNTRIES } from '../../utils/seeds/countries';
import type { z } from 'zod';
import type { EntityRecord } from '../../utils/seeds/schema';

// ───────────────────────────── word lists ─────────────────────────────
// All lists are written in ordinary spelling and folded once, so they compare with folded text.

const foldAll = (words: readonly string[]) => new Set(words.map((w) => fold(w).text));

/**
 * Military and police ranks: a rank is followed by a name almost always, so it alone is good
 * evidence of a person.
 */
const RANKS = foldAll(['اللواء', 'العميد', 'العقيد', 'الرائد', 'النقيب', 'الملازم', 'المقدم', 'الفريق', 'المشير', 'الجنرال', 'الرقيب', 'العريف']);

/** Honorifics and the byline word: they point to a person but are not a role of the person. */
const HONORIFICS = foldAll(['السيد', 'السيدة', 'الشيخ', 'الدكتور', 'الدكتورة', 'د', 'الأستاذ', 'بواسطة']);

/**
 * Titles from utils/arabic/titles.ts. Local additions, to move there if they prove useful:
 * ranks titles.ts lacks (الرقيب، العريف) and القائد.
 */
const TITLES = new Set([...foldAll(PERSON_TITLES), ...RANKS, ...HONORIFICS, ...foldAll(['قائد', 'القائد'])]);

/** Office titles that head an organization: their complement may name it without a head noun (مدير أمن طرابلس). */
const HEAD_OF_TITLES = foldAll(['رئيس', 'رئيسة', 'الرئيس', 'مدير', 'مديرة', 'المدير', 'قائد', 'القائد']);

/**
 * A title in the accusative after the name of the one appointed: «عين … مصطفى المقرعن رئيسا لجهاز
 * المخابرات». Fold drops the tanween, so رئيساً and رئيسًا are both رئيسا.
 */
const ACCUSATIVE_TITLES = foldAll(['رئيسا', 'مديرا', 'وزيرا', 'نائبا', 'سفيرا', 'ناطقا', 'متحدثا', 'مستشارا', 'مبعوثا', 'قائدا']);

/**
 * Organization head nouns: ORGANIZATION_HEADS from titles.ts plus, kept here until they move there,
 * the definite forms it lacks and a few more heads common in Libyan news.
 */
const HEADS = new Set([
  ...foldAll(ORGANIZATION_HEADS),
  ...foldAll([
    'الوزارة', 'الجهاز', 'المديرية', 'المكتب', 'المركز', 'التنظيم', 'قوات', 'جيش', 'الجيش',
    'مفوضية', 'المفوضية', 'محكمة', 'المحكمة', 'بعثة', 'البعثة', 'جامعة', 'الجامعة', 'مصرف', 'المصرف', 'حزب', 'الحزب',
    'وكالة', 'الوكالة', 'صحيفة', 'قناة', 'شركة', 'الشركة',
  ]),
]);

/** Plurals of head nouns: «والأجهزة الأمنية» after a name starts a second noun phrase, not part of the name. */
const PLURAL_HEADS = foldAll(['الأجهزة', 'المؤسسات', 'الهيئات', 'الوزارات', 'اللجان', 'المجالس', 'الإدارات', 'المراكز', 'الجهات', 'الحكومات', 'المكاتب', 'المديريات']);

/**
 * Words that carry no name by themselves: a head followed only by these is generic
 * («الأجهزة الأمنية», «التنظيم الإرهابي», «الجهاز السابق»). Compared without the article.
 */
const GENERIC = foldAll([
  'أمني', 'أمنية', 'عام', 'عامة', 'مختص', 'مختصة', 'معني', 'معنية', 'مشترك', 'مشتركة', 'جديد', 'جديدة', 'سابق', 'سابقة',
  'حالي', 'حالية', 'مذكور', 'مذكورة', 'إرهابي', 'إرهابية', 'أخرى', 'آخر', 'تابع', 'تابعة', 'وطني', 'وطنية', 'خاص', 'خاصة',
  'معروف', 'معروفة', 'رسمي', 'رسمية', 'محلي', 'محلية', 'دولي', 'دولية', 'كبرى', 'أمن', 'بلاده', 'بلادها', 'وطن',
]);

/** Adjectives that end a name without being part of it: «رئيس الجهاز السابق», «تنظيم داعش الإرهابي». */
const TRAILING_DROP = foldAll(['السابق', 'السابقة', 'الحالي', 'الحالية', 'الجديد', 'الجديدة', 'المذكور', 'المذكورة', 'المقبل', 'المقبلة', 'الإرهابي', 'الإرهابية']);

/**
 * Prepositions, particles, pronouns and the verbs that follow a name in news prose. A name or a
 * noun phrase stops before any of them.
 */
const STOP = foldAll([
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'عبر', 'خلال', 'حول', 'ضد', 'منذ', 'بين', 'لدى', 'عند', 'حتى', 'بعد', 'قبل',
  'ثم', 'أو', 'أم', 'بل', 'لكن', 'لأن', 'أن', 'إن', 'أنه', 'إنه', 'كان', 'كانت', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين',
  'اللذان', 'هو', 'هي', 'هم', 'هما', 'نحن', 'و', 'ف', 'قد', 'لقد', 'لم', 'لن', 'لا', 'ما', 'كما', 'يكون', 'تم', 'يتم',
  'قال', 'قالت', 'أكد', 'أكدت', 'أضاف', 'أضافت', 'أوضح', 'أشار', 'لفت', 'كشف', 'أعلن', 'أعلنت', 'أجرى', 'بحث', 'عين', 'عينت',
  'اليوم', 'أمس', 'يوم', 'صباح', 'مساء', 'مؤخرا', 'حديثا', 'سابقا', 'أيضا', 'فقط', 'جدا', 'كل', 'بعض', 'عدد', 'نحو', 'وفق',
  'ضمن', 'رغم', 'دون', 'غير', 'سوى', 'خلفا', 'رقم', 'لسنة', 'عام', 'العام', 'وذلك', 'ذلك', 'هذا', 'هذه', 'تلك', 'يشكل', 'تضم',
  'يضم', 'طالبت', 'طالب', 'ترأس', 'زار', 'التقى', 'استقبل', 'دعا', 'أمام', 'لصالح', 'بشأن', 'حيث', 'إذ', 'إذا', 'لو',
]);

/** Month names: «يوم الجمعة 11 يونيو» never starts a person's name. */
const MONTHS = foldAll(['يناير', 'فبراير', 'مارس', 'أبريل', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر']);

/**
 * Places: they complete a title («مدير أمن طرابلس») and never start a person's name. Country names
 * come from countries.ts; cities are listed here.
 */
const PLACES = new Set([
  ...Object.values(COUNTRIES).map((c) => fold(c.name).text),
  ...foldAll(['ليبيا', 'طرابلس', 'بنغازي', 'طبرق', 'سرت', 'مصراتة', 'الزاوية', 'سبها', 'درنة', 'البيضاء', 'الكفرة', 'غات', 'الرباط', 'باريس', 'روما', 'الدوحة', 'القاهرة', 'تونس', 'الجزائر', 'المغرب', 'مصر', 'قطر', 'فرنسا', 'إيطاليا']),
]);

/** Country adjectives, by country code (countries.ts). */
const COUNTRY_OF_WORD = new Map<string, string>(
  Object.entries(COUNTRIES).flatMap(([code, info]) => info.contextWords.flatMap((w): [string, string][] => [[fold(w).text, code], [fold(`ال${w}`).text, code]])),
);

/**
 * Nouns that complete a title before the name without the article: «مدير أمن طرابلس»,
 * «رئيس بلاده», «الناطق باسم …».
 */
const TITLE_COMPLEMENTS = foldAll(['أمن', 'شؤون', 'بلاده', 'بلادها', 'باسم', 'دولة', 'قسم', 'فرع', 'شعبة', 'وحدة', 'وفد', 'هيئة', 'أركان', 'عام', 'أول']);

/**
 * Common given names, folded. A proposal after an office title (وزير، رئيس) is kept only when its
 * first word looks like a given name, or the article repeats its last word alone, or it is quoted:
 * otherwise «رئيس الجهاز اختصاص أصيل» would be a person.
 */
const GIVEN_NAMES = foldAll([
  'محمد', 'أحمد', 'محمود', 'مصطفى', 'علي', 'عمر', 'عثمان', 'خالد', 'خليفة', 'سالم', 'سليم', 'سليمان', 'طارق', 'عادل', 'صبري',
  'كمال', 'ناصر', 'نجلاء', 'فتحي', 'معمر', 'حسن', 'حسين', 'إبراهيم', 'إسماعيل', 'يوسف', 'يونس', 'موسى', 'عيسى', 'عماد', 'عصام',
  'فرج', 'فوزي', 'فايز', 'فاطمة', 'عائشة', 'مريم', 'سعاد', 'هدى', 'ليلى', 'أمينة', 'حنان', 'سلوى', 'منى', 'نوال', 'زينب', 'خديجة',
  'صالح', 'سعيد', 'سعد', 'رمضان', 'جمعة', 'مفتاح', 'ميلاد', 'مختار', 'منصور', 'مصباح', 'نوري', 'أسامة', 'حمزة', 'بشير', 'جمال',
  'رضا', 'رشيد', 'سمير', 'سامي', 'هشام', 'وليد', 'ياسين', 'زياد', 'نبيل', 'طلال', 'فيصل', 'فهد', 'فاضل', 'مراد', 'مهدي', 'مسعود',
  'مبروك', 'عقيلة', 'قاسم', 'كريم', 'حمد', 'حامد', 'حميد', 'عمار', 'عامر', 'أنس', 'أيمن', 'بلقاسم', 'جلال', 'حازم', 'رجب', 'شعبان',
  'صلاح', 'ضو', 'طه', 'عوض', 'نجيب', 'نصر', 'هاني', 'وائل', 'ياسر', 'يحيى', 'عبير', 'ريم', 'هند', 'سهام', 'نادية', 'رانيا', 'لطفي',
  'منير', 'توفيق', 'رمطان', 'لخضر', 'صادق', 'الصادق', 'الهادي', 'الطاهر', 'المهدي', 'أشرف', 'إيهاب', 'حافظ', 'عارف', 'جبريل',
]);

/** Words that join the next word into one name unit: عبد الله، أبو بكر، بن علي. */
const NAME_JOINERS = foldAll(['عبد', 'أبو', 'أبي', 'ابن', 'بن', 'بنت']);
/** Words that join the previous word: نور الدين، خير الله. */
const NAME_TAILS = foldAll(['الدين', 'الله', 'الرحمن', 'الإسلام']);

const QUOTE_OPEN = new Set(['“', '«', '„', '‹']);
const QUOTE_CLOSE = new Set(['”', '»', '›']);
const QUOTE_ANY = /["“”«»„‹›]/g;

// ───────────────────────────── tokens ─────────────────────────────

type Gap = 'start' | 'space' | 'quote-open' | 'quote-close' | 'comma' | 'break';

interface Token {
  /** Folded word. */
  readonly w: string;
  /** Folded offsets [s, e). */
  readonly s: number;
  readonly e: number;
  /** What separates this word from the previous one. */
  readonly gap: Gap;
}

function classifyGap(gap: string, first: boolean): Gap {
  if (first) return 'start';
  let rest = '';
  let leadingSpace = false;
  for (let i = 0; i < gap.length; i++) {
    if (isInnerSpaceCode(gap.charCodeAt(i))) {
      if (rest === '') leadingSpace = true;
    } else rest += gap[i];
  }
  if (rest === '') return 'space';
  if (rest === '،' || rest === ',') return 'comma';
  if ([...rest].every((c) => QUOTE_OPEN.has(c) || QUOTE_CLOSE.has(c) || c === '"')) {
    const c = rest[0]!;
    if (QUOTE_OPEN.has(c)) return 'quote-open';
    if (QUOTE_CLOSE.has(c)) return 'quote-close';
    return leadingSpace ? 'quote-open' : 'quote-close'; // a straight quote opens after a space, closes before one
  }
  return 'break';
}

function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let prevEnd = 0;
  while (i < folded.length) {
    if (!isWordCode(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < folded.length && isWordCode(folded.charCodeAt(i))) i++;
    tokens.push({ w: folded.slice(s, i), s, e: i, gap: classifyGap(folded.slice(prevEnd, s), tokens.length === 0) });
    prevEnd = i;
  }
  return tokens;
}

/** Readings of a word after its proclitics, least stripped first (clitics.ts). */
interface Stem {
  readonly stem: string;
  /** Letters stripped from the front of the written word. */
  readonly at: number;
  readonly restores: string;
}

function stems(word: string): Stem[] {
  return nameStarts(word, 0, word.length).map((s) => ({ stem: s.restores + word.slice(s.at), at: s.at, restores: s.restores }));
}

/** The first reading of `word` that is in `set`. */
function stemIn(word: string, set: ReadonlySet<string>): Stem | undefined {
  return stems(word).find((s) => set.has(s.stem));
}

/** Has the article ال, maybe after و/ف and ب/ك/ل, or the contracted لل. */
const isDefinite = (w: string) => /^[وف]?(?:[بكل]?ال|لل)./.test(w);
/** A prepositional phrase glued to its preposition: بالحكومة، كالإرهاب. */
const isPrepDefinite = (w: string) => /^[وف]?[بك]ال./.test(w);
const isDigits = (w: string) => /^\d/.test(w);
/** Without a leading conjunction and article, to compare with GENERIC. */
const bare = (w: string) => w.replace(/^[وف]?(?:[بكل]?ال|لل)/, '');

const isStop = (w: string) => STOP.has(w);
const isTitle = (w: string) => stemIn(w, TITLES) !== undefined;

/** Where a title starts inside its word: after a glued و/ب/ل, but keeping its article (بالسفير → السفير). */
function titleStart(w: string): Stem {
  const reading = stemIn(w, TITLES)!;
  if (reading.restores === '' && reading.at >= 2 && w.slice(reading.at - 2, reading.at) === 'ال') {
    return { stem: w.slice(reading.at - 2), at: reading.at - 2, restores: '' };
  }
  return reading;
}
const isHead = (w: string) => stemIn(w, HEADS) !== undefined;

// ───────────────────────────── proposals ─────────────────────────────

export type ProposalType = 'person' | 'organization';
export type FoundBy = 'rank' | 'honorific' | 'office-title' | 'quoted' | 'accusative-title' | 'head-noun' | 'title-complement' | 'dateline';

export interface Occurrence {
  /** Original offsets of the name in the article. */
  readonly start: number;
  readonly end: number;
  /** The sentence the name stands in, verbatim. */
  readonly sentence: string;
  /** A verbatim clause of the sentence that holds the title (if any) and the name: evidence. */
  readonly quote: string;
}

export interface ProposedRole {
  /** The title as the article writes it (without a glued preposition). */
  readonly title: string;
  readonly quote: string;
  readonly country?: string;
}

export type OrganizationKindGuess = Extract<EntityRecord, { type: 'organization' }>['kind'];

export type Known =
  | { readonly status: 'new' }
  /** The whole name is an alias of the store. Several ids: an ambiguous alias the page context could not settle. */
  | { readonly status: 'known'; readonly ids: readonly string[]; readonly alias: string; readonly ambiguous: boolean }
  /** The name contains known aliases but is longer than any of them. */
  | { readonly status: 'contains'; readonly parts: readonly { readonly alias: string; readonly ids: readonly string[] }[] };

export interface Proposal {
  readonly type: ProposalType;
  /** The name as written, clitics and quote marks removed. */
  readonly name: string;
  /** The dedupe key: folded, letters and digits only. */
  readonly key: string;
  readonly foundBy: FoundBy[];
  /** Higher is surer; proposals under the threshold are dropped unless asked for. */
  readonly score: number;
  readonly accepted: boolean;
  /** Why it scored as it did, for the maintainer. */
  readonly reasons: string[];
  readonly occurrences: Occurrence[];
  readonly roles: ProposedRole[];
  /** A surname the article also uses alone. */
  readonly shortAlias?: string;
  readonly country?: string;
  readonly kind?: OrganizationKindGuess;
  readonly known: Known;
}

export interface SuggestOptions {
  /** The compiled store's match index: tells which proposals it knows. */
  readonly index?: MatchIndex;
  /** Keep proposals under the score threshold too (marked accepted: false). */
  readonly all?: boolean;
}

/** Minimum score of a proposal. */
export const THRESHOLD = 3;

interface TitleSpan {
  readonly s: number;
  readonly e: number;
  /** Letters a contraction hid (للرئيس → الرئيس). */
  readonly restores: string;
}

interface Draft {
  type: ProposalType;
  /** Folded offsets of the name (clitics excluded) and of the whole mention (title included). */
  nameS: number;
  nameE: number;
  spanS: number;
  spanE: number;
  /** Letters a contraction hid before the name (للجنة → اللجنة). */
  restores: string;
  foundBy: FoundBy;
  score: number;
  reasons: string[];
  /** Folded spans of role titles, person only. */
  titles: TitleSpan[];
  kind?: OrganizationKindGuess;
  /** Last name unit, for the short alias. */
  lastUnit?: [number, number];
}

/** Proposes the persons and organizations named in `article`. */
export function suggest(article: string, options: SuggestOptions = {}): Proposal[] {
  const folded = fold(article);
  const tokens = tokenize(folded.text);
  const ctx: Ctx = { folded, tokens, article, wordCounts: countStems(tokens) };
  const drafts = [...findPersons(ctx), ...findAccusative(ctx), ...findOrganizations(ctx), ...findDatelines(ctx)];

  const known = options.index ? knownLookup(options.index, folded.text) : undefined;
  const merged = new Map<string, Proposal>();
  for (const draft of drafts) {
    const proposal = toProposal(ctx, draft, known);
    if (!proposal) continue;
    const prior = merged.get(proposal.key);
    merged.set(proposal.key, prior ? mergeProposals(prior, proposal) : proposal);
  }
  return [...merged.values()]
    .filter((p) => options.all || p.accepted)
    .sort((a, b) => a.occurrences[0]!.start - b.occurrences[0]!.start);
}

interface Ctx {
  readonly folded: FoldedText;
  readonly tokens: readonly Token[];
  readonly article: string;
  /** How often each reading of a word occurs in the article. */
  readonly wordCounts: ReadonlyMap<string, number[]>;
}

/** Token positions of every reading of every word. */
function countStems(tokens: readonly Token[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    for (const { stem } of stems(t.w)) {
      const list = map.get(stem) ?? [];
      if (list[list.length - 1] !== i) list.push(i);
      map.set(stem, list);
    }
  });
  return map;
}

/** Does the word at token `i` also occur elsewhere, not right after the word before it here? */
function recursAlone(ctx: Ctx, i: number): boolean {
  const word = ctx.tokens[i]!.w;
  const before = ctx.tokens[i - 1]?.w;
  return (ctx.wordCounts.get(word) ?? []).some((j) => j !== i && ctx.tokens[j - 1]?.w !== before);
}

// ── persons after a title ──

function findPersons(ctx: Ctx): Draft[] {
  const { tokens } = ctx;
  const out: Draft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const title = stemIn(tokens[i]!.w, TITLES);
    if (!title) continue;
    // Walk over the title's complement (الخارجية الجزائري، مكتب الإعلام الأمني بوزارة …) and inner ranks.
    const titleStarts = [i];
    const complement: number[] = [];
    let k = i + 1;
    let apposition = false;
    let quoted: [number, number] | null = null;
    while (k < tokens.length && k - i <= 11) {
      const t = tokens[k]!;
      if (t.gap === 'quote-open') {
        quoted = quotedName(ctx, k);
        break;
      }
      if (t.gap === 'comma' && complement.length > 0 && !isTitle(t.w)) {
        apposition = true; // «بوزير الخارجية، ناصر بوريطة،»
        break;
      }
      if (t.gap !== 'space') break;
      if (isTitle(t.w)) {
        titleStarts.push(k);
        k++;
        continue;
      }
      if (isComplement(t.w)) {
        complement.push(k);
        k++;
        continue;
      }
      break;
    }
    const lastTitle = titleStarts[titleStarts.length - 1]!;
    const titleSpans = roleSpans(tokens, titleStarts, k);
    if (stemIn(tokens[i]!.w, HEAD_OF_TITLES)) {
      const org = headlessOrganization(ctx, i, titleStarts[1] ?? k);
      if (org) out.push(org);
    }

    let unitsStart = k;
    let unitsEnd: number;
    let lastUnit: [number, number] | undefined;
    const reasons: string[] = [];
    let score = titleScore(tokens[lastTitle]!.w, reasons);
    if (quoted) {
      [unitsStart, unitsEnd] = quoted;
      if (unitsEnd - unitsStart < 2) continue;
      score += 2;
      reasons.push('quoted after the title');
      lastUnit = [unitsEnd - 1, unitsEnd];
    } else {
      if (k >= tokens.length || (tokens[k]!.gap !== 'space' && !apposition)) continue;
      const units = nameUnits(ctx, k);
      if (units.length < 2) continue;
      if (apposition) {
        const after = tokens[units[units.length - 1]![1]];
        if (after && after.gap === 'space') continue; // an apposition ends at punctuation
        reasons.push('after a comma');
      }
      unitsEnd = units[units.length - 1]![1];
      lastUnit = units[units.length - 1]!;
      const first = tokens[units[0]![0]]!.w;
      if (looksGiven(first, units[0]!)) {
        score += 2;
        reasons.push(`«${first}» is a given name`);
      }
      if (recursAlone(ctx, lastUnit[0])) {
        score += 2;
        reasons.push('the surname recurs alone');
      }
    }
    out.push({
      type: 'person',
      nameS: tokens[unitsStart]!.s,
      nameE: tokens[unitsEnd - 1]!.e,
      spanS: tokens[i]!.s + titleStart(tokens[i]!.w).at,
      spanE: tokens[unitsEnd - 1]!.e,
      restores: '',
      foundBy: quoted ? 'quoted' : titleKind(tokens[lastTitle]!.w),
      score,
      reasons,
      titles: titleSpans.map(([a, b]): TitleSpan => {
        const start = titleStart(tokens[a]!.w);
        return { s: tokens[a]!.s + start.at, e: tokens[b - 1]!.e, restores: start.restores };
      }),
      lastUnit: [tokens[lastUnit[0]]!.s, tokens[lastUnit[1] - 1]!.e],
    });
  }
  return out;
}

/** Splits the title chain [first title … name) at each inner title: «مدير مكتب … المؤقتة» and «الرائد». */
function roleSpans(tokens: readonly Token[], titleStarts: readonly number[], end: number): [number, number][] {
  const spans: [number, number][] = [];
  titleStarts.forEach((start, n) => {
    const stop = titleStarts[n + 1] ?? end;
    const stem = stemIn(tokens[start]!.w, TITLES)!.stem;
    if (HONORIFICS.has(stem)) return; // السيد، بواسطة: not a role
    spans.push([start, stop]);
  });
  return spans;
}

function titleKind(word: string): FoundBy {
  const stem = stemIn(word, TITLES)!.stem;
  return RANKS.has(stem) ? 'rank' : HONORIFICS.has(stem) ? 'honorific' : 'office-title';
}

function titleScore(word: string, reasons: string[]): number {
  const kind = titleKind(word);
  reasons.push(kind === 'rank' ? 'after a rank' : kind === 'honorific' ? 'after an honorific' : 'after an office title');
  return kind === 'rank' ? 3 : kind === 'honorific' ? 2 : 1;
}

/** A word that completes a title before the name. */
function isComplement(w: string): boolean {
  if (isStop(w) || isDigits(w)) return false;
  if (isDefinite(w)) return true;
  if (isHead(w)) return true;
  const plain = w.replace(/^[وف]/, '');
  return TITLE_COMPLEMENTS.has(w) || PLACES.has(w) || PLACES.has(plain) || COUNTRY_OF_WORD.has(w);
}

/** The quoted words that open at token k: [k, end) when a closing quote follows within four words. */
function quotedName(ctx: Ctx, k: number): [number, number] | null {
  const { tokens } = ctx;
  let j = k + 1;
  while (j < tokens.length && j - k < 5 && tokens[j]!.gap === 'space') j++;
  if (j - k > 4) return null;
  const after = ctx.folded.text.slice(tokens[j - 1]!.e, tokens[j]?.s ?? ctx.folded.text.length).trimStart();
  if (!(QUOTE_CLOSE.has(after[0] ?? '') || after[0] === '"')) return null;
  for (let n = k; n < j; n++) if (isStop(tokens[n]!.w) || isDigits(tokens[n]!.w)) return null;
  if (isDefinite(tokens[k]!.w)) return null; // «الاستشاري»: a quoted word, not a person's name
  return [k, j];
}

/**
 * The units of a name starting at token k: one to three, a unit being a word or a compound
 * (عبد الله، نور الدين). Stops at punctuation, stop words, titles, head nouns and glued prepositions.
 */
function nameUnits(ctx: Ctx, k: number): [number, number][] {
  const { tokens } = ctx;
  const units: [number, number][] = [];
  let j = k;
  while (units.length < 3 && j < tokens.length) {
    const t = tokens[j]!;
    if (j > k && t.gap !== 'space') break;
    if (!nameWord(t.w, units.length === 0)) break;
    let end = j + 1;
    if (NAME_JOINERS.has(t.w) && tokens[end]?.gap === 'space' && tokens[end]!.w.length > 1) end++;
    while (tokens[end]?.gap === 'space' && NAME_TAILS.has(tokens[end]!.w)) end++;
    if (units.length === 2 && !plausibleThird(ctx, units, j)) break;
    units.push([j, end]);
    j = end;
  }
  return units;
}

function nameWord(w: string, first: boolean): boolean {
  if (w.length < 2 || isStop(w) || isDigits(w) || isTitle(w) || isHead(w) || MONTHS.has(w)) return false;
  if (STOP.has(w.replace(/^[وف]/, ''))) return false;
  if (isDefinite(w) && (first || /^[وف]?(?:[بكل]ال|لل)/.test(w))) return false; // a name starts bare; no glued preposition
  if (!first && /^و/.test(w) && w.length > 3) return false; // «ودخول»: a conjunction opens the next phrase
  if (first && (PLACES.has(w) || TITLE_COMPLEMENTS.has(w) || COUNTRY_OF_WORD.has(w))) return false;
  if (PLURAL_HEADS.has(w) || ACCUSATIVE_TITLES.has(w)) return false;
  return true;
}

/**
 * A third word joins the name unless it looks like the next noun: a pronoun suffix (زيارته،
 * بموافاته) or a second word that the article already uses alone as the surname.
 */
function plausibleThird(ctx: Ctx, units: readonly [number, number][], j: number): boolean {
  const w = ctx.tokens[j]!.w;
  if (/(?:ته|تها|تهم|تهما|هم|هما|كم|نا)$/.test(w)) return false;
  if (recursAlone(ctx, units[1]![0]) && !recursAlone(ctx, j)) return false;
  return true;
}

function looksGiven(first: string, unit: readonly [number, number]): boolean {
  const w = first.replace(/^و/, '');
  if (GIVEN_NAMES.has(first) || GIVEN_NAMES.has(w)) return true;
  if (unit[1] - unit[0] > 1) return true; // عبد الله، نور الدين
  return /^(?:عبد|ابو)./.test(first) || /.(?:الدين|الله)$/.test(first);
}

// ── persons before an accusative title: «… مصطفى المقرعن رئيسا لجهاز المخابرات» ──

function findAccusative(ctx: Ctx): Draft[] {
  const { tokens } = ctx;
  const out: Draft[] = [];
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!ACCUSATIVE_TITLES.has(t.w) || t.gap !== 'space') continue;
    // Collect units backwards until there are two or more and the first has no article.
    let j = i - 1;
    const units: number[] = [];
    while (j >= 0 && units.length < 4) {
      const w = tokens[j]!.w;
      if (!nameWord(w, false)) break;
      units.unshift(j);
      const firstOk = !isDefinite(w) && !NAME_TAILS.has(w);
      if (units.length >= 2 && firstOk && nameWord(w, true)) break;
      if (tokens[j]!.gap !== 'space') break; // punctuation before this word: the name cannot go further back
      j--;
    }
    if (units.length < 2) continue;
    const first = units[0]!;
    if (!nameWord(tokens[first]!.w, true)) continue;
    const reasons = ['before an accusative title («رئيسا لـ…»)'];
    let score = 1;
    if (looksGiven(tokens[first]!.w, [first, NAME_JOINERS.has(tokens[first]!.w) ? first + 2 : first + 1])) {
      score += 2;
      reasons.push(`«${tokens[first]!.w}» is a given name`);
    }
    const last = units[units.length - 1]!;
    if (recursAlone(ctx, last)) {
      score += 2;
      reasons.push('the surname recurs alone');
    }
    // The title runs from the accusative word over its organization: «رئيسا لجهاز المخابرات الليبية العامة».
    const orgHead = tokens[i + 1] && tokens[i + 1]!.gap === 'space' ? stemIn(tokens[i + 1]!.w, HEADS) : undefined;
    const phraseEnd = orgHead ? nounPhraseEnd(ctx, i + 2, { afterHead: true, head: orgHead.stem.replace(/^ال/, ''), definiteHead: orgHead.stem.startsWith('ال') }) : i + 1;
    const titleEnd = tokens[phraseEnd - 1]!.e;
    out.push({
      type: 'person',
      nameS: tokens[first]!.s,
      nameE: tokens[last]!.e,
      spanS: tokens[first]!.s,
      spanE: titleEnd,
      restores: '',
      foundBy: 'accusative-title',
      score,
      reasons,
      titles: [{ s: t.s, e: titleEnd, restores: '' }],
      lastUnit: [tokens[last]!.s, tokens[last]!.e],
    });
  }
  return out;
}

// ── organizations through their head noun ──

function findOrganizations(ctx: Ctx): Draft[] {
  const { tokens } = ctx;
  const out: Draft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const readings = stems(tokens[i]!.w).filter((s) => HEADS.has(s.stem));
    if (readings.length === 0) continue;
    const next = tokens[i + 1];
    // للجنة: the contraction hides ال when an adjective follows (اللجنة التنفيذية), not in an idafa (لجنة توحيد).
    const head = (next && next.gap === 'space' && isDefinite(next.w) && readings.find((r) => r.stem.startsWith('ال'))) || readings[0]!;
    const headStem = head.stem.replace(/^ال/, '');
    if (headStem === 'تنظيم' && next && isDefinite(next.w) && !/^(?:القاعده|الدوله)$/.test(next.w)) continue; // «تنظيم العمل»: the verbal noun
    const definiteHead = head.stem.startsWith('ال');
    const prev = tokens[i - 1];
    // «الجريمة المنظمة»: a definite head right after a definite noun is its adjective.
    if (definiteHead && head.at === 0 && prev && tokens[i]!.gap === 'space' && isDefinite(prev.w) && !isStop(prev.w)) continue;
    const end = nounPhraseEnd(ctx, i + 1, { afterHead: true, head: headStem, definiteHead });
    const draft = organizationDraft(ctx, i, head, end, 'head-noun');
    if (draft) out.push(draft);
  }
  return out;
}

/** A headless organization in an office title's complement: «مدير أمن طرابلس», «ومدير الوثائق والأمن الخارجي». */
function headlessOrganization(ctx: Ctx, i: number, complementEnd: number): Draft | null {
  const { tokens } = ctx;
  const start = i + 1;
  const t = tokens[start];
  if (!t || t.gap !== 'space' || isHead(t.w) || isTitle(t.w)) return null;
  if (!(isDefinite(t.w) || t.w === 'امن')) return null;
  const end = nounPhraseEnd(ctx, start, { afterHead: false, limit: complementEnd });
  if (end - start < 2) return null;
  return organizationDraft(ctx, start, { stem: t.w, at: 0, restores: '' }, end, 'title-complement');
}

function organizationDraft(ctx: Ctx, i: number, head: Stem, end: number, foundBy: FoundBy): Draft | null {
  const { tokens } = ctx;
  // Adjectives that date the body («السابق») end the name.
  while (end > i + 1 && TRAILING_DROP.has(tokens[end - 1]!.w)) end--;
  const rest = tokens.slice(foundBy === 'head-noun' ? i + 1 : i, end);
  const reasons: string[] = [];
  const headStem = head.stem.replace(/^ال/, '');
  const specific = rest.filter((t) => {
    const b = bare(t.w);
    // A country's army is one body («الجيش الليبي»); a country's «الحكومة الليبية» is not a name.
    const countryOk = headStem === 'جيش' || !COUNTRY_OF_WORD.has(t.w.replace(/^[وف]/, ''));
    return b.length > 1 && !GENERIC.has(b) && countryOk && !isStop(t.w);
  });
  if (specific.length === 0) return null; // «مجلس», «الأجهزة الأمنية», «التنظيم الإرهابي»
  let score = foundBy === 'head-noun' ? 3 : 2;
  const [hs, he] = span(ctx.folded, tokens[i]!.s + head.at, tokens[i]!.e);
  reasons.push(foundBy === 'head-noun' ? `head noun «${head.restores}${ctx.article.slice(hs, he)}»` : 'complement of an office title');
  if (foundBy === 'title-complement') {
    if (tokens[i]!.w !== 'امن' && rest.length < 3) score -= 1; // only «أمن X» is a common headless name
    else score += 1;
  }
  const allBare = rest.every((t) => !isDefinite(t.w));
  if (allBare && rest.length >= 2) reasons.push('indefinite throughout: check it is a name');
  return {
    type: 'organization',
    nameS: tokens[i]!.s + head.at,
    nameE: tokens[end - 1]!.e,
    spanS: tokens[i]!.s + head.at,
    spanE: tokens[end - 1]!.e,
    restores: head.restores,
    foundBy,
    score,
    reasons,
    titles: [],
    kind: guessKind(foundBy === 'head-noun' ? headStem : tokens[i]!.w, rest.map((t) => t.w)),
  };
}

/**
 * Where the noun phrase starting at token `from` ends (exclusive). Takes up to six words: definite
 * adjectives and genitives (الليبية، للجيش، والتطوير), and — after an indefinite head, before any
 * definite word — a short chain of bare nouns (لجنة متابعة أمنية مشتركة، مديرية أمن بنغازي).
 * Stops at punctuation, stop words, titles, a glued preposition (بالمغرب) and another head after
 * ب or ل (بوزارة، لمجلس): a second organization — except that a ministry keeps its government
 * (وزارة الداخلية بالحكومة المؤقتة).
 */
function nounPhraseEnd(ctx: Ctx, from: number, opts: { afterHead: boolean; head?: string; definiteHead?: boolean; limit?: number }): number {
  const { tokens } = ctx;
  let j = from;
  // A definite noun cannot open an idafa: after «الجهاز» a bare word starts a new clause.
  let sawDefinite = opts.definiteHead === true;
  let bareCount = 0;
  let governmentTaken = false;
  const limit = Math.min(opts.limit ?? tokens.length, tokens.length);
  while (j < limit && j - from < 6) {
    const t = tokens[j]!;
    const w = t.w;
    const quoteGap = t.gap === 'quote-open' || t.gap === 'quote-close';
    if (t.gap !== 'space' && !(opts.afterHead && quoteGap)) break;
    if (w === 'و') {
      // «مكتب التنسيق و المتابعة»: a detached conjunction inside the name.
      const n = tokens[j + 1];
      if (j > from && n && n.gap === 'space' && isDefinite(n.w) && !isStop(n.w) && !PLURAL_HEADS.has(n.w)) {
        j += 2;
        continue;
      }
      break;
    }
    if (isStop(w) || (w.length > 2 && STOP.has(w.slice(1)) && /^[وفبلك]/.test(w)) || isDigits(w) || isTitle(w) || ACCUSATIVE_TITLES.has(w)) break;
    if (j === from && opts.definiteHead && /^[وف]?لل/.test(w)) break; // «الوزارة للتواصل»: a purpose, not a name
    const headReading = stemIn(w, HEADS);
    if (headReading && headReading.at > 0 && /^[وف]?لل/.test(w)) {
      // «القيادة العامة للجيش الليبي»: a named body in the genitive continues the name;
      // «جهاز المخابرات للقيادة أو …» does not.
      const n = tokens[j + 1];
      if (!(n && j + 1 < limit && n.gap === 'space' && isDefinite(n.w) && !isStop(n.w) && !isTitle(n.w))) break;
      sawDefinite = true;
      j++;
      continue;
    }
    if (headReading && headReading.at > 0) {
      const isGov = /^(?:ال)?حكومه$/.test(headReading.stem);
      if (/^[وف]?ب/.test(w) && isGov && opts.head === 'وزاره' && !governmentTaken && j > from) {
        governmentTaken = true; // «وزارة الداخلية بالحكومة المؤقتة»
        sawDefinite = true;
        j++;
        continue;
      }
      break; // «مكتب الإعلام الأمني بوزارة الداخلية»: a second organization
    }
    if (/^[وف]/.test(w) && PLURAL_HEADS.has(w.slice(1))) break; // «القوات المسلحة والأجهزة الأمنية»
    if (isPrepDefinite(w)) break; // «بالمغرب»
    if (isDefinite(w)) {
      sawDefinite = true;
      j++;
      continue;
    }
    // A bare word: only in an idafa chain before any definite word, never after a conjunction.
    if (sawDefinite || bareCount >= 3 || (/^و./.test(w) && w.length > 3)) break;
    if (MONTHS.has(w) || PLURAL_HEADS.has(w) || isHead(w)) break;
    bareCount++;
    j++;
  }
  return j;
}

function guessKind(head: string, words: readonly string[]): OrganizationKindGuess {
  const has = (re: RegExp) => words.some((w) => re.test(w));
  switch (head) {
    case 'وزاره': return 'ministry';
    case 'جهاز': return has(/مخابرات|استخبارات/) ? 'intelligence-service' : 'security-service';
    case 'مجلس': return has(/^(?:ال)?(?:نواب|شيوخ)$/) ? 'parliament' : 'council';
    case 'لجنه': return 'committee';
    case 'مديريه': return 'directorate';
    case 'مكتب': return 'office';
    case 'حكومه': return 'government';
    case 'مركز': return 'research-centre';
    case 'تنظيم': return 'terrorist-organization';
    case 'اداره': return 'department';
    case 'قياده': case 'قوات': case 'جيش': return has(/شرطه/) ? 'police' : 'armed-forces';
    case 'امم': case 'بعثه': case 'جامعه': case 'منظمه': return 'international-body';
    case 'صحيفه': case 'قناه': case 'وكاله': return 'news-outlet';
    case 'امن': return 'directorate';
    default: return 'other';
  }
}

// ── news outlets from a dateline: «أخبار ليبيا24- خاص», «الدار- خاص» ──

function findDatelines(ctx: Ctx): Draft[] {
  const out: Draft[] = [];
  const re = /^[ \t]*((?:[^\s\-–—:]+[ \t]+){0,2}[^\s\-–—:]+)[ \t]*[-–—][ \t]*خاص[ \t]*$/gm;
  for (const m of ctx.folded.text.matchAll(re)) {
    const s = m.index! + m[0].indexOf(m[1]!);
    const e = s + m[1]!.length;
    out.push({
      type: 'organization', nameS: s, nameE: e, spanS: m.index! + m[0].search(/\S/), spanE: m.index! + m[0].trimEnd().length,
      restores: '', foundBy: 'dateline', score: 3, reasons: ['dateline «… - خاص»: the outlet'], titles: [], kind: 'news-outlet',
    });
  }
  return out;
}

// ───────────────────────────── known entities ─────────────────────────────

interface KnownLookup {
  readonly matcher: Matcher;
  readonly index: MatchIndex;
  /** The real pipeline over the whole article: mentions with the page context's disambiguation. */
  readonly mentions: readonly BlockMention[];
}

function knownLookup(index: MatchIndex, foldedArticle: string): KnownLookup {
  // Names only: the places the index also holds are not entities the store knows.
  const matcher = new Matcher({ aliases: index.aliases });
  // The article as one block: folding is idempotent, so the mentions' offsets are the folded article's.
  const reader = new PageReader(matcher, new Resolver(index));
  return { matcher, index, mentions: [...reader.read([foldedArticle]), ...reader.finish()] };
}

/**
 * What the store knows of a name: the matcher run over the name alone. `at` is the name's folded
 * span in the article: an ambiguous alias is then narrowed by the page context, as the extension does.
 */
function knownOf(lookup: KnownLookup, name: string, at: [number, number] | null): Known {
  const foldedName = foldName(name);
  const candidates = lookup.matcher.scan(foldedName);
  const ids = (entities: readonly number[]) => [...new Set(entities)].map((e) => lookup.index.entities[e]!.id);
  const whole = candidates.find((c) => c.start === 0 && c.end === foldedName.length);
  if (whole) {
    let entities = [...new Set(whole.aliases.map((a) => a.entity))];
    if (entities.length > 1 && at) {
      const mention = lookup.mentions.find((m) => m.start === at[0] && m.end === at[1]);
      if (mention && mention.entities.length < entities.length) entities = [...mention.entities];
    }
    return { status: 'known', ids: ids(entities), alias: whole.aliases[0]!.folded, ambiguous: entities.length > 1 };
  }
  if (candidates.length === 0) return { status: 'new' };
  return {
    status: 'contains',
    parts: candidates.map((c) => ({ alias: c.aliases[0]!.folded, ids: ids(c.aliases.map((a) => a.entity)) })),
  };
}

// ───────────────────────────── assembling proposals ─────────────────────────────

function toProposal(ctx: Ctx, d: Draft, known: KnownLookup | undefined): Proposal | null {
  const { folded, article } = ctx;
  const [os, oe] = span(folded, d.nameS, d.nameE);
  const name = (d.restores + article.slice(os, oe)).replace(QUOTE_ANY, '').replace(/\s+/g, ' ').trim();
  const key = fold(name).text.replace(/[^\p{L}\p{N}]/gu, '');
  if (key.length < 2) return null;
  const [ss, se] = span(folded, d.spanS, d.spanE);
  const occurrence: Occurrence = { start: os, end: oe, sentence: sentenceAround(article, ss, se), quote: quoteAround(article, ss, se) };
  const countryWords = d.type === 'person' ? d.titles.flatMap((t) => folded.text.slice(t.s, t.e).split(/\s+/)) : fold(name).text.split(/\s+/);
  const country = countryWords.map((w) => COUNTRY_OF_WORD.get(w)).find((c) => c !== undefined);
  const roles: ProposedRole[] = d.titles.map((t) => {
    const [ts, te] = span(folded, t.s, t.e);
    const roleCountry = folded.text.slice(t.s, t.e).split(/\s+/).map((w) => COUNTRY_OF_WORD.get(w)).find((c) => c !== undefined);
    const title = (t.restores + article.slice(ts, te)).replace(/[\s،,]+$/, '').trim();
    return { title, quote: occurrence.quote, ...(roleCountry ? { country: roleCountry } : {}) };
  });
  let shortAlias: string | undefined;
  if (d.type === 'person' && d.lastUnit) {
    const lastTokenIndex = ctx.tokens.findIndex((t) => t.s === d.lastUnit![0]);
    if (lastTokenIndex >= 0 && recursAlone(ctx, lastTokenIndex) && d.lastUnit[0] > d.nameS) {
      const [ls, le] = span(folded, d.lastUnit[0], d.lastUnit[1]);
      shortAlias = article.slice(ls, le).replace(QUOTE_ANY, '');
    }
  }
  return {
    type: d.type,
    name,
    key,
    foundBy: [d.foundBy],
    score: d.score,
    accepted: d.score >= THRESHOLD,
    reasons: d.reasons,
    occurrences: [occurrence],
    roles,
    ...(shortAlias ? { shortAlias } : {}),
    ...(country ? { country } : {}),
    ...(d.kind ? { kind: d.kind } : {}),
    known: known ? knownOf(known, name, [d.nameS + (d.restores ? 0 : 0), d.nameE]) : { status: 'new' },
  };
}

function mergeProposals(a: Proposal, b: Proposal): Proposal {
  const better = b.score > a.score ? b : a;
  const roles = [...a.roles];
  for (const role of b.roles) if (!roles.some((r) => fold(r.title).text === fold(role.title).text)) roles.push(role);
  const known = a.known.status === 'known' && b.known.status === 'known' && b.known.ids.length < a.known.ids.length ? b.known : a.known;
  return {
    ...better,
    name: a.name,
    foundBy: [...new Set([...a.foundBy, ...b.foundBy])],
    reasons: [...new Set([...a.reasons, ...b.reasons])],
    accepted: a.accepted || b.accepted,
    occurrences: [...a.occurrences, ...b.occurrences.filter((o) => !a.occurrences.some((x) => x.start === o.start))],
    roles,
    known,
    ...(a.shortAlias ?? b.shortAlias ? { shortAlias: a.shortAlias ?? b.shortAlias } : {}),
    ...(a.country ?? b.country ? { country: a.country ?? b.country } : {}),
  };
}

function span(folded: FoldedText, s: number, e: number): [number, number] {
  return [folded.origin[s]!, folded.origin[e - 1]! + 1];
}

// ── sentences and evidence quotes ──

const SENTENCE_END = /[.!?؟؛\n]/;
const CLAUSE_END = /[.!?؟؛\n،,:;()]/;
const TRIM = /[\s•·\-–—*]/;

function sentenceAround(text: string, s: number, e: number): string {
  return cut(text, s, e, SENTENCE_END);
}

/** The clause around [s, e); long clauses are narrowed to a few words on each side. */
function quoteAround(text: string, s: number, e: number): string {
  const clause = cut(text, s, e, CLAUSE_END);
  if (clause.length <= 180) return clause;
  let a = s;
  for (let words = 0; a > 0 && words < 4 && !CLAUSE_END.test(text[a - 1]!); ) {
    a--;
    if (/\s/.test(text[a]!) && !/\s/.test(text[a + 1] ?? '')) words++;
  }
  let b = e;
  for (let words = 0; b < text.length && words < 3 && !CLAUSE_END.test(text[b]!); ) {
    if (/\s/.test(text[b]!) && !/\s/.test(text[b + 1] ?? '')) words++;
    b++;
  }
  return text.slice(a, b).replace(/^\s+|\s+$/g, '') || text.slice(s, e);
}

function cut(text: string, s: number, e: number, boundary: RegExp): string {
  let a = s;
  while (a > 0 && !boundary.test(text[a - 1]!)) a--;
  let b = e;
  while (b < text.length && !boundary.test(text[b]!)) b++;
  while (a < s && TRIM.test(text[a]!)) a++;
  while (b > e && /\s/.test(text[b - 1]!)) b--;
  return text.slice(a, b);
}

// ───────────────────────────── drafts ─────────────────────────────

/** A record as written in seeds/entities/*.yaml: fields with defaults may be left out. */
export type DraftRecord = z.input<typeof EntityRecord>;

/**
 * The draft record for a proposal, valid against the schema where the article allows: dates are
 * never invented (when: basis not-stated), an organization's kind is a guess from its head noun.
 */
export function draftRecord(p: Proposal, articleId: string): DraftRecord {
  const aliases: DraftRecord['aliases'] = [{ text: p.name, kind: 'full' }];
  if (p.shortAlias && fold(p.shortAlias).text !== fold(p.name).text) aliases.push({ text: p.shortAlias, kind: 'short' });
  const head = { id: slug(p.name), type: p.type, name: p.name, ...(p.country ? { country: p.country } : {}) };
  const evidence = [{ article: articleId, quote: p.occurrences[0]!.quote }];
  if (p.type === 'person') {
    const roles = p.roles.map((r) => ({
      title: r.title,
      ...(r.country ? { country: r.country } : {}),
      when: { basis: 'not-stated' as const },
      evidence: [{ article: articleId, quote: r.quote }],
    }));
    return roles.length > 0 ? { ...head, type: 'person', aliases, roles } : { ...head, type: 'person', aliases, evidence };
  }
  return { id: head.id, type: 'organization', kind: p.kind ?? 'other', name: p.name, ...(p.country ? { country: p.country } : {}), aliases, evidence };
}

const LATIN: Readonly<Record<string, string>> = {
  'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ٱ': 'a', 'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd',
  'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': '', 'غ': 'gh', 'ف': 'f',
  'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'ة': 'a', 'و': 'w', 'ي': 'y', 'ى': 'a', 'ء': '', 'ؤ': 'u', 'ئ': 'i',
  'گ': 'g', 'ڤ': 'v', 'پ': 'p', 'ی': 'y', 'ک': 'k',
};

/**
 * A simple Arabic → Latin transliteration for an id: the article ال becomes al-, و and ي after
 * consonants read as u and i, a final ة as a. A suggestion to correct, not a standard.
 */
export function transliterate(text: string): string {
  const words = text.replace(/[\u064b-\u065f\u0670\u0640]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words
    .map((word) => {
      let prefix = '';
      let w = word;
      if (w.length > 5 && w.startsWith('عبدال')) {
        prefix = 'abd-al-'; // عبدالحميد: a compound written as one word
        w = w.slice(5);
      } else if (w.length > 3 && /^[اأ]ل/.test(w)) {
        prefix = 'al-';
        w = w.slice(2);
      }
      let out = '';
      for (let i = 0; i < w.length; i++) {
        const c = w[i]!;
        const prev = w[i - 1];
        const isConsonant = (x: string | undefined) => x !== undefined && !/[اوىيأإآة]/.test(x);
        if ((c === 'و' || c === 'ي') && i > 0 && isConsonant(prev)) out += c === 'و' ? 'u' : (i === w.length - 1 ? 'i' : 'i');
        else if (c === 'ي' && i === w.length - 1) out += 'i';
        else if (c === 'ع' && i === 0) out += 'a'; // a word-initial ʿayn carries a vowel: عادل, عبد
        else out += LATIN[c] ?? (/[a-z0-9]/i.test(c) ? c.toLowerCase() : '');
      }
      return prefix + out.replace(/([aiu])\1+/g, '$1');
    })
    .join('-');
}

/** A valid entity id from a name. */
export function slug(name: string): string {
  const id = transliterate(name).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return id || 'entity';
}
