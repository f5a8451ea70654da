/**
 * Addresses of the extension's own pages. Each page keeps its state in its address, so that back
 * and forward, a reload and a copied link all show the same thing.
 */

/** The bundled article, with the quote of a fact to mark, or the span of a name (concordance). */
export function readerUrl(articleId: string, quote?: string, at?: readonly [number, number]): `/reader.html?${string}` {
  const params = new URLSearchParams({ article: articleId });
  if (quote) params.set('quote', quote);
  if (at) params.set('at', `${at[0]}-${at[1]}`);
  return `/reader.html?${params.toString()}`;
}

/** The span [start, end) of the reader's `at` parameter, or null when there is none or it is malformed. */
export function readerSpan(value: string | null): [number, number] | null {
  const match = value?.match(/^(\d{1,7})-(\d{1,7})$/);
  if (!match) return null;
  const [start, end] = [Number(match[1]), Number(match[2])];
  return end > start ? [start, end] : null;
}

/** The full view of one entity: every role, relation and mention. */
export function entityUrl(entityId: string): `/entity.html?${string}` {
  return `/entity.html?${new URLSearchParams({ id: entityId }).toString()}`;
}

export interface LibraryState {
  readonly tab: 'entities' | 'articles';
  readonly q: string;
  readonly type: '' | 'person' | 'organization';
  readonly country: string;
  readonly article: string;
  readonly sort: 'name' | 'mentions';
}

const LIBRARY_DEFAULTS: LibraryState = { tab: 'entities', q: '', type: '', country: '', article: '', sort: 'name' };

/** The library with its tab, search and filters; defaults are left out of the address. */
export function libraryUrl(state: Partial<LibraryState>): `/library.html${string}` {
  const params = new URLSearchParams();
  for (const key of Object.keys(LIBRARY_DEFAULTS) as (keyof LibraryState)[]) {
    const value = state[key];
    if (value !== undefined && value !== LIBRARY_DEFAULTS[key]) params.set(key, value);
  }
  const query = params.toString();
  return `/library.html${query ? `?${query}` : ''}`;
}

/** The library's state from its address; anything unknown falls back to the default. */
export function libraryState(search: string): LibraryState {
  const params = new URLSearchParams(search);
  const pick = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
    const value = params.get(key) as T | null;
    return value !== null && allowed.includes(value) ? value : fallback;
  };
  return {
    tab: pick('tab', ['entities', 'articles'], 'entities'),
    q: (params.get('q') ?? '').slice(0, 200),
    type: pick('type', ['', 'person', 'organization'], ''),
    country: (params.get('country') ?? '').slice(0, 10),
    article: (params.get('article') ?? '').slice(0, 200),
    sort: pick('sort', ['name', 'mentions'], 'name'),
  };
}
