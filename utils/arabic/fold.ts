/**
 * The one Arabic fold, used on both sides: on entity aliases when the bundle is compiled and on
 * page text when it is scanned. Folding only removes or replaces characters one by one (never
 * inserts), so every folded character keeps the index of the original character it came from.
 * No browser APIs: this module runs in Node and in the content script alike.
 */

/** Characters dropped entirely. Each range says why. */
const DROPPED_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0610, 0x061a], // Quranic annotation signs written above/below letters
  [0x064b, 0x065f], // harakat: fathatan … sukun, and the rarer vowel signs
  [0x0670, 0x0670], // superscript (dagger) alef: a vowel mark, not a letter
  [0x06d6, 0x06ed], // Quranic small high/low signs
  [0x0640, 0x0640], // tatweel: a stretching stroke with no sound
  [0x00ad, 0x00ad], // soft hyphen: invisible unless a line breaks there
  [0x200b, 0x200f], // zero-width space/joiners and LRM/RLM
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2066, 0x2069], // bidi isolates
  [0xfeff, 0xfeff], // zero-width no-break space (BOM)
];

/**
 * Letters replaced by one letter. Spelling in news text varies exactly along these lines, and a
 * reader never means two different names by them.
 */
const LETTER_MAP: Readonly<Record<string, string>> = {
  // Hamza seats on alef and the wasla alef are written and omitted at will: all are plain alef.
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  // Alef maqsura and ya are swapped freely at a word's end (مصطفى / مصطفي).
  'ى': 'ي',
  // Ta marbuta is often typed as ha (الموقته / المؤقتة); fold both to ha.
  'ة': 'ه',
  // Hamza on waw and on ya drop their seat in careless typing (المؤقتة / الموقتة).
  'ؤ': 'و', 'ئ': 'ي',
  // Persian and Urdu letters that Arabic keyboards and Maghrebi spelling produce.
  'ی': 'ي', 'ې': 'ي', 'ک': 'ك', 'ڪ': 'ك', 'ڨ': 'ق', 'ڤ': 'ف', 'ھ': 'ه', 'ہ': 'ه', 'ۀ': 'ه',
};

const DROP = 0;
const DECOMPOSE = 0xffff;

/** Presentation forms (ligatures and contextual shapes of Arabic letters), folded through NFKC. */
const DECOMPOSED_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0xfb50, 0xfdff], // Arabic Presentation Forms-A
  [0xfe70, 0xfefc], // Arabic Presentation Forms-B
];

/**
 * Codes below this are folded by TABLE. Arabic, Latin and their marks all lie below it; above it
 * only a few ranges fold (foldAbove). The content script builds the table on every page before its
 * first mark, so it holds no more codes than need a lookup.
 */
const TABLE_LIMIT = 0x800;

/**
 * One table lookup per character keeps scanning of multi-megabyte pages cheap: entry = folded
 * code, DROP, or DECOMPOSE.
 */
const TABLE: Uint16Array = (() => {
  // Built code by code, not through a lookup per character: the content script builds it on every
  // page before its first scan.
  const table = new Uint16Array(TABLE_LIMIT);
  for (let code = 0; code < TABLE_LIMIT; code++) table[code] = code;
  for (const [letter, folded] of Object.entries(LETTER_MAP)) table[letter.charCodeAt(0)] = folded.charCodeAt(0);
  // Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits → ASCII digits.
  for (let digit = 0; digit < 10; digit++) table[0x0660 + digit] = table[0x06f0 + digit] = 0x30 + digit;
  // Lower-case Latin too, so a Latin alias or outlet name matches in any case.
  for (let code = 0x41; code <= 0x5a; code++) table[code] = code + 32;
  for (const [from, to] of DROPPED_RANGES) if (from < TABLE_LIMIT) table.fill(DROP, from, Math.min(to + 1, TABLE_LIMIT));
  return table; // U+0000 folds to itself, DROP: it never reaches a page's text
})();

/** The fold of a code at or above TABLE_LIMIT: DROP, DECOMPOSE or the code itself. */
function foldAbove(code: number): number {
  for (let k = 0; k < DROPPED_RANGES.length; k++) if (code >= DROPPED_RANGES[k]![0] && code <= DROPPED_RANGES[k]![1]) return DROP;
  for (let k = 0; k < DECOMPOSED_RANGES.length; k++) if (code >= DECOMPOSED_RANGES[k]![0] && code <= DECOMPOSED_RANGES[k]![1]) return DECOMPOSE;
  return code;
}

