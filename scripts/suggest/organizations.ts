/**
 * The organization finder. An organization is proposed where a head noun opens a noun phrase
 * that names something (وزارة الداخلية، جهاز المخابرات الليبية العامة), in the complement of a
 * head's title (مدير أمن طرابلس), as the ministry a minister's title implies (وزير الخارجية
 * الجزائري → وزارة الخارجية الجزائرية), as a body known by a short name (رويترز، داعش), and as the
 * outlet of a dateline (أخبار ليبيا24- خاص).
 */
import { foldString } from '../../utils/arabic/fold';
import { Matcher } from '../../utils/match/matcher';
import { COUNTRY_WORDS } from '../../utils/arabic/places';
import type { Candidate, FoundBy, OrganizationKindGuess } from './candidates';
import {
  ACCUSATIVE_TITLES, BLOC_ADJECTIVES, COUNTRY_OF_WORD, DESCRIPTIVE_ADJECTIVES, DIRECTIONS, GENERIC, GIVEN_NAMES, HEAD_OF_TITLES, HEADS, KNOWN_BODIES, MINISTER_TITLES, MONTHS,
  OUTLET_HEADS, PLACE_PREPOSITIONS, PLACES, PLURAL_HEADS, PORTFOLIOS, STOP, TRAILING_DROP, WEEKDAYS,
} from './lexicon';
import { bare, endsWithParticiple, isDefinite, isDigits, isHead, isLamDefinite, isPrepDefinite, isStop, isTitle, recursAlone, stemIn, stems, unconjoined, type ArticleContext, type Stem } from './tokens';

const foldAll = (words: readonly string[]) => new Set(words.map(foldString));
const MINISTRY = foldString('وزارة');

export function findOrganizations(ctx: ArticleContext): Candidate[] {
  return [...fromHeadNouns(ctx), ...fromHeadTitles(ctx), ...fromMinisterTitles(ctx), ...knownBodies(ctx), ...datelines(ctx)];
}

/** Heads whose name may go on with a place: «بعثة الأمم المتحدة في ليبيا», «محكمة الاستئناف في باريس». */
const PLACED_HEADS = foldAll(['بعثة', 'محكمة', 'كلية', 'جامعة', 'مكتب', 'لجنة', 'سفارة', 'قنصلية']);

/** Heads whose name may go on with a purpose: «البعثة الأوروبية لمراقبة الحدود», «مكتب الأمم المتحدة لمكافحة الإرهاب». */
const PURPOSE_HEADS = foldAll(['بعثة', 'مكتب', 'مفوضية', 'لجنة', 'مركز', 'هيئة', 'منظمة', 'وكالة', 'صندوق', 'معهد', 'برنامج']);

/** Heads that are a field after another head (جهاز الاستخبارات، أجهزة استخبارات): not a body of their own there. */
const FIELD_HEADS = foldAll(['استخبارات', 'مخابرات']);

/** Heads that are often the verbal noun «heading, running» before the body headed (لرئاسة الغرفة الأمنية). */
const VERBAL_HEADS = foldAll(['رئاسة', 'إدارة', 'قيادة']);

/** Heads of forces, and the services that alone name no force: «قوات الأمن». */
const FORCE_HEADS_OF_SERVICE = foldAll(['قوات']);
const SERVICES = foldAll(['أمن', 'شرطة', 'جيش']);

/** Nouns a لل-genitive may name inside a body's name besides head nouns: «المجلس الأعلى للدولة». */
const GENITIVE_BODIES = foldAll(['دولة', 'نفط', 'دراسات', 'أنباء']);

// ── through a head noun ──

