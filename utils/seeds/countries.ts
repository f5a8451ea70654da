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

/**
 * Countries no record names, with the words that say an organization is theirs (مجلس النواب
 * المصري is not Libya's). Next to a name they stop it from being taken for a seed entity of
 * another country. Codes here are not accepted as a record's country.
 */
export const OTHER_COUNTRY_WORDS: Readonly<Record<string, readonly string[]>> = {
  JO: ['الأردنية', 'الأردني', 'الأردن'],
  YE: ['اليمنية', 'اليمني', 'اليمن'],
  IQ: ['العراقية', 'العراقي', 'العراق'],
  SY: ['السورية', 'السوري', 'سوريا'],
  LB: ['اللبنانية', 'اللبناني', 'لبنان'],
  PS: ['الفلسطينية', 'الفلسطيني', 'فلسطين'],
  SA: ['السعودية', 'السعودي'],
  SD: ['السودانية', 'السوداني', 'السودان'],
  AE: ['الإماراتية', 'الإماراتي', 'الإمارات'],
  KW: ['الكويتية', 'الكويتي', 'الكويت'],
  BH: ['البحرينية', 'البحريني', 'البحرين'],
  OM: ['العمانية', 'العماني', 'عمان'],
  MR: ['الموريتانية', 'الموريتاني', 'موريتانيا'],
  ML: ['المالية', 'مالي'],
  TD: ['التشادية', 'التشادي', 'تشاد'],
  NE: ['النيجرية', 'النيجري', 'النيجر'],
  TR: ['التركية', 'التركي', 'تركيا'],
  IR: ['الإيرانية', 'الإيراني', 'إيران'],
  RU: ['الروسية', 'الروسي', 'روسيا'],
  US: ['الأمريكية', 'الأمريكي', 'الأميركية', 'الأميركي'],
  GB: ['البريطانية', 'البريطاني', 'بريطانيا'],
  DE: ['الألمانية', 'الألماني', 'ألمانيا'],
  ES: ['الإسبانية', 'الإسباني', 'إسبانيا'],
  MT: ['المالطية', 'المالطي', 'مالطا'],
  GR: ['اليونانية', 'اليوناني', 'اليونان'],
};
