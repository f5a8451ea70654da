/**
 * Turns raw alias matches into mentions a reader can trust:
 * - an entity of one country is dropped when the word after its name names another country
 *   (مجلس النواب المصري is not Libya's);
 * - an alias that needs support (a surname that is also a common word) is kept only when one of
 *   its own titles stands right before it, its own country is named right after it, or
 *   the page also mentions the same entity in full;
 * - an alias shared by several entities is resolved by context words next to it, within its
 *   clause (الليبية, الوفاق …), or else kept as ambiguous with all its candidates (those whose
 *   context words stand next to it, when several do).
 * No browser APIs.
 */
import { isWordCode } from '../arabic/words';
import type { Candidate } from './matcher';
import type { IndexAlias, IndexEntity, MatchIndex } from './match-index';

export interface Mention {
  /** Folded offsets [start, end) in the scanned text. */
  readonly start: number;
  readonly end: number;
  /** Entity indexes into the match index: one when resolved, several when ambiguous. */
  readonly entities: readonly number[];
  /** A dual (وزارتي الداخلية): the name stands for two of `entities` at once, not one of them. */
  readonly dual?: true;
}

/** Where the words around a name stop being its context: a line break, the end of a clause. */
const CONTEXT_STOPS = new Set(['\n', '،', ',', '.', '؛', ';', ':', '!', '?', '؟']);

/** Words looked at on each side of an ambiguous alias. */
const CONTEXT_WORDS_AFTER = 3;
const CONTEXT_WORDS_BEFORE = 2;

export interface ScannedText {
  readonly text: string;
  readonly candidates: readonly Candidate[];
}

/**
 * Entities mentioned by an alias that is safe alone (and not placed in another country by the
 * word after it): they make their short aliases safe on this page.
 */
export function fullyMentioned(index: MatchIndex, scans: Iterable<ScannedText>): Set<number> {
  const mentioned = new Set<number>();
  for (const { text, candidates } of scans) {
    for (const c of candidates) addFullMention(index, c, countriesAfter(index, text, c.end), mentioned);
  }
  return mentioned;
}

function addFullMention(index: MatchIndex, candidate: Candidate, after: CountriesAfter, mentioned: Set<number>): void {
  // A dual names two bodies, and the adjective after it places neither: it names no one in full.
  const safe = candidate.aliases.filter((a) => a.support === 'alone' && !a.dual && fitsCountry(index, a, after));
  if (safe.length !== 1) return;
  mentioned.add(safe[0]!.entity);
  // The names inside it are written too (القيادة العامة للجيش الليبي names الجيش الليبي).
  for (const entity of safe[0]!.inside ?? []) mentioned.add(entity);
}

/** Resolves every candidate of a text, with what the page is known to mention in full. */
export function resolveMentions(index: MatchIndex, scan: ScannedText, mentionedOnPage: ReadonlySet<number>): Mention[] {
  return resolve(index, scan, afterEach(index, scan), mentionedOnPage, null);
}

/**
 * For a page read part by part: adds the entities this text names in full to `mentionedOnPage`,
 * resolves the candidates whose outcome the rest of the page cannot change, and returns the others
 * as `waiting`: those with an alias that needs support only a full mention elsewhere on the page
 * could give. A scanner marks the first at once and resolves the waiting ones at the end.
 */
export function resolveReady(index: MatchIndex, scan: ScannedText, mentionedOnPage: Set<number>): { mentions: Mention[]; waiting: Candidate[] } {
  const after = afterEach(index, scan);
  scan.candidates.forEach((c, i) => addFullMention(index, c, after[i]!, mentionedOnPage));
  const waiting: Candidate[] = [];
  return { mentions: resolve(index, scan, after, mentionedOnPage, waiting), waiting };
}

function afterEach(index: MatchIndex, scan: ScannedText): CountriesAfter[] {
  return scan.candidates.map((c) => countriesAfter(index, scan.text, c.end));
}

