/**
 * Turns raw alias matches into mentions a reader can trust:
 * - an alias that needs support (a surname that is also a common word) is kept only when a title
 *   or rank stands right before it, or the page also mentions the same entity in full;
 * - an alias shared by several entities is resolved by context words next to it (الليبية, الوفاق …),
 *   or else kept as ambiguous with all its candidates.
 * No browser APIs.
 */
import { FOLDED_PERSON_TITLES } from '../arabic/titles';
import { isWordCode } from '../arabic/words';
import type { Candidate } from './matcher';
import type { IndexAlias, MatchIndex } from './match-index';

export interface Mention {
  /** Folded offsets [start, end) in the scanned text. */
  readonly start: number;
  readonly end: number;
  /** Entity indexes into the match index: one when resolved, several when ambiguous. */
  readonly entities: readonly number[];
}

/** Words looked at on each side of an ambiguous alias. */
const CONTEXT_WORDS_AFTER = 3;
const CONTEXT_WORDS_BEFORE = 2;

export interface ScannedText {
  readonly text: string;
  readonly candidates: readonly Candidate[];
}

/** Entities mentioned by an alias that is safe alone: they make their short aliases safe on this page. */
export function fullyMentioned(scans: Iterable<ScannedText>): Set<number> {
  const mentioned = new Set<number>();
  for (const { candidates } of scans) {
    for (const c of candidates) {
      const safe = c.aliases.filter((a) => a.support === 'alone');
      if (safe.length === 1) mentioned.add(safe[0]!.entity);
    }
  }
  return mentioned;
}

export function resolveMentions(index: MatchIndex, scan: ScannedText, mentionedOnPage: ReadonlySet<number>): Mention[] {
  const mentions: Mention[] = [];
  for (const candidate of scan.candidates) {
    const supported = candidate.aliases.filter((alias) => isSupported(alias, candidate, scan.text, mentionedOnPage));
    if (supported.length === 0) continue;
    const entities = [...new Set(supported.map((a) => a.entity))];
    mentions.push({ start: candidate.start, end: candidate.end, entities: entities.length > 1 ? disambiguate(index, entities, candidate, scan.text) : entities });
  }
  return mentions;
}

function isSupported(alias: IndexAlias, candidate: Candidate, text: string, mentionedOnPage: ReadonlySet<number>): boolean {
  if (alias.support === 'alone') return true;
  if (mentionedOnPage.has(alias.entity)) return true;
  // Any form of the word before counts: the title may carry a clitic (والعميد السائح, للرئيس المنفي).
  return wordsBefore(text, candidate.start, 1).some((form) => FOLDED_PERSON_TITLES.has(form));
}

/** Keeps the candidates whose context words stand next to the name; all of them if none or several do. */
function disambiguate(index: MatchIndex, entities: number[], candidate: Candidate, text: string): number[] {
  const near = new Set([...wordsBefore(text, candidate.start, CONTEXT_WORDS_BEFORE), ...wordsAfter(text, candidate.end, CONTEXT_WORDS_AFTER)]);
  const hits = entities.filter((e) => index.entities[e]!.context.some((word) => near.has(word) || near.has(stripClitic(word))));
  return hits.length === 1 ? hits : entities;
}

/** Context words are stored with their article; the page may write them after a clitic or without it. */
function stripClitic(word: string): string {
  return word.startsWith('ال') ? word.slice(2) : word;
}

/**
 * The forms (withoutClitics) of the next `count` words. Words are counted, not forms: a word
 * with clitics (للحكومة → الحكومة) must not push a later word out of the window.
 */
function wordsAfter(text: string, from: number, count: number): string[] {
  const out: string[] = [];
  let i = from;
  for (let seen = 0; seen < count && i < text.length; seen++) {
    while (i < text.length && !isWordCode(text.charCodeAt(i))) {
      if (text[i] === '\n') return out; // context does not cross a block
      i++;
    }
    const start = i;
    while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
    if (i > start) out.push(...withoutClitics(text.slice(start, i)));
  }
  return out;
}

/** The forms of the `count` words before `to`, counted as in wordsAfter. */
function wordsBefore(text: string, to: number, count: number): string[] {
  const out: string[] = [];
  let i = to;
  for (let seen = 0; seen < count && i > 0; seen++) {
    while (i > 0 && !isWordCode(text.charCodeAt(i - 1))) {
      if (text[i - 1] === '\n') return out;
      i--;
    }
    const end = i;
    while (i > 0 && isWordCode(text.charCodeAt(i - 1))) i--;
    if (end > i) out.push(...withoutClitics(text.slice(i, end)));
  }
  return out;
}

/** A context word may carry a conjunction or preposition: بالمؤقتة, والوفاق. */
function withoutClitics(word: string): string[] {
  const forms = [word];
  if (/^[وف]/.test(word) && word.length > 3) forms.push(word.slice(1));
  for (const form of [...forms]) {
    if (/^[بلك]ال/.test(form)) forms.push(form.slice(1));
    if (/^لل/.test(form)) forms.push('ا' + form.slice(1));
  }
  return forms;
}
