/**
 * The compiled bundle: everything the extension ships about articles and entities, built from
 * seeds/ at build time (compile.ts) and loaded into the background's store.
 */
import type { MatchIndex } from '../match/match-index';
import type { ArticleMention } from './concordance';
import type { ArticleRecord, EntityRecord } from './schema';

export interface BundleArticle extends ArticleRecord {
  /** The article file's text, unchanged. */
  readonly text: string;
}

export interface BundleContent {
  readonly articles: readonly BundleArticle[];
  readonly entities: readonly EntityRecord[];
  readonly index: Omit<MatchIndex, 'version'>;
  /** Every name marked in the articles, as a page would mark it (concordance.ts). */
  readonly mentions: readonly ArticleMention[];
}

export interface Bundle extends BundleContent {
  /** A hash of the content: the store reloads only when it changes. */
  readonly version: string;
  readonly index: MatchIndex;
}
