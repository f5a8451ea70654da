/**
 * Finds alias occurrences in folded text. Aliases are held in a character trie that ignores the
 * spaces inside a name, so عبد الله and عبدالله, نور الدين and نورالدين are one key (a page may
 * split an alias's word only where Arabic spelling does: see mayBeWrittenApart). A match begins
 * at a word start, after any proclitics (clitics.ts), and ends at a word end; the longest match
 * from the leftmost word wins, so nested names resolve to the longest entity. The trie is walked
 * only from the words a native regular expression finds a key may begin in (name-openings.ts).
 * No browser APIs.
 */
import { MAX_NAME_STARTS, mayOpenWithClitic, RESTORED, writeNameStarts } from '../arabic/clitics';
import { isInnerSpaceCode, isQuoteCode, isWordCode, mayBeWrittenApart } from '../arabic/words';
import type { IndexAlias } from './match-index';
import { nameOpeningsPattern } from './name-openings';

export interface Candidate {
  /** Folded offsets of the name, clitics excluded: [start, end). */
  readonly start: number;
  readonly end: number;
  /** Every alias entry with this exact key (several for an ambiguous alias; none for a place). */
  readonly aliases: readonly IndexAlias[];
  /** The country a place word names (ليبيا, بنغازي, المصري), when the key is one. */
  readonly place?: string;
}

/** What the trie finds: the aliases, and the place words that place a story in a country. */
export interface MatchKeys {
  readonly aliases: readonly IndexAlias[];
  /** Folded place word → country code (MatchIndex.places). */
  readonly places?: Readonly<Record<string, string>>;
}

/** The keys that end at one node of the trie. */
interface Terminal {
  readonly aliases: IndexAlias[];
  place?: string;
}

/**
 * Every word character (words.ts) is below U+0800: a table this long gives each its symbol, which
 * takes 16 bits (the Latin letters with diacritics alone are more than 256).
 */
const CODE_LIMIT = 0x800;
/** A node with at least this many children gets a row of its own, indexed by symbol. */
const DENSE_CHILDREN = 8;
const NONE = -1;

/**
 * The alias trie as plain JSON, packed from the keys once, at build time for the content script
 * (scripts/seed-bundle-plugin.ts): building it takes a page's first milliseconds, unpacking it a
 * fraction of one. Nodes are numbered breadth first, so that the children of each node follow
 * those of the nodes before it: child slot k, counted over all nodes' children, is node k + 1.
 */
export interface PackedTrie {
  /** How many children each node has, in node order. */
  readonly childCounts: readonly number[];
  /** The letter on the edge into each node after the root, in node order. */
  readonly letters: string;
  /** The nodes after which some alias has a space (a word ends there in the alias itself). */
  readonly wordBreaks: readonly number[];
  /** The node each key ends at, the aliases' then the place words' (in the keys' order); 0 for a key without a letter. */
  readonly ends: readonly number[];
  /** The source of the expression that finds the words a key may begin in (name-openings.ts). */
  readonly nameOpenings: string;
}

/** Packs the trie of `keys`. */
export function packTrie({ aliases, places = {} }: MatchKeys): PackedTrie {
  // Each node's parent and letter, found through a Map keyed by edge.
  const parents = [NONE];
  const codes = [0];
  const byEdge = new Map<number, number>();
  const breaks = new Set<number>();
  const ends: number[] = [];
  const keys = [...aliases.map((alias) => alias.folded), ...Object.keys(places)];
  for (const word of keys) {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      if (!isWordCode(code)) {
        // Spaces and punctuation inside a name are not part of its key; remember where they were.
        if (node !== 0) breaks.add(node);
        continue;
      }
      const key = node * CODE_LIMIT + code;
      let next = byEdge.get(key);
      if (next === undefined) {
        next = parents.length;
        parents.push(node);
        codes.push(code);
        byEdge.set(key, next);
      }
      node = next;
    }
    ends.push(node);
  }
  // Numbered again, breadth first.
  const children = parents.map((): number[] => []);
  for (let n = 1; n < parents.length; n++) children[parents[n]!]!.push(n);
  const order = [0];
  const renumbered = new Int32Array(parents.length);
  for (let q = 0; q < order.length; q++) {
    for (const child of children[order[q]!]!) {
      renumbered[child] = order.length;
      order.push(child);
    }
  }
  return {
    childCounts: order.map((n) => children[n]!.length),
    letters: order.slice(1).map((n) => String.fromCharCode(codes[n]!)).join(''),
    wordBreaks: [...breaks].map((n) => renumbered[n]!),
    ends: ends.map((n) => renumbered[n]!),
    nameOpenings: nameOpeningsPattern(keys),
  };
}

