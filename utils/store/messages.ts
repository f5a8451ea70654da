/**
 * The messages content scripts and extension pages send to the background, validated with zod
 * before anything reads them: a content script runs beside untrusted page code.
 */
import { z } from 'zod';
import type { BundleArticle } from '../seeds/bundle';
import type { MatchIndex } from '../match/match-index';
import type { CardData } from './card-data';

const Id = z.string().min(1).max(200);

export const Request = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('match-index') }),
  z.strictObject({ type: z.literal('card'), id: Id }),
  z.strictObject({ type: z.literal('article'), id: Id }),
  z.strictObject({ type: z.literal('open-article'), id: Id, quote: z.string().max(2000).optional() }),
]);
export type Request = z.infer<typeof Request>;

export interface ResponseMap {
  'match-index': MatchIndex;
  card: CardData | null;
  article: BundleArticle | null;
  'open-article': true;
}

export type Response<T extends Request['type']> = { ok: true; value: ResponseMap[T] } | { ok: false; error: string };
