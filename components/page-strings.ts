/** The extension pages' words (popup, library, entity, reader, options), added to the card's (i18n.ts). */
import arPages from '../locales/ar/pages.json';
import enPages from '../locales/en/pages.json';
import { i18n } from './i18n';

i18n().addResourceBundle('ar', 'pages', arPages);
i18n().addResourceBundle('en', 'pages', enPages);

/** A page's word: `tp('library.title')`. */
export const tp = i18n().getFixedT(null, 'pages');