function fromHeadNouns(ctx: ArticleContext): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const readings = stems(tokens[i]!.w).filter((s) => HEADS.has(s.stem));
    if (readings.length === 0) continue;
    const next = tokens[i + 1];
    // للجنة: the contraction hides ال when an adjective follows (اللجنة التنفيذية), not in an idafa (لجنة توحيد).
    const reading = (next && next.gap === 'space' && isDefinite(next.w) && readings.find((r) => r.stem.startsWith('ال'))) || readings[0]!;
    // «الموقع», «والمركز»: a head listed bare, read after its article, is definite; the name keeps the article.
    const head = reading.at >= 2 && !reading.restores && tokens[i]!.w.slice(reading.at - 2, reading.at) === 'ال' ? { stem: `ال${reading.stem}`, at: reading.at - 2, restores: '' } : reading;
    const headStem = head.stem.replace(/^ال/, '');
    if (headStem === 'تنظيم' && !namesAGroup(ctx, i + 1)) continue; // «تنظيم العمل», «تنظيم انتخابات»: the verbal noun
    const definiteHead = head.stem.startsWith('ال');
    const prev = tokens[i - 1];
    // «الجريمة المنظمة»: a definite head right after a definite noun is its adjective.
    if (definiteHead && head.at === 0 && prev && tokens[i]!.gap === 'space' && isDefinite(prev.w) && !isStop(prev.w) && !isTitle(prev.w)) continue;
    // «محكمة للتعامل», «الوزارة للتواصل»: a purpose, not a name.
    if (next && next.gap === 'space' && isLamDefinite(next.w) && !isHead(next.w)) continue;
    // «جهاز الاستخبارات», «أجهزة استخبارات غربية»: a field after a head, not a body.
    if (FIELD_HEADS.has(headStem) && prev && tokens[i]!.gap === 'space' && (isHead(prev.w) || PLURAL_HEADS.has(prev.w) || PLURAL_HEADS.has(`ال${prev.w}`))) continue;
    // «لشؤون الإرهاب والمخابرات المالية»: a field joined to another noun.
    if (FIELD_HEADS.has(headStem) && /^[وف]/.test(tokens[i]!.w) && head.at > 0) continue;
    // «لرئاسة الغرفة الأمنية», «برئاسة فائز السراج»: heading a body, or headed by a person.
    if (VERBAL_HEADS.has(headStem) && !definiteHead && next && next.gap === 'space') {
      if (isDefinite(next.w) && isHead(next.w)) continue;
      if (/^[وف]?ب/.test(tokens[i]!.w) && !isDefinite(next.w)) continue;
    }
    // «صحيفة "لو جورنال دو ديمانش"», «مركز “الاستشاري” للدراسات»: a quoted name, which may go on.
    const quoted = next && next.gap === 'quote-open' ? quotedEnd(ctx, i + 1) : null;
    // «صحيفة "…" الألمانية»: after a quoted name, a country's adjective says where the body is from.
    const countryAfterQuote = quoted !== null && (tokens[quoted]?.gap === 'space' || tokens[quoted]?.gap === 'quote-close') && COUNTRY_OF_WORD.has(tokens[quoted]!.w);
    const end = quoted ? (countryAfterQuote ? quoted : nounPhraseEnd(ctx, quoted, { head: headStem, named: true })) : nounPhraseEnd(ctx, i + 1, { head: headStem, definiteHead });
    const candidate = organizationCandidate(ctx, i, head, end, 'head-noun');
    if (candidate) out.push(candidate);
  }
  return out;
}

