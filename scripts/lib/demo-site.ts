/**
 * Serves the seed articles as news-like RTL pages on 127.0.0.1, for the demo and the end-to-end
 * tests. Pages are built from the raw article text with every string escaped; every ninth word
 * sits in a link, as on real news sites, so names are often split across inline elements. The
 * small static server here also serves the benchmark's pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import type { BundleArticle } from '../../utils/seeds/bundle';
import { buildBundle } from '../../utils/seeds/read-seeds';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A response body with its content type; a plain string is an HTML page. */
export type Route = string | { readonly type: string; readonly body: string };

export interface LocalServer {
  readonly origin: string;
  readonly close: () => Promise<void>;
}

/** Serves `routes` (path → body) on 127.0.0.1, uncached, on a free port unless one is given; read at each request. */
export async function serveRoutes(routes: ReadonlyMap<string, Route>, port = 0): Promise<LocalServer> {
  const server = createServer((req, res) => {
    const route = routes.get(decodePath(req.url ?? '/'));
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end('not found');
      return;
    }
    const { type, body } = typeof route === 'string' ? { type: 'text/html; charset=utf-8', body: route } : route;
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The path without its query, percent-decoded; a malformed one matches no route rather than throwing. */
function decodePath(url: string): string {
  try {
    return decodeURIComponent(url.split('?')[0]!);
  } catch {
    return '';
  }
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

function articlePage(article: BundleArticle): string {
  const lines = article.text.split('\n').map((l) => l.trim()).filter(Boolean);
  const body = lines.map((line) => (line === article.headline ? `<h1>${escapeHtml(line)}</h1>` : `<p>${paragraph(line)}</p>`)).join('\n');
  return page(article.headline, `<article>${body}</article>`);
}

function indexPage(articles: readonly BundleArticle[]): string {
  const items = articles.map((a) => `<li><a href="/article/${a.id}">${escapeHtml(a.headline)}</a></li>`).join('');
  return page(
    'صحيفة العرض',
    `<h1>آخر الأخبار</h1><ul>${items}</ul><p><a href="/libya-news">صفحة تحاكي موقعًا إخباريًا ليبيًا (قائمة، شريط جانبي، تعليقات، تمرير لا نهائي)</a></p>`,
  );
}

/** The body lines of an article, without its headline. */
function bodyLines(article: BundleArticle): string[] {
  return article.text.split('\n').map((l) => l.trim()).filter((l) => l && l !== article.headline);
}

/**
 * A page built like a real Libyan news site: sticky header and menu, the article with its
 * publication date (meta, JSON-LD and <time>), a sidebar of related headlines, reader comments
 * with a comment form, a cookie banner over the page, and a feed that loads more articles as the
 * reader scrolls (infinite scroll), all in Arabic, right to left.
 */
function libyaNewsPage(articles: readonly BundleArticle[]): string {
  const main = articles.find((a) => a.id.startsWith('002'))!;
  const feed = articles.filter((a) => a !== main).map((a) => ({ headline: a.headline, lines: bodyLines(a) }));
  const related = articles.filter((a) => a !== main).map((a) => `<li><a href="/article/${a.id}">${escapeHtml(a.headline)}</a></li>`).join('');
  const feedJson = JSON.stringify(feed).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>${escapeHtml(main.headline)} | بوابة الأخبار الليبية</title>
<meta property="article:published_time" content="2021-04-21T10:00:00+02:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(main.headline)},"datePublished":"2021-04-21"}</script>
<style>
body { margin: 0; font: 18px/1.9 "Noto Naskh Arabic", Tahoma, sans-serif; background: #eef0f2; color: #1c1c1c; }
.site-header { position: sticky; top: 0; z-index: 9999; background: #0b3d2e; color: #fff; padding: 10px 24px; display: flex; gap: 24px; align-items: center; }
.site-header nav a { color: #dfe; margin-inline-end: 14px; text-decoration: none; font-size: 15px; }
.logo { font-size: 22px; font-weight: bold; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 280px; gap: 24px; max-width: 1100px; margin: 20px auto; padding: 0 16px; }
article, aside, .comments, .feed-item { background: #fff; padding: 20px 28px; border-radius: 4px; }
aside h3 { margin-top: 0; font-size: 17px; }
aside li { font-size: 15px; margin-bottom: 8px; }
.byline { color: #666; font-size: 14px; }
.comments textarea, .comments [contenteditable] { width: 100%; min-height: 60px; border: 1px solid #ccc; font: inherit; display: block; margin-bottom: 8px; }
.cookie { position: fixed; bottom: 0; left: 0; right: 0; z-index: 99999; background: rgba(20,20,20,.92); color: #fff; padding: 14px 24px; font-size: 15px; }
.feed-item { margin-top: 24px; }
</style></head><body>
<header class="site-header"><span class="logo">بوابة الأخبار الليبية</span><nav><a href="/">الرئيسية</a><a href="/">سياسة</a><a href="/">أمن</a><a href="/">اقتصاد</a><a href="/">رياضة</a></nav></header>
<div class="layout"><main>
<article><h1>${escapeHtml(main.headline)}</h1><div class="byline">نُشر في <time datetime="2021-04-21">21 أبريل 2021</time></div>
${bodyLines(main).map((l) => `<p>${paragraph(l)}</p>`).join('\n')}
</article>
<section class="comments"><h3>تعليقات القراء</h3>
<div class="comment"><b>قارئ من طرابلس:</b> <p>زيارة مهمة، ونتمنى أن يتابعها محمد المنفي بنفسه.</p></div>
<form><textarea name="comment">رأيي في زيارة صبري بوقادوم</textarea><div contenteditable="true">أكتب عن فتحي باشاغا هنا</div><input name="name" value="نجلاء المنقوش"><button type="button">أرسل</button></form>
</section>
<div id="feed"></div>
</main>
<aside><h3>الأكثر قراءة</h3><ul>${related}</ul></aside></div>
<div class="cookie">يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.</div>
<script type="application/json" id="feed-data">${feedJson}</script>
<script>
  // Infinite scroll: one more article each time the reader nears the end of the page.
  const queue = JSON.parse(document.getElementById('feed-data').textContent);
  const feed = document.getElementById('feed');
  function loadMore() {
    const next = queue.shift();
    if (!next) return;
    const item = document.createElement('article');
    item.className = 'feed-item';
    const h = document.createElement('h2');
    h.textContent = next.headline;
    item.append(h);
    for (const line of next.lines) { const p = document.createElement('p'); p.textContent = line; item.append(p); }
    feed.append(item);
  }
  addEventListener('scroll', () => { if (innerHeight + scrollY > document.body.scrollHeight - 600) loadMore(); }, { passive: true });
</script>
</body></html>`;
}

export interface DemoServer extends LocalServer {
  /** Extra pages a test serves at a path. */
  readonly pages: Map<string, string>;
}

/** Starts the demo site on 127.0.0.1 (a free port unless one is given). */
export async function startDemoServer(projectRoot: string, port = 0): Promise<DemoServer> {
  const { articles } = buildBundle(projectRoot);
  const pages = new Map<string, string>();
  pages.set('/', indexPage(articles));
  pages.set('/libya-news', libyaNewsPage(articles));
  const fixtures = join(projectRoot, 'tests', 'fixtures', 'pages');
  if (existsSync(fixtures)) {
    for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.html'))) pages.set(`/fixtures/${file}`, readFileSync(join(fixtures, file), 'utf8'));
  }
  for (const a of articles) pages.set(`/article/${a.id}`, articlePage(a));
  return { ...(await serveRoutes(pages, port)), pages };
}
