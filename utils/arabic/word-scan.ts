/**
 * The words around a place in folded text, within its clause: a line break (a block boundary)
 * or a clause's punctuation ends the search, for the words beyond it are not the name's context.
 * No browser APIs.
 */
import { isInnerSpaceCode, isQuoteCode, isWordCode } from './words';

/** Characters that end a name's clause. */
const CLAUSE_STOPS = new Set(['\n', '،', ',', '.', '؛', ';', ':', '!', '?', '؟']);
/** Characters that end a sentence (or a line: a block's end). */
const SENTENCE_STOPS = new Set(['\n', '.', ':', '!', '?', '؟']);

/** The next `count` words after `from`, within its clause. */
export function wordsAfter(text: string, from: number, count: number): string[] {
  const out: string[] = [];
  let i = from;
  for (let seen = 0; seen < count && i < text.length; seen++) {
    while (i < text.length && !isWordCode(text.charCodeAt(i))) {
      if (CLAUSE_STOPS.has(text[i]!)) return out;
      i++;
    }
    const start = i;
    while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
    if (i > start) out.push(text.slice(start, i));
  }
  return out;
}

/** The `count` words before `to`, within its clause, in reading order. */
export function wordsBefore(text: string, to: number, count: number): string[] {
  const out: string[] = [];
  let i = to;
  for (let seen = 0; seen < count && i > 0; seen++) {
    while (i > 0 && !isWordCode(text.charCodeAt(i - 1))) {
      if (CLAUSE_STOPS.has(text[i - 1]!)) return out;
      i--;
    }
    const end = i;
    while (i > 0 && isWordCode(text.charCodeAt(i - 1))) i--;
    if (end > i) out.unshift(text.slice(i, end));
  }
  return out;
}

/** Where the word that holds `at` begins, its clitics included (ومحمد, from its م). */
export function wordStartOf(text: string, at: number): number {
  let i = at;
  while (i > 0 && isWordCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Whether the word at `wordStart` opens its text, its line or a sentence: only spaces and quotes stand between. */
export function opensSentence(text: string, wordStart: number): boolean {
  let i = wordStart;
  while (i > 0 && (isInnerSpaceCode(text.charCodeAt(i - 1)) || isQuoteCode(text.charCodeAt(i - 1)))) i--;
  return i === 0 || SENTENCE_STOPS.has(text[i - 1]!);
}

/** Where the word before `to` begins, when only spaces stand between; -1 if none does. */
export function previousWordStart(text: string, to: number): number {
  let i = to;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--;
  const end = i;
  while (i > 0 && isWordCode(text.charCodeAt(i - 1))) i--;
  return end > i ? i : -1;
}


/** Whether [start, end) opens its line and a dash follows it: a dateline («الدار- خاص», «طرابلس - »). */
export function opensLine(text: string, start: number, end: number): boolean {
  let i = start;
  while (i > 0 && isInnerSpaceCode(text.charCodeAt(i - 1))) i--;
  if (i > 0 && text.charCodeAt(i - 1) !== 0x0a) return false;
  let j = end;
  while (j < text.length && isInnerSpaceCode(text.charCodeAt(j))) j++;
  const dash = text.charCodeAt(j);
  return dash === 0x2d || dash === 0x2013 || dash === 0x2014;
}
