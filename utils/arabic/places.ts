/**
 * Words that place a news story in a country: the country's names, its adjective in every form,
 * its capital and main cities, and a few bodies and office-holders only it has. The resolver
 * reads them around a generic institution name (مجلس النواب, وزارة الداخلية) to tell which
 * country's body a story means, and right after any name (مجلس النواب المصري). Written as news
 * text writes them, before folding; the matcher adds the clitics (والقاهرة, بليبيا, للمصريين).
 *
 * Left out on purpose, because news text uses them as ordinary words as often as as places:
 * الزاوية (the corner), البيضاء (white), الزرقاء (blue), العقبة (the obstacle), صور (pictures),
 * المدينة (the city), الخمس (the five), قبلي (tribal), حماس (zeal), طالبان (two students), جدة
 * (grandmother), and common given names. عمان is both Amman and Oman: only «سلطنة عمان» and the
 * adjective place it.
 * No browser APIs.
 */

export interface CountryWords {
  /** The country's name as a card shows it. */
  readonly name: string;
  /** The masculine singular adjective, without the article (ليبي): every form is made from it. */
  readonly adjective?: string;
  /** Other names of the country (the first is `name`'s own form without the article, when it has one). */
  readonly names: readonly string[];
  /** Capital and main cities, regions, and bodies or office-holders only this country has. */
  readonly places: readonly string[];
}

