/**
 * Answers validated requests from the store. Kept free of `browser` so that it is tested in Node;
 * background.ts wires it to runtime.onMessage and supplies how to open a tab.
 */
import { DEFAULT_SETTINGS } from '../settings';
import { TIMING } from '../timing';
import { cardData } from './card-data';
import type { SiyaqDb } from './db';
import { Request, type Response } from './messages';
import { entityUrl, readerUrl } from '../page-urls';

export interface HandlerDeps {
  readonly db: SiyaqDb;
  /** Resolves once the bundle is in the store (install and update load it); a failed load is tried again. */
  readonly ready: () => Promise<unknown>;
  /** Opens an extension page in a new tab (reader.html?…, entity.html?…). */
  readonly openPage: (path: string) => Promise<void>;
}

/** Who sent a message. Content scripts run inside web pages, so they may only read. */
export type Sender = 'content-script' | 'extension-page';

/** The answer when the store cannot be read (the card then says that the data is unavailable). */
export const STORE_UNAVAILABLE = 'the store is unavailable';

export async function handleMessage(deps: HandlerDeps, raw: unknown, sender: Sender): Promise<Response<Request['type']>> {
  // A database held open by another version blocks without failing: a page must not wait for it.
  return withTimeout(answer(deps, raw, sender), TIMING.storeTimeoutMs).catch((error: unknown) => {
    console.warn('Siyaq: the store did not answer', error);
    return { ok: false, error: STORE_UNAVAILABLE };
  });
}

async function answer(deps: HandlerDeps, raw: unknown, sender: Sender): Promise<Response<Request['type']>> {
  const parsed = Request.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid request' };
  const request = parsed.data;
  try {
    await deps.ready();
    switch (request.type) {
      case 'card':
        return { ok: true, value: await cardData(deps.db, request.id) };
      case 'article':
        return { ok: true, value: (await deps.db.articles.get(request.id)) ?? null };
      case 'open-article':
        if (!(await deps.db.articles.get(request.id))) return { ok: false, error: 'unknown article' };
        await deps.openPage(readerUrl(request.id, request.quote));
        return { ok: true, value: true };
      case 'open-entity':
        if (!(await deps.db.entities.get(request.id))) return { ok: false, error: 'unknown entity' };
        await deps.openPage(entityUrl(request.id));
        return { ok: true, value: true };
      case 'settings': {
        const stored = await deps.db.settings.get('settings');
        const { key: _key, ...settings } = stored ?? { key: 'settings', ...DEFAULT_SETTINGS };
        return { ok: true, value: settings };
      }
      case 'save-settings':
        if (sender !== 'extension-page') return { ok: false, error: 'settings are saved from the options page only' };
        await deps.db.settings.put({ key: 'settings', ...request.settings });
        return { ok: true, value: request.settings };
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
