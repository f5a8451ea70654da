/** The reader page: a bundled article with the quote of a fact marked. */
import { render } from 'preact';
import { ArticleView } from '../../components/ArticleView';
import { ask } from '../../utils/messaging';
import '../../components/pages.css';

async function main() {
  const params = new URLSearchParams(location.search);
  const root = document.getElementById('app')!;
  const id = params.get('article');
  const article = id ? await ask({ type: 'article', id }).catch(() => null) : null;
  if (!article) {
    render(<p class="not-found">هذا المقال غير موجود في الحزمة.</p>, root);
    return;
  }
  document.title = `سياق — ${article.headline}`;
  render(<ArticleView article={article} quote={params.get('quote')} />, root);
}

void main();
