/**
 * The person finder. A person is proposed where a name stands after a title, rank, honorific or a
 * noun that describes a person (وزير الخارجية، اللواء، السيد، المحامي), before an accusative title
 * (… رئيسا لجهاز المخابرات), in a list after a plural honorific (السادة …), or where a common given
 * name opens it. A name is one to three units (a word, or a compound: عبد الله، بن علي، نور الدين).
 */
import { foldString } from '../../utils/arabic/fold';
import type { Candidate, FoundBy, TitleSpan } from './candidates';
import {
  ACCUSATIVE_TITLES, BLOC_ADJECTIVES, COUNTRY_OF_WORD, DIRECTIONS, FOREIGN_GIVEN_NAMES, GIVEN_NAMES, HEADS, HONORIFICS, MONTHS, NAME_JOINERS, NAME_TAILS, PERSON_NOUNS,
  PLACE_PREPOSITIONS, PLACES, PLURAL_HEADS, PLURAL_HONORIFICS, PLURAL_OFFICE_TITLES, PORTFOLIOS, QUOTE_CLOSE, RANKS, STOP, SURE_GIVEN_NAMES, TITLE_COMPLEMENTS, TITLES, WEEKDAYS,
} from './lexicon';
import { bare, endsWithParticiple, isDefinite, isDigits, isHead, isStop, isTitle, occurrences, recursAlone, stemIn, titleStart, unconjoined, type ArticleContext } from './tokens';

/** A name: its units as token ranges [start, end). */
type Units = [number, number][];

export function findPersons(ctx: ArticleContext): Candidate[] {
  return [...afterTitles(ctx), ...beforeTitles(ctx), ...beforeAccusativeTitles(ctx), ...fromGivenNames(ctx)];
}

/** A day of the week, with or without its article and clitics: «الثلاثاء», «يوم الأحد». */
const isWeekday = (w: string) => WEEKDAYS.has(w) || (isDefinite(w) && WEEKDAYS.has(`ال${bare(w)}`));

// ── after a title ──

