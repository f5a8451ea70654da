/**
 * Reads what the words around a name, within its clause, say of it: which of its aliases' entities
 * it may name, and what the rest of the page must still show for each (page-reader.ts reads that
 * from the paragraphs around it). The rules, each with the sentence that motivated it in
 * tests/unit/matcher-rules.test.ts:
 * - a country named right after a name places it (مجلس النواب المصري is not Libya's; جهاز
 *   المخابرات الليبي is);
 * - a person's surname after another given name, or after a rank that is not his, is someone else
 *   (أحمد الدبيبة, سيف الإسلام القذافي; علي الدبيبة where the page writes علي, not على), unless
 *   his own given name stands a name or two before (محمد يونس المنفي, which is then marked
 *   whole); so is it before الابن (القذافي الابن);
 * - a short alias that is also an ordinary word is an adjective, not a name, right after a
 *   definite noun (الإدارة المؤقتة, النص المنقوش), and otherwise needs its own title in any form
 *   (مديري أمن بنغازي: the body through its heads), its own given name, a dateline (الدار- خاص) or
 *   its own full name close by;
 * - a generic name (مجلس النواب, وزارة الداخلية) names a seed body only in a story about that
 *   body's country, or beside its own names or people;
 * - a name several entities share is narrowed by the context words next to it (بحكومة الوفاق);
 * - a dual names two bodies (وزارتي الداخلية, حكومتي الوفاق الوطني والموقتة).
 * No browser APIs.
 */
import { isDefinite, stripArticle, wordForms } from '../arabic/clitics';
import { foldString } from '../arabic/fold';
import { COMPOUND_NAME_HEADS, COMPOUND_NAME_TAILS, GIVEN_NAMES_BY_LAST_LETTER, JUNIOR_WORDS } from '../arabic/given-names';
import { placeReadsAsVerb } from '../arabic/places';
import { HEAD_OF_TITLES, HONORIFICS, RANKS } from '../arabic/titles';
import { opensLine, previousWordStart, wordsAfter, wordsBefore, wordStartOf } from '../arabic/word-scan';
import { isInnerSpaceCode, isWordCode } from '../arabic/words';
import type { IndexAlias, IndexEntity, MatchIndex } from './match-index';
import type { Candidate } from './matcher';

/** Why a name was kept: the marks command prints it, and tests name the rule they check. */
export type Why =
  | 'name' // an alias that is safe alone
  | 'country-after' // its own country named right after it
  | 'title' // one of its own titles right before it
  | 'given-name' // a person's own given name right before it
  | 'middle-names' // his own given name, then one or two more names, then it
  | 'dateline' // an outlet opening a dateline
  | 'names-near' // its own full name close by
  | 'story' // a generic name in a story about its entity's country
  | 'people-near'; // a generic name beside its own people or related bodies

/** One entity a name may stand for, and what the page around it must show first. */
export interface NameOption {
  readonly entity: number;
  /** Why it is this entity, as far as the clause tells. */
  readonly why: Why;
  /** Its own full name must stand close by (a short alias that is an ordinary word). */
  readonly needsOwnName: boolean;
  /** The story must be about its country, or its own names or people stand close by (a generic name). */
  readonly needsStory: boolean;
  /**
   * A person's surname with nothing of his before it (الدبيبة, not عبد الحميد الدبيبة nor رئيس
   * الحكومة الدبيبة): his only if others of that surname are not named more often close by.
   */
  readonly surnameAlone: boolean;
}

/** What the clause says of one candidate name. */
export interface NameReading {
  /** Folded span of the name; it may begin before the candidate (middle names). */
  readonly start: number;
  readonly end: number;
  readonly options: readonly NameOption[];
  readonly dual: boolean;
  /** The name is an alias several entities share (وزارة الداخلية). */
  readonly shared: boolean;
  /** For a shared name: the entities whose context words stand next to it. */
  readonly pointedTo: readonly number[];
  /** How many of `pointedTo` it takes to narrow: two for a dual, which names two. */
  readonly pointsNeeded: number;
  /**
   * Persons whose surname this is, read here as someone else's (هانيبال القذافي, اللواء باشاغا):
   * the page reader keeps them, for the same surname alone close by may be his too.
   */
  readonly someoneElse: readonly number[];
}

const NONE: readonly number[] = [];

