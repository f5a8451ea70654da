/** The library page: every entity and article of the bundle, searchable; its state in its address. */
import { render } from 'preact';
import { Library } from '../../components/Library';
import { followSettings, setUpPage } from '../../components/page-setup';
import { tp } from '../../components/page-strings';
import { ask } from '../../utils/messaging';
import { entityUrl, libraryState, libraryUrl, readerUrl, type LibraryState } from '../../utils/page-urls';
import '../../components/pages.css';

async function main() {
  if (!(await setUpPage())) return;
  const root = document.getElementById('app')!;
  document.title = tp('title.library');
  render(<p class="library muted">{tp('library.loading')}</p>, root);
  const library = await ask({ type: 'library' }).catch(() => null);
  if (!library) {
    render(<p class="not-found">{tp('library.failed')}</p>, root);
    return;
  }
  const draw = () => {
    document.title = tp('title.library');
    render(
      <Library
        library={library}
        state={libraryState(location.search)}
        setState={setState}
        search={async (query) => (await ask({ type: 'search', query, limit: 100 })).map((hit) => hit.id)}
        exportAll={() => ask({ type: 'export' })}
        links={{ entity: entityUrl, reader: (id) => readerUrl(id), tab: libraryUrl }}
      />,
      root,
    );
  };
  function setState(next: LibraryState, typing: boolean) {
    // Typing replaces the current entry, so back leaves the search rather than undoing it a letter at a time.
    if (typing) history.replaceState(null, '', libraryUrl(next));
    else history.pushState(null, '', libraryUrl(next));
    draw();
  }
  addEventListener('popstate', draw);
  followSettings(draw);
  draw();
}

void main();
