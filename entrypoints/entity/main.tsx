/** The entity page: roles on a timeline, relations, sourced facts, every mention, who appears with it, citations and export. */
import { render } from 'preact';
import { EntityView } from '../../components/EntityView';
import { PageNav } from '../../components/PageNav';
import { setUpPage } from '../../components/page-setup';
import { ENTITY_PAGE } from '../../components/strings';
import { ask } from '../../utils/messaging';
import { entityUrl, libraryUrl, readerUrl } from '../../utils/page-urls';
import '../../components/entity.css';
import '../../components/pages.css';

async function main() {
  if (!setUpPage()) return;
  const root = document.getElementById('app')!;
  const id = new URLSearchParams(location.search).get('id');
  const data = id ? await ask({ type: 'entity-page', id }).catch(() => null) : null;
  if (!data) {
    render(<p class="not-found">{ENTITY_PAGE.notFound}</p>, root);
    return;
  }
  document.title = `سياق — ${data.card.name}`;
  render(
    <>
      <PageNav library={libraryUrl({})} settings="/options.html" />
      <EntityView
      data={data}
      actions={{ readerHref: (article, quote) => readerUrl(article, quote), readerAt: (article, start, end) => readerUrl(article, undefined, [start, end]), entityHref: entityUrl }}
      loadExport={() => ask({ type: 'export', ids: [data.card.id] })}
      copy={(text) => navigator.clipboard.writeText(text)}
      />
    </>,
    root,
  );
}

void main();