/** The end of a quoted name that opens at token k: «صحيفة "لو جورنال دو ديمانش"», at most five words. */
function quotedEnd(ctx: ArticleContext, k: number): number | null {
  const { tokens, folded } = ctx;
  let j = k + 1;
  while (j < tokens.length && j - k < 6 && tokens[j]!.gap === 'space') j++;
  if (j - k > 5) return null;
  const after = folded.text.slice(tokens[j - 1]!.e, tokens[j]?.s ?? folded.text.length).trimStart();
  return /^["”»›]/.test(after) ? j : null;
}

/** After تنظيم: a quoted name, a body known by its name (داعش), or القاعدة/الدولة. */
function namesAGroup(ctx: ArticleContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return false;
  if (t.gap === 'quote-open') return true;
  return /^(?:القاعده|الدوله|الاخوان)$/.test(t.w) || KNOWN_NAMES.has(t.w);
}

/**
 * Where the noun phrase starting at token `from` ends (exclusive). Takes up to seven words:
 * definite adjectives and genitives (الليبية، للجيش، والتطوير), a short chain of bare nouns after an
 * indefinite head before any definite word (لجنة متابعة أمنية مشتركة، مديرية أمن بنغازي), a title
 * right after an indefinite head (مكتب رئيس الأركان), and after some heads a place (في ليبيا).
 * Stops at punctuation, stop words, a glued preposition (بالمغرب), another head after ب or ل
 * (بوزارة، لمجلس) — except that a ministry keeps its government (وزارة الداخلية بالحكومة المؤقتة) —,
 * at a dating adjective (السابق، التابع), a participle that a preposition follows (المدعومة من)
 * and a لل-genitive that is a purpose rather than a body (للقيام).
 */
function nounPhraseEnd(ctx: ArticleContext, from: number, opts: { head?: string; definiteHead?: boolean; named?: boolean; limit?: number }): number {
  const { tokens } = ctx;
  let j = from;
  // A definite noun cannot open an idafa: after «الجهاز» a bare word starts a new clause; nor can
  // anything after a quoted name (`named`).
  let sawDefinite = opts.definiteHead === true || opts.named === true;
  let bareCount = 0;
  let governmentTaken = false;
  let purposeTaken = false;
  const limit = Math.min(opts.limit ?? tokens.length, tokens.length);
  while (j < limit && j - from < 7) {
    const t = tokens[j]!;
    const w = t.w;
    const next = tokens[j + 1];
    const quoteGap = t.gap === 'quote-open' || t.gap === 'quote-close';
    if (t.gap !== 'space' && !quoteGap) break;
    // «مركز “الاستشاري” للدراسات»: a short quote inside the name; a quote that runs on is a new phrase.
    if (t.gap === 'quote-open' && quotedEnd(ctx, j) === null) break;
    if (w === 'و') {
      // «مكتب التنسيق و المتابعة»: a detached conjunction inside the name.
      if (j > from && !opts.definiteHead && next && next.gap === 'space' && isDefinite(next.w) && !isStop(next.w) && !PLURAL_HEADS.has(next.w) && !isHead(next.w) && !isTitle(next.w)) {
        j += 2;
        continue;
      }
      break;
    }
    // «بعثة الأمم المتحدة في ليبيا»: a place completes the names of some heads.
    if (PLACE_PREPOSITIONS.has(w) && sawDefinite && opts.head && PLACED_HEADS.has(opts.head) && next && next.gap === 'space' && PLACES.has(next.w)) {
      j += 2;
      continue;
    }
    if (isStop(w) || (w.length > 2 && STOP.has(w.slice(1)) && /^[وفبلك]/.test(w)) || isDigits(w) || ACCUSATIVE_TITLES.has(w) || TRAILING_DROP.has(w) || WEEKDAYS.has(w)) break;
    if (isTitle(w)) {
      // «مكتب رئيس الأركان»: a title in the genitive of an indefinite head; «إدارة الرئيس» is an administration.
      if (!(j === from && !opts.definiteHead && !(opts.head && VERBAL_HEADS.has(opts.head)) && next && next.gap === 'space' && isDefinite(next.w))) break;
      j++;
      continue;
    }
    if (j === from && opts.definiteHead && isLamDefinite(w)) break; // «الوزارة للتواصل»: a purpose, not a name
    // «الأمم المتحدة والأمين», «بعثة الاتحاد الأوروبي والبعثة»: after a definite head, a head, a
    // title or an adjective (…ية), و opens a second phrase.
    if (/^[وف]./.test(w) && j > from && (opts.definiteHead || isHead(w.slice(1)) || isTitle(w.slice(1)) || PLURAL_HEADS.has(w.slice(1)) || /(?:ي|يه)$/.test(tokens[j - 1]!.w))) break;
    // «البعثة الأوروبية لمراقبة الحدود»: a purpose in the genitive, for the heads whose names have one.
    if (/^ل[^ل]/.test(w) && !purposeTaken && sawDefinite && opts.head && PURPOSE_HEADS.has(opts.head) && next && next.gap === 'space' && isDefinite(next.w) && !isStop(next.w) && j + 1 < limit) {
      purposeTaken = true;
      j += 2;
      continue;
    }
    if (endsWithParticiple(ctx, j)) break;
    const headReading = stemIn(w, HEADS);
    if (isLamDefinite(w)) {
      // «القيادة العامة للجيش الليبي», «المجلس الأعلى للدولة», «مركز … للدراسات»: a body or a field
      // in the genitive continues the name; «للقيام بدوره» does not, nor «جهاز المخابرات للقيادة أو …».
      const field = GENITIVE_BODIES.has(bare(w)) || /ات$/.test(w);
      const followed = next !== undefined && j + 1 < limit && next.gap === 'space' && isDefinite(next.w) && !isStop(next.w) && !isTitle(next.w);
      if (!(field || (headReading !== undefined && followed))) break;
      sawDefinite = true;
      j++;
      continue;
    }
    if (headReading && headReading.at > 0) {
      const isGov = /^(?:ال)?حكومه$/.test(headReading.stem);
      if (/^[وف]?ب/.test(w) && isGov && opts.head === MINISTRY && !governmentTaken && j > from) {
        governmentTaken = true; // «وزارة الداخلية بالحكومة المؤقتة»
        sawDefinite = true;
        j++;
        continue;
      }
      break; // «مكتب الإعلام الأمني بوزارة الداخلية»: a second organization
    }
    if (isPrepDefinite(w)) break; // «بالمغرب»
    // «رئيس الحكومة الحبيب الصيد»: a definite given name before a bare word opens a person's name.
    if (isDefinite(w) && GIVEN_NAMES.has(w) && next && next.gap === 'space' && !isStop(next.w) && (!isDefinite(next.w) || recursAlone(ctx, j + 1))) break;
    if (isDefinite(w)) {
      sawDefinite = true;
      j++;
      continue;
    }
    // A bare word: only in an idafa chain before any definite word, never after a conjunction.
    if (sawDefinite && !(t.gap === 'quote-open' || (PLACES.has(w) && bareCount === 0))) break;
    // «مجموعة إرهابية يتولى تدريبها»: a present-tense verb opens the next clause.
    if (/^ي[^اوي]..+$/.test(w)) break;
    if (bareCount >= 3 || (/^و./.test(w) && w.length > 3) || MONTHS.has(w) || PLURAL_HEADS.has(w) || PLURAL_HEADS.has(`ال${w}`) || isHead(w)) break;
    if (DIRECTIONS.has(w) && j > from) break; // «برلمان طبرق شرقي البلاد»; but «حلف شمالي الأطلسي»
    bareCount++;
    j++;
  }
  return j;
}

/** A candidate from head noun `head` at token i to `end`, or null when its words name nothing. */
function organizationCandidate(ctx: ArticleContext, i: number, head: Stem, end: number, foundBy: FoundBy): Candidate | null {
  const { tokens } = ctx;
  // Adjectives that date the body («السابق») end the name.
  while (end > i + 1 && TRAILING_DROP.has(tokens[end - 1]!.w)) end--;
  const isSpecific = (t: { w: string }) => {
    const b = bare(t.w);
    return b.length > 1 && !GENERIC.has(b) && !DESCRIPTIVE_ADJECTIVES.has(t.w) && !isStop(t.w) && !(t.w === 'و');
  };
  const first = foundBy === 'head-noun' ? i + 1 : i;
  // «حزب الرابطة اليميني», «حركة … المناوئة»: adjectives that describe a named body are not its name.
  while (end > first + 1 && DESCRIPTIVE_ADJECTIVES.has(tokens[end - 1]!.w)) end--;
  const rest = tokens.slice(first, end);
  const headStem = head.stem.replace(/^ال/, '');
  const specific = rest.filter(isSpecific);
  if (specific.length === 0) return null; // «مجلس», «الأجهزة الأمنية», «التنظيم الإرهابي»
  // «الصحيفة الألمانية», «الوكالة الفرنسية»: an outlet named again by what it is and where from.
  if (OUTLET_HEADS.has(head.stem) && head.stem.startsWith('ال') && rest.every((t) => COUNTRY_OF_WORD.has(t.w))) return null;
  // «قوات الأمن», «قوات الشرطة»: forces named only by their service.
  if (FORCE_HEADS_OF_SERVICE.has(headStem) && rest.every((t) => SERVICES.has(bare(t.w)))) return null;
  // «برلمان منتخب», «محكمة ابتدائية»: an indefinite head and one indefinite adjective describe, not name.
  if (foundBy === 'head-noun' && !isDefinite(tokens[i]!.w.slice(head.at)) && rest.length === 1 && !isDefinite(rest[0]!.w) && /^(?:م[^ا].{2,4}|.{3,}يه)$/.test(rest[0]!.w) && !COUNTRY_OF_WORD.has(rest[0]!.w) && !PLACES.has(rest[0]!.w)) return null;
  // «المؤسسة العسكرية», «المؤسسة الأمنية»: a common noun with one adjective.
  if (headStem === foldString('مؤسسة') && rest.length === 1) return null;
  // «موقع الحادث»: a site names an outlet only with a name of its own.
  if (headStem === 'موقع' && !rest.some((t) => !isDefinite(t.w))) return null;
  // «سلطة الدولة», «الشرطة والطيران»: an authority, or the police, is a body only as a country's
  // (السلطة الفلسطينية) or with a name of its own (شرطة مكافحة الفساد).
  if (headStem === foldString('سلطة') && !rest.some((t) => COUNTRY_OF_WORD.has(t.w))) return null;
  if (head.stem === foldString('الشرطة') && !rest.some((t) => COUNTRY_OF_WORD.has(t.w))) return null;
  // «قوات خفر سواحل ليبية»: indefinite throughout and a country's: a description, not a name
  // («حكومة مالطا» names the country, not its adjective: a name).
  if (foundBy === 'head-noun' && !isDefinite(tokens[i]!.w.slice(head.at)) && rest.length > 0 && rest.every((t) => !isDefinite(t.w)) && COUNTRY_OF_WORD.has(`ال${rest[rest.length - 1]!.w}`) && !PLACES.has(rest[rest.length - 1]!.w)) return null;
  const reasons: string[] = [];
  let score = foundBy === 'head-noun' ? 3 : 2;
  const [hs, he] = originalSpan(ctx, tokens[i]!.s + head.at, tokens[i]!.e);
  reasons.push(foundBy === 'head-noun' ? `head noun «${head.restores}${ctx.article.slice(hs, he)}»` : 'complement of an office title');
  if (foundBy === 'title-complement') {
    if (tokens[i]!.w !== 'امن' && rest.length < 3) score -= 1; // only «أمن X» is a common headless name
    else score += 1;
  }
  const allBare = rest.every((t) => !isDefinite(t.w));
  if (allBare && rest.length >= 2) reasons.push('indefinite throughout: check it is a name');
  const country = rest.map((t) => COUNTRY_OF_WORD.get(unconjoined(t.w)) ?? COUNTRY_OF_WORD.get(t.w)).find((c) => c !== undefined);
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
    ...(country ? { country } : {}),
  };
}