export const COUNTRY_WORDS: Readonly<Record<string, CountryWords>> = {
  LY: {
    name: 'ليبيا',
    adjective: 'ليبي',
    names: ['ليبيا'],
    places: ['طرابلس', 'بنغازي', 'مصراتة', 'سرت', 'سبها', 'طبرق', 'درنة', 'غريان', 'الكفرة', 'أجدابيا', 'زليتن', 'ترهونة', 'صبراتة', 'زوارة', 'الجفرة', 'أوباري', 'غدامس', 'البريقة', 'المرج', 'فزان', 'برقة', 'معيتيقة',
      // Its people and bodies of the years the seeds and news speak of.
      'حفتر', 'عقيلة صالح', 'فايز السراج', 'السراج', 'خالد المشري', 'المجلس الأعلى للدولة', 'اتفاق الصخيرات', 'غسان سلامة'],
  },
  DZ: { name: 'الجزائر', adjective: 'جزائري', names: ['الجزائر'], places: ['وهران', 'قسنطينة', 'عنابة', 'تمنراست', 'بوتفليقة'] },
  MA: { name: 'المغرب', adjective: 'مغربي', names: ['المغرب', 'المملكة المغربية'], places: ['الرباط', 'الدار البيضاء', 'مراكش', 'طنجة', 'فاس', 'أكادير'] },
  TN: {
    name: 'تونس',
    adjective: 'تونسي',
    names: ['تونس'],
    places: ['صفاقس', 'سوسة', 'القيروان', 'بنزرت', 'قابس', 'نابل', 'المنستير', 'المهدية', 'قفصة', 'مدنين', 'تطاوين', 'جندوبة', 'سليانة', 'القصرين', 'توزر', 'باجة', 'زغوان', 'أريانة', 'منوبة', 'بن عروس', 'بن قردان', 'سيدي بوزيد', 'قرطاج', 'باردو', 'مجلس نواب الشعب', 'نداء تونس', 'حركة النهضة', 'السبسي'],
  },
  EG: {
    name: 'مصر',
    adjective: 'مصري',
    names: ['مصر'],
    places: ['القاهرة', 'الإسكندرية', 'الجيزة', 'أسوان', 'الأقصر', 'بورسعيد', 'السويس', 'الإسماعيلية', 'المنصورة', 'طنطا', 'الزقازيق', 'أسيوط', 'سوهاج', 'المنيا', 'دمياط', 'الفيوم', 'سيناء', 'الغردقة', 'قنا', 'السيسي'],
  },
  SD: { name: 'السودان', adjective: 'سوداني', names: ['السودان'], places: ['الخرطوم', 'دارفور', 'أم درمان'] },
  TD: { name: 'تشاد', adjective: 'تشادي', names: ['تشاد'], places: ['نجامينا'] },
  NE: { name: 'النيجر', adjective: 'نيجري', names: ['النيجر'], places: ['نيامي'] },
  // مالي is also «financial»: only its capital places a story in Mali.
  ML: { name: 'مالي', names: [], places: ['باماكو'] },
  MR: { name: 'موريتانيا', adjective: 'موريتاني', names: ['موريتانيا'], places: ['نواكشوط'] },
  JO: { name: 'الأردن', adjective: 'أردني', names: ['الأردن'], places: ['إربد', 'الكرك'] },
  IQ: { name: 'العراق', adjective: 'عراقي', names: ['العراق'], places: ['بغداد', 'البصرة', 'الموصل', 'أربيل', 'كركوك', 'النجف', 'كربلاء', 'الأنبار', 'الفلوجة', 'كردستان'] },
  SY: { name: 'سوريا', adjective: 'سوري', names: ['سوريا', 'سورية'], places: ['دمشق', 'حلب', 'حمص', 'إدلب', 'اللاذقية', 'الرقة', 'دير الزور', 'درعا', 'الغوطة'] },
  LB: { name: 'لبنان', adjective: 'لبناني', names: ['لبنان'], places: ['بيروت', 'صيدا', 'حزب الله', 'الحريري'] },
  PS: { name: 'فلسطين', adjective: 'فلسطيني', names: ['فلسطين'], places: ['غزة', 'رام الله', 'الضفة الغربية'] },
  IL: { name: 'إسرائيل', adjective: 'إسرائيلي', names: ['إسرائيل'], places: ['تل أبيب', 'الكنيست', 'نتنياهو'] },
  SA: { name: 'السعودية', adjective: 'سعودي', names: ['السعودية', 'المملكة العربية السعودية'], places: ['الرياض', 'مكة المكرمة', 'الدمام'] },
  YE: { name: 'اليمن', adjective: 'يمني', names: ['اليمن'], places: ['صنعاء', 'عدن', 'تعز', 'الحديدة', 'الحوثي', 'الحوثيين', 'الحوثيون'] },
  AE: { name: 'الإمارات', adjective: 'إماراتي', names: ['الإمارات'], places: ['أبوظبي', 'أبو ظبي', 'دبي', 'الشارقة'] },
  QA: { name: 'قطر', adjective: 'قطري', names: ['قطر'], places: ['الدوحة'] },
  KW: { name: 'الكويت', adjective: 'كويتي', names: ['الكويت'], places: [] },
  BH: { name: 'البحرين', adjective: 'بحريني', names: ['البحرين'], places: ['المنامة'] },
  OM: { name: 'عمان', adjective: 'عماني', names: ['سلطنة عمان'], places: ['مسقط'] },
  TR: { name: 'تركيا', adjective: 'تركي', names: ['تركيا'], places: ['أنقرة', 'إسطنبول', 'اسطنبول', 'أردوغان'] },
  IR: { name: 'إيران', adjective: 'إيراني', names: ['إيران'], places: ['طهران', 'خامنئي'] },
  US: {
    name: 'الولايات المتحدة',
    adjective: 'أمريكي',
    names: ['الولايات المتحدة', 'أمريكا', 'أميركا'],
    places: ['واشنطن', 'نيويورك', 'الكونغرس', 'الكونجرس', 'البيت الأبيض', 'البنتاغون', 'ترامب', 'أوباما', 'بايدن'],
  },
  GB: { name: 'بريطانيا', adjective: 'بريطاني', names: ['بريطانيا', 'المملكة المتحدة'], places: ['لندن'] },
  FR: { name: 'فرنسا', adjective: 'فرنسي', names: ['فرنسا'], places: ['باريس', 'ماكرون', 'الإليزيه'] },
  IT: { name: 'إيطاليا', adjective: 'إيطالي', names: ['إيطاليا'], places: ['روما', 'ميلانو', 'صقلية'] },
  DE: { name: 'ألمانيا', adjective: 'ألماني', names: ['ألمانيا'], places: ['برلين', 'ميركل'] },
  ES: { name: 'إسبانيا', adjective: 'إسباني', names: ['إسبانيا'], places: ['مدريد'] },
  MT: { name: 'مالطا', adjective: 'مالطي', names: ['مالطا'], places: ['فاليتا'] },
  GR: { name: 'اليونان', adjective: 'يوناني', names: ['اليونان'], places: ['أثينا'] },
  RU: { name: 'روسيا', adjective: 'روسي', names: ['روسيا'], places: ['موسكو', 'الكرملين', 'بوتين'] },
  CN: { name: 'الصين', adjective: 'صيني', names: ['الصين'], places: ['بكين'] },
  AF: { name: 'أفغانستان', adjective: 'أفغاني', names: ['أفغانستان'], places: ['كابول'] },
  PK: { name: 'باكستان', adjective: 'باكستاني', names: ['باكستان'], places: ['إسلام آباد'] },
  IN: { name: 'الهند', adjective: 'هندي', names: ['الهند'], places: ['نيودلهي'] },
  NG: { name: 'نيجيريا', adjective: 'نيجيري', names: ['نيجيريا'], places: ['أبوجا', 'بوكو حرام'] },
  SO: { name: 'الصومال', adjective: 'صومالي', names: ['الصومال'], places: ['مقديشو'] },
  ET: { name: 'إثيوبيا', adjective: 'إثيوبي', names: ['إثيوبيا'], places: ['أديس أبابا'] },
  JP: { name: 'اليابان', adjective: 'ياباني', names: ['اليابان'], places: ['طوكيو'] },
  KR: { name: 'كوريا الجنوبية', adjective: 'كوري', names: ['كوريا الجنوبية'], places: ['سول'] },
  BE: { name: 'بلجيكا', adjective: 'بلجيكي', names: ['بلجيكا'], places: ['بروكسل'] },
  CA: { name: 'كندا', adjective: 'كندي', names: ['كندا'], places: ['أوتاوا'] },
  BR: { name: 'البرازيل', adjective: 'برازيلي', names: ['البرازيل'], places: [] },
  VE: { name: 'فنزويلا', adjective: 'فنزويلي', names: ['فنزويلا'], places: ['كاراكاس'] },
  UA: { name: 'أوكرانيا', adjective: 'أوكراني', names: ['أوكرانيا'], places: ['كييف'] },
};