function resolve(index: MatchIndex, scan: ScannedText, afters: readonly CountriesAfter[], mentionedOnPage: ReadonlySet<number>, waiting: Candidate[] | null): Mention[] {
  const mentions: Mention[] = [];
  scan.candidates.forEach((candidate, i) => {
    const after = afters[i]!;
    // A dual's adjective may be the first of two (وزارتي الداخلية الفرنسية والليبية): it places neither.
    const fitting = candidate.aliases.filter((alias) => (alias.dual || fitsCountry(index, alias, after)) && !namesSomeoneElse(index, alias, candidate, scan.text));
    const supported = fitting.filter((alias) => isSupported(index, alias, candidate, scan.text, mentionedOnPage, after));
    if (waiting && supported.length < fitting.length) {
      waiting.push(candidate);
      return;
    }
    if (supported.length === 0) return;
    const entities = [...new Set(supported.map((a) => a.entity))];
    const resolved = entities.length > 1 ? disambiguate(index, entities, candidate, scan.text) : entities;
    const mention: Mention = { start: candidate.start, end: candidate.end, entities: resolved };
    mentions.push(candidate.aliases[0]!.dual ? { ...mention, dual: true } : mention);
  });
  return mentions;
}

/**
 * A person's short alias that is also an ordinary word is someone else's, or no one's, right after
 * another given name (عبد الرزاق مقري is not نورالدين مقري), or, after one of his titles, right
 * before one (الرئيس المنفي زين العابدين بن علي: there المنفي is "the exiled"). Without a title
 * before it, a given name after it is more often the object of a verb-first sentence (استقبل
 * المنفي محمد تكالة), so it counts only after a title. The person's own names never count
 * (العميد سالم السائح). No title or full mention elsewhere outweighs this.
 */
function namesSomeoneElse(index: MatchIndex, alias: IndexAlias, candidate: Candidate, text: string): boolean {
  const entity = index.entities[alias.entity]!;
  if (alias.support !== 'needs-support' || entity.type !== 'person') return false;
  const names = givenNameSet(index);
  const own = ownNames(index, alias.entity);
  const anotherName = (forms: string[]) => forms.some((form) => names.has(form) && !own.has(form));
  const before = rawWordsBefore(text, candidate.start, 2);
  // The word right before, or the two before it as one compound name (عبد الرزاق → عبدالرزاق).
  if (anotherName([...withoutClitics(before.at(-1) ?? ''), ...withoutClitics(before.join(''))])) return true;
  if (!hasOwnTitleBefore(entity, candidate, text)) return false;
  const after = rawWordsAfter(text, candidate.end, 2);
  return anotherName([...withoutClitics(after[0] ?? ''), ...withoutClitics(after.join(''))]);
}

const givenNameSets = new WeakMap<MatchIndex, ReadonlySet<string>>();
function givenNameSet(index: MatchIndex): ReadonlySet<string> {
  let names = givenNameSets.get(index);
  if (!names) givenNameSets.set(index, (names = new Set(index.givenNames)));
  return names;
}

/**
 * A value per entity, computed when a name of that entity is first resolved on the page: a page
 * meets few of the index's entities, and building them all made resolving grow with the set.
 */
function perEntity<T>(compute: (index: MatchIndex, entity: number) => T): (index: MatchIndex, entity: number) => T {
  const caches = new WeakMap<MatchIndex, Map<number, T>>();
  return (index, entity) => {
    let cache = caches.get(index);
    if (!cache) caches.set(index, (cache = new Map()));
    let value = cache.get(entity);
    if (value === undefined) cache.set(entity, (value = compute(index, entity)));
    return value;
  };
}

/** The index's aliases grouped by entity. */
const aliasGroups = new WeakMap<MatchIndex, readonly IndexAlias[][]>();
function aliasesOf(index: MatchIndex, entity: number): readonly IndexAlias[] {
  let groups = aliasGroups.get(index);
  if (!groups) {
    const byEntity: IndexAlias[][] = index.entities.map(() => []);
    for (const alias of index.aliases) byEntity[alias.entity]!.push(alias);
    aliasGroups.set(index, (groups = byEntity));
  }
  return groups[entity]!;
}

/** An entity's own name words (and pairs of them as one word, for compounds), from its aliases. */
const ownNames = perEntity((index, entity): ReadonlySet<string> => {
  const own = new Set<string>();
  for (const alias of aliasesOf(index, entity)) {
    const words = alias.folded.split(' ');
    words.forEach((word, i) => own.add(word).add(word + (words[i + 1] ?? '')));
  }
  return own;
});