function afterTitles(ctx: ArticleContext): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const headedBy = HEADED_BY.has(tokens[i]!.w);
    const title = headedBy ? { stem: tokens[i]!.w, at: 0, restores: '' } : stemIn(tokens[i]!.w, TITLES) ?? stemIn(tokens[i]!.w, PLURAL_HONORIFICS) ?? stemIn(tokens[i]!.w, PLURAL_OFFICE_TITLES);
    if (!title) continue;
    const plural = PLURAL_HONORIFICS.has(title.stem) || PLURAL_OFFICE_TITLES.has(title.stem);
    // Walk over the title's complement (الخارجية الجزائري، مكتب الإعلام الأمني بوزارة …) and inner titles.
    const titleStarts = [i];
    let complement = 0;
    let k = i + 1;
    let apposition = false;
    let marked: 'quoted' | 'hashtag' | null = null;
    while (k < tokens.length && k - i <= 12) {
      const t = tokens[k]!;
      if (t.gap === 'quote-open') {
        marked = 'quoted';
        break;
      }
      if (t.hashtag) {
        marked = 'hashtag';
        break;
      }
      if (t.gap === 'comma' && (complement > 0 || !RANKS.has(title.stem)) && !isTitle(t.w)) {
        apposition = true; // «بوزير الخارجية، ناصر بوريطة،»
        break;
      }
      if (t.gap !== 'space') break;
      if (isTitle(t.w) && !PERSON_NOUNS.has(t.w)) {
        titleStarts.push(k);
        k++;
        continue;
      }
      if (isComplement(ctx, k)) {
        complement++;
        k++;
        continue;
      }
      // «رئيس بعثة الأمم المتحدة في ليبيا غسان سلامة»: a place after في/إلى completes the title.
      // «القائد العسكري في شرق ليبيا، خليفة حفتر»: and a direction before the place.
      const direction = tokens[k + 1] && DIRECTIONS.has(tokens[k + 1]!.w) && tokens[k + 1]!.gap === 'space' ? 1 : 0;
      const place = tokens[k + 1 + direction];
      if (complement > 0 && PLACE_PREPOSITIONS.has(t.w) && place && place.gap === 'space' && PLACES.has(place.w)) {
        complement += 2 + direction;
        k += 2 + direction;
        continue;
      }
      break;
    }
    if (k >= tokens.length || (tokens[k]!.gap !== 'space' && !apposition && !marked)) continue;

    const lastTitle = titleStarts[titleStarts.length - 1]!;
    const titles = roleSpans(ctx, titleStarts, k);
    const found = titleKind(tokens[lastTitle]!.w);
    const names = marked ? [markedName(ctx, k, marked)].filter((u): u is Units => u !== null) : namesAt(ctx, k, plural);
    names.forEach((written, n) => {
      let units = written;
      // An apposition ends at punctuation, or goes on with an adjective of the person: «، غسان
      // سلامة المشارك في الاجتماع» is the name and its adjective, not a three-word name.
      if (apposition && units.length > 2 && isDefinite(tokens[units[units.length - 1]![0]]!.w) && tokens[units[units.length - 1]![1]]?.gap === 'space') units = units.slice(0, -1);
      const reasons = [titleReason(found)];
      let score = TITLE_SCORES[found];
      if (marked) {
        score += 2;
        reasons.push(marked === 'quoted' ? 'quoted after the title' : 'a hashtag after the title');
      } else if (plural || n > 0) {
        score += 1;
        reasons.push('in a list of names after a plural honorific');
      }
      if (apposition) {
        const after = tokens[units[units.length - 1]![1]];
        // «، جوزيف موسكات على أن …»: a particle or preposition after it ends the name too.
        if (after && after.gap === 'space' && !isDefinite(after.w) && !isStop(after.w)) return;
        score += 1;
        reasons.push('after the title and a comma');
      }
      if (found !== 'rank' && n === 0 && namesBodyOrCountry(ctx, i + 1, k)) {
        score += 1;
        reasons.push('the title names a body or a country');
      }
      if (!marked && units.length > 1 && endsCleanly(ctx, units[units.length - 1]![1])) {
        score += 1;
        reasons.push('the name ends the phrase');
      }
      score += nameEvidence(ctx, units, reasons);
      if (units.length === 1) {
        // One name after a title (اللواء المقرعن): kept when the article uses it elsewhere too.
        if (!marked && !recursAlone(ctx, units[0]![0]) && !recursInName(ctx, units[0]![0])) return;
        reasons.push('one name after a title');
      }
      const at = units[0]![0];
      const end = units[units.length - 1]![1];
      out.push({
        type: 'person',
        nameS: tokens[at]!.s,
        nameE: tokens[end - 1]!.e,
        spanS: tokens[i]!.s + (headedBy ? 0 : titleStart(tokens[i]!.w).at),
        spanE: tokens[end - 1]!.e,
        restores: '',
        foundBy: marked ?? (plural || n > 0 ? 'list' : found),
        score,
        reasons,
        titles: n === 0 ? titles : [],
        lastUnit: [tokens[units[units.length - 1]![0]]!.s, tokens[end - 1]!.e],
      });
    });
  }
  return out;
}

/** «برئاسة فائز السراج», «بقيادة خليفة حفتر»: headed by, a person's name follows. */
const HEADED_BY = new Set(['برئاسة', 'بقيادة', 'وبرئاسة', 'وبقيادة'].map(foldString));

type TitleFound = 'rank' | 'honorific' | 'office-title' | 'person-noun';
const TITLE_SCORES: Record<TitleFound, number> = { rank: 3, honorific: 2, 'office-title': 1, 'person-noun': 2 };

