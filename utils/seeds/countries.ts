/**
 * Countries the seed records may name (ISO 3166 codes), with the Arabic name a card shows and
 * the words that, next to a shared alias such as وزارة الداخلية, point to that country's body.
 * The words themselves live in utils/arabic/places.ts, with every other country's. Countries are
 * not entities of the bundle.
 */
import { COUNTRY_WORDS, countryNameWords } from '../arabic/places';

export interface CountryInfo {
  readonly name: string;
  /** Adjectives and the country's name as news text writes them beside an organization. */
  readonly contextWords: readonly string[];
}

const SEED_COUNTRIES = ['LY', 'DZ', 'MA', 'IT', 'FR', 'QA', 'EG', 'TN'] as const;

export const COUNTRIES: Readonly<Record<string, CountryInfo>> = Object.fromEntries(
  SEED_COUNTRIES.map((code) => [code, { name: COUNTRY_WORDS[code]!.name, contextWords: countryNameWords(code) }]),
);
