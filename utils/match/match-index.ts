/**
 * The compact match index: what the background sends to content scripts. Plain JSON, built from
 * the bundle by `buildMatchIndex`, turned into a character trie by `compileMatcher` (matcher.ts).
 * No browser APIs.
 */

export type EntityType = 'person' | 'organization';

/** How an alias may be marked: on its own, or only with support on the page. */
export type AliasSupport = 'alone' | 'needs-support';

export interface IndexEntity {
  readonly id: string;
  readonly type: EntityType;
  /** ISO code of the entity's country, when it has one. */
  readonly country: string | null;
  /** Folded words that, next to an ambiguous alias, point to this entity (الليبية, الوفاق …). */
  readonly context: readonly string[];
  /** Titles that may stand before its short aliases, folded, without the article (وزير, عميد …): see resolve.ts. */
  readonly titles: readonly string[];
}

export interface IndexAlias {
  /** The alias, folded (fold.ts), words separated by single spaces. */
  readonly folded: string;
  /** Index into `entities`. */
  readonly entity: number;
  readonly support: AliasSupport;
  /** Indexes of other entities whose full names lie inside this alias (compile.ts withNamesInside). */
  readonly inside?: readonly number[];
  /** The dual of a shared alias (وزارتي الداخلية): it names two of the entities that share it at once. */
  readonly dual?: true;
}

export interface MatchIndex {
  readonly version: string;
  readonly entities: readonly IndexEntity[];
  readonly aliases: readonly IndexAlias[];
  /** Folded words that name a country (ليبيا, المصرية …), with its ISO code. */
  readonly countryWords: Readonly<Record<string, string>>;
  /** Folded given names (محمد, عبدالرزاق …): see resolve.ts. */
  readonly givenNames: readonly string[];
}