function titleKind(word: string): TitleFound {
  if (HEADED_BY.has(word)) return 'office-title';
  const stem = stemIn(word, TITLES)?.stem ?? '';
  if (RANKS.has(stem)) return 'rank';
  if (HONORIFICS.has(stem) || stemIn(word, PLURAL_HONORIFICS)) return 'honorific';
  if (PERSON_NOUNS.has(stem)) return 'person-noun';
  return 'office-title';
}

function titleReason(found: TitleFound): string {
  return { rank: 'after a rank', honorific: 'after an honorific', 'office-title': 'after an office title', 'person-noun': 'after a noun that describes a person' }[found];
}

/** Splits the title chain [first title … name) at each inner title: «مدير مكتب … المؤقتة» and «الرائد». */
function roleSpans(ctx: ArticleContext, titleStarts: readonly number[], end: number): TitleSpan[] {
  const { tokens } = ctx;
  const spans: TitleSpan[] = [];
  titleStarts.forEach((start, n) => {
    const stop = titleStarts[n + 1] ?? end;
    const stem = stemIn(tokens[start]!.w, TITLES)?.stem;
    if (!stem || HONORIFICS.has(stem) || PERSON_NOUNS.has(stem)) return; // السيد، المحامي، برئاسة: not a role
    const at = titleStart(tokens[start]!.w);
    // A role title ends before the punctuation or place preposition the walk stopped at.
    let last = stop;
    while (last > start + 1 && (tokens[last - 1]!.gap !== 'space' || STOP.has(tokens[last - 1]!.w))) last--;
    spans.push({ s: tokens[start]!.s + at.at, e: tokens[last - 1]!.e, restores: at.restores });
  });
  return spans;
}

/**
 * A word that completes a title before the name: definite words (الخارجية الجزائري), head nouns
 * (حكومة الوحدة الوطنية), places and country words, portfolios, and the bare nouns of titles (أمن، باسم).
 */
function isComplement(ctx: ArticleContext, k: number): boolean {
  const w = ctx.tokens[k]!.w;
  if (TITLE_COMPLEMENTS.has(w)) return true;
  if (isStop(w) || isDigits(w) || MONTHS.has(w) || isWeekday(w)) return false;
  if (isDefinite(w)) return !(GIVEN_NAMES.has(w) && startsName(ctx, k + 1));
  if (isHead(w)) return true;
  const plain = unconjoined(w);
  return TITLE_COMPLEMENTS.has(w) || PORTFOLIOS.has(w) || PLACES.has(w) || PLACES.has(plain) || COUNTRY_OF_WORD.has(w) || BLOC_ADJECTIVES.has(w);
}

/** Whether a bare name word stands at token k: a definite given name before it opens a name (الصادق الغرياني). */
function startsName(ctx: ArticleContext, k: number): boolean {
  const t = ctx.tokens[k];
  return t !== undefined && t.gap === 'space' && !isDefinite(t.w) && nameWord(t.w, false);
}

/** The name a quote or hashtag opens at token k: its words up to the closing quote or the hashtag's end. */
function markedName(ctx: ArticleContext, k: number, marked: 'quoted' | 'hashtag'): Units | null {
  const { tokens } = ctx;
  let j = k + 1;
  if (marked === 'hashtag') {
    while (j < tokens.length && tokens[j]!.underscore) j++;
    // «#نيكولا ساركوزي»: a hashtag on the first name only; the name goes on after it.
    if (j === k + 1) {
      const units = nameUnits(ctx, k);
      return units.length > 0 ? units : null;
    }
  } else {
    while (j < tokens.length && j - k < 5 && tokens[j]!.gap === 'space') j++;
    if (j - k > 4) return null;
    const after = ctx.folded.text.slice(tokens[j - 1]!.e, tokens[j]?.s ?? ctx.folded.text.length).trimStart();
    if (!(QUOTE_CLOSE.has(after[0] ?? '') || after[0] === '"')) return null;
    if (isDefinite(tokens[k]!.w)) return null; // «الاستشاري»: a quoted word, not a person's name
  }
  for (let n = k; n < j; n++) if (isStop(tokens[n]!.w) || isDigits(tokens[n]!.w) || isHead(tokens[n]!.w)) return null;
  if (j - k < 2 && !recursAlone(ctx, k)) return null;
  return Array.from({ length: j - k }, (_, n): [number, number] => [k + n, k + n + 1]);
}