/** The page's text as written, and where each character of its folded text comes from (fold.ts). */
export interface WrittenText {
  readonly text: string;
  readonly origin: ArrayLike<number>;
}

/** The longest role title, in words, read before a name. */
const MAX_TITLE_WORDS = 5;

/** Words before a surname that may be the same man's names: his given name and a middle name or two. */
const NAME_WORDS_BEFORE = 3;

/** Words looked at on each side of a shared alias for its context words. */
const CONTEXT_WORDS_AFTER = 3;
const CONTEXT_WORDS_BEFORE = 2;

/** Words remembered before the memo starts again (a few MB at most). */
const MEMO_LIMIT = 20_000;

const foldAll = (words: readonly string[]) => new Set(words.map(foldString));

/** Honorifics say nothing of a man's office: they neither name nor rule out a seed person. */
const HONORIFIC_WORDS = foldAll(HONORIFICS);
const RANK_WORDS = new Set(RANKS.map((rank) => stripArticle(foldString(rank))));
const HEAD_TITLE_WORDS = foldAll(HEAD_OF_TITLES);
const NAME_HEADS = foldAll(COMPOUND_NAME_HEADS);
const NAME_TAILS = foldAll(COMPOUND_NAME_TAILS);
const JUNIOR = foldAll(JUNIOR_WORDS);
const GOD = foldString('الله');
/** Folded given name → the last letter the page must write for the word to be that name. */
const BY_LAST_LETTER = new Map(GIVEN_NAMES_BY_LAST_LETTER.map((name) => [foldString(name), name.charCodeAt(name.length - 1)]));

/** Every rule that reads the words around a name, with what it needs of the index built once. */
export class Resolver {
  private readonly givenNames: ReadonlySet<string>;
  /** Built when an entity is first met: a page meets few of the index's entities. */
  private readonly ownNameSets: (ReadonlySet<string> | undefined)[];
  private readonly ownGivenNameSets: (ReadonlySet<string> | undefined)[];
  private readonly contextSets: (ReadonlySet<string> | undefined)[];
  private readonly aliasesByEntity: IndexAlias[][];

  constructor(readonly index: MatchIndex) {
    this.givenNames = new Set(index.givenNames);
    this.ownNameSets = new Array(index.entities.length).fill(undefined);
    this.ownGivenNameSets = new Array(index.entities.length).fill(undefined);
    this.contextSets = new Array(index.entities.length).fill(undefined);
    this.aliasesByEntity = index.entities.map(() => []);
    for (const alias of index.aliases) this.aliasesByEntity[alias.entity]!.push(alias);
  }

  entity(entity: number): IndexEntity {
    return this.index.entities[entity]!;
  }

  /**
   * Whether a name names its options' entities in full, as far as its clause tells: a name of one
   * entity that needs no full name elsewhere (مجلس النواب الليبي, باشاغا), or a dual of one body's
   * name with the second body named after it (حكومتي الوفاق الوطني والموقتة). 'if-story': the name
   * is generic, and names them only if its story is theirs. Such names make the short names of
   * their entities, and of those related to them, safe close by.
   */
  namedInFull(reading: NameReading): 'named' | 'if-story' | null {
    const { options } = reading;
    if (reading.shared) return null;
    let ifStory = false;
    for (let i = 0; i < options.length; i++) {
      // A dateline names the outlet there, not the word everywhere else on its own site's pages.
      if (options[i]!.needsOwnName || options[i]!.why === 'dateline') return null;
      if (options[i]!.needsStory) ifStory = true;
    }
    return ifStory ? 'if-story' : 'named';
  }

