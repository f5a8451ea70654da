/**
 * The publication date a page declares about itself, so that a card can put first the roles that
 * held on that day: `article:published_time` and similar meta tags, JSON-LD `datePublished`, or
 * the first `<time datetime>` inside the article. Returns YYYY-MM-DD (or a shorter ISO date).
 */
const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="date"]',
  'meta[property="og:published_time"]',
];

const ISO_DATE = /^(\d{4})(-\d{2})?(-\d{2})?/;

function isoDate(value: string | null | undefined): string | null {
  const match = value?.trim().match(ISO_DATE);
  return match ? match[0] : null;
}

export function pageDate(doc: Document): string | null {
  for (const selector of META_SELECTORS) {
    const date = isoDate(doc.querySelector(selector)?.getAttribute('content'));
    if (date) return date;
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const date = datePublishedIn(script.textContent ?? '');
    if (date) return date;
  }
  const time = doc.querySelector('article time[datetime], time[pubdate][datetime], time[datetime]');
  return isoDate(time?.getAttribute('datetime'));
}

function datePublishedIn(json: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  const queue: unknown[] = [data];
  while (queue.length > 0) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...item);
    else if (item && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      if (typeof record.datePublished === 'string') return isoDate(record.datePublished);
      if (record['@graph']) queue.push(record['@graph']);
    }
  }
  return null;
}