function originalSpan(ctx: ArticleContext, s: number, e: number): [number, number] {
  return [ctx.folded.origin[s]!, ctx.folded.origin[e - 1]! + 1];
}

/** The kind a head noun makes, for the heads that make one kind only. */
const KIND_OF_HEAD = new Map<string, OrganizationKindGuess>(
  ([
    ['وزارة', 'ministry'], ['استخبارات', 'intelligence-service'], ['مخابرات', 'intelligence-service'], ['برلمان', 'parliament'],
    ['لجنة', 'committee'], ['غرفة', 'committee'], ['مديرية', 'directorate'], ['مكتب', 'office'], ['حكومة', 'government'],
    ['مركز', 'research-centre'], ['تنظيم', 'terrorist-organization'], ['جماعة', 'terrorist-organization'], ['إدارة', 'department'],
    ['أمم', 'international-body'], ['بعثة', 'international-body'], ['جامعة', 'international-body'], ['منظمة', 'international-body'],
    ['اتحاد', 'international-body'], ['حلف', 'international-body'], ['أمن', 'directorate'],
  ] as const).map(([word, kind]) => [foldString(word), kind]),
);
const FORCES = foldAll(['قيادة', 'قوات', 'جيش', 'حرس', 'كتيبة', 'كتائب']);

