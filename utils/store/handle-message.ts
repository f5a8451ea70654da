/**
 * Answers validated requests from the store. Kept free of `browser` so that it is tested in Node;
 * background.ts wires it to runtime.onMessage and supplies how to set the toolbar badge.
 */
import { TIMING } from '../timing';
import { cardData } from './card-data';
import type { SiyaqDb } from './db';
import { entityPage } from './entity-page';
import { exportData } from './export-data';
import { library, searchEntities } from './library';
import { readerData } from './reader-data';
import { summariesOf } from './summaries';
import { Request, type Response } from './messages';

export interface HandlerDeps {
  readonly db: SiyaqDb;
  /** Resolves once the bundle is in the store (install and update load it); a failed load is tried again. */
  readonly ready: () => Promise<unknown>;
  /** Shows a count on the toolbar button for the sender's tab (empty for 0). */
  readonly setBadge: (tabId: number, count: number) => Promise<void>;
}

/** Who sent a message. Content scripts run inside web pages, so they may only read. */
export type Sender = 'content-script' | 'extension-page';

/** The answer when the store cannot be read (the card then says that the data is unavailable). */
export const STORE_UNAVAILABLE = 'the store is unavailable';

/** `tabId`: the tab a content script's message comes from. */
export async function handleMessage(deps: HandlerDeps, raw: unknown, sender: Sender, tabId?: number): Promise<Response<Request['type']>> {
  // A database held open by another version blocks without failing: a page must not wait for it.
  return withTimeout(answer(deps, raw, sender, tabId), TIMING.storeTimeoutMs).catch((error: unknown) => {
    console.warn('Siyaq: the store did not answer', error);
    return { ok: false, error: STORE_UNAVAILABLE };
  });
}

async function answer(deps: HandlerDeps, raw: unknown, sender: Sender, tabId: number | undefined): Promise<Response<Request['type']>> {
  const parsed = Request.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid request' };
  const request = parsed.data;
  try {
    await deps.ready();
    switch (request.type) {
      case 'card':
        return { ok: true, value: await cardData(deps.db, request.id) };
      case 'library':
        return { ok: true, value: await library(deps.db) };
      case 'search':
        return { ok: true, value: await searchEntities(deps.db, request.query, request.limit ?? 50) };
      case 'summaries':
        return { ok: true, value: await summariesOf(deps.db, request.ids, request.date ?? null) };
      case 'entity-page':
        return { ok: true, value: await entityPage(deps.db, request.id) };
      case 'reader':
        return { ok: true, value: await readerData(deps.db, request.id) };
      case 'export':
        return { ok: true, value: await exportData(deps.db, request.ids) };
      case 'page-count':
        if (sender !== 'content-script' || tabId === undefined) return { ok: false, error: 'only a page counts its names' };
        await deps.setBadge(tabId, request.count);
        return { ok: true, value: true };
    }
  } catch (error) {
    console.warn('Siyaq: the store failed', error);
    return { ok: false, error: STORE_UNAVAILABLE };
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
