/**
 * The article as the finders read it: folded words (tokens) with what separates each from the one
 * before, the readings of a word after its proclitics, and how often each word recurs. Decisions
 * are taken on folded text, so spelling variants behave alike; offsets map back to the original.
 */
import { fold, type FoldedText } from '../../utils/arabic/fold';
import { isDefinite as isDefiniteWord, nameStarts, stripArticle, wordForms } from '../../utils/arabic/clitics';
import { isInnerSpaceCode, isWordCode } from '../../utils/arabic/words';
import { HEADS, NAME_PARTICIPLES, PLURAL_HONORIFICS, PLURAL_OFFICE_TITLES, QUOTE_CLOSE, QUOTE_OPEN, STOP, TITLES } from './lexicon';

/** What separates a word from the previous one. */
export type Gap = 'start' | 'space' | 'quote-open' | 'quote-close' | 'comma' | 'break';

export interface Token {
  /** Folded word. */
  readonly w: string;
  /** Folded offsets [s, e). */
  readonly s: number;
  readonly e: number;
  readonly gap: Gap;
  /** The word opens a hashtag (#موسى_كوسى): news sites tag names this way. */
  readonly hashtag: boolean;
  /** The word continues a hashtag after an underscore. */
  readonly underscore: boolean;
}

/** A hashtag's marks and underscores, and a hyphen inside a compound name (جان-إيف), count as spaces. */
function classifyGap(gap: string, first: boolean): Gap {
  if (first) return 'start';
  let rest = '';
  let leadingSpace = false;
  for (let i = 0; i < gap.length; i++) {
    const c = gap[i]!;
    if (isInnerSpaceCode(gap.charCodeAt(i)) || c === '#' || c === '_' || (c === '-' && gap.length === 1)) {
      if (rest === '') leadingSpace = true;
    } else rest += c;
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

export function tokenize(folded: string): Token[] {
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
    const gap = folded.slice(prevEnd, s);
    tokens.push({ w: folded.slice(s, i), s, e: i, gap: classifyGap(gap, tokens.length === 0), hashtag: gap.endsWith('#'), underscore: gap === '_' });
    prevEnd = i;
  }
  return tokens;
}

/** A reading of a word after its proclitics (clitics.ts). */
export interface Stem {
  readonly stem: string;
  /** Letters stripped from the front of the written word. */
  readonly at: number;
  /** Letters a contraction hid (للجنة → اللجنة). */
  readonly restores: string;
}

/** Readings of a word after its proclitics, least stripped first. */
export function stems(word: string): Stem[] {
  return nameStarts(word, 0, word.length).map((s) => ({ stem: s.restores + word.slice(s.at), at: s.at, restores: s.restores }));
}

/** The first reading of `word` that is in `set`. */
export function stemIn(word: string, set: ReadonlySet<string>): Stem | undefined {
  return stems(word).find((s) => set.has(s.stem));
}

/** Has the article ال, maybe after و/ف and ب/ك/ل, or the contracted لل (clitics.ts). */
export const isDefinite = isDefiniteWord;
/** A prepositional phrase glued to its preposition: بالحكومة، كالإرهاب. */
export const isPrepDefinite = (w: string) => /^[وف]?[بك]ال./.test(w);
/** ل + ال written لل, maybe after و/ف: للجيش، وللدراسات. */
export const isLamDefinite = (w: string) => /^[وف]?لل./.test(w);
export const isDigits = (w: string) => /^\d/.test(w);
/** Without its clitics and article, to compare with word lists kept without the article: للدولة → دولة. */
export function bare(w: string): string {
  const definite = wordForms(w).find((form) => form !== stripArticle(form));
  return definite ? stripArticle(definite) : w;
}
/** Without a leading conjunction only. */
export const unconjoined = (w: string) => (w.length > 3 && /^[وف]/.test(w) ? w.slice(1) : w);

export const isStop = (w: string) => STOP.has(w);
export const isTitle = (w: string) => stemIn(w, TITLES) !== undefined;
export const isHead = (w: string) => stemIn(w, HEADS) !== undefined;

/** Where a title starts inside its word: after a glued و/ب/ل, but keeping its article (بالسفير → السفير). */
export function titleStart(w: string): Stem {
  const reading = (stemIn(w, TITLES) ?? stemIn(w, PLURAL_HONORIFICS) ?? stemIn(w, PLURAL_OFFICE_TITLES))!;
  if (reading.restores === '' && reading.at >= 2 && w.slice(reading.at - 2, reading.at) === 'ال') {
    return { stem: w.slice(reading.at - 2), at: reading.at - 2, restores: '' };
  }
  return reading;
}

/** A participle that a preposition follows starts a description: «المدعومة من», «المعترف بها», «المتمركز في». */
export function endsWithParticiple(ctx: ArticleContext, j: number): boolean {
  const w = unconjoined(ctx.tokens[j]!.w);
  // A participle starts with الم…; a nisba adjective (المالية، المغربي) is no participle.
  if (!/^الم../.test(w) || /(?:ي|يه)$/.test(w) || NAME_PARTICIPLES.has(w)) return false;
  const next = ctx.tokens[j + 1];
  if (!next || next.gap !== 'space') return false;
  return /^(?:من|في|على|الى|عن|ب|ل|مع)/.test(next.w) && (STOP.has(next.w) || /^(?:به|بها|بهم|له|لها)$/.test(next.w) || /^[بل]/.test(next.w));
}

/** The article being read: its original and folded text, tokens, and where each word recurs. */
export interface ArticleContext {
  readonly article: string;
  readonly folded: FoldedText;
  readonly tokens: readonly Token[];
  /** Token positions of every reading of every word. */
  readonly wordPositions: ReadonlyMap<string, readonly number[]>;
}

export function readArticle(article: string): ArticleContext {
  const folded = fold(article);
  const tokens = tokenize(folded.text);
  const wordPositions = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    for (const { stem } of stems(t.w)) {
      const list = wordPositions.get(stem) ?? [];
      if (list[list.length - 1] !== i) list.push(i);
      wordPositions.set(stem, list);
    }
  });
  return { article, folded, tokens, wordPositions };
}

/** Does the word at token `i` also occur elsewhere, not right after the word before it here? */
export function recursAlone(ctx: ArticleContext, i: number): boolean {
  const word = ctx.tokens[i]!.w;
  const before = ctx.tokens[i - 1]?.w;
  return (ctx.wordPositions.get(word) ?? []).some((j) => j !== i && ctx.tokens[j - 1]?.w !== before);
}

/** How many times the words [from, to) occur in this order in the article. */
export function occurrences(ctx: ArticleContext, from: number, to: number): number {
  const { tokens } = ctx;
  const first = tokens[from]!.w;
  let count = 0;
  for (const j of ctx.wordPositions.get(first) ?? []) {
    let k = 1;
    while (k < to - from && tokens[j + k]?.w === tokens[from + k]!.w) k++;
    if (k === to - from) count++;
  }
  return count;
}