/** Countries named right after a name: as its adjective (المصري), or with في (في السودان). */
interface CountriesAfter {
  readonly adjective: string | null;
  readonly inCountry: string | null;
}

/**
 * The country the words after a name give for this entity. «في ليبيا» places an organization
 * (الحكومة المؤقتة في السودان), but after a person it says where he was (بوقادوم في ليبيا).
 */
function countryOf(entity: IndexEntity, after: CountriesAfter): string | null {
  return after.adjective ?? (entity.type === 'organization' ? after.inCountry : null);
}

/** An entity of one country is not meant where the words after its name give another (مجلس النواب المصري). */
function fitsCountry(index: MatchIndex, alias: IndexAlias, after: CountriesAfter): boolean {
  const entity = index.entities[alias.entity]!;
  const country = countryOf(entity, after);
  return country === null || entity.country === null || entity.country === country;
}

function isSupported(index: MatchIndex, alias: IndexAlias, candidate: Candidate, text: string, mentionedOnPage: ReadonlySet<number>, after: CountriesAfter): boolean {
  if (alias.support === 'alone') return true;
  if (mentionedOnPage.has(alias.entity)) return true;
  const entity = index.entities[alias.entity]!;
  // Its own country named right after it: جهاز المخابرات الليبي.
  if (entity.country !== null && countryOf(entity, after) === entity.country) return true;
  // A person's other name word right before it: his first name (سالم السائح for سالم السائح قريمده).
  if (entity.type === 'person' && wordsBefore(text, candidate.start, 1).some((form) => ownNames(index, alias.entity).has(form))) return true;
  return hasOwnTitleBefore(entity, candidate, text);
}

/**
 * One of the entity's own titles right before the name, in any form: a person's (العميد السائح,
 * للرئيس المنفي), or one held in the organization (مدير أمن طرابلس). Another does not count:
 * الرئيس عبد العزيز بوتفليقة is not the brigadier عبدالعزيز, مدير الدار is not the Moroccan outlet.
 */
function hasOwnTitleBefore(entity: IndexEntity, candidate: Candidate, text: string): boolean {
  return wordsBefore(text, candidate.start, 1).some((form) => entity.titles.includes(stripArticle(form)));
}

function countriesAfter(index: MatchIndex, text: string, from: number): CountriesAfter {
  const word = nextWord(text, from);
  if (!word) return { adjective: null, inCountry: null };
  if (text.slice(word[0], word[1]) !== 'في') return { adjective: countryNamed(index, text, word), inCountry: null };
  const next = nextWord(text, word[1]);
  return { adjective: null, inCountry: next ? countryNamed(index, text, next) : null };
}

/** The country a word names, in any of its forms (المصرية, بليبيا, لليبيا), if any. */
function countryNamed(index: MatchIndex, text: string, [start, end]: [number, number]): string | null {
  for (const form of withoutClitics(text.slice(start, end))) {
    const code = index.countryWords[form];
    if (code) return code;
  }
  return null;
}

/** The span of the word after `from` when only spaces stand between (punctuation ends the name's phrase). */
function nextWord(text: string, from: number): [number, number] | null {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\u00a0')) i++;
  const start = i;
  while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
  return i > start ? [start, i] : null;
}

/**
 * Keeps the candidates whose context words stand next to the name; all of them if none do. A
 * dual is followed by what tells its two apart (بحكومتي الوفاق الوطني والموقته), so it looks twice
 * as far, counts the countries named there too (الفرنسية والليبية: for a single name
 * fitsCountry has used them already), and keeps all candidates unless two or more are found.
 */
function disambiguate(index: MatchIndex, entities: number[], candidate: Candidate, text: string): number[] {
  const dual = candidate.aliases[0]!.dual === true;
  const near = [...wordsBefore(text, candidate.start, CONTEXT_WORDS_BEFORE), ...wordsAfter(text, candidate.end, dual ? 2 * CONTEXT_WORDS_AFTER : CONTEXT_WORDS_AFTER)];
  const countries = new Set(dual ? near.flatMap((word) => index.countryWords[word] ?? []) : []);
  const inNamedCountry = (e: number) => countries.has(index.entities[e]!.country ?? '');
  const hits = entities.filter((e) => inNamedCountry(e) || near.some((word) => contextForms(index, e).has(word)));
  return hits.length >= (dual ? 2 : 1) ? hits : entities;
}

