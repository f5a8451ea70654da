/** The extension page that shows a bundled article, with the quote to mark. */
export function readerUrl(articleId: string, quote?: string): `/reader.html?${string}` {
  const params = new URLSearchParams({ article: articleId });
  if (quote) params.set('quote', quote);
  return `/reader.html?${params.toString()}`;
}