  /**
   * Reads candidate `i` of `candidates` (found in folded `text`): null when the clause rules out
   * every entity its name could stand for and names no one else with it; without options when it
   * names only someone else. `written`: the text as written, where the fold merged a given name
   * with a word (GIVEN_NAMES_BY_LAST_LETTER); without it those words are not taken for names.
   */
  read(text: string, candidates: readonly Candidate[], i: number, written: WrittenText | null = null): NameReading | null {
    const candidate = candidates[i]!;
    const dual = candidate.aliases[0]!.dual === true;
    const after = this.countriesAfter(text, candidates, i);
    this.before = undefined;
    this.spelled = undefined;
    this.written = written;
    const wordsBeforeName = this.wordsBeforeName;
    this.text = text;
    this.candidate = candidate;
    let start = candidate.start;
    const options: NameOption[] = [];
    let someoneElse: number[] | undefined;
    // Indexed loops, here and below: this runs for every name of a page, on code still cold.
    for (let a = 0; a < candidate.aliases.length; a++) {
      const alias = candidate.aliases[a]!;
      const entity = this.entity(alias.entity);
      // A dual's adjective may be the first of two (وزارتي الداخلية الفرنسية والليبية): it places neither.
      const country = dual ? null : countryOf(entity, after);
      if (country !== null && entity.country !== null && country !== entity.country) continue;
      if (country !== null && country === entity.country) {
        options.push({ entity: alias.entity, why: 'country-after', needsOwnName: false, needsStory: false, surnameAlone: false });
        continue;
      }
      const person = this.readPerson(alias, candidate, text, wordsBeforeName);
      if (person === 'someone-else') {
        (someoneElse ??= []).push(alias.entity);
        continue;
      }
      if (person === 'middle-names') start = Math.min(start, this.middleNamesStart(alias.entity, candidate, text));
      const support = person ?? this.localSupport(alias, candidate, text, wordsBeforeName);
      if (alias.support === 'needs-support' && support === null && this.isAdjective(candidates, i, text)) continue;
      const needsOwnName = alias.support === 'needs-support' && support === null;
      const needsStory = alias.generic === true;
      const why = support ?? (needsOwnName ? 'names-near' : needsStory ? 'story' : 'name');
      options.push({ entity: alias.entity, why, needsOwnName, needsStory, surnameAlone: support === null && this.isSurname(alias) });
    }
    const shared = candidate.aliases.length > 1 && candidate.aliases.some((a) => a.entity !== candidate.aliases[0]!.entity);
    if (dual && !shared) this.addSecondOfDual(candidates, i, text, options);
    if (options.length === 0 && !someoneElse) return null;
    let pointedTo: readonly number[] = NONE;
    if (shared && options.length > 1) {
      const entities = [...new Set(options.map((o) => o.entity))];
      if (entities.length > 1) pointedTo = this.pointedTo(entities, candidate, text, dual);
    }
    return { start, end: candidate.end, options, dual, shared, pointedTo, pointsNeeded: dual ? 2 : 1, someoneElse: someoneElse ?? NONE };
  }

  /**
   * Whether a word before a name is one of the entity's own titles in any form (وزير, للوزير,
   * مديري). Kept per entity and word: news text repeats its titles.
   */
  private isOwnTitleWord(entity: number, word: string): boolean {
    const memo = (this.titleWords[entity] ??= new Map());
    let own = memo.get(word);
    if (own === undefined) {
      const titles = this.entity(entity).titles;
      own = this.bareForms(word).some((form) => titleForms(form).some((title) => titles.includes(title)));
      memo.set(word, own);
    }
    return own;
  }

  /** A word's forms behind its clitics (wordForms), kept: news text repeats its words. */
  private forms(word: string): readonly string[] {
    let forms = this.wordFormsOf.get(word);
    if (!forms) {
      // A page that scrolls for ever must not grow the memo for ever.
      if (this.wordFormsOf.size >= MEMO_LIMIT) this.forgetWords();
      this.wordFormsOf.set(word, (forms = wordForms(word)));
    }
    return forms;
  }

  /** The same forms without the article. */
  private bareForms(word: string): readonly string[] {
    let forms = this.bareFormsOf.get(word);
    if (!forms) this.bareFormsOf.set(word, (forms = [...new Set(this.forms(word).map(stripArticle))]));
    return forms;
  }

  private forgetWords(): void {
    this.wordFormsOf.clear();
    this.bareFormsOf.clear();
    this.describedNouns.clear();
    this.titleWords.length = 0;
  }

  private readonly wordFormsOf = new Map<string, readonly string[]>();
  private readonly bareFormsOf = new Map<string, readonly string[]>();
  private readonly describedNouns = new Map<string, boolean>();
  private readonly titleWords: (Map<string, boolean> | undefined)[] = [];
  private readonly titlePhraseWordLists: (readonly (readonly string[])[] | undefined)[] = [];
  private readonly aliasOpensWithGivenName = new Map<IndexAlias, boolean>();
  private readonly aliasIsSurname = new Map<IndexAlias, boolean>();

