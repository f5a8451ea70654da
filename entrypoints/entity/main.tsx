/** The entity page: roles on a timeline, relations, sourced facts, every mention, who appears with it, citations and export. */
import { render } from 'preact';
import { EntityView } from '../../components/EntityView';
import { displayName } from '../../components/i18n';
import { PageNav } from '../../components/PageNav';
import { followSettings, setUpPage } from '../../components/page-setup';
import { tp } from '../../components/page-strings';
import { ask } from '../../utils/messaging';
import { entityUrl, libraryUrl, readerUrl } from '../../utils/page-urls';
import '../../components/entity.css';
import '../../components/pages.css';

async function main() {
  if (!(await setUpPage())) return;
  const root = document.getElementById('app')!;
  const id = new URLSearchParams(location.search).get('id');
  const data = id ? await ask({ type: 'entity-page', id }).catch(() => null) : null;
  if (!data) {
    document.title = tp('title.entity');
    render(<p class="not-found">{tp('entity.notFound')}</p>, root);
    return;
  }
  const draw = () => {
  document.title = tp('title.entityOf', { name: displayName(data.card) });
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
  };
  followSettings(draw);
  draw();
}

void main();
