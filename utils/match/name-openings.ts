/**
 * A regular expression that finds the words of a text where a name may begin: a word start, the
 * clitics a name may carry, then the opening letters of some key of the trie (after its article,
 * or from the ل of a contraction: openingAsWritten, openingAfterContraction). The matcher walks its
 * trie only from those words, so the engine's native search skips the many words of a page that
 * open no name, which the trie would otherwise step through letter by letter, on code not yet
 * optimised when a page is first read.
 * A filter, not a judge: it lets through every word from which the trie could match (spaces and
 * quotes wherever the page may split a name), and the trie decides.
 * No browser APIs.
 */
import { PROCLITICS_PATTERN, RESTORED } from '../arabic/clitics';
import { isInnerSpaceCode, isQuoteCode, isWordCode, mayBeWrittenApart } from '../arabic/words';

/**
 * How many letters of each key the filter asks for at most. More letters let fewer words through
 * but make a longer expression, slower to compile on every page.
 */
const OPENING_LETTERS = 5;
/**
 * The longest expression the filter may be. V8, and Firefox, which runs V8's expression engine,
 * leave an expression of more than 20 × 1024 characters unoptimised, several times slower than
 * the scan it would save (docs/performance.md); a larger entity set gets fewer letters.
 */
const MAX_PATTERN_LENGTH = 20_000;

/**
 * The letters a key needs after its article for its opening to leave the article out: fewer
 * would let through every word that begins with them (الله would open with له, as لهم does).
 */
const MIN_LETTERS_AFTER_ARTICLE = 3;
const ARTICLE = 'ال';
/**
 * The article of a key whose opening leaves it out (openingAsWritten), after the clitics: theirs
 * takes it, unless they end in an article of their own (والالحوثيين reads الحوثيين).
 */
const KEY_ARTICLE = `(?:${ARTICLE})?`;

/** A letter of some key's opening, after the letters on the way to it. */
interface OpeningNode {
  readonly next: Map<string, OpeningNode>;
  /** A page may write spaces or quotes before this letter of some key. */
  apart: boolean;
  /** A key's opening ends here: the letters after it need not be read. */
  end: boolean;
}

/**
 * The source of the expression for `keys` (folded aliases and place words). A match runs from the
 * character before a word (from the word itself at the text's start) through the letters that
 * open a key; none when there are no keys. Not a lookbehind: V8 takes several times longer to
 * compile an expression this long with one, on every page.
 */
export function nameOpeningsPattern(keys: readonly string[]): string {
  const breaks = wordBreaks(keys);
  let pattern = '';
  for (let letters = OPENING_LETTERS; letters >= 1; letters--) {
    pattern = patternOf(keys, letters, breaks);
    if (pattern.length <= MAX_PATTERN_LENGTH) break;
  }
  return pattern;
}

/** The expression of the keys' first `openingLetters` letters. */
function patternOf(keys: readonly string[], openingLetters: number, breaks: ReadonlySet<string>): string {
  const root: OpeningNode = { next: new Map(), apart: false, end: false };
  for (const key of keys) {
    const letters = lettersOf(key);
    for (const restored of RESTORED) {
      if (!mayHide(letters, restored)) continue;
      const opening = restored === '' ? openingAsWritten(letters, openingLetters, breaks) : openingAfterContraction(letters, restored, openingLetters, breaks);
      addOpening(root, opening.letters, opening.apart);
    }
  }
  if (root.next.size === 0) return '(?!)';
  const { beforeWord, separators } = characterClasses();
  return `(?:^|${beforeWord})${PROCLITICS_PATTERN}${KEY_ARTICLE}${alternatives(root, separators)}`;
}

/**
 * The expression's two character classes: what may stand before a word, and the spaces and
 * quotes that may stand between two words of a name on a page (matcher.ts walk), any number of
 * them. Each is read off every UTF-16 code, so they are built once, when an expression is first
 * built (a seed check builds one for each alias), not when the content script loads this module.
 */
function characterClasses(): { readonly beforeWord: string; readonly separators: string } {
  return (classes ??= {
    beforeWord: classOf((code) => !isWordCode(code)),
    separators: `${classOf((code) => isInnerSpaceCode(code) || isQuoteCode(code))}*`,
  });
}

let classes: ReturnType<typeof characterClasses> | undefined;

/** The first letters of a key a page shows, and the places among them it may write apart. */
interface Opening {
  readonly letters: readonly string[];
  readonly apart: ReadonlySet<number>;
}

/**
 * The key as written, without its article when it has one that a page writes joined: the
 * expression's clitics take the article, and the letters after it are the ones that tell names
 * apart (الدبيبة opens with دبيب, not with ال and two letters).
 */
function openingAsWritten(letters: readonly string[], count: number, breaks: ReadonlySet<string>): Opening {
  const hasArticle = letters.slice(0, ARTICLE.length).join('') === ARTICLE && letters.length - ARTICLE.length >= MIN_LETTERS_AFTER_ARTICLE;
  // A page may split the article's letters, or the article from the stem, where some key has a space (ا ف ب).
  const splitInArticle = hasArticle && writtenApartBefore(letters, 0, ARTICLE.length + 1, breaks).size > 0;
  const hidden = hasArticle && !splitInArticle ? ARTICLE.length : 0;
  const shown = letters.slice(hidden, hidden + count);
  return { letters: shown, apart: writtenApartBefore(letters, hidden, shown.length, breaks) };
}