  /** The name being read (read), for wordsBeforeName. */
  private text = '';
  private candidate: Candidate | undefined;
  /** The words before it, read once for all its aliases, and only if a rule needs them. */
  private before: string[] | undefined;
  private readonly wordsBeforeName = (): string[] => (this.before ??= wordsBefore(this.text, wordStartOf(this.text, this.candidate!.start), MAX_TITLE_WORDS + 1));
  private written: WrittenText | null = null;
  /** spelledGivenNames' answer for the name being read. */
  private spelled: ReadonlySet<string> | undefined;

  /**
   * The given names that the fold merges with a word (GIVEN_NAMES_BY_LAST_LETTER) and that the
   * page writes as names in the words right before the name: علي in «علي الدبيبة», not على in
   * «ردا على الدبيبة».
   */
  private spelledGivenNames(): ReadonlySet<string> {
    if (this.spelled) return this.spelled;
    const spelled = new Set<string>();
    const { text, written } = this;
    let at = wordStartOf(text, this.candidate!.start);
    for (let k = 0; written && k < NAME_WORDS_BEFORE; k++) {
      const start = previousWordStart(text, at);
      if (start < 0) break;
      const end = wordEnd(text, start);
      const lastLetter = written.text.charCodeAt(written.origin[end - 1]!);
      for (const form of this.forms(text.slice(start, end))) if (BY_LAST_LETTER.get(form) === lastLetter) spelled.add(form);
      at = start;
    }
    return (this.spelled = spelled);
  }

  /** Whether a word (or one of its forms) before a name is a given name, as the page writes it. */
  private isGivenName(form: string): boolean {
    return this.givenNames.has(form) || (BY_LAST_LETTER.has(form) && this.spelledGivenNames().has(form));
  }

  /**
   * What the words around a person's surname say: 'someone-else' after another given name or a
   * rank not his (and, after one of his titles, before another given name), and before الابن;
   * 'middle-names' when his own given name stands a name or two before; his own given name or
   * title right before; null when they say nothing. Names that begin with a given name (محمد المنفي) are full names.
   */
  private readPerson(alias: IndexAlias, candidate: Candidate, text: string, wordsBeforeName: () => string[]): Why | 'someone-else' | null {
    const entity = this.entity(alias.entity);
    if (entity.type !== 'person' || alias.dual || this.opensWithGivenName(alias)) return null;
    if (JUNIOR.has(wordsAfter(text, candidate.end, 1)[0] ?? '')) return 'someone-else';
    const own = this.ownNames(alias.entity);
    const before = wordsBeforeName().slice(-NAME_WORDS_BEFORE);
    const last = before.at(-1);
    if (last !== undefined) {
      if (this.forms(last).some((form) => own.has(form))) return 'given-name';
      if (this.hasOwnTitleBefore(alias.entity, wordsBeforeName())) {
        const after = wordsAfter(text, candidate.end, 2);
        return this.isAnotherGivenName(alias.entity, after.slice(0, 1), after) ? 'someone-else' : 'title';
      }
      if (RANK_WORDS.has(stripArticle(last))) return 'someone-else';
      if (this.isAnotherGivenName(alias.entity, [last], before.slice(-2))) {
        return this.ownGivenNameBefore(alias.entity, before) ? 'middle-names' : 'someone-else';
      }
    }
    return null;
  }

  /**
   * Whether `word` is a given name that is not one of the entity's own, or `pair` (the two words
   * before) one compound given name: عبد الرزاق, سيف الإسلام.
   */
  private isAnotherGivenName(entity: number, word: readonly string[], pair: readonly string[]): boolean {
    const own = this.ownNames(entity);
    const another = (form: string) => this.isGivenName(form) && !own.has(form);
    if (word[0] !== undefined && this.forms(word[0]).some(another)) return true;
    if (pair.length < 2) return false;
    const [first, second] = pair as [string, string];
    if (own.has(first + second)) return false;
    return this.givenNames.has(first + second) || NAME_TAILS.has(second) || this.forms(first).some((form) => NAME_HEADS.has(form));
  }

  /** His own given name one or two names before the surname, the names between being given names. */
  private ownGivenNameBefore(entity: number, before: readonly string[]): boolean {
    const own = this.ownGivenNames(entity);
    for (let k = before.length - 2; k >= 0 && k >= before.length - 3; k--) {
      const between = before.slice(k + 1);
      if (this.forms(before[k]!).some((f) => own.has(f)) && between.every((w) => this.isGivenName(w))) return true;
    }
    return false;
  }

