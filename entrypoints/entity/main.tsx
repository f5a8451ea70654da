/** The full entity view: every role, relation and mention of one entity, with citations and export. */
import { render } from 'preact';
import { EntityView } from '../../components/EntityView';
import { ask } from '../../utils/messaging';
import { entityUrl, readerUrl } from '../../utils/page-urls';
import '../../components/entity.css';
import '../../components/pages.css';

async function main() {
  const root = document.getElementById('app')!;
  const id = new URLSearchParams(location.search).get('id');
  const data = id ? await ask({ type: 'card', id }).catch(() => null) : null;
  if (!data) {
    render(<p class="not-found">هذا الكيان غير موجود في الحزمة.</p>, root);
    return;
  }
  document.title = `سياق — ${data.name}`;
  // On this page another entity's card and its full view are the same page.
  const openEntity = (entity: string) => location.assign(entityUrl(entity));
  render(
    <EntityView
      data={data}
      actions={{
        readerHref: readerUrl,
        openSource: (articleId, quote) => location.assign(readerUrl(articleId, quote)),
        entityHref: entityUrl,
        openEntity,
        openEntityView: openEntity,
      }}
    />,
    root,
  );
}

void main();