/**
 * The candidates of a shared name whose countries the page names in full, when two or more are
 * and not all: a page that names only Libyan people and bodies means one of the two Libyan
 * interior ministries, not the Italian one. Null when that narrows nothing, or would leave one
 * (the page's countries are a hint, not the context words that resolve a name). Known only once
 * the page is read, so the scanner applies it to the ambiguous marks each time one of its scans
 * ends.
 */
export function ofPageCountries(index: MatchIndex, entities: readonly number[], countries: ReadonlySet<string>): number[] | null {
  const kept = entities.filter((e) => countries.has(index.entities[e]!.country ?? ''));
  return kept.length >= 2 && kept.length < entities.length ? kept : null;
}

/** The countries of the entities a page names in full, for ofPageCountries. */
export function pageCountries(index: MatchIndex, mentionedOnPage: ReadonlySet<number>): Set<string> {
  const countries = new Set<string>();
  for (const e of mentionedOnPage) {
    const country = index.entities[e]!.country;
    if (country !== null) countries.add(country);
  }
  return countries;
}

/**
 * Each entity's context words, with and without their article: they are stored with it, and the
 * page may write them after a clitic or without it (withoutClitics strips the clitic, not ال).
 */
const contextForms = perEntity((index, entity): ReadonlySet<string> => new Set(index.entities[entity]!.context.flatMap((word) => [word, stripArticle(word)])));

function stripArticle(word: string): string {
  return word.startsWith('ال') ? word.slice(2) : word;
}

/**
 * The forms (withoutClitics) of the next `count` words. Words are counted, not forms: a word
 * with clitics (للحكومة → الحكومة) must not push a later word out of the window.
 */
function wordsAfter(text: string, from: number, count: number): string[] {
  return rawWordsAfter(text, from, count).flatMap(withoutClitics);
}

/** The forms of the `count` words before `to`, counted as in wordsAfter. */
function wordsBefore(text: string, to: number, count: number): string[] {
  return rawWordsBefore(text, to, count).flatMap(withoutClitics);
}

/** The next `count` words after `from`, within its clause: context does not cross a block or a clause. */
function rawWordsAfter(text: string, from: number, count: number): string[] {
  const out: string[] = [];
  let i = from;
  for (let seen = 0; seen < count && i < text.length; seen++) {
    while (i < text.length && !isWordCode(text.charCodeAt(i))) {
      if (CONTEXT_STOPS.has(text[i]!)) return out;
      i++;
    }
    const start = i;
    while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
    if (i > start) out.push(text.slice(start, i));
  }
  return out;
}

/** The `count` words before `to`, within its clause, in reading order. */
function rawWordsBefore(text: string, to: number, count: number): string[] {
  const out: string[] = [];
  let i = to;
  for (let seen = 0; seen < count && i > 0; seen++) {
    while (i > 0 && !isWordCode(text.charCodeAt(i - 1))) {
      if (CONTEXT_STOPS.has(text[i - 1]!)) return out;
      i--;
    }
    const end = i;
    while (i > 0 && isWordCode(text.charCodeAt(i - 1))) i--;
    if (end > i) out.unshift(text.slice(i, end));
  }
  return out;
}

/** A context word may carry a conjunction or preposition: بالمؤقتة, والوفاق, لليبيا, بفرنسا. */
function withoutClitics(word: string): string[] {
  const forms = [word];
  // Character tests, not regular expressions: this runs for several words around every name.
  const first = word.charCodeAt(0);
  if ((first === WAW || first === FA) && word.length > 3) forms.push(word.slice(1));
  for (let i = 0, n = forms.length; i < n; i++) {
    const form = forms[i]!;
    const code = form.charCodeAt(0);
    if ((code === BA || code === LAM || code === KAF) && form.length > 3) forms.push(form.slice(1));
    if (code === LAM && form.charCodeAt(1) === LAM) forms.push('ا' + form.slice(1));
  }
  return forms;
}

const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const LAM = 0x0644;
const KAF = 0x0643;