/** The kind of a body from its head noun (and, for some heads, its words): a guess the maintainer checks. */
export function guessKind(head: string, words: readonly string[]): OrganizationKindGuess {
  const has = (re: RegExp) => words.some((w) => re.test(w));
  if (OUTLET_HEADS.has(head) || OUTLET_HEADS.has(`ال${head}`)) return 'news-outlet';
  if (head === foldString('جهاز')) return has(/مخابرات|استخبارات/) ? 'intelligence-service' : 'security-service';
  if (head === foldString('مجلس')) return has(/^(?:ال)?(?:نواب|شيوخ|عموم)$/) ? 'parliament' : 'council';
  if (head === foldString('رئاسة')) return has(/^(?:ال)?(?:جمهوريه|دوله)$/) ? 'head-of-state' : 'other';
  if (FORCES.has(head)) return has(/شرطه/) ? 'police' : 'armed-forces';
  return KIND_OF_HEAD.get(head.replace(/^ال/, '')) ?? 'other';
}

// ── in the complement of a head's title: «مدير أمن طرابلس», «ومدير الوثائق والأمن الخارجي» ──

/** Complements of رئيس/مدير that are not a body: a state, the cabinet, the title's own adjectives. */
const NOT_A_BODY = foldAll(['الجمهورية', 'المملكة', 'الدولة', 'الوزراء', 'الأعلى', 'العام', 'التنفيذي', 'الأسبق', 'السابق', 'الأركان']);