/**
 * The alias trie in flat typed arrays, unpacked on every page before its first scan. A character
 * maps to a small symbol, 0 for one that no alias contains, which ends most walks at once; a node
 * finds its child among the few stored side by side, or, for the few nodes with many children (the
 * root, ال), straight from a row by symbol. Not a Map keyed by edge: every step would probe one
 * table holding every edge of every alias, which slows as the index grows (docs/performance.md).
 */
class AliasTrie {
  /** Symbol of each character code: 0 when no alias has it. */
  private readonly symbols = new Uint16Array(CODE_LIMIT);
  /** Children of node n: the nodes after the child slots [childStart[n], childStart[n + 1]), and their symbols. */
  private readonly childStart: Int32Array;
  private readonly childSymbols: Uint16Array;
  /** Row of node n in `rows` (NONE for a node with few children); rows hold node + 1, 0 for none. */
  private readonly rowOf: Int32Array;
  private readonly rows: Int32Array;
  /** Aliases and places whose key ends at each node (undefined for most nodes). */
  private readonly terminals: (Terminal | undefined)[];
  /** 1 for nodes after which some alias has a space (a word ends there in the alias itself). */
  private readonly wordBreaks: Uint8Array;

  constructor({ childCounts, letters, wordBreaks, ends }: PackedTrie, { aliases, places = {} }: MatchKeys) {
    const nodes = childCounts.length;
    const placeWords = Object.keys(places);
    if (letters.length !== nodes - 1 || ends.length !== aliases.length + placeWords.length) throw new Error('Siyaq: the packed trie is not of these keys');
    this.childStart = new Int32Array(nodes + 1);
    for (let n = 0; n < nodes; n++) this.childStart[n + 1] = this.childStart[n]! + childCounts[n]!;
    let symbolCount = 0;
    this.childSymbols = new Uint16Array(nodes - 1);
    for (let k = 0; k < nodes - 1; k++) {
      const code = letters.charCodeAt(k);
      if (this.symbols[code] === 0) this.symbols[code] = ++symbolCount;
      this.childSymbols[k] = this.symbols[code]!;
    }
    const rowLength = symbolCount + 1;
    this.rowOf = new Int32Array(nodes).fill(NONE);
    let rowCount = 0;
    for (let n = 0; n < nodes; n++) if (childCounts[n]! >= DENSE_CHILDREN) this.rowOf[n] = rowCount++ * rowLength;
    this.rows = new Int32Array(rowCount * rowLength);
    for (let n = 0; n < nodes; n++) {
      const row = this.rowOf[n]!;
      if (row === NONE) continue;
      for (let k = this.childStart[n]!; k < this.childStart[n + 1]!; k++) this.rows[row + this.childSymbols[k]!] = k + 2;
    }
    this.wordBreaks = new Uint8Array(nodes);
    for (const node of wordBreaks) this.wordBreaks[node] = 1;
    // Allocated at its full length: filled in any order, an array can fall back to a slow dictionary.
    this.terminals = new Array<Terminal | undefined>(nodes).fill(undefined);
    const terminalAt = (node: number) => (this.terminals[node] ??= { aliases: [] });
    aliases.forEach((alias, i) => {
      if (ends[i] !== 0) terminalAt(ends[i]!).aliases.push(alias);
    });
    placeWords.forEach((word, i) => {
      const node = ends[aliases.length + i]!;
      if (node !== 0) terminalAt(node).place = places[word];
    });
  }

  /** The node after following `letters` from the root, or NONE. */
  path(letters: string): number {
    let node = 0;
    for (let k = 0; k < letters.length && node !== NONE; k++) node = this.child(node, this.symbolOf(letters.charCodeAt(k)));
    return node;
  }

