/**
 * Benchmark pages: the seed articles' paragraphs repeated up to a target size, with every fourth
 * word wrapped in <a>, <strong> or <span> so that names are split across inline elements, as on
 * news sites. Each repetition shifts which words are wrapped, so every name is split somewhere.
 */
import { HIGHLIGHT_NAMES } from '../../utils/page/marker';
import { escapeHtml } from '../lib/demo-site';

export interface PageSize {
  readonly name: string;
  /** Target size of the HTML in UTF-8 bytes; the page ends with the article copy that reaches it. */
  readonly bytes: number;
}

export const PAGE_SIZES: readonly PageSize[] = [
  { name: '100 KB', bytes: 100_000 },
  { name: '1 MB', bytes: 1_000_000 },
  { name: '5 MB', bytes: 5_000_000 },
];

/** Marks are painted as in the extension, so the cost of rendering them counts for ours and Aho-Corasick alike. */
const HIGHLIGHT_CSS = [...Object.values(HIGHLIGHT_NAMES), 'bench-aho-corasick'].map((name) => `::highlight(${name})`).join(', ') + ' { text-decoration: underline dotted; }';

const INLINE_TAGS = ['a href="#"', 'strong', 'span'];
const WRAP_EVERY = 4;

function paragraph(line: string, copy: number): string {
  const words = line.split(' ').map((word, i) => {
    if (i % WRAP_EVERY !== copy % WRAP_EVERY || word === '') return escapeHtml(word);
    const open = INLINE_TAGS[(Math.floor(i / WRAP_EVERY) + copy) % INLINE_TAGS.length]!;
    return `<${open}>${escapeHtml(word)}</${open.split(' ')[0]}>`;
  });
  return `<p>${words.join(' ')}</p>`;
}

/** An RTL page of `size`, loading the page-side bench code from `scriptUrl`. */
export function benchPage(articles: readonly { readonly text: string }[], size: PageSize, scriptUrl: string): string {
  const head = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>Siyaq bench ${size.name}</title>
<script src="${scriptUrl}"></script>
<style>body { font: 16px/1.8 sans-serif; max-width: 760px; margin: auto; } ${HIGHLIGHT_CSS}</style>
</head><body><main>\n`;
  const tail = '</main></body></html>\n';
  const parts = [head];
  let bytes = Buffer.byteLength(head + tail);
  for (let copy = 0; bytes < size.bytes; copy++) {
    const article = articles[copy % articles.length]!;
    const lines = article.text.split('\n').map((l) => l.trim()).filter(Boolean);
    const html = `<article>\n${lines.map((line) => paragraph(line, copy)).join('\n')}\n</article>\n`;
    parts.push(html);
    bytes += Buffer.byteLength(html);
  }
  parts.push(tail);
  return parts.join('');
}

/** A page with no text, for measuring the index alone. */
export function blankPage(scriptUrl: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><script src="${scriptUrl}"></script></head><body></body></html>\n`;
}