/**
 * The key after a contraction that hid its first letters `restored` (للمنفي, للجنة), from the
 * particle ل that a contraction needs (clitics.ts): a word that merely begins with the letters
 * after the hidden ones is not let through (لهم, where لله is ل + الله).
 */
function openingAfterContraction(letters: readonly string[], restored: string, count: number, breaks: ReadonlySet<string>): Opening {
  const shown = letters.slice(restored.length, restored.length + count);
  const apart = writtenApartBefore(letters, restored.length, shown.length, breaks);
  return { letters: ['ل', ...shown], apart: new Set([...apart].map((at) => at + 1)) };
}

/**
 * Whether a contraction may hide the key's first letters `restored` (للجنة = ل + اللجنة): the
 * matcher restores them only before a lam (clitics.ts), so the page shows the key from that lam.
 */
function mayHide(letters: readonly string[], restored: string): boolean {
  return restored === '' || (letters.slice(0, restored.length).join('') === restored && letters[restored.length] === 'ل');
}

function lettersOf(key: string): string[] {
  return [...key].filter((c) => isWordCode(c.charCodeAt(0)));
}

/**
 * The letters after which some key has a space. The trie keeps them by node (matcher.ts
 * wordBreaks): every key through that node may be written apart there (ام درمان, امارات).
 */
function wordBreaks(keys: readonly string[]): Set<string> {
  const breaks = new Set<string>();
  for (const key of keys) {
    let letters = '';
    for (const c of key) {
      if (isWordCode(c.charCodeAt(0))) letters += c;
      else if (letters !== '') breaks.add(letters);
    }
  }
  return breaks;
}

/**
 * Where a page may write spaces or quotes between the first `opening` letters a name shows after
 * its first `hidden` (matcher.ts walk): where a key has a space, and where Arabic spelling writes
 * apart what the alias writes as one word (mayBeWrittenApart). The page's letters are the key's
 * wherever it splits them, so the rule can read the key's; the word before a split may begin at
 * the name or at any earlier split, and each is tried.
 */
function writtenApartBefore(letters: readonly string[], hidden: number, opening: number, breaks: ReadonlySet<string>): Set<number> {
  const shown = letters.slice(hidden).join('');
  const apart = new Set<number>();
  for (let at = 1; at < opening; at++) {
    const wordStarts = [0, ...apart];
    if (breaks.has(letters.slice(0, hidden + at).join('')) || wordStarts.some((start) => mayBeWrittenApart(shown, start, at, at))) apart.add(at);
  }
  return apart;
}

function addOpening(root: OpeningNode, letters: readonly string[], apart: ReadonlySet<number>): void {
  if (letters.length === 0) return;
  let node = root;
  for (const [at, letter] of letters.entries()) {
    if (node.end) return; // a shorter opening already lets every word with these letters through
    let next = node.next.get(letter);
    if (!next) node.next.set(letter, (next = { next: new Map(), apart: false, end: false }));
    if (apart.has(at)) next.apart = true;
    node = next;
  }
  node.end = true;
  node.next.clear();
}

/**
 * The letters after `node`, shaped like the trie, so that the engine reads each letter once;
 * `separators` before a letter a page may write apart from the one before. The letters stand as
 * themselves: no word character (words.ts) has a meaning in an expression.
 */
function alternatives(node: OpeningNode, separators: string): string {
  const branches: string[] = [];
  // Letters that end an opening go into one class: one test instead of one branch each.
  const endingLetters = new Map<boolean, string[]>();
  for (const [letter, next] of node.next) {
    if (next.end) endingLetters.set(next.apart, [...(endingLetters.get(next.apart) ?? []), letter]);
    else branches.push((next.apart ? separators : '') + letter + alternatives(next, separators));
  }
  for (const [apart, letters] of endingLetters) {
    branches.push((apart ? separators : '') + (letters.length === 1 ? letters[0]! : `[${letters.join('')}]`));
  }
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

/** A character class of the UTF-16 codes `has` accepts. */
function classOf(has: (code: number) => boolean): string {
  let source = '';
  for (let code = 0; code <= 0xffff; code++) {
    if (!has(code)) continue;
    let last = code;
    while (last < 0xffff && has(last + 1)) last++;
    source += last === code ? inClass(code) : `${inClass(code)}-${inClass(last)}`;
    code = last;
  }
  return `[${source}]`;
}

/**
 * A code as it stands in a class: itself, to keep the expression short, unless it is a control, a
 * line separator, half of a surrogate pair or not a character (the script that carries the
 * expression must stay valid UTF-8), or means something in a class.
 */
function inClass(code: number): string {
  const escaped = code < 0x21 || (code >= 0x7f && code < 0xa0) || (code >= 0xd800 && code < 0xe000) || code === 0x2028 || code === 0x2029 || code >= 0xfffe || '\\]^-'.includes(String.fromCharCode(code));
  return escaped ? `\\u${code.toString(16).padStart(4, '0')}` : String.fromCharCode(code);
}
