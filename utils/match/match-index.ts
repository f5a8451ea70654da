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
  /** Folded words that, next to an ambiguous alias, point to this entity (الليبية, الوفاق …). */
  readonly context: readonly string[];
}

export interface IndexAlias {
  /** The alias, folded (fold.ts), words separated by single spaces. */
  readonly folded: string;
  /** Index into `entities`. */
  readonly entity: number;
  readonly support: AliasSupport;
}

export interface MatchIndex {
  readonly version: string;
  readonly entities: readonly IndexEntity[];
  readonly aliases: readonly IndexAlias[];
}
