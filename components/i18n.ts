/**
 * The interface's words and formats in the reader's language: i18next over the locale files in
 * `locales/<language>/`, plural forms by the language's own rules (Intl.PluralRules: Arabic has
 * six), numbers and dates through Intl with the digits the reader chose. The card's words
 * (namespace `card`) travel with the content script; the extension pages add theirs (`pages`,
 * page-strings.ts). Entity data stays as the seeds have it: Arabic names and quotes, Latin names
 * where the seeds give one (shown first in English).
 */
import i18next, { type i18n as I18n } from 'i18next';
import arCard from '../locales/ar/card.json';
import enCard from '../locales/en/card.json';
import type { Digits, Language } from '../utils/settings';

export type UiLanguage = 'ar' | 'en';

let instance: I18n | undefined;
let current: UiLanguage = 'ar';
let digits: Digits = 'latin';

/**
 * The i18next instance, made when a word is first needed: a content script on a page whose names
 * nobody hovers never spends the time.
 */
export function i18n(): I18n {
  if (instance) return instance;
  instance = i18next.createInstance();
  void instance.init({
    lng: current,
    fallbackLng: false,
    resources: { ar: { card: arCard }, en: { card: enCard } },
    ns: ['card'],
    defaultNS: 'card',
    // Preact renders every string as text: nothing is parsed as HTML, so nothing needs escaping here.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  // `{{count, num}}` in a message: the number in the reader's digits.
  instance.services.formatter?.add('num', (value: number) => formatNumber(value));
  return instance;
}

/** The language `setting` stands for in a browser whose interface speaks `uiLanguage`: Arabic where it is Arabic, English otherwise. */
export function resolveLanguage(setting: Language, uiLanguage: string): UiLanguage {
  if (setting !== 'auto') return setting;
  return uiLanguage.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/** Speaks `language` with `chosenDigits` from now on. */
export function setLanguage(language: UiLanguage, chosenDigits: Digits): void {
  current = language;
  digits = chosenDigits;
  if (instance) void instance.changeLanguage(language);
}

/** Speaks the reader's language (settings.language, `auto` following `uiLanguage`) with their digits. */
export function useLanguage(settings: { readonly language: Language; readonly digits: Digits }, uiLanguage: string): UiLanguage {
  const language = resolveLanguage(settings.language, uiLanguage);
  setLanguage(language, settings.digits);
  return language;
}

export function language(): UiLanguage {
  return current;
}

export function direction(): 'rtl' | 'ltr' {
  return language() === 'ar' ? 'rtl' : 'ltr';
}

/** The locale for Intl: the language with the digits' numbering system. */
export function intlLocale(): string {
  return `${language()}-u-nu-${digits === 'arabic' ? 'arab' : 'latn'}`;
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(intlLocale()).format(n);
}

/** A country's name from its ISO code, in the interface's language. */
export function countryName(code: string): string {
  return new Intl.DisplayNames([language()], { type: 'region' }).of(code) ?? code;
}

/** The name to show for an entity: its Latin name in English where the seeds give one, else its Arabic name. */
export function displayName(entity: { readonly name: string; readonly latin?: string | null }): string {
  return language() === 'en' && entity.latin ? entity.latin : entity.name;
}

/** A word of the card (or, with its `pages:` namespace, of a page) in the interface's language. */
export const t = ((...args: unknown[]) => (i18n().t as unknown as (...a: unknown[]) => string)(...args)) as unknown as I18n['t'];
