/**
 * Finds alias occurrences in folded text. Aliases are held in a character trie that ignores the
 * spaces inside a name, so عبد الله and عبدالله, نور الدين and نورالدين are one key (a page may
 * split an alias's word only where Arabic spelling does: see mayBeWrittenApart). A match begins
 * at a word start, after any proclitics (clitics.ts), and ends at a word end; the longest match
 * from the leftmost word wins, so nested names resolve to the longest entity.
 * No browser APIs.
 */
import { MAX_NAME_STARTS, RESTORED, writeNameStarts } from '../arabic/clitics';
import { isInnerSpaceCode, isQuoteCode, isWordCode } from '../arabic/words';
import type { IndexAlias, MatchIndex } from './match-index';

export interface Candidate {
  /** Folded offsets of the name, clitics excluded: [start, end). */
  readonly start: number;
  readonly end: number;
  /** Every alias entry with this exact key (several for an ambiguous alias). */
  readonly aliases: readonly IndexAlias[];
}

/**
 * Child key of a trie edge: parent node id and character code in one number. Every word character
 * (words.ts) is below U+0800, so 11 bits hold it and the key stays a small integer, which V8 hashes
 * fastest, up to half a million nodes.
 */
const CODE_BITS = 0x800;
const edge = (node: number, code: number) => node * CODE_BITS + code;

export class Matcher {
  private readonly children = new Map<number, number>();
  private readonly terminals = new Map<number, IndexAlias[]>();
  /** Nodes after which some alias has a space (a word ends there in the alias itself). */
  private readonly wordBreaks = new Set<number>();
  private nodeCount = 1; // node 0 is the root
  /** Scratch buffers for the clitic starts of the word being scanned. */
  private readonly startAt = new Int32Array(MAX_NAME_STARTS);
  private readonly startRestores = new Uint8Array(MAX_NAME_STARTS);

  constructor(readonly index: MatchIndex) {
    for (const alias of index.aliases) this.add(alias);
  }

  private add(alias: IndexAlias): void {
    let node = 0;
    for (let i = 0; i < alias.folded.length; i++) {
      const code = alias.folded.charCodeAt(i);
      if (!isWordCode(code)) {
        // Spaces and punctuation inside a name are not part of its key; remember where they were.
        if (node !== 0) this.wordBreaks.add(node);
        continue;
      }
      const key = edge(node, code);
      let next = this.children.get(key);
      if (next === undefined) {
        next = this.nodeCount++;
        this.children.set(key, next);
      }
      node = next;
    }
    if (node === 0) return;
    const list = this.terminals.get(node);
    if (list) list.push(alias);
    else this.terminals.set(node, [alias]);
  }

  /** All non-overlapping matches in folded `text`, in order. */
  scan(text: string): Candidate[] {
    const found: Candidate[] = [];
    let i = 0;
    const length = text.length;
    while (i < length) {
      if (!isWordCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let wordEnd = i + 1;
      while (wordEnd < length && isWordCode(text.charCodeAt(wordEnd))) wordEnd++;
      const best = this.longestAt(text, i, wordEnd);
      if (best) {
        found.push(best);
        i = best.end;
      } else {
        i = wordEnd;
      }
    }
    return found;
  }

  /** The longest match that begins in the word [wordStart, wordEnd), or null. */
  private longestAt(text: string, wordStart: number, wordEnd: number): Candidate | null {
    let best: Candidate | null = null;
    const count = writeNameStarts(text, wordStart, wordEnd, this.startAt, this.startRestores);
    for (let s = 0; s < count; s++) {
      const restores = RESTORED[this.startRestores[s]!]!;
      let node: number | undefined = 0;
      for (let k = 0; k < restores.length && node !== undefined; k++) node = this.children.get(edge(node, restores.charCodeAt(k)));
      if (node === undefined) continue;
      const match = this.walk(text, this.startAt[s]!, node);
      if (match && (!best || match.end > best.end)) best = match;
    }
    return best;
  }

  /** Follows the trie from `node` through text[from…], across inner spaces, to the last word end that closes an alias. */
  private walk(text: string, from: number, node: number): Candidate | null {
    let result: Candidate | null = null;
    let i = from;
    const length = text.length;
    for (;;) {
      // Consume one word.
      const wordStart = i;
      while (i < length) {
        const code = text.charCodeAt(i);
        if (!isWordCode(code)) break;
        const next = this.children.get(edge(node, code));
        if (next === undefined) return result;
        node = next;
        i++;
      }
      const aliases = this.terminals.get(node);
      if (aliases) result = { start: from, end: i, aliases };
      // Continue into the next word only across plain spaces.
      let j = i;
      let quoted = false;
      for (; j < length; j++) {
        const code = text.charCodeAt(j);
        if (isQuoteCode(code)) quoted = true;
        else if (!isInnerSpaceCode(code)) break;
      }
      if (j === i || j >= length || !isWordCode(text.charCodeAt(j))) return result;
      // Quotes may stand only where the alias itself has a space (مركز “الاستشاري” للدراسات).
      const aliasBreaksHere = this.wordBreaks.has(node);
      if (quoted ? !aliasBreaksHere : !aliasBreaksHere && !mayBeWrittenApart(text, wordStart, i, j)) return result;
      i = j;
    }
  }
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
function mayBeWrittenApart(text: string, prevStart: number, prevEnd: number, next: number): boolean {
  if (text.startsWith('ال', next)) return true;
  const code = text.charCodeAt(next);
  if (code >= 0x30 && code <= 0x39) return true;
  return COMPOUND_HEADS.has(text.slice(prevStart, prevEnd));
}