  /** Where the middle-names reading begins: at his own given name. */
  private middleNamesStart(entity: number, candidate: Candidate, text: string): number {
    const own = this.ownGivenNames(entity);
    let at = candidate.start;
    for (let k = 0; k < NAME_WORDS_BEFORE; k++) {
      const wordStart = previousWordStart(text, at);
      if (wordStart < 0) break;
      at = wordStart;
      const word = text.slice(wordStart, wordEnd(text, wordStart));
      if (this.forms(word).some((f) => own.has(f))) return givenNameStart(text, wordStart, own);
    }
    return candidate.start;
  }

  /** Support the words right before a name give it, when its alias needs some. */
  private localSupport(alias: IndexAlias, candidate: Candidate, text: string, wordsBeforeName: () => string[]): Why | null {
    if (alias.support !== 'needs-support') return null;
    const entity = this.entity(alias.entity);
    if (this.hasOwnTitleBefore(alias.entity, wordsBeforeName())) return 'title';
    if (entity.outlet && opensLine(text, candidate.start, candidate.end)) return 'dateline';
    return null;
  }

  /**
   * One of the entity's own titles right before the name, in any form: a title word (العميد
   * السائح, للرئيس المنفي), a role title written whole, perhaps with its country (رئيس المجلس
   * الرئاسي المنفي, وزيرة الخارجية الليبية المنقوش), or a title held in the organization (مدير أمن
   * طرابلس). Another does not count: الرئيس عبد العزيز بوتفليقة is not the brigadier عبدالعزيز.
   */
  private hasOwnTitleBefore(entity: number, before: readonly string[]): boolean {
    const last = before.at(-1);
    if (last === undefined) return false;
    if (this.isOwnTitleWord(entity, last)) return true;
    const phrases = this.titlePhraseWords(entity);
    if (phrases.length === 0) return false;
    const withoutCountry = this.countryNamed(last) === null ? before : before.slice(0, -1);
    return phrases.some((phrase) => this.endsWithPhrase(withoutCountry, phrase));
  }

  /** A person's alias that ends another of his aliases: his surname (الدبيبة of عبد الحميد الدبيبة). */
  private isSurname(alias: IndexAlias): boolean {
    let surname = this.aliasIsSurname.get(alias);
    if (surname === undefined) {
      const tail = ' ' + alias.folded;
      surname = this.entity(alias.entity).type === 'person' && this.aliasesByEntity[alias.entity]!.some((other) => other.folded.endsWith(tail));
      this.aliasIsSurname.set(alias, surname);
    }
    return surname;
  }

  /** Whether an alias begins with a given name (محمد المنفي): a full name, which no word before it changes. */
  private opensWithGivenName(alias: IndexAlias): boolean {
    let opens = this.aliasOpensWithGivenName.get(alias);
    if (opens === undefined) this.aliasOpensWithGivenName.set(alias, (opens = this.givenNames.has(firstWord(alias.folded))));
    return opens;
  }

  /** An entity's role titles in full, each as its words. */
  private titlePhraseWords(entity: number): readonly (readonly string[])[] {
    return (this.titlePhraseWordLists[entity] ??= this.entity(entity).titlePhrases.map((title) => title.split(' ')));
  }

  /** Whether `words` end with `phrase`, its first word in any form (للرئيس, ورئيس); the plain comparisons first. */
  private endsWithPhrase(words: readonly string[], phrase: readonly string[]): boolean {
    const at = words.length - phrase.length;
    if (at < 0) return false;
    for (let k = phrase.length - 1; k > 0; k--) if (words[at + k] !== phrase[k]) return false;
    return this.forms(words[at]!).includes(phrase[0]!);
  }

  /**
   * A definite word right before a definite short alias, in the same clause, makes the alias its
   * adjective: الإدارة المؤقتة, النص المنقوش, الجهود الداخلية. Not when the alias takes a
   * preposition (بالمؤقتة), which an adjective never does, nor when the word before is itself part
   * of a name (بالمؤقتة والوفاق: two names), a title or an honorific (العميد السائح).
   */
  private isAdjective(candidates: readonly Candidate[], i: number, text: string): boolean {
    const candidate = candidates[i]!;
    if (!text.startsWith('ال', candidate.start)) return false;
    const wordStart = wordStartOf(text, candidate.start);
    const clitics = text.slice(wordStart, candidate.start);
    if (clitics !== '' && clitics !== 'و' && clitics !== 'ف') return false;
    const previous = previousWordStart(text, wordStart);
    if (previous < 0 || (i > 0 && candidates[i - 1]!.end > previous)) return false;
    return this.isDescribedNoun(text.slice(previous, wordEnd(text, previous)));
  }

