/** Typed keys: a message the default locale lacks is a type error (i18n.ts). */
import 'i18next';
import type arCard from '../locales/ar/card.json';
import type arPages from '../locales/ar/pages.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'card';
    resources: { card: typeof arCard; pages: typeof arPages };
  }
}