/** The names at token k: one, or after a plural honorific a list joined by و (السادة أ و ب و ج). */
function namesAt(ctx: ArticleContext, k: number, list: boolean): Units[] {
  const { tokens } = ctx;
  const first = nameUnits(ctx, k);
  if (first.length === 0) return [];
  const names = [first];
  if (!list) return names;
  let next = first[first.length - 1]![1];
  while (tokens[next]?.gap === 'space') {
    // «مساهل و سامح شكري» or «مساهل وسامح شكري».
    const detached = tokens[next]!.w === 'و';
    // «والمصري سامح شكري»: a name in a list after a plural title may follow its country's adjective.
    const adjective = /^و./.test(tokens[next]!.w) && COUNTRY_OF_WORD.has(tokens[next]!.w.slice(1)) && tokens[next + 1]?.gap === 'space';
    const start = detached || adjective ? next + 1 : next;
    if (!detached && !/^و./.test(tokens[next]!.w)) break;
    const units = nameUnits(ctx, start, detached || adjective ? 0 : 1);
    if (units.length < 2) break;
    names.push(units);
    next = units[units.length - 1]![1];
  }
  return names;
}

/**
 * The units of a name starting at token k (after `skip` letters of a glued و): one to three, a
 * unit being a word or a compound (عبد الله، بن علي، آل نهيان، نور الدين). Stops at punctuation,
 * stop words, titles, head nouns, a glued preposition after a complete name, and a word the
 * article never repeats after a surname it does.
 */
function nameUnits(ctx: ArticleContext, k: number, skip = 0): Units {
  const { tokens } = ctx;
  const units: Units = [];
  let j = k;
  while (units.length < 3 && j < tokens.length) {
    const t = tokens[j]!;
    const w = j === k ? t.w.slice(skip) : t.w;
    if (j > k && t.gap !== 'space') break;
    if (!nameWord(w, units.length === 0)) break;
    let end = j + 1;
    // After a joiner the next word is a name even when it spells like a particle (بن علي: على folds to علي).
    if (NAME_JOINERS.has(w) && tokens[end]?.gap === 'space' && tokens[end]!.w.length > 1 && !isDigits(tokens[end]!.w)) end++;
    // «جان إيف لودريان», «جان-إيف»: two foreign given names in a row are one compound given name.
    else if (units.length === 0 && FOREIGN_GIVEN_NAMES.has(w) && tokens[end]?.gap === 'space' && FOREIGN_GIVEN_NAMES.has(tokens[end]!.w)) end++;
    while (tokens[end]?.gap === 'space' && NAME_TAILS.has(tokens[end]!.w)) end++;
    if (units.length > 0 && !plausibleNext(ctx, units, j)) break;
    units.push([j, end]);
    j = end;
  }
  return units;
}