  /** Whether a definite word is a noun an adjective after it describes: not a title, rank or honorific. */
  private isDescribedNoun(word: string): boolean {
    let described = this.describedNouns.get(word);
    if (described === undefined) {
      // الله looks definite but is a name: رحم الله القذافي.
      described = isDefinite(word) && !HONORIFIC_WORDS.has(word) && word !== GOD && !this.bareForms(word).some((form) => RANK_WORDS.has(form) || HEAD_TITLE_WORDS.has(form));
      this.describedNouns.set(word, described);
    }
    return described;
  }

  /**
   * The second body of a dual, named after و with its own name or the adjective that completes
   * one with the dual's head: «بحكومتي الوفاق الوطني والموقتة» names the interim government, whose
   * name is الحكومة المؤقتة.
   */
  private addSecondOfDual(candidates: readonly Candidate[], i: number, text: string, options: NameOption[]): void {
    const dual = candidates[i]!;
    const next = candidates[i + 1];
    if (!next || !/^\s+و\s?(ال)?$/.test(text.slice(dual.end, next.start))) return;
    // The dual's head in the singular: حكومتي → حكومه, جهازي → جهاز.
    const head = firstWord(dual.aliases[0]!.folded).replace(/[يا]$/, '').replace(/ت$/, 'ه');
    for (const alias of next.aliases) {
      const sameHead = this.aliasesByEntity[alias.entity]!.some((a) => stripArticle(firstWord(a.folded)) === head);
      if (sameHead && !options.some((o) => o.entity === alias.entity)) options.push({ entity: alias.entity, why: 'name', needsOwnName: false, needsStory: alias.generic === true, surnameAlone: false });
    }
  }

  /**
   * The candidates of a shared name whose context words stand next to it. A dual is followed by
   * what tells its two apart (بحكومتي الوفاق الوطني والموقته), so it looks twice as far and counts
   * the countries named there too.
   */
  private pointedTo(entities: readonly number[], candidate: Candidate, text: string, dual: boolean): number[] {
    // Indexed loops, no spreads: this runs for every shared name of a page, on code still cold.
    const near: string[] = [];
    const words = wordsBefore(text, candidate.start, CONTEXT_WORDS_BEFORE).concat(wordsAfter(text, candidate.end, dual ? 2 * CONTEXT_WORDS_AFTER : CONTEXT_WORDS_AFTER));
    for (let w = 0; w < words.length; w++) {
      const forms = this.bareForms(words[w]!);
      for (let f = 0; f < forms.length; f++) near.push(forms[f]!);
    }
    const countries = new Set<string>();
    if (dual) {
      for (let w = 0; w < near.length; w++) {
        const country = this.index.countryWords[near[w]!];
        if (country) countries.add(country);
      }
    }
    const pointed: number[] = [];
    for (let i = 0; i < entities.length; i++) {
      const entity = entities[i]!;
      const country = this.entity(entity).country;
      if (country !== null && countries.has(country)) {
        pointed.push(entity);
        continue;
      }
      const context = this.contextWords(entity);
      for (let w = 0; w < near.length; w++) {
        if (context.has(near[w]!)) {
          pointed.push(entity);
          break;
        }
      }
    }
    return pointed;
  }

  /**
   * The country a place named right after a name gives (المصري, بليبيا; في السودان, في القاهرة):
   * the next candidate the trie found, when only spaces, or «في», stand between.
   */
  private countriesAfter(text: string, candidates: readonly Candidate[], i: number): CountriesAfter {
    const next = candidates[i + 1];
    if (next === undefined) return NO_COUNTRY;
    const place = placeOf(text, next);
    if (place === undefined) return NO_COUNTRY;
    const wordStart = wordStartOf(text, next.start);
    // After و or ف the place is coordinated, not an adjective (حكومة الوفاق والولايات المتحدة).
    if (next.start > wordStart && (text.charCodeAt(wordStart) === WAW || text.charCodeAt(wordStart) === FA)) return NO_COUNTRY;
    let at = candidates[i]!.end;
    while (at < wordStart && isInnerSpaceCode(text.charCodeAt(at))) at++;
    if (at === wordStart) return { adjective: place, inCountry: null };
    if (!text.startsWith('في', at) || !isInnerSpaceCode(text.charCodeAt(at + 2))) return NO_COUNTRY;
    at += 2;
    while (at < wordStart && isInnerSpaceCode(text.charCodeAt(at))) at++;
    return at === wordStart ? { adjective: null, inCountry: place } : NO_COUNTRY;
  }

