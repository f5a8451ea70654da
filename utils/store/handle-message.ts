/**
 * Answers validated requests from the store. Kept free of `browser` so that it is tested in Node;
 * background.ts wires it to runtime.onMessage and supplies how to open a tab.
 */
import { cardData } from './card-data';
import type { SiyaqDb } from './db';
import { Request, type Response } from './messages';

export interface HandlerDeps {
  readonly db: SiyaqDb;
  /** Resolves once the bundle is in the store (install and update load it). */
  readonly ready: Promise<unknown>;
  readonly openArticle: (id: string, quote: string | undefined) => Promise<void>;
}

export async function handleMessage(deps: HandlerDeps, raw: unknown): Promise<Response<Request['type']>> {
  const parsed = Request.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid request' };
  const request = parsed.data;
  try {
    await deps.ready;
    switch (request.type) {
      case 'match-index': {
        const stored = await deps.db.matchIndex.get('match-index');
        if (!stored) return { ok: false, error: 'the store is empty' };
        const { key: _key, ...index } = stored;
        return { ok: true, value: index };
      }
      case 'card':
        return { ok: true, value: await cardData(deps.db, request.id) };
      case 'article':
        return { ok: true, value: (await deps.db.articles.get(request.id)) ?? null };
      case 'open-article':
        if (!(await deps.db.articles.get(request.id))) return { ok: false, error: 'unknown article' };
        await deps.openArticle(request.id, request.quote);
        return { ok: true, value: true };
    }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : 'store error' };
  }
}
