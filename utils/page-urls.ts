/** Addresses of the extension's own pages. */

/** The bundled article, with the quote of a fact to mark. */
export function readerUrl(articleId: string, quote?: string): `/reader.html?${string}` {
  const params = new URLSearchParams({ article: articleId });
  if (quote) params.set('quote', quote);
  return `/reader.html?${params.toString()}`;
}

/** The full view of one entity: every role, relation and mention. */
export function entityUrl(entityId: string): `/entity.html?${string}` {
  return `/entity.html?${new URLSearchParams({ id: entityId }).toString()}`;
}