  /**
   * Follows the trie from `node` through text[from…], across inner spaces, to the last word end
   * that closes an alias. The step to a child is written out in the loop: this runs for every
   * letter of the page, first on code not yet optimised, where each call costs.
   */
  walk(text: string, from: number, node: number): Candidate | null {
    const { symbols, rowOf, rows, childStart, childSymbols } = this;
    let result: Candidate | null = null;
    let i = from;
    const length = text.length;
    for (;;) {
      // Consume one word.
      const wordStart = i;
      while (i < length) {
        const code = text.charCodeAt(i);
        const symbol = code < CODE_LIMIT ? symbols[code]! : 0;
        if (symbol === 0) {
          if (isWordCode(code)) return result; // a letter no alias has, inside the word
          break; // the word ends here
        }
        let next = NONE;
        const row = rowOf[node]!;
        if (row !== NONE) next = rows[row + symbol]! - 1;
        else {
          for (let k = childStart[node]!, end = childStart[node + 1]!; k < end; k++) {
            if (childSymbols[k] === symbol) {
              next = k + 1;
              break;
            }
          }
        }
        if (next === NONE) return result;
        node = next;
        i++;
      }
      const terminal = this.terminals[node];
      if (terminal) result = { start: from, end: i, aliases: terminal.aliases, place: terminal.place };
      if (childStart[node] === childStart[node + 1]) return result; // no alias goes on from here
      // Continue into the next word only across plain spaces.
      let j = i;
      let quoted = false;
      for (; j < length; j++) {
        const code = text.charCodeAt(j);
        if (isQuoteCode(code)) quoted = true;
        else if (!isInnerSpaceCode(code)) break;
      }
      if (j === i || j >= length || !isWordCode(text.charCodeAt(j))) return result;
      if (this.child(node, this.symbolOf(text.charCodeAt(j))) === NONE) return result; // nor with the next word's letter
      // Quotes may stand only where the alias itself has a space (مركز “الاستشاري” للدراسات).
      const aliasBreaksHere = this.wordBreaks[node] === 1;
      if (quoted ? !aliasBreaksHere : !aliasBreaksHere && !mayBeWrittenApart(text, wordStart, i, j)) return result;
      i = j;
    }
  }

  private symbolOf(code: number): number {
    return code < CODE_LIMIT ? this.symbols[code]! : 0;
  }

  private child(node: number, symbol: number): number {
    if (symbol === 0) return NONE;
    const row = this.rowOf[node]!;
    if (row !== NONE) return this.rows[row + symbol]! - 1;
    for (let k = this.childStart[node]!, end = this.childStart[node + 1]!; k < end; k++) {
      if (this.childSymbols[k] === symbol) return k + 1;
    }
    return NONE;
  }
}

export class Matcher {
  private readonly trie: AliasTrie;
  /** The trie node after each contraction's hidden letters (RESTORED), NONE when no alias has them. */
  private readonly restoredNodes: Int32Array;
  /** Scratch buffers for the clitic starts of the word being scanned. */
  private readonly startAt = new Int32Array(MAX_NAME_STARTS);
  private readonly startRestores = new Uint8Array(MAX_NAME_STARTS);
  /** Finds the next word a key may begin in (name-openings.ts). */
  private readonly openings: RegExp;

  /** `packed`: the trie of these keys, packed at build time; packed here when not given. */
  constructor(keys: MatchKeys, packed: PackedTrie = packTrie(keys)) {
    this.trie = new AliasTrie(packed, keys);
    this.restoredNodes = Int32Array.from(RESTORED, (letters) => this.trie.path(letters));
    // Without the u flag: its classes are of UTF-16 code units, and half of a surrogate pair
    // (an emoji before a name) must count as the character before a word.
    this.openings = new RegExp(packed.nameOpenings, 'g');
  }

  /** All non-overlapping matches in folded `text`, in order. */
  scan(text: string): Candidate[] {
    const found: Candidate[] = [];
    const { openings } = this;
    const length = text.length;
    openings.lastIndex = 0;
    for (let opening = openings.exec(text); opening !== null; opening = openings.exec(text)) {
      // The match begins with the character before the word, except at the text's start.
      const wordStart = isWordCode(text.charCodeAt(opening.index)) ? opening.index : opening.index + 1;
      let wordEnd = wordStart + 1;
      while (wordEnd < length && isWordCode(text.charCodeAt(wordEnd))) wordEnd++;
      const best = this.longestAt(text, wordStart, wordEnd);
      if (best) found.push(best);
      openings.lastIndex = best ? best.end : wordEnd;
    }
    return found;
  }

  /** The longest match that begins in the word [wordStart, wordEnd), or null. */
  private longestAt(text: string, wordStart: number, wordEnd: number): Candidate | null {
    if (!mayOpenWithClitic(text.charCodeAt(wordStart))) return this.trie.walk(text, wordStart, 0);
    let best: Candidate | null = null;
    const count = writeNameStarts(text, wordStart, wordEnd, this.startAt, this.startRestores);
    for (let s = 0; s < count; s++) {
      const node = this.restoredNodes[this.startRestores[s]!]!;
      if (node === NONE) continue;
      const match = this.trie.walk(text, this.startAt[s]!, node);
      if (match && (!best || match.end > best.end)) best = match;
    }
    return best;
  }
}
