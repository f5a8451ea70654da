/** The settings page: where Siyaq runs, what it marks and how, its language, the card's timings. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { setUpPage, followSettings } from '../../components/page-setup';
import { tp } from '../../components/page-strings';
import { SettingsForm } from '../../components/SettingsForm';
import { LOCAL_PAGES } from '../../utils/build-flavour';
import type { Settings } from '../../utils/settings';
import { updateSettings } from '../../utils/settings-schema';
import { knownSites, removeSite, switchSite } from '../../utils/site-settings';
import { sitePatterns } from '../../utils/sites';
import '../../components/pages.css';

async function main() {
  const root = document.getElementById('app')!;
  const settings = await setUpPage().catch(() => undefined);
  if (settings === null) return;
  if (!settings) {
    render(<p class="not-found">{tp('options.loadFailed')}</p>, root);
    return;
  }
  const draw = (current: Settings) => {
    document.title = tp('title.options');
    render(
      <SettingsForm
        settings={current}
        sites={knownSites(current, LOCAL_PAGES)}
        update={updateSettings}
        switchSite={async (site, on) => void (await updateSettings((s) => switchSite(s, site, on)))}
        removeSite={async (site) => {
          await updateSettings((s) => removeSite(s, site));
          // Its permission goes with it: the browser shows the site as not allowed again.
          await browser.permissions.remove({ origins: sitePatterns(site) });
        }}
      />,
      root,
    );
  };
  followSettings(draw);
  draw(settings);
}

void main();
