/**
 * The compact match index: what the content script carries to find names. Plain JSON, compiled
 * from the seeds with the bundle (`compileBundle`, utils/seeds/compile.ts), its keys made into a
 * character trie by `Matcher` (matcher.ts). No browser APIs.
 */

export type EntityType = 'person' | 'organization';

/** How an alias may be marked: on its own, or only with support on the page. */
export type AliasSupport = 'alone' | 'needs-support';

export interface IndexEntity {
  readonly id: string;
  readonly type: EntityType;
  /** ISO code of the entity's country, when it has one. */
  readonly country: string | null;
  /** Folded words without the article that, next to an ambiguous alias, point to this entity (ليبيه, وفاق …). */
  readonly context: readonly string[];
  /** Titles that may stand before its short aliases, folded, without the article (وزير, عميد …): see resolver.ts. */
  readonly titles: readonly string[];
  /** Its role titles in full, folded (رئيس المجلس الرئاسي): one of them right before a short alias names it. */
  readonly titlePhrases: readonly string[];
  /**
   * Entities whose names nearby say this one is meant by a generic or short name: the persons who
   * hold roles in it, its parent and its parts, and for a person the bodies he holds roles in.
   */
  readonly related: readonly number[];
  /** A news outlet: its name opens a dateline (الدار- خاص). */
  readonly outlet?: true;
  /**
   * A ministry, an army or a security body: news names its own country's without the country
   * (وزارة الداخلية), another country's with it (وزارة الداخلية الإيطالية).
   */
  readonly namedBareAtHome?: true;
}

export interface IndexAlias {
  /** The alias, folded (fold.ts), words separated by single spaces. */
  readonly folded: string;
  /** Index into `entities`. */
  readonly entity: number;
  readonly support: AliasSupport;
  /** Indexes of other entities whose full names lie inside this alias (compile.ts withNamesInside). */
  readonly inside?: readonly number[];
  /** A dual (وزارتي الداخلية, حكومتي الوفاق الوطني): it names two bodies at once, this one or those sharing it among them. */
  readonly dual?: true;
  /** A name every country's body of this kind has (schema.ts Alias.generic). */
  readonly generic?: true;
}

export interface MatchIndex {
  readonly version: string;
  readonly entities: readonly IndexEntity[];
  readonly aliases: readonly IndexAlias[];
  /** Folded words without the article that name a country (ليبيا, مصريه …), with its ISO code: after a name, they say whose it is. */
  readonly countryWords: Readonly<Record<string, string>>;
  /** Folded words and phrases that place a story in a country (places.ts): names, adjectives, cities. */
  readonly places: Readonly<Record<string, string>>;
  /** Folded given names (محمد, عبدالرزاق …): see resolver.ts. */
  readonly givenNames: readonly string[];
}