  /** The country a word names, in any of its forms (المصرية, بليبيا, لليبيا), if any. */
  private countryNamed(word: string): string | null {
    for (const form of this.bareForms(word)) {
      const code = this.index.countryWords[form];
      if (code) return code;
    }
    return null;
  }

  /** An entity's own name words (and pairs of them as one word, for compounds), from its aliases. */
  private ownNames(entity: number): ReadonlySet<string> {
    let own = this.ownNameSets[entity];
    if (!own) {
      const set = new Set<string>();
      for (const alias of this.aliasesByEntity[entity]!) {
        const words = alias.folded.split(' ');
        words.forEach((word, i) => set.add(word).add(word + (words[i + 1] ?? '')));
      }
      this.ownNameSets[entity] = own = set;
    }
    return own;
  }

  /** A person's own given names: the first word of each alias that begins with a given name (or two, for a compound). */
  private ownGivenNames(entity: number): ReadonlySet<string> {
    let own = this.ownGivenNameSets[entity];
    if (!own) {
      const set = new Set<string>();
      for (const alias of this.aliasesByEntity[entity]!) {
        const [first, second] = alias.folded.split(' ');
        if (first && this.givenNames.has(first)) set.add(first);
        if (first && second && this.givenNames.has(first + second)) set.add(first + second).add(first);
      }
      this.ownGivenNameSets[entity] = own = set;
    }
    return own;
  }

  /** An entity's context words (compile.ts: without the article). */
  private contextWords(entity: number): ReadonlySet<string> {
    let words = this.contextSets[entity];
    if (!words) this.contextSets[entity] = words = new Set(this.entity(entity).context);
    return words;
  }
}

/** Countries named right after a name: as its adjective (المصري), or with في (في السودان). */
interface CountriesAfter {
  readonly adjective: string | null;
  readonly inCountry: string | null;
}

const NO_COUNTRY: CountriesAfter = { adjective: null, inCountry: null };
const WAW = 0x0648;
const FA = 0x0641;

/**
 * The country the words after a name give for this entity. «في ليبيا» places an organization
 * (الحكومة المؤقتة في السودان), but after a person it says where he was (بوقادوم في ليبيا).
 */
function countryOf(entity: IndexEntity, after: CountriesAfter): string | null {
  return after.adjective ?? (entity.type === 'organization' ? after.inCountry : null);
}

/**
 * The singular a title word may be written for: a dual or plural in construct, or an accusative
 * (مديري, مديرا, مديرو → مدير; وزيرتي → وزيره). Folded, without the article.
 */
function titleForms(word: string): string[] {
  const forms = [word];
  const last = word.at(-1);
  if (last === 'ي' || last === 'ا' || last === 'و') {
    forms.push(word.slice(0, -1));
    if (word.at(-2) === 'ت') forms.push(word.slice(0, -2) + 'ه');
  }
  return forms;
}

/** The first word of a folded alias (حكومتي of حكومتي الوفاق الوطني). */
function firstWord(folded: string): string {
  const space = folded.indexOf(' ');
  return space < 0 ? folded : folded.slice(0, space);
}

function wordEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
  return i;
}

/** Where a given name begins inside its word, after any clitic (ومحمد → محمد). */
function givenNameStart(text: string, wordStart: number, own: ReadonlySet<string>): number {
  const word = text.slice(wordStart, wordEnd(text, wordStart));
  for (let cut = 0; cut < Math.min(3, word.length - 2); cut++) if (own.has(word.slice(cut))) return wordStart + cut;
  return wordStart;
}

/** The country a candidate's place word places a story in: none where it reads as the verb it also spells (places.ts). */
export function placeOf(text: string, candidate: Candidate): string | undefined {
  return candidate.place !== undefined && !placeReadsAsVerb(text, candidate.start, candidate.end) ? candidate.place : undefined;
}
