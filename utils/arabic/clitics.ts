/**
 * Proclitics that Arabic writes attached to a name: a conjunction (و ف), then a preposition or
 * particle (ب ك ل س), then the article ال, where ل + ال contracts to لل (للمنفي = ل + المنفي).
 *
 * Stripping is never destructive: `nameStarts` returns every place a name could begin inside a
 * word, the unstripped start first, and the matcher keeps whichever start yields a known name.
 * So باشاغا (which begins with ب) and كمال (with ك) still match from their first letter.
 * Works on folded text (see fold.ts), whose alef forms are already plain ا.
 */

// Character tests, not Sets: these run for every word of every page.
const isConjunction = (code: number) => code === 0x0648 /* و */ || code === 0x0641; /* ف */
const isParticle = (code: number) => code === 0x0628 /* ب */ || code === 0x0643 /* ك */ || code === 0x0644 /* ل */ || code === 0x0633; /* س */
const ALEF = 0x0627;
const LAM = 0x0644;

/**
 * The clitics writeNameStarts strips, as a regular expression: every name start it writes lies
 * where a match of this at the word's start may end (tests/unit/name-openings.test.ts).
 */
export const PROCLITICS_PATTERN = '[وف]?[بكلس]?(?:ال)?';

/** At least this many letters must remain after stripping: no name is a single letter. */
const MIN_STEM = 2;

export interface NameStart {
  /** Offset in the text where the marked name begins. */
  readonly at: number;
  /**
   * Letters of the name that a contraction hid, to match before the text at `at`. ل + ال is written
   * لل: للمنفي hides the ا of المنفي; before a name beginning with ل, ال's lam merges too, and
   * للجنة hides the ال of اللجنة.
   */
  readonly restores: '' | 'ا' | 'ال';
}

/** The hidden letters of a contraction, by the code `writeNameStarts` uses. */
export const RESTORED: readonly NameStart['restores'][] = ['', 'ا', 'ال'];

/** How many starts `writeNameStarts` may write at most: size its buffers with this. */
export const MAX_NAME_STARTS = 16;

/**
 * Every offset in the word [start, end) of folded `text` where a name may begin, in order of
 * preference: the least stripped first.
 */
export function nameStarts(text: string, start: number, end: number): NameStart[] {
  const at = new Int32Array(MAX_NAME_STARTS);
  const restores = new Uint8Array(MAX_NAME_STARTS);
  const count = writeNameStarts(text, start, end, at, restores);
  return Array.from({ length: count }, (_, i) => ({ at: at[i]!, restores: RESTORED[restores[i]!]! }));
}

/**
 * The same as `nameStarts`, written into caller-owned buffers (offset, index into RESTORED) and
 * returning the count: the matcher calls it for every word of a page, so it allocates nothing.
 * Each start arises from one chain of clitics only, so no start is written twice.
 */
export function writeNameStarts(text: string, start: number, end: number, at: Int32Array, restores: Uint8Array): number {
  // Written without closures: this runs for every word of every page.
  let n = 0;
  at[n] = start;
  restores[n++] = 0;
  const lastBase = isConjunction(codeAt(text, start, end)) ? start + 1 : start;
  for (let base = start; base <= lastBase; base++) {
    if (base !== start && end - base >= MIN_STEM) {
      at[n] = base;
      restores[n++] = 0;
    }
    const baseCode = codeAt(text, base, end);
    const afterParticle = isParticle(baseCode) ? base + 1 : -1;
    if (afterParticle > 0 && end - afterParticle >= MIN_STEM) {
      at[n] = afterParticle;
      restores[n++] = 0;
      if (baseCode === LAM && codeAt(text, afterParticle, end) === LAM && end - afterParticle > MIN_STEM) {
        at[n] = afterParticle;
        restores[n++] = 1;
        at[n] = afterParticle;
        restores[n++] = 2;
      }
    }
    // The article itself, directly or after a particle: names are stored with or without it.
    if (startsWithArticle(text, base, end)) {
      at[n] = base + 2;
      restores[n++] = 0;
    }
    if (afterParticle > 0 && startsWithArticle(text, afterParticle, end)) {
      at[n] = afterParticle + 2;
      restores[n++] = 0;
    }
  }
  return n;
}

/**
 * Whether a word that begins with this letter may carry a proclitic or the article: when not, its
 * only name start is its first letter, and the matcher need not ask writeNameStarts.
 */
export function mayOpenWithClitic(code: number): boolean {
  return isConjunction(code) || isParticle(code) || code === ALEF;
}

function codeAt(text: string, offset: number, end: number): number {
  return offset < end ? text.charCodeAt(offset) : -1;
}

/** ال at `offset`, with a stem long enough after it. */
function startsWithArticle(text: string, offset: number, end: number): boolean {
  return end - offset - 2 >= MIN_STEM && text.charCodeAt(offset) === ALEF && text.charCodeAt(offset + 1) === LAM;
}

/**
 * A looser reading of one whole word, for the words around a name rather than the name itself:
 * the word, and the word without a conjunction (و ف) and then a preposition (ب ل ك), where لل is
 * ل + ال (بالمؤقتة → المؤقتة, والوفاق → الوفاق, للحكومة → الحكومة, بفرنسا → فرنسا). The
 * article is kept: context and title words are compared with it or through stripArticle.
 * Folded text. Character tests, not regular expressions: this runs for several words around
 * every name.
 */
export function wordForms(word: string): string[] {
  const forms = [word];
  const first = word.charCodeAt(0);
  if (isConjunction(first) && word.length > 3) forms.push(word.slice(1));
  for (let i = 0, n = forms.length; i < n; i++) {
    const form = forms[i]!;
    const code = form.charCodeAt(0);
    if ((code === BA || code === LAM || code === KAF) && form.length > 3) forms.push(form.slice(1));
    if (code === LAM && form.charCodeAt(1) === LAM) forms.push('ا' + form.slice(1));
  }
  return forms;
}

/** A folded word without its article: الوزير → وزير. A word of three letters or fewer keeps it (الى is not ى). */
export function stripArticle(word: string): string {
  return word.length > 3 && word.charCodeAt(0) === ALEF && word.charCodeAt(1) === LAM ? word.slice(2) : word;
}

/** Whether a folded word carries the article, after any clitics: الإدارة, بالإدارة, والإدارة, للإدارة. */
export function isDefinite(word: string): boolean {
  return wordForms(word).some((form) => form.length > 3 && form.charCodeAt(0) === ALEF && form.charCodeAt(1) === LAM);
}

const BA = 0x0628;
const KAF = 0x0643;