/** Whether a word may be part of a name; `first`: may it open one. */
function nameWord(w: string, first: boolean): boolean {
  if (w.length < 2 || isStop(w) || isDigits(w) || isTitle(w) || isHead(w) || MONTHS.has(w) || isWeekday(w) || DIRECTIONS.has(w)) return false;
  if (STOP.has(unconjoined(w)) || PLURAL_HEADS.has(w) || PLURAL_HEADS.has(unconjoined(w)) || ACCUSATIVE_TITLES.has(w)) return false;
  if (isDefinite(w)) {
    if (first) return GIVEN_NAMES.has(w); // a name starts bare, but for a few given names (الصادق، الهادي)
    if (/^[وف]?(?:[بكل]ال|لل)/.test(w)) return false; // a glued preposition
  }
  if (!first && /^و/.test(w) && w.length > 3 && !GIVEN_NAMES.has(w)) return false; // «ودخول»: a conjunction opens the next phrase
  // «وسائل إعلام مصرية»: an indefinite feminine country adjective describes a noun; no name holds one.
  if (!isDefinite(w) && /يه$/.test(w) && COUNTRY_OF_WORD.has(w)) return false;
  if (first) {
    if (PLACES.has(w) || PLACES.has(unconjoined(w)) || TITLE_COMPLEMENTS.has(w) || PORTFOLIOS.has(w) || COUNTRY_OF_WORD.has(w)) return false;
    // «وزير الداخلية يغلق الموانئ»: a present-tense verb, not a given name (يوسف، ياسين are listed).
    if (/^ي[^اوي]..+$/.test(w) && !GIVEN_NAMES.has(w)) return false;
    if (/^و../.test(w) && !GIVEN_NAMES.has(w)) return false; // «وحل الأزمات»: a conjunction opens the next phrase
    if (/(?:ها|هم|هما|كم|نا)$/.test(w) && !GIVEN_NAMES.has(w)) return false; // «نشرها»: a pronoun suffix
    if (/^[بلك]./.test(w) && !GIVEN_NAMES.has(w) && !/^(?:بن|بو|بل|لو)/.test(w)) return false; // «لحل»، «بإعلان»: a glued preposition
  }
  return true;
}

/**
 * Whether the word at j continues the name `units`. Not a pronoun-suffixed noun (زيارته); not a
 * word with a glued preposition once a given name and a surname are there, or whose word without
 * it the article also writes (خليفة حفتر لرئاسة … في رئاسة); not a present-tense verb (يقول); not a
 * word the article never uses alone after a surname it does use alone (فتحي باشاغا زيارته); and,
 * after a single word the article uses alone, not a word it does not (المشير حفتر شعر).
 */
function plausibleNext(ctx: ArticleContext, units: Units, j: number): boolean {
  const w = ctx.tokens[j]!.w;
  if (/(?:ته|تها|تهم|تهما|هم|هما|كم|نا)$/.test(w)) return false;
  const firstGiven = looksGiven(ctx, units[0]!);
  const lastUnit = units[units.length - 1]!;
  if (/^[بلك]./.test(w) && !/^(?:بن|بو|بل)/.test(w) && !GIVEN_NAMES.has(w) && occurrences(ctx, units[0]![0], j + 1) < 2) {
    const writtenAlone = (ctx.wordPositions.get(w.slice(1)) ?? []).some((p) => ctx.tokens[p]!.w !== w);
    if ((units.length >= 2 && firstGiven) || writtenAlone) return false;
  }
  if (PLACES.has(w) || PLACES.has(unconjoined(w)) || endsWithParticiple(ctx, j)) return false; // «فائز السراج المعترف بها»
  // «تميم بن حمد قرر»: the name so far recurs, and this word follows it only here: the next clause.
  if (units.length >= 2 && occurrences(ctx, units[0]![0], j) >= 2 && occurrences(ctx, units[0]![0], j + 1) < 2) return false;
  if (/^ي./.test(w) && !GIVEN_NAMES.has(w) && !recursInName(ctx, j) && (units.length >= 2 || firstGiven)) return false;
  // A compound last unit (بن علي) is no surname to test: علي is also the particle على.
  if (units.length >= 2 && lastUnit[1] - lastUnit[0] === 1 && recursAlone(ctx, lastUnit[0]) && !recursAlone(ctx, j)) return false;
  // «خليفة حفتر القبض»: after a surname, a definite word is the next phrase; after a second given
  // name or a lineage (محمد علي الشريف، بن علي الشريف) it is the family name.
  if (units.length === 2 && isDefinite(w) && lastUnit[1] - lastUnit[0] === 1 && !GIVEN_NAMES.has(ctx.tokens[lastUnit[0]]!.w)) return false;
  if (units.length === 1 && !firstGiven && recursAlone(ctx, lastUnit[0]) && !recursAlone(ctx, j) && occurrences(ctx, lastUnit[0], j + 1) < 2) return false;
  return true;
}

