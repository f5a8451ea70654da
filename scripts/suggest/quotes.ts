/**
 * Quote cutting: the sentence a name stands in, and the clause around it that serves as the
 * draft's evidence. Both are cut from the original text, so they are verbatim.
 */

const SENTENCE_END = /[.!?؟؛\n]/;
const CLAUSE_END = /[.!?؟؛\n،,:;()]/;
const TRIM = /[\s•·\-–—*#]/;

/** The sentence around the original span [s, e). */
export function sentenceAround(text: string, s: number, e: number): string {
  return cut(text, s, e, SENTENCE_END);
}

/** The clause around the original span [s, e); a long clause is narrowed to a few words on each side. */
export function quoteAround(text: string, s: number, e: number): string {
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