function fromHeadTitles(ctx: ArticleContext): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!stemIn(tokens[i]!.w, HEAD_OF_TITLES)) continue;
    const start = i + 1;
    const t = tokens[start]!;
    if (t.gap !== 'space' || isHead(t.w) || isTitle(t.w) || NOT_A_BODY.has(t.w)) continue;
    if (!(isDefinite(t.w) || t.w === 'امن') || PLACES.has(t.w) || COUNTRY_OF_WORD.has(t.w)) continue;
    let complementEnd = start;
    while (complementEnd < tokens.length && complementEnd - start < 8 && tokens[complementEnd]!.gap === 'space' && !isTitle(tokens[complementEnd]!.w)) complementEnd++;
    const end = nounPhraseEnd(ctx, start, { limit: complementEnd });
    if (end - start < 2) continue;
    const candidate = organizationCandidate(ctx, start, { stem: t.w, at: 0, restores: '' }, end, 'title-complement');
    if (candidate) out.push(candidate);
  }
  return out;
}

// ── a ministry through its minister's title: «وزير الخارجية الجزائري» → وزارة الخارجية الجزائرية ──

function fromMinisterTitles(ctx: ArticleContext): Candidate[] {
  const { tokens, article } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length - 2; i++) {
    if (!stemIn(tokens[i]!.w, MINISTER_TITLES)) continue;
    const portfolio = tokens[i + 1]!;
    if (portfolio.gap !== 'space') continue;
    const definite = /^ال/.test(portfolio.w) && PORTFOLIOS.has(portfolio.w.slice(2));
    if (!definite && !PORTFOLIOS.has(portfolio.w)) continue;
    // The country: an adjective after a definite portfolio (الخارجية الجزائري, past الأسبق), or a
    // country's name after a bare one (خارجية الجزائر).
    let k = i + 2;
    if (definite && tokens[k]?.gap === 'space' && PORTFOLIOS.has(bare(tokens[k]!.w))) k++; // «الشؤون الخارجية»
    while (definite && tokens[k]?.gap === 'space' && TRAILING_DROP.has(tokens[k]!.w)) k++;
    const countryToken = tokens[k];
    if (!countryToken || countryToken.gap !== 'space') continue;
    const country = COUNTRY_OF_WORD.get(countryToken.w);
    if (!country || BLOC_ADJECTIVES.has(countryToken.w)) continue;
    const adjective = isDefinite(countryToken.w);
    if (definite !== adjective) continue;
    const written = (s: number, e: number) => article.slice(ctx.folded.origin[s]!, ctx.folded.origin[e - 1]! + 1);
    const portfolioText = written(portfolio.s, tokens[k - 1]!.e).split(/\s+/).filter((w) => !TRAILING_DROP.has(foldString(w))).join(' ');
    const countryText = written(countryToken.s, countryToken.e);
    const feminine = adjective && /[يى]$/.test(countryText) ? `${countryText}ة` : countryText;
    // «وزير داخلية إيطاليا» → وزارة الداخلية الإيطالية: the name a ministry goes by, from the country's adjective.
    const countryAdjective = COUNTRY_WORDS[country]?.adjectives?.[0];
    const impliedName = adjective || !countryAdjective ? `وزارة ${portfolioText} ${feminine}` : `وزارة ال${portfolioText} ال${countryAdjective}ة`;
    out.push({
      type: 'organization',
      nameS: tokens[i]!.s,
      nameE: countryToken.e,
      spanS: tokens[i]!.s,
      spanE: countryToken.e,
      restores: '',
      impliedName,
      foundBy: 'minister-title',
      score: 3,
      reasons: ['named through its minister\'s title: the article does not write this name'],
      titles: [],
      kind: 'ministry',
      country,
    });
  }
  return out;
}