/** Does the word at token i recur elsewhere as a name's last word or alone (الناظوري after «عبد الرزاق الناظوري»)? */
function recursInName(ctx: ArticleContext, i: number): boolean {
  const word = ctx.tokens[i]!.w;
  return (ctx.wordPositions.get(word) ?? []).some((j) => j !== i);
}

/** Whether the title's complement [from, to) names a body or a country: «مبعوث الأمم المتحدة», «وزير الخارجية الفرنسي». */
function namesBodyOrCountry(ctx: ArticleContext, from: number, to: number): boolean {
  return ctx.tokens.slice(from, to).some(({ w }) => isHead(w) || COUNTRY_OF_WORD.has(w) || PLACES.has(unconjoined(w)) || BLOC_ADJECTIVES.has(w));
}

/**
 * Whether the name ends the phrase at token `end`: punctuation, a particle or preposition, or a word
 * with a pronoun suffix follows (… دنيس ساسو نغيسو بوصفه), not another noun that could extend it.
 */
function endsCleanly(ctx: ArticleContext, end: number): boolean {
  const next = ctx.tokens[end];
  if (!next || next.gap !== 'space') return true;
  if (isStop(next.w) || isWeekday(next.w)) return true;
  const written = ctx.article.slice(ctx.folded.origin[next.s]!, ctx.folded.origin[next.e - 1]! + 1);
  return written.length > 3 && /(?:ه|ها|هم|هما)$/.test(written);
}

/** Whether a unit reads as a given name: a listed one, a compound (عبد الله), or one built like one (عبدالحميد، نورالدين). */
function looksGiven(ctx: ArticleContext, unit: readonly [number, number]): boolean {
  const first = ctx.tokens[unit[0]]!.w;
  const plain = unconjoined(first);
  if (GIVEN_NAMES.has(first) || GIVEN_NAMES.has(plain)) return true;
  if (unit[1] - unit[0] > 1) return true;
  return /^(?:عبد|ابو)./.test(plain) || /.(?:الدين|الله)$/.test(plain);
}

/** A given name that is seldom anything else, or a compound one: a name may start with it without a title. */
function surelyGiven(ctx: ArticleContext, unit: readonly [number, number], skip: number): boolean {
  const words = ctx.tokens.slice(unit[0], unit[1]).map((t, n) => (n === 0 ? t.w.slice(skip) : t.w));
  if (unit[1] - unit[0] > 1 && NAME_JOINERS.has(words[0]!) && words[0] !== 'بن' && words[0] !== 'ابن') return true;
  return SURE_GIVEN_NAMES.has(words.join('')) || words.every((w) => FOREIGN_GIVEN_NAMES.has(w));
}

/** Points for how much the units look like a person's name, with the reasons. */
function nameEvidence(ctx: ArticleContext, units: Units, reasons: string[]): number {
  let score = 0;
  const first = ctx.tokens[units[0]![0]]!.w;
  if (looksGiven(ctx, units[0]!)) {
    score += 2;
    reasons.push(`«${first}» is a given name`);
  }
  const last = units[units.length - 1]!;
  if (units.length > 1 && recursAlone(ctx, last[0])) {
    score += 2;
    reasons.push('the surname recurs alone');
  } else if (units.length > 1 && occurrences(ctx, units[0]![0], last[1]) > 1) {
    score += 1;
    reasons.push('the full name recurs');
  }
  return score;
}

// ── a name before a comma and its title: «قال جون كيري، وزير الخارجية الأمريكي الأسبق» ──

