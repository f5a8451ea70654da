/** The bar at the top of the extension's pages: the way back to the library and to the settings. */
import { tp } from './page-strings';

export function PageNav({ library, settings }: { library: string; settings: string }) {
  return (
    <nav class="page-nav">
      <a class="brand" href={library}>
        {tp('nav.home')}
      </a>
      <a href={library}>{tp('nav.library')}</a>
      <a href={settings}>{tp('nav.settings')}</a>
    </nav>
  );
}
