/**
 * The messages content scripts and extension pages send to the background, validated with zod
 * before anything reads them: a content script runs beside untrusted page code.
 */
import { z } from 'zod';
import type { BundleArticle } from '../seeds/bundle';
import { Settings } from '../settings';
import type { CardData } from './card-data';

const Id = z.string().min(1).max(200);

export const Request = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('card'), id: Id }),
  z.strictObject({ type: z.literal('article'), id: Id }),
  z.strictObject({ type: z.literal('open-article'), id: Id, quote: z.string().max(2000).optional() }),
  z.strictObject({ type: z.literal('open-entity'), id: Id }),
  z.strictObject({ type: z.literal('settings') }),
  z.strictObject({ type: z.literal('save-settings'), settings: Settings }),
]);
export type Request = z.infer<typeof Request>;

export interface ResponseMap {
  card: CardData | null;
  article: BundleArticle | null;
  'open-article': true;
  'open-entity': true;
  settings: Settings;
  'save-settings': Settings;
}

export type Response<T extends Request['type']> = { ok: true; value: ResponseMap[T] } | { ok: false; error: string };