/** Countries whose people's names are Arabic: a name of anyone else's is transliterated (spellings.ts foreignSpellings). */
export const ARAB_COUNTRIES: ReadonlySet<string> = new Set(['LY', 'DZ', 'MA', 'TN', 'EG', 'SD', 'MR', 'JO', 'IQ', 'SY', 'LB', 'PS', 'SA', 'YE', 'AE', 'QA', 'KW', 'BH', 'OM', 'SO']);

/**
 * Every form of a country's adjective, without the article (the matcher strips it and any
 * clitic): ليبي, ليبية, ليبيون, ليبيين, ليبيان, ليبيتان, ليبيتين.
 */
export function adjectiveForms(adjective: string): string[] {
  return ['', 'ة', 'ون', 'ين', 'ان', 'تان', 'تين'].map((ending) => adjective + ending);
}

/** A country's adjectives and names: the words that, right after a name, say whose body it is. */
export function countryNameWords(code: string): string[] {
  const country = COUNTRY_WORDS[code];
  if (!country) return [];
  return [...(country.adjective ? adjectiveForms(country.adjective) : []), ...country.names];
}

/** Every word that places a story in a country, with the country's code. */
export function placeWords(): [word: string, code: string][] {
  return Object.entries(COUNTRY_WORDS).flatMap(([code, country]) => [...countryNameWords(code), ...country.places].map((word): [string, string] => [word, code]));
}