function beforeTitles(ctx: ArticleContext): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  for (let k = 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.gap !== 'comma' || !stemIn(t.w, TITLES) || RANKS.has(stemIn(t.w, TITLES)!.stem)) continue;
    // The name: two or three words before the comma, after a verb, a preposition or punctuation.
    let start = k;
    while (start > 0 && k - start < 3 && nameWord(tokens[start - 1]!.w, false)) {
      start--;
      if (tokens[start]!.gap !== 'space') break; // punctuation before it: the name starts here
    }
    // A name opens bare: a definite word at its start belongs to the phrase before.
    while (start < k && isDefinite(tokens[start]!.w)) start++;
    if (k - start < 2) continue;
    const before = tokens[start - 1];
    const opens = tokens[start]!.gap !== 'space' || !before || isStop(before.w) || /^(?:قال|قالت|اكد|اكدت|وقال|وقالت)$/.test(before.w);
    // «خليفة لمارتن كوبلر، الدبلوماسي»: after a noun, a glued preposition opens the name's word.
    const glued = !opens && /^[لب]./.test(tokens[start]!.w) && !GIVEN_NAMES.has(tokens[start]!.w) && !/^(?:بن|بو|بل)/.test(tokens[start]!.w) ? 1 : 0;
    if (!opens && !glued) continue;
    // After «قال» a word may begin with ب or ل (بهرام قاسمي); after a noun that letter is a preposition.
    if (!nameWord(tokens[start]!.w.slice(glued), !opens)) continue;
    const titleEnd = titleComplementEnd(ctx, k);
    const reasons = ['before a comma and a title («…، وزير …»)'];
    let score = 2;
    if (namesBodyOrCountry(ctx, k, titleEnd)) {
      score += 1;
      reasons.push('the title names a body or a country');
    }
    const units: Units = Array.from({ length: k - start }, (_, n): [number, number] => [start + n, start + n + 1]);
    score += nameEvidence(ctx, units, reasons);
    out.push({
      type: 'person',
      nameS: tokens[start]!.s + glued,
      nameE: tokens[k - 1]!.e,
      spanS: tokens[start]!.s + glued,
      spanE: tokens[titleEnd - 1]!.e,
      restores: '',
      foundBy: 'office-title',
      score,
      reasons,
      titles: PERSON_NOUNS.has(stemIn(t.w, TITLES)!.stem) ? [] : [{ s: t.s + titleStart(t.w).at, e: tokens[titleEnd - 1]!.e, restores: titleStart(t.w).restores }],
      lastUnit: [tokens[k - 1]!.s, tokens[k - 1]!.e],
    });
  }
  return out;
}

/** Where a title at token k ends: over its complement, up to punctuation. */
function titleComplementEnd(ctx: ArticleContext, k: number): number {
  let j = k + 1;
  while (j < ctx.tokens.length && j - k < 10 && ctx.tokens[j]!.gap === 'space' && (isComplement(ctx, j) || isTitle(ctx.tokens[j]!.w))) j++;
  return j;
}

// ── a name that opens with a given name, without a title: «سقوط معمر القذافي» ──

/** Particles a verb follows, never a name: «وقد أشرف …». */
const VERB_PARTICLES = new Set(['قد', 'وقد', 'فقد', 'لقد', 'ولقد', 'لم', 'ولم', 'لن', 'ولن', 'سوف'].map(foldString));

