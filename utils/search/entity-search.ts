/**
 * Search over the entity set by any spelling, as the reader types: MiniSearch holds the index, the
 * project's own fold and clitic rules normalise Arabic (so مصطفي المقرعن, والمقرعن and المُقرعن
 * all find مصطفى المقرعن), and Latin names are matched forgivingly (Bashaga, bashagha). Every
 * word of the query must match a word of one entity's names; each may be the start of a word.
 * No browser APIs.
 */
import MiniSearch, { type Query } from 'minisearch';
import { nameStarts } from '../arabic/clitics';
import { foldString } from '../arabic/fold';
import { words } from '../arabic/words';
import type { EntityRecord } from '../seeds/schema';

export interface SearchableEntity {
  readonly id: string;
  /** The name and every alias, as written. */
  readonly names: readonly string[];
  /** Latin spellings of the name: the record's own, and its id, which is a transliteration. */
  readonly latin: readonly string[];
}

/** What is searched of a seed record: its name and aliases, its Latin name and its id. */
export function searchable(record: Pick<EntityRecord, 'id' | 'name' | 'aliases' | 'latin'>): SearchableEntity {
  return { id: record.id, names: [record.name, ...record.aliases.map((a) => a.text)], latin: [...(record.latin ? [record.latin] : []), record.id.replaceAll('-', ' ')] };
}

export interface SearchHit {
  readonly id: string;
  readonly score: number;
}

interface Doc {
  readonly id: string;
  readonly arabic: string;
  readonly latin: string;
}

const ARABIC_LETTER = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;

/** Words shorter than this are matched whole, not as the start of longer words: one letter would match thousands. */
const MIN_PREFIX = 2;

export class EntitySearch {
  private readonly index = new MiniSearch<Doc>({
    fields: ['arabic', 'latin'],
    tokenize: (text, field) => (field === 'latin' ? latinWords(text) : words(foldString(text))),
    processTerm: (term, field) => (field === 'latin' ? latinKey(term) : withAndWithoutArticle(term)),
  });

  constructor(entities: Iterable<SearchableEntity>) {
    const docs: Doc[] = [];
    for (const e of entities) docs.push({ id: e.id, arabic: e.names.join('\n'), latin: e.latin.join('\n') });
    this.index.addAll(docs);
  }

  /** Entities whose names hold every word of `query`, best first; none for a query without words. */
  search(query: string, limit = 50): SearchHit[] {
    const parts = queryParts(query);
    if (parts.length === 0) return [];
    const results = this.index.search(
      { combineWith: 'AND', queries: parts },
      // The parts are already normalised: MiniSearch takes them as they are.
      { tokenize: (text) => [text], processTerm: (term) => term },
    );
    return results.slice(0, limit).map((r) => ({ id: r.id as string, score: r.score }));
  }
}

/** One query per word the reader typed: Arabic through the fold and every clitic reading, Latin forgivingly. */
function queryParts(query: string): Query[] {
  const parts: Query[] = [];
  for (const token of query.split(/[\s,،؛;:.!?؟()"«»“”]+/)) {
    if (!token) continue;
    if (ARABIC_LETTER.test(token)) {
      for (const word of words(foldString(token))) {
        const readings = arabicReadings(word);
        if (readings.length > 0) parts.push({ combineWith: 'OR', queries: readings, fields: ['arabic'], prefix: word.length >= MIN_PREFIX });
      }
    } else {
      for (const word of latinWords(token)) {
        const key = latinKey(word);
        parts.push({ combineWith: 'OR', queries: [key], fields: ['latin'], prefix: key.length >= MIN_PREFIX, fuzzy: latinFuzziness(key) });
      }
    }
  }
  return parts;
}

/**
 * The ways a typed Arabic word may hold a name (clitics.ts): والمقرعن as itself, as المقرعن after
 * و, as مقرعن after وال; للمنفي as المنفي.
 */
function arabicReadings(word: string): string[] {
  const readings = nameStarts(word, 0, word.length).map(({ at, restores }) => restores + word.slice(at));
  // The article alone (ال, وال, سال read as س + ال) begins nearly every name: the reader has not
  // typed the word yet, and matching it would hold up the keystroke for no result.
  return [...new Set(readings.filter((reading) => reading !== 'ال'))];
}

/**
 * A name word as indexed: as written and without the article ال, which a reader may type or leave
 * out (المقرعن, مقرعن), and type letter by letter (المق…).
 */
function withAndWithoutArticle(word: string): string[] {
  return word.length > 4 && word.startsWith('ال') ? [word, word.slice(2)] : [word];
}

/** Latin words without diacritics, lower case: «Gérald Darmanin» → gerald, darmanin. */
function latinWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * A transliteration's key: doubled letters once (Gaddafi, Gadafi) and no final h after a vowel
 * (Dbeibah, Dbeiba), the two most common differences between spellings of one Arabic name.
 */
function latinKey(word: string): string {
  return word.replace(/(.)\1+/g, '$1').replace(/([aeiou])h$/, '$1');
}

/** Edits allowed in a Latin word: none in short words, where one edit makes another name. */
function latinFuzziness(key: string): number | false {
  if (key.length < 4) return false;
  return key.length < 7 ? 1 : 2;
}
