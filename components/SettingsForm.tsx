/**
 * The options page: where Siyaq runs (every site with its switch, the reader's own sites with a
 * way to remove them, and the switch for all of them), what it marks and how, the interface's
 * language and digits, and the card's timings. Choices apply at once, in every open tab; the
 * timings, which are typed, are checked and saved with their button.
 */
import { useState } from 'preact/hooks';
import type { KnownSite } from '../utils/site-settings';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings';
import { timingBounds } from '../utils/settings-schema';
import { direction, language } from './i18n';
import { tp } from './page-strings';

export interface SettingsFormProps {
  readonly settings: Settings;
  /** The sites Siyaq knows, in order, each with its kind. */
  readonly sites: readonly KnownSite[];
  /**
   * Applies a change to the stored settings, validated; rejects when they would be invalid or cannot
   * be stored. A change of the stored value, not of the form's: two choices made before the page
   * hears of the first both count.
   */
  readonly update: (change: (settings: Settings) => Settings) => Promise<Settings>;
  /** Takes one of the reader's own sites off the list and gives its permission back. */
  readonly removeSite: (site: string) => Promise<void>;
  /** Switches a site on or off. */
  readonly switchSite: (site: string, on: boolean) => Promise<void>;
}

type TimingKey = 'showDelayMs' | 'fetchDelayMs' | 'hideDelayMs' | 'fadeMs';

const TIMINGS = (
  [
    { key: 'showDelayMs', help: 'options.showDelayHelp' },
    { key: 'fetchDelayMs', help: 'options.fetchDelayHelp' },
    { key: 'hideDelayMs', help: 'options.hideDelayHelp' },
    { key: 'fadeMs', help: 'options.fadeHelp' },
  ] as const
).map((field) => ({ ...field, ...timingBounds(field.key) }));

