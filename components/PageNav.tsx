/** The bar at the top of the extension's pages: the way back to the library and to the settings. */
import { NAV } from './strings';

export function PageNav({ library, settings }: { library: string; settings: string }) {
  return (
    <nav class="page-nav">
      <a class="brand" href={library}>
        {NAV.home}
      </a>
      <a href={library}>{NAV.library}</a>
      <a href={settings}>{NAV.settings}</a>
    </nav>
  );
}
