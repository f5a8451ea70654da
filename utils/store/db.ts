/**
 * The Dexie database. It lives in the background, in the extension's origin: a content script's
 * IndexedDB would belong to the news site (docs/decisions/0001-store-in-background.md).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { BundleArticle } from '../seeds/bundle';
import type { ArticleMention } from '../seeds/concordance';
import type { EntityRecord } from '../seeds/schema';

export interface BundleMeta {
  readonly key: 'bundle';
  readonly version: string;
  readonly loadedAt: string;
}

/** The reader's settings as version 1 stored them; read once, when they move to browser.storage.local (settings-migration.ts). */
export interface LegacySettingsRow {
  readonly key: 'settings';
  readonly showDelayMs: number;
  readonly hideDelayMs: number;
  readonly fetchDelayMs: number;
  readonly fadeMs: number;
}

/** A name marked in a bundled article (the concordance), keyed by its place in the bundle. */
export interface StoredMention extends ArticleMention {
  readonly key: number;
}

export class SiyaqDb extends Dexie {
  meta!: EntityTable<BundleMeta, 'key'>;
  articles!: EntityTable<BundleArticle, 'id'>;
  entities!: EntityTable<EntityRecord, 'id'>;
  /** Every name marked in the articles, by article and by entity. */
  mentions!: EntityTable<StoredMention, 'key'>;
  /** The reader's settings of version 1, until they are moved to browser.storage.local; empty after that. */
  settings!: EntityTable<LegacySettingsRow, 'key'>;

  constructor(name = 'siyaq') {
    super(name);
    this.version(1).stores({
      meta: 'key',
      articles: 'id',
      entities: 'id, type',
      matchIndex: 'key',
      settings: 'key',
    });
    // The match index ships with the content script now (decision 0009): its table goes.
    this.version(2).stores({ matchIndex: null });
    this.version(3).stores({ mentions: 'key, article, *entities' });
  }
}
