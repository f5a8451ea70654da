/**
 * The messages content scripts and extension pages send to the background, validated with zod
 * before anything reads them: a content script runs beside untrusted page code.
 */
import { z } from 'zod';
import type { ExportData } from '../export/facts-table';
import type { EntityPageData } from './entity-page';
import type { Library } from './library';
import type { ReaderData } from './reader-data';
import type { CardData } from './card-data';
import type { EntitySummary } from './summaries';

const Id = z.string().min(1).max(200);
const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

export const Request = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('card'), id: Id }),
  z.strictObject({ type: z.literal('library') }),
  z.strictObject({ type: z.literal('search'), query: z.string().max(200), limit: z.number().int().min(1).max(100).optional() }),
  z.strictObject({ type: z.literal('summaries'), ids: z.array(Id).max(1000), date: IsoDate.nullable().optional() }),
  z.strictObject({ type: z.literal('entity-page'), id: Id }),
  z.strictObject({ type: z.literal('reader'), id: Id }),
  /** Records to export: these entities, or every one. */
  z.strictObject({ type: z.literal('export'), ids: z.array(Id).max(100_000).optional() }),
  /** A content script tells how many entities its page names, for the toolbar badge. */
  z.strictObject({ type: z.literal('page-count'), count: z.number().int().min(0).max(100_000) }),
]);
export type Request = z.infer<typeof Request>;

export interface ResponseMap {
  card: CardData | null;
  library: Library;
  search: EntitySummary[];
  summaries: EntitySummary[];
  'entity-page': EntityPageData | null;
  reader: ReaderData | null;
  'page-count': true;
  export: ExportData;
}

export type Response<T extends Request['type']> = { ok: true; value: ResponseMap[T] } | { ok: false; error: string };
