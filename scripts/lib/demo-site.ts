/**
 * Serves the seed articles as news-like RTL pages on 127.0.0.1, for the demo and the end-to-end
 * tests. Pages are built from the raw article text with every string escaped; every ninth word
 * sits in a link, as on real news sites, so names are often split across inline elements.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface DemoArticle {
  readonly id: string;
  readonly headline: string;
  readonly text: string;
}

export function readDemoArticles(projectRoot: string): DemoArticle[] {
  const meta = parse(readFileSync(join(projectRoot, 'seeds', 'articles.yaml'), 'utf8')) as { id: string; headline: string }[];
  const dir = join(projectRoot, 'seeds', 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const id = file.slice(0, -4);
      return { id, headline: meta.find((m) => m.id === id)?.headline ?? id, text: readFileSync(join(dir, file), 'utf8') };
    });
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
body { margin: 0; font: 18px/1.9 "Noto Naskh Arabic", "Noto Sans Arabic", Tahoma, sans-serif; background: #f6f6f4; color: #222; }
header { background: #8c1d18; color: #fff; padding: 12px 24px; font-size: 22px; font-weight: bold; }
nav { background: #2b2b2b; padding: 6px 24px; }
nav a { color: #eee; margin-inline-end: 18px; text-decoration: none; font-size: 15px; }
main { max-width: 760px; margin: 24px auto; background: #fff; padding: 24px 32px; }
main a { color: inherit; text-decoration: none; }
h1 { font-size: 28px; line-height: 1.5; }
footer { text-align: center; color: #777; font-size: 13px; padding: 24px; }`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><header>صحيفة العرض — نسخة تجريبية محلية</header><nav><a href="/">الرئيسية</a><a href="/">ليبيا</a><a href="/">المغرب العربي</a><a href="/">أمن</a></nav>
<main>${body}</main><footer>صفحة عرض محلية لإضافة سياق</footer></body></html>`;
}

/** A paragraph whose every ninth word is a link. */
function paragraph(line: string): string {
  const words = line.split(' ');
  return words.map((w, i) => (i % 9 === 4 && w ? `<a href="#">${escapeHtml(w)}</a>` : escapeHtml(w))).join(' ');
}

export function articlePage(article: DemoArticle): string {
  const lines = article.text.split('\n').map((l) => l.trim()).filter(Boolean);
  const body = lines.map((line) => (line === article.headline ? `<h1>${escapeHtml(line)}</h1>` : `<p>${paragraph(line)}</p>`)).join('\n');
  return page(article.headline, `<article>${body}</article>`);
}

export function indexPage(articles: readonly DemoArticle[]): string {
  const items = articles.map((a) => `<li><a href="/article/${a.id}">${escapeHtml(a.headline)}</a></li>`).join('');
  return page('صحيفة العرض', `<h1>آخر الأخبار</h1><ul>${items}</ul>`);
}

export interface DemoServer {
  readonly origin: string;
  readonly close: () => Promise<void>;
  /** Extra pages a test serves at a path. */
  readonly pages: Map<string, string>;
}

/** Starts the demo site on 127.0.0.1 (a free port unless one is given). */
export async function startDemoServer(projectRoot: string, port = 0): Promise<DemoServer> {
  const articles = readDemoArticles(projectRoot);
  const pages = new Map<string, string>();
  pages.set('/', indexPage(articles));
  for (const a of articles) pages.set(`/article/${a.id}`, articlePage(a));
  const server: Server = createServer((req, res) => {
    const html = pages.get((req.url ?? '/').split('?')[0]!);
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    pages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