function foldCode(code: number): number {
  return code < TABLE_LIMIT ? TABLE[code]! : foldAbove(code);
}

export interface FoldedText {
  /** The folded text. */
  readonly text: string;
  /**
   * `origin[i]` is the index in the original string of folded character `i`;
   * `origin[text.length]` is the original length.
   */
  readonly origin: Int32Array;
}

/** Work buffers reused across calls: a page is folded block by block, thousands of times. */
let scratchCodes = new Uint16Array(1024);
let scratchOrigin = new Int32Array(1025);

/** Folds `input` and keeps the map from folded offsets back to original offsets. */
export function fold(input: string): FoldedText {
  let n = 0;
  let from = 0;
  for (;;) {
    reserve(n, n + input.length - from + 1);
    n = foldInto(input, from, n, scratchCodes, scratchOrigin);
    if (stoppedAt < 0) break;
    n = writeDecomposed(input, stoppedAt, n);
    from = stoppedAt + 1;
  }
  scratchOrigin[n] = input.length;
  return { text: decode(scratchCodes, n), origin: scratchOrigin.slice(0, n + 1) };
}

/** Where foldInto stopped at a presentation form, or -1 when it reached the end. */
let stoppedAt = -1;

/**
 * The loop every character of a page goes through: one lookup (a call only for the rare codes
 * above TABLE_LIMIT), no other branches. Folds input[from…] into codes[n…] (there is room:
 * dropping and replacing never lengthen the text) and returns the new length; stops at a
 * presentation form, which is rare and may expand (stoppedAt).
 * A function of its own so that nothing follows the loop: the engine optimises the loop while it
 * runs, and code after it that had not run yet sent every later call back to the interpreter.
 */
function foldInto(input: string, from: number, n: number, codes: Uint16Array, origin: Int32Array): number {
  stoppedAt = -1;
  for (let i = from; i < input.length; i++) {
    const code = input.charCodeAt(i);
    const folded = code < TABLE_LIMIT ? TABLE[code]! : foldAbove(code);
    if (folded === DROP) continue;
    if (folded === DECOMPOSE) {
      stoppedAt = i;
      return n;
    }
    codes[n] = folded;
    origin[n++] = i;
  }
  return n;
}

/** Writes the fold of the presentation form input[i] (NFKC, a ligature's letters all pointing at it). */
function writeDecomposed(input: string, i: number, n: number): number {
  const expanded = input[i]!.normalize('NFKC');
  // The spacing forms of harakat (U+FE70–FE7E, U+FC5E–FC63) decompose to a space and the mark.
  // The mark is dropped, so its space must go too, or a vowelled name would split in two.
  if (isSpacedMark(expanded)) return n;
  reserve(n, n + expanded.length + 1);
  for (const ch of expanded) {
    const c = foldCode(ch.charCodeAt(0));
    if (c === DROP || c === DECOMPOSE) continue;
    scratchCodes[n] = c;
    scratchOrigin[n++] = i;
  }
  return n;
}

function isSpacedMark(expanded: string): boolean {
  if (expanded.charCodeAt(0) !== 0x20 || expanded.length < 2) return false;
  for (let k = 1; k < expanded.length; k++) if (foldCode(expanded.charCodeAt(k)) !== DROP) return false;
  return true;
}

/** Makes the work buffers hold at least `size`, keeping their first `used` entries. */
function reserve(used: number, size: number): void {
  if (scratchCodes.length > size) return;
  const codes = new Uint16Array(size * 2 + 8);
  const origin = new Int32Array(size * 2 + 9);
  codes.set(scratchCodes.subarray(0, used));
  origin.set(scratchOrigin.subarray(0, used));
  scratchCodes = codes;
  scratchOrigin = origin;
}

/**
 * UTF-16 code units to a string. TextDecoder converts natively, faster than
 * String.fromCharCode.apply on page-sized text; it keeps the length (an unpaired surrogate
 * becomes one U+FFFD), so offsets stay exact.
 */
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

function decode(codes: Uint16Array, length: number): string {
  return UTF16.decode(codes.subarray(0, length));
}

/** Folds a string when no offsets are needed (aliases, context words, lookups). */
export function foldString(input: string): string {
  return fold(input).text;
}

/** Maps a folded span back to the original string's span. */
export function originalSpan(folded: FoldedText, start: number, end: number): [number, number] {
  return [folded.origin[start]!, folded.origin[end - 1]! + 1];
}