export function SettingsForm({ settings, sites, update, removeSite, switchSite }: SettingsFormProps) {
  const [status, setStatus] = useState('');
  const report = (work: Promise<unknown>) =>
    work.then(
      () => setStatus(tp('options.saved')),
      (error: unknown) => setStatus(tp('options.saveFailed', { error: error instanceof Error ? error.message : String(error) })),
    );
  const change = (next: Partial<Settings>) => void report(update((stored) => ({ ...stored, ...next })));

  return (
    <main class="article settings-page" lang={language()} dir={direction()}>
      <h1>{tp('options.title')}</h1>

      <section aria-labelledby="sites-title">
        <h2 id="sites-title">{tp('options.sites')}</h2>
        <p class="muted">{tp('options.sitesHelp')}</p>
        <label class="switch">
          <input type="checkbox" name="enabled" checked={settings.enabled} onChange={(e) => change({ enabled: (e.target as HTMLInputElement).checked })} />
          {tp('options.enabled')}
        </label>
        <ul class="site-list">
          {sites.map((site) => (
            <li key={site.host} class={`site site-${site.kind}`}>
              <label>
                <input
                  type="checkbox"
                  name={`site:${site.host}`}
                  checked={!settings.offSites.includes(site.host)}
                  disabled={!settings.enabled}
                  aria-label={tp('options.siteSwitch', { site: site.host })}
                  onChange={(e) => void report(switchSite(site.host, (e.target as HTMLInputElement).checked))}
                />
                <span class="site-host" dir="ltr">
                  {site.host}
                </span>
              </label>
              <span class="muted">{tp(site.kind === 'default' ? 'options.siteDefault' : site.kind === 'added' ? 'options.siteAdded' : 'options.siteLocal')}</span>
              {site.kind === 'added' && (
                <button type="button" aria-label={tp('options.removeSite', { site: site.host })} onClick={() => void report(removeSite(site.host))}>
                  {tp('options.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="marks-title">
        <h2 id="marks-title">{tp('options.marks')}</h2>
        <fieldset>
          <legend class="visually-hidden">{tp('options.marks')}</legend>
          {(['person', 'organization'] as const).map((type) => (
            <label key={type}>
              <input type="checkbox" name={`type:${type}`} checked={settings.entityTypes[type]} onChange={(e) => {
                  const marked = (e.target as HTMLInputElement).checked;
                  void report(update((stored) => ({ ...stored, entityTypes: { ...stored.entityTypes, [type]: marked } })));
                }} />
              {tp(type === 'person' ? 'options.markPersons' : 'options.markOrganizations')}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{tp('options.style')}</legend>
          {(['underline', 'background', 'none'] as const).map((style) => (
            <label key={style}>
              <input type="radio" name="highlightStyle" value={style} checked={settings.highlightStyle === style} onChange={() => change({ highlightStyle: style })} />
              {tp(style === 'underline' ? 'options.styleUnderline' : style === 'background' ? 'options.styleBackground' : 'options.styleNone')}
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="language-title">
        <h2 id="language-title">{tp('options.language')}</h2>
        <label>
          {tp('options.language')}
          <select name="language" value={settings.language} onChange={(e) => change({ language: (e.target as HTMLSelectElement).value as Settings['language'] })}>
            <option value="auto">{tp('options.languageAuto')}</option>
            <option value="ar" lang="ar">
              {tp('options.languageAr')}
            </option>
            <option value="en" lang="en">
              {tp('options.languageEn')}
            </option>
          </select>
        </label>
        <fieldset>
          <legend>{tp('options.digits')}</legend>
          {(['latin', 'arabic'] as const).map((digits) => (
            <label key={digits}>
              <input type="radio" name="digits" value={digits} checked={settings.digits === digits} onChange={() => change({ digits })} />
              {tp(digits === 'latin' ? 'options.digitsLatin' : 'options.digitsArabic')}
            </label>
          ))}
        </fieldset>
      </section>

      <Timings settings={settings} save={(timings) => report(update((stored) => ({ ...stored, ...timings })))} setStatus={setStatus} />
      <p role="status">{status}</p>
      <p class="muted">{tp('options.shortcut')}</p>
    </main>
  );
}

/** The card's timings, in milliseconds, validated before they are saved. */
function Timings({ settings, save, setStatus }: { settings: Settings; save: (timings: Record<TimingKey, number>) => Promise<unknown>; setStatus: (status: string) => void }) {
  const [values, setValues] = useState<Record<TimingKey, number>>(() => timingsOf(settings));
  const submit = (event: Event) => {
    event.preventDefault();
    const invalid = TIMINGS.find(({ key, min, max }) => !Number.isInteger(values[key]) || values[key] < min || values[key] > max);
    if (invalid) {
      setStatus(tp('options.invalid', { label: tp(`options.${invalid.key}`), min: invalid.min, max: invalid.max }));
      return;
    }
    void save(values);
  };
  return (
    <section aria-labelledby="timings-title">
      <h2 id="timings-title">{tp('options.timings')}</h2>
      <form onSubmit={submit} class="settings">
        {TIMINGS.map(({ key, help, min, max }) => (
          <label key={key}>
            <span>{tp(`options.${key}`)}</span>
            <input type="number" name={key} min={min} max={max} step={10} value={values[key]} onInput={(e) => setValues({ ...values, [key]: Number((e.target as HTMLInputElement).value) })} />
            <span class="muted">{tp('options.milliseconds', { help: tp(help) })}</span>
          </label>
        ))}
        <div>
          <button type="submit">{tp('options.save')}</button>{' '}
          <button type="button" onClick={() => setValues(timingsOf(DEFAULT_SETTINGS))}>
            {tp('options.defaults')}
          </button>
        </div>
      </form>
    </section>
  );
}

function timingsOf(settings: Settings): Record<TimingKey, number> {
  return { showDelayMs: settings.showDelayMs, fetchDelayMs: settings.fetchDelayMs, hideDelayMs: settings.hideDelayMs, fadeMs: settings.fadeMs };
}
