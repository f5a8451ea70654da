/**
 * Countries the seed records refer to (ISO 3166 codes): the Arabic name a card shows, and the
 * words that, next to an ambiguous alias such as وزارة الداخلية, say which country's body is meant.
 * Countries are not entities of the bundle.
 */
export interface CountryInfo {
  readonly name: string;
  /** Adjectives and the country's name as news text writes them beside an organization. */
  readonly contextWords: readonly string[];
}

export const COUNTRIES: Readonly<Record<string, CountryInfo>> = {
  LY: { name: 'ليبيا', contextWords: ['الليبية', 'الليبي', 'ليبيا', 'الليبيين'] },
  DZ: { name: 'الجزائر', contextWords: ['الجزائرية', 'الجزائري', 'الجزائر'] },
  MA: { name: 'المغرب', contextWords: ['المغربية', 'المغربي', 'المغرب'] },
  IT: { name: 'إيطاليا', contextWords: ['الإيطالية', 'الإيطالي', 'إيطاليا'] },
  FR: { name: 'فرنسا', contextWords: ['الفرنسية', 'الفرنسي', 'فرنسا'] },
  QA: { name: 'قطر', contextWords: ['القطرية', 'القطري', 'قطر'] },
  EG: { name: 'مصر', contextWords: ['المصرية', 'المصري', 'مصر'] },
  TN: { name: 'تونس', contextWords: ['التونسية', 'التونسي', 'تونس'] },
};
