/**
 * What counts as a word character in folded text. Names start and end on word boundaries, so
 * إجمالي never yields مالي. Digits are word characters so that ليبيا24 stays one word.
 */
const WORD = new Uint8Array(0x10000);
const ranges: ReadonlyArray<readonly [number, number]> = [
  [0x30, 0x39], // ASCII digits (Arabic-Indic digits are folded to these)
  [0x61, 0x7a], // Latin lower case (the fold lower-cases)
  [0xc0, 0x24f], // Latin with diacritics
  [0x0621, 0x063a], // Arabic letters before tatweel
  [0x0641, 0x064a], // Arabic letters after tatweel
  [0x066e, 0x06d3], // extended Arabic letters the fold keeps
];
for (const [from, to] of ranges) WORD.fill(1, from, to + 1);
WORD[0xd7] = 0; // ×
WORD[0xf7] = 0; // ÷

export function isWordCode(code: number): boolean {
  return WORD[code] === 1;
}

/**
 * Space that may sit inside a multi-word name (عبد الله). Any other character between two words
 * (punctuation, a line break) ends the name; a quote mark only where the alias itself has a space
 * (matcher.ts walk).
 */
export function isInnerSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x09 || code === 0x202f || code === 0x2009;
}

/** Quotation marks, which news text puts around part of a name: مركز “الاستشاري” للدراسات. */
export function isQuoteCode(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201f);
}

/** Words after which the next part of a compound name is often written apart: عبد الله, أبو بكر. */
const COMPOUND_HEADS = new Set(['عبد', 'ابو', 'ابن', 'بن', 'بو', 'و']);

/**
 * Whether the page's space between the word [prevStart, prevEnd) and the word at `next` may stand
 * inside a name that its alias writes as one word (عبدالله, نورالدين, ليبيا24, والمتابعة). Only
 * where Arabic spelling splits such words: before the article of a compound's second part
 * (عبد الله, نور الدين, و المتابعة), after a compound head or a lone conjunction (عبد ربه,
 * و غسيل), and before a number (ليبيا 24). Anywhere else a one-word alias would be read into two
 * ordinary words: مالي (Mali) into «ما لي», مالك into «ما لك».
 */
export function mayBeWrittenApart(text: string, prevStart: number, prevEnd: number, next: number): boolean {
  if (text.startsWith('ال', next)) return true;
  const code = text.charCodeAt(next);
  if (code >= 0x30 && code <= 0x39) return true;
  return COMPOUND_HEADS.has(text.slice(prevStart, prevEnd));
}

/** Splits folded text into its words, e.g. for titles and context checks. */
export function words(folded: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const inWord = i < folded.length && isWordCode(folded.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      out.push(folded.slice(start, i));
      start = -1;
    }
  }
  return out;
}