// ── bodies known by a short name: «أفادت رويترز», «تنظيم داعش» ──

const KNOWN_NAMES = new Set(KNOWN_BODIES.map((b) => foldString(b.name)));

const knownMatcher = new Matcher({
  aliases: KNOWN_BODIES.map((b, n) => ({ folded: foldString(b.name).replace(/\s+/g, ' '), entity: n, support: 'alone' as const })),
});

/** Nouns of a building: «قصر الإليزيه» is the palace, not the presidency. */
const BUILDINGS = foldAll(['قصر', 'مبنى', 'مقر', 'ساحة']);

function knownBodies(ctx: ArticleContext): Candidate[] {
  const before = (start: number) => /(\S+)\s+$/.exec(ctx.folded.text.slice(Math.max(0, start - 12), start))?.[1] ?? '';
  return knownMatcher.scan(ctx.folded.text).filter((c) => !BUILDINGS.has(before(c.start).replace(/^[وفبل]/, ''))).map((c): Candidate => {
    const body = KNOWN_BODIES[c.aliases[0]!.entity]!;
    // «الكونغرس الأمريكي»: a country's adjective after the name belongs to it.
    const adjective = /^\s+([^\s،,.:;!?()"«»]+)/.exec(ctx.folded.text.slice(c.end, c.end + 30));
    const end = adjective && COUNTRY_OF_WORD.has(adjective[1]!) ? c.end + adjective[0].length : c.end;
    return {
      type: 'organization',
      nameS: c.start,
      nameE: end,
      spanS: c.start,
      spanE: end,
      restores: '',
      foundBy: 'known-body',
      score: 3,
      reasons: ['a body news text names without a head noun'],
      titles: [],
      kind: body.kind,
    };
  });
}

// ── news outlets from a dateline: «أخبار ليبيا24- خاص», «الدار- خاص» ──

function datelines(ctx: ArticleContext): Candidate[] {
  const out: Candidate[] = [];
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
