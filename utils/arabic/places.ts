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
 * adjective place it. Left out too: جنيف, فيينا, لاهاي, cities whose talks and courts are news of
 * other countries (Libya's talks in Geneva, its cases at The Hague).
 * A place word that is also a common verb (سرت) places nothing where it reads as the verb
 * (placeReadsAsVerb).
 * No browser APIs.
 */
import { opensSentence, wordsAfter, wordStartOf } from './word-scan';

export interface CountryWords {
  /** The country's name as a card shows it. */
  readonly name: string;
  /**
   * The masculine singular adjective, without the article (ليبي), in each spelling news text uses
   * (أمريكي, أميركي): every form is made from each.
   */
  readonly adjectives?: readonly string[];
  /** Other names of the country (the first is `name`'s own form without the article, when it has one). */
  readonly names: readonly string[];
  /** Capital and main cities, regions, and bodies or office-holders only this country has. */
  readonly places: readonly string[];
}

export const COUNTRY_WORDS: Readonly<Record<string, CountryWords>> = {
  LY: {
    name: 'ليبيا',
    adjectives: ['ليبي'],
    names: ['ليبيا'],
    places: ['طرابلس', 'بنغازي', 'مصراتة', 'سرت', 'سبها', 'طبرق', 'درنة', 'غريان', 'الكفرة', 'أجدابيا', 'زليتن', 'ترهونة', 'صبراتة', 'زوارة', 'الجفرة', 'أوباري', 'غدامس', 'البريقة', 'المرج', 'فزان', 'برقة', 'معيتيقة',
      // Its people and bodies of the years the seeds and news speak of.
      'حفتر', 'عقيلة صالح', 'فايز السراج', 'السراج', 'خالد المشري', 'المجلس الأعلى للدولة', 'اتفاق الصخيرات', 'غسان سلامة'],
  },
  DZ: { name: 'الجزائر', adjectives: ['جزائري'], names: ['الجزائر'], places: ['وهران', 'قسنطينة', 'عنابة', 'تمنراست', 'بوتفليقة'] },
  MA: { name: 'المغرب', adjectives: ['مغربي'], names: ['المغرب', 'المملكة المغربية'], places: ['الرباط', 'الدار البيضاء', 'مراكش', 'طنجة', 'فاس', 'أكادير'] },
  TN: {
    name: 'تونس',
    adjectives: ['تونسي'],
    names: ['تونس'],
    places: ['صفاقس', 'سوسة', 'القيروان', 'بنزرت', 'قابس', 'نابل', 'المنستير', 'المهدية', 'قفصة', 'مدنين', 'تطاوين', 'جندوبة', 'سليانة', 'القصرين', 'توزر', 'باجة', 'زغوان', 'أريانة', 'منوبة', 'بن عروس', 'بن قردان', 'سيدي بوزيد', 'قرطاج', 'باردو', 'مجلس نواب الشعب', 'نداء تونس', 'حركة النهضة', 'السبسي'],
  },
  EG: {
    name: 'مصر',
    adjectives: ['مصري'],
    names: ['مصر'],
    places: ['القاهرة', 'الإسكندرية', 'الجيزة', 'أسوان', 'الأقصر', 'بورسعيد', 'السويس', 'الإسماعيلية', 'المنصورة', 'طنطا', 'الزقازيق', 'أسيوط', 'سوهاج', 'المنيا', 'دمياط', 'الفيوم', 'سيناء', 'الغردقة', 'قنا', 'السيسي'],
  },
  SD: { name: 'السودان', adjectives: ['سوداني'], names: ['السودان'], places: ['الخرطوم', 'دارفور', 'أم درمان'] },
  TD: { name: 'تشاد', adjectives: ['تشادي'], names: ['تشاد'], places: ['نجامينا'] },
  NE: { name: 'النيجر', adjectives: ['نيجري'], names: ['النيجر'], places: ['نيامي'] },
  // مالي is also «financial»: only its capital places a story in Mali.
  ML: { name: 'مالي', names: [], places: ['باماكو'] },
  MR: { name: 'موريتانيا', adjectives: ['موريتاني'], names: ['موريتانيا'], places: ['نواكشوط'] },
  JO: { name: 'الأردن', adjectives: ['أردني'], names: ['الأردن'], places: ['إربد', 'الكرك'] },
  IQ: { name: 'العراق', adjectives: ['عراقي'], names: ['العراق'], places: ['بغداد', 'البصرة', 'الموصل', 'أربيل', 'كركوك', 'النجف', 'كربلاء', 'الأنبار', 'الفلوجة', 'كردستان'] },
  SY: { name: 'سوريا', adjectives: ['سوري'], names: ['سوريا', 'سورية'], places: ['دمشق', 'حلب', 'حمص', 'إدلب', 'اللاذقية', 'الرقة', 'دير الزور', 'درعا', 'الغوطة'] },
  LB: { name: 'لبنان', adjectives: ['لبناني'], names: ['لبنان'], places: ['بيروت', 'صيدا', 'حزب الله', 'الحريري'] },
  PS: { name: 'فلسطين', adjectives: ['فلسطيني'], names: ['فلسطين'], places: ['غزة', 'رام الله', 'الضفة الغربية'] },
  IL: { name: 'إسرائيل', adjectives: ['إسرائيلي'], names: ['إسرائيل'], places: ['تل أبيب', 'الكنيست', 'نتنياهو'] },
  SA: { name: 'السعودية', adjectives: ['سعودي'], names: ['السعودية', 'المملكة العربية السعودية'], places: ['الرياض', 'مكة المكرمة', 'الدمام'] },
  YE: { name: 'اليمن', adjectives: ['يمني'], names: ['اليمن'], places: ['صنعاء', 'عدن', 'تعز', 'الحديدة', 'الحوثي', 'الحوثيين', 'الحوثيون'] },
  AE: { name: 'الإمارات', adjectives: ['إماراتي'], names: ['الإمارات'], places: ['أبوظبي', 'أبو ظبي', 'دبي', 'الشارقة'] },
  QA: { name: 'قطر', adjectives: ['قطري'], names: ['قطر'], places: ['الدوحة'] },
  KW: { name: 'الكويت', adjectives: ['كويتي'], names: ['الكويت'], places: [] },
  BH: { name: 'البحرين', adjectives: ['بحريني'], names: ['البحرين'], places: ['المنامة'] },
  OM: { name: 'عمان', adjectives: ['عماني'], names: ['سلطنة عمان'], places: ['مسقط'] },
  TR: { name: 'تركيا', adjectives: ['تركي'], names: ['تركيا'], places: ['أنقرة', 'إسطنبول', 'اسطنبول', 'أردوغان'] },
  IR: { name: 'إيران', adjectives: ['إيراني'], names: ['إيران'], places: ['طهران', 'خامنئي'] },
  US: {
    name: 'الولايات المتحدة',
    adjectives: ['أمريكي', 'أميركي'],
    names: ['الولايات المتحدة', 'أمريكا', 'أميركا'],
    places: ['واشنطن', 'نيويورك', 'الكونغرس', 'الكونجرس', 'البيت الأبيض', 'البنتاغون', 'ترامب', 'أوباما', 'بايدن'],
  },
  GB: { name: 'بريطانيا', adjectives: ['بريطاني'], names: ['بريطانيا', 'المملكة المتحدة'], places: ['لندن'] },
  FR: { name: 'فرنسا', adjectives: ['فرنسي'], names: ['فرنسا'], places: ['باريس', 'ماكرون', 'الإليزيه'] },
  IT: { name: 'إيطاليا', adjectives: ['إيطالي'], names: ['إيطاليا'], places: ['روما', 'ميلانو', 'صقلية'] },
  DE: { name: 'ألمانيا', adjectives: ['ألماني'], names: ['ألمانيا'], places: ['برلين', 'ميركل'] },
  ES: { name: 'إسبانيا', adjectives: ['إسباني'], names: ['إسبانيا'], places: ['مدريد'] },
  MT: { name: 'مالطا', adjectives: ['مالطي'], names: ['مالطا'], places: ['فاليتا'] },
  GR: { name: 'اليونان', adjectives: ['يوناني'], names: ['اليونان'], places: ['أثينا'] },
  RU: { name: 'روسيا', adjectives: ['روسي'], names: ['روسيا'], places: ['موسكو', 'الكرملين', 'بوتين'] },
  CN: { name: 'الصين', adjectives: ['صيني'], names: ['الصين'], places: ['بكين'] },
  AF: { name: 'أفغانستان', adjectives: ['أفغاني'], names: ['أفغانستان'], places: ['كابول'] },
  PK: { name: 'باكستان', adjectives: ['باكستاني'], names: ['باكستان'], places: ['إسلام آباد'] },
  IN: { name: 'الهند', adjectives: ['هندي'], names: ['الهند'], places: ['نيودلهي'] },
  NG: { name: 'نيجيريا', adjectives: ['نيجيري'], names: ['نيجيريا'], places: ['أبوجا', 'بوكو حرام'] },
  SO: { name: 'الصومال', adjectives: ['صومالي'], names: ['الصومال'], places: ['مقديشو'] },
  ET: { name: 'إثيوبيا', adjectives: ['إثيوبي'], names: ['إثيوبيا'], places: ['أديس أبابا'] },
  JP: { name: 'اليابان', adjectives: ['ياباني'], names: ['اليابان'], places: ['طوكيو'] },
  KR: { name: 'كوريا الجنوبية', adjectives: ['كوري'], names: ['كوريا الجنوبية'], places: ['سول'] },
  BE: { name: 'بلجيكا', adjectives: ['بلجيكي'], names: ['بلجيكا'], places: ['بروكسل'] },
  CA: { name: 'كندا', adjectives: ['كندي'], names: ['كندا'], places: ['أوتاوا'] },
  BR: { name: 'البرازيل', adjectives: ['برازيلي'], names: ['البرازيل'], places: [] },
  VE: { name: 'فنزويلا', adjectives: ['فنزويلي'], names: ['فنزويلا'], places: ['كاراكاس'] },
  UA: { name: 'أوكرانيا', adjectives: ['أوكراني'], names: ['أوكرانيا'], places: ['كييف'] },
  NL: { name: 'هولندا', adjectives: ['هولندي'], names: ['هولندا'], places: ['أمستردام', 'روتردام'] },
  SE: { name: 'السويد', adjectives: ['سويدي'], names: ['السويد'], places: ['ستوكهولم'] },
  PL: { name: 'بولندا', adjectives: ['بولندي'], names: ['بولندا'], places: ['وارسو'] },
  PT: { name: 'البرتغال', adjectives: ['برتغالي'], names: ['البرتغال'], places: ['لشبونة'] },
  MX: { name: 'المكسيك', adjectives: ['مكسيكي'], names: ['المكسيك'], places: [] },
  AU: { name: 'أستراليا', adjectives: ['أسترالي'], names: ['أستراليا'], places: ['سيدني', 'كانبرا', 'ملبورن'] },
  ID: { name: 'إندونيسيا', adjectives: ['إندونيسي'], names: ['إندونيسيا'], places: ['جاكرتا'] },
  MY: { name: 'ماليزيا', adjectives: ['ماليزي'], names: ['ماليزيا'], places: ['كوالالمبور'] },
  PH: { name: 'الفلبين', adjectives: ['فلبيني'], names: ['الفلبين'], places: ['مانيلا'] },
  TH: { name: 'تايلاند', adjectives: ['تايلاندي'], names: ['تايلاند'], places: ['بانكوك'] },
  BD: { name: 'بنغلاديش', adjectives: ['بنغلاديشي'], names: ['بنغلاديش'], places: ['دكا'] },
  KE: { name: 'كينيا', adjectives: ['كيني'], names: ['كينيا'], places: ['نيروبي'] },
  ZA: { name: 'جنوب أفريقيا', names: ['جنوب أفريقيا', 'جنوب إفريقيا'], places: ['بريتوريا', 'جوهانسبرغ', 'جوهانسبيرغ'] },
  SN: { name: 'السنغال', adjectives: ['سنغالي'], names: ['السنغال'], places: ['داكار'] },
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
  return [...(country.adjectives ?? []).flatMap(adjectiveForms), ...country.names];
}

/** Every word that places a story in a country, with the country's code. */
export function placeWords(): [word: string, code: string][] {
  return Object.entries(COUNTRY_WORDS).flatMap(([code, country]) => [...countryNameWords(code), ...country.places].map((word): [string, string] => [word, code]));
}

/**
 * Place words that are also a verb news text writes often, folded: سرت (Sirte) is سَرَت (spread:
 * «وسرت مخاوف»), and joined to ك or ف it is كَسَرت (broke) or فسّرت (explained).
 */
const PLACES_ALSO_VERBS: readonly string[] = ['سرت'];
/** The clitics that make such a word the verb wherever it stands: ك and ف, which news never joins to a place. */
const VERB_CLITICS: ReadonlySet<string> = new Set(['ك', 'وك', 'فك', 'ف']);
/** Words that keep such a word the place after it, though it opens a sentence: وسرت التي …, وسرت هي … */
const AFTER_THE_PLACE: ReadonlySet<string> = new Set(['التي', 'الذي', 'هي', 'ايضا']);

/**
 * Whether the place word at folded `text`[start, end), its clitics before `start`, is the verb it
 * also spells, and places nothing: joined to ك or ف, or joined to و where it opens a paragraph or
 * a sentence before its subject, as «وسرت مخاوف» does. It stays the place after a preposition or
 * a noun, before a comma, a relative or a number, and alone at a paragraph's start (a headline:
 * «سرت تستعيد هدوءها»).
 */
export function placeReadsAsVerb(text: string, start: number, end: number): boolean {
  if (!PLACES_ALSO_VERBS.some((word) => word.length === end - start && text.startsWith(word, start))) return false;
  const wordStart = wordStartOf(text, start);
  const clitics = text.slice(wordStart, start);
  if (VERB_CLITICS.has(clitics)) return true;
  if (clitics !== 'و' || !opensSentence(text, wordStart)) return false;
  const next = wordsAfter(text, end, 1)[0];
  // Folded text writes every digit 0–9.
  return next !== undefined && !AFTER_THE_PLACE.has(next) && !/^[0-9]/.test(next);
}