function fromGivenNames(ctx: ArticleContext): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const reading = stemIn(t.w, GIVEN_NAMES) ?? (/^(?:و|ف)?(?:عبد|ابو)$/.test(t.w) ? { stem: t.w.replace(/^[وف](?=..)/, ''), at: t.w.length > 3 ? 1 : 0, restores: '' } : undefined);
    if (!reading || reading.restores) continue;
    // A foreign given name is read as written or after و: «لجان», «بيان», «سجون» are words.
    if (FOREIGN_GIVEN_NAMES.has(reading.stem) && reading.at > 0 && !(reading.at === 1 && /^و/.test(t.w))) continue;
    const prev = tokens[i - 1];
    // Inside a longer name (عبد العزيز بن علي), after a title, which the title finder reads, or
    // after a particle that only a verb follows (وقد أشرف إبراهيم جضران).
    // A glued و opens a new name even after a given name: «محمد بن سلمان وجاريد كوشنر».
    if (prev && t.gap === 'space' && (NAME_JOINERS.has(prev.w) || isTitle(prev.w) || (GIVEN_NAMES.has(prev.w) && reading.at === 0) || isHead(prev.w) || VERB_PARTICLES.has(prev.w))) continue;
    const units = nameUnits(ctx, i, reading.at);
    if (units.length < 2) continue;
    const sure = surelyGiven(ctx, units[0]!, reading.at);
    // «المغرب العربي», «الحزب الحبيب»: a definite word that is also a given name is, after a definite noun, its adjective.
    if (!sure && prev && t.gap === 'space' && isDefinite(t.w) && isDefinite(prev.w)) continue;
    // «أشرف إبراهيم جضران»: a word that may be a verb, then a sure given name: the name starts there.
    if (!sure && surelyGiven(ctx, units[1]!, 0)) continue;
    // «أسماء المرشحين»: a definite plural is no surname.
    if (/^ال.{3,}(?:ين|ون|ات)$/.test(tokens[units[1]![0]]!.w)) continue;
    const reasons = ['opens with a given name, without a title'];
    let score = sure ? 3 : 1;
    if (score < 3) reasons.push(`«${reading.stem}» is also a common word`);
    const last = units[units.length - 1]!;
    if (recursAlone(ctx, last[0])) {
      score += 2;
      reasons.push('the surname recurs alone');
    } else if (occurrences(ctx, i, last[1]) > 1) {
      score += 1;
      reasons.push('the full name recurs');
    }
    out.push({
      type: 'person',
      nameS: t.s + reading.at,
      nameE: tokens[last[1] - 1]!.e,
      spanS: t.s + reading.at,
      spanE: tokens[last[1] - 1]!.e,
      restores: '',
      foundBy: 'given-name',
      score,
      reasons,
      titles: [],
      lastUnit: [tokens[last[0]]!.s, tokens[last[1] - 1]!.e],
    });
  }
  return out;
}

// ── before an accusative title: «… مصطفى المقرعن رئيسا لجهاز المخابرات» ──

/** Candidates before an accusative title; `organizationEnd` says where the title's organization ends. */
function beforeAccusativeTitles(ctx: ArticleContext): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
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
    if (looksGiven(ctx, [first, NAME_JOINERS.has(tokens[first]!.w) ? first + 2 : first + 1])) {
      score += 2;
      reasons.push(`«${tokens[first]!.w}» is a given name`);
    }
    const last = units[units.length - 1]!;
    if (recursAlone(ctx, last)) {
      score += 2;
      reasons.push('the surname recurs alone');
    }
    // The title runs from the accusative word over its organization: «رئيسا لجهاز المخابرات الليبية العامة».
    let titleEnd = i + 1;
    if (tokens[i + 1]?.gap === 'space' && stemIn(tokens[i + 1]!.w, HEADS)) {
      titleEnd = i + 2;
      while (titleEnd < tokens.length && titleEnd - i < 7 && tokens[titleEnd]!.gap === 'space' && isDefinite(tokens[titleEnd]!.w) && !isStop(tokens[titleEnd]!.w) && !/^[وف]?(?:[بك]ال|لل)/.test(tokens[titleEnd]!.w)) titleEnd++;
    }
    out.push({
      type: 'person',
      nameS: tokens[first]!.s,
      nameE: tokens[last]!.e,
      spanS: tokens[first]!.s,
      spanE: tokens[titleEnd - 1]!.e,
      restores: '',
      foundBy: 'accusative-title' satisfies FoundBy,
      score,
      reasons,
      titles: [{ s: t.s, e: tokens[titleEnd - 1]!.e, restores: '' }],
      lastUnit: [tokens[last]!.s, tokens[last]!.e],
    });
  }
  return out;
}
