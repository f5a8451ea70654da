/**
 * The suggester's word lists, folded once (fold.ts) so they compare with folded article text. The
 * Arabic word rules come from utils/arabic/: titles and ranks and head nouns (titles.ts), given
 * names (given-names.ts), countries (places.ts), and the words only a tool that finds new names
 * reads (name-cues.ts). The lists written here are the suggester's own: where a name or a body's
 * name ends, and which words carry no name.
 */
import { fold } from '../../utils/arabic/fold';
import { COMPOUND_NAME_HEADS, COMPOUND_NAME_TAILS, FOREIGN_GIVEN_NAMES as UTIL_FOREIGN_GIVEN_NAMES, GIVEN_NAMES as UTIL_GIVEN_NAMES, GIVEN_NAMES_ALSO_WORDS, LINEAGE_WORDS } from '../../utils/arabic/given-names';
import {
  BLOC_ADJECTIVES as UTIL_BLOC_ADJECTIVES, CITIES, MORE_GIVEN_NAMES, MORE_HONORIFICS, MORE_NAME_JOINERS, MORE_OFFICE_TITLES, MORE_ORGANIZATION_HEADS,
  MORE_PLURAL_HEADS, MORE_RANKS, PERSON_NOUNS as UTIL_PERSON_NOUNS, PLURAL_OFFICE_TITLES as UTIL_PLURAL_OFFICE_TITLES,
} from '../../utils/arabic/name-cues';
import { COUNTRY_WORDS, countryNameWords } from '../../utils/arabic/places';
import {
  ACCUSATIVE_TITLES as UTIL_ACCUSATIVE_TITLES, HEAD_OF_TITLES as UTIL_HEAD_OF_TITLES, HONORIFICS as UTIL_HONORIFICS, OFFICE_TITLES as UTIL_OFFICE_TITLES,
  ORGANIZATION_HEADS, PLURAL_HEADS as UTIL_PLURAL_HEADS, RANKS as UTIL_RANKS,
} from '../../utils/arabic/titles';

const foldAll = (words: readonly string[]) => new Set(words.map((w) => fold(w).text));

const fromUtils = (...lists: (readonly string[])[]) => foldAll(lists.flat());

/** Military and police ranks: a rank is followed by a name almost always, so it alone is good evidence of a person. */
export const RANKS = fromUtils(UTIL_RANKS, MORE_RANKS);

/** Honorifics and the byline word: they point to a person but are not a role of the person. */
export const HONORIFICS = fromUtils(UTIL_HONORIFICS, MORE_HONORIFICS);

/** Plural honorifics that open a list of names: «السادة عبد القادر مساهل و سامح شكري». */
export const PLURAL_HONORIFICS = foldAll(['السادة', 'السيدات']);

/** Plural and dual office titles that open a list of names (name-cues.ts). */
export const PLURAL_OFFICE_TITLES = fromUtils(UTIL_PLURAL_OFFICE_TITLES);

/** Nouns that describe a person and stand before the name (المعارض، المحامي، زوجته): evidence of a person, not a role. */
export const PERSON_NOUNS = fromUtils(UTIL_PERSON_NOUNS);

/** Office titles: they name a role the person holds (وزير الخارجية، رئيس المجلس). */
export const OFFICE_TITLES = fromUtils(UTIL_OFFICE_TITLES, MORE_OFFICE_TITLES);

/** Every word that may stand before a name as its title. */
export const TITLES = new Set([...RANKS, ...HONORIFICS, ...OFFICE_TITLES, ...PERSON_NOUNS]);

/** Office titles that head a body: their complement may name it without a head noun (مدير أمن طرابلس). */
export const HEAD_OF_TITLES = fromUtils(UTIL_HEAD_OF_TITLES);

/** Minister titles: their portfolio names a ministry (وزير الخارجية الجزائري → وزارة الخارجية الجزائرية). */
export const MINISTER_TITLES = foldAll(['وزير', 'وزيرة', 'الوزير', 'الوزيرة']);

/** A title in the accusative after the name of the one appointed: «عين … مصطفى المقرعن رئيسا لجهاز المخابرات». */
export const ACCUSATIVE_TITLES = fromUtils(UTIL_ACCUSATIVE_TITLES);

/** Portfolios of ministries, as they follow وزير and وزارة (الخارجية، الداخلية …), without the article. */
export const PORTFOLIOS = foldAll([
  'خارجية', 'داخلية', 'دفاع', 'عدل', 'مالية', 'اقتصاد', 'صحة', 'تعليم', 'عمل', 'إعلام', 'ثقافة', 'نفط', 'خزانة', 'خزينة',
  'شؤون', 'تخطيط', 'نقل', 'مواصلات', 'زراعة', 'سياحة', 'تجارة', 'صناعة', 'طاقة', 'كهرباء', 'بيئة', 'اتصالات', 'إسكان',
  'أوقاف', 'رياضة', 'شباب', 'جيوش', 'حربية', 'تربية',
]);

/** Organization head nouns: they open a body's name (وزارة الداخلية، حلف الناتو). */
export const HEADS = fromUtils(ORGANIZATION_HEADS, MORE_ORGANIZATION_HEADS);

/** Heads that name an outlet: what they head is a news outlet (صحيفة لو جورنال دو ديمانش، موقع ميديابارت). */
export const OUTLET_HEADS = foldAll(['صحيفة', 'الصحيفة', 'قناة', 'القناة', 'وكالة', 'الوكالة', 'موقع', 'إذاعة', 'الإذاعة']);

/** Plurals of head nouns: «والأجهزة الأمنية» after a name starts a second noun phrase, not part of the name. */
export const PLURAL_HEADS = fromUtils(UTIL_PLURAL_HEADS, MORE_PLURAL_HEADS);

/**
 * Words that carry no name by themselves: a head followed only by these is generic («الأجهزة
 * الأمنية», «التنظيم الإرهابي», «قوات المعارضة»). Compared without the article.
 */
export const GENERIC = foldAll([
  'أمني', 'أمنية', 'عام', 'عامة', 'مختص', 'مختصة', 'معني', 'معنية', 'مشترك', 'مشتركة', 'جديد', 'جديدة', 'سابق', 'سابقة',
  'حالي', 'حالية', 'مذكور', 'مذكورة', 'إرهابي', 'إرهابية', 'أخرى', 'آخر', 'تابع', 'تابعة', 'وطني', 'وطنية', 'خاص', 'خاصة',
  'معروف', 'معروفة', 'رسمي', 'رسمية', 'محلي', 'محلية', 'دولي', 'دولية', 'كبرى', 'بلاده', 'بلادها', 'وطن', 'شرعية', 'شرعي',
  'معارضة', 'ميليشيا', 'مليشيا', 'ميليشيات', 'مليشيات', 'نظام', 'مسلحة', 'مسلح', 'موازية', 'متطرفة', 'سياسي', 'سياسية',
  'مدني', 'مدنية', 'منافس', 'منافسة', 'متنافسة', 'مختلفة', 'غربي', 'غربية', 'شرقي', 'شرقية', 'أجنبي', 'أجنبية', 'كبير', 'كبيرة',
  'صغير', 'صغيرة', 'واسع', 'واسعة',
]);

/**
 * Adjectives that end a name without being part of it: «رئيس الجهاز السابق», «تنظيم داعش الإرهابي»,
 * «مجلس الأمن التابع للأمم المتحدة».
 */
export const TRAILING_DROP = foldAll([
  'السابق', 'السابقة', 'الحالي', 'الحالية', 'الجديد', 'الجديدة', 'المذكور', 'المذكورة', 'المقبل', 'المقبلة', 'الإرهابي',
  'الإرهابية', 'الأسبق', 'الأسبقة', 'التابع', 'التابعة', 'المعنية', 'المعني', 'الراحل', 'الراحلة', 'المنتهية', 'الخاص', 'الخاصة',
]);

/**
 * Adjectives that describe a body named before them, its leaning or its character: «حزب الرابطة
 * اليميني». They end a name that already has a word of its own; alone they may be its name (الحزب
 * الاشتراكي), so they stay there.
 */
export const DESCRIPTIVE_ADJECTIVES = foldAll([
  'اليميني', 'اليمينية', 'اليساري', 'اليسارية', 'المتطرف', 'المتطرفة', 'المعارض', 'المعارضة', 'المناوئ', 'المناوئة', 'الحاكم',
  'الحاكمة', 'الخيري', 'الخيرية', 'الشعبوي', 'الشعبوية', 'المتشدد', 'المتشددة', 'الموالي', 'الموالية',
]);

/**
 * Participles that belong to a body's name even before a preposition (الأمم المتحدة في ليبيا).
 * Other participles followed by a preposition start a description (المدعومة من، المعترف بها).
 */
export const NAME_PARTICIPLES = foldAll(['المتحدة', 'المسلحة', 'المشتركة', 'المستقلة', 'المقاتلة', 'المتخصصة', 'المركزية', 'المنتخب']);

/** Prepositions (detached) that may stand inside a body's name before a place: «بعثة الأمم المتحدة في ليبيا». */
export const PLACE_PREPOSITIONS = foldAll(['في', 'حول', 'إلى', 'الى', 'لدى']);

/**
 * Prepositions, particles, pronouns and the verbs that follow a name in news prose. A name or a
 * noun phrase stops before any of them.
 */
export const STOP = foldAll([
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'عبر', 'خلال', 'حول', 'ضد', 'منذ', 'بين', 'لدى', 'عند', 'حتى', 'بعد', 'قبل',
  'ثم', 'أو', 'أم', 'بل', 'لكن', 'لأن', 'أن', 'إن', 'أنه', 'إنه', 'كان', 'كانت', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين',
  'اللذان', 'هو', 'هي', 'هم', 'هما', 'نحن', 'و', 'ف', 'قد', 'لقد', 'لم', 'لن', 'لا', 'ما', 'كما', 'يكون', 'تم', 'يتم',
  'قال', 'قالت', 'أكد', 'أكدت', 'أضاف', 'أضافت', 'أوضح', 'أشار', 'لفت', 'كشف', 'أعلن', 'أعلنت', 'أجرى', 'بحث', 'عين', 'عينت',
  'اليوم', 'أمس', 'يوم', 'صباح', 'مساء', 'مؤخرا', 'حديثا', 'سابقا', 'أيضا', 'فقط', 'جدا', 'كل', 'بعض', 'عدد', 'نحو', 'وفق',
  'ضمن', 'رغم', 'دون', 'غير', 'سوى', 'خلفا', 'رقم', 'لسنة', 'عام', 'وذلك', 'ذلك', 'هذا', 'هذه', 'تلك', 'يشكل', 'تضم',
  'يضم', 'طالبت', 'طالب', 'ترأس', 'زار', 'التقى', 'استقبل', 'دعا', 'أمام', 'لصالح', 'بشأن', 'حيث', 'إذ', 'إذا', 'لو', 'هناك',
  'هنا', 'يقول', 'تقول', 'قوله', 'قالا', 'أكدا', 'قالوا', 'أكدوا', 'أضافا', 'أوضحا', 'بأن', 'وأن', 'إنها', 'أنها', 'له', 'لها', 'لهم', 'به', 'بها', 'بهم', 'منه', 'منها', 'عليه',
  'عليها', 'فيه', 'فيها', 'معه', 'معها', 'معهم', 'عنه', 'عنها', 'إليه', 'إليها', 'الآن', 'حين', 'حينها', 'بينما', 'عندما', 'لما', 'ليلة', 'يومي', 'شهر', 'مطلع', 'نهاية', 'أثناء',
  'بسبب', 'إثر', 'عقب', 'لدعم', 'بهدف', 'دوليا', 'رسميا', 'مجددا', 'أكثر', 'أقل', 'جميع', 'كافة', 'أي', 'إلا', 'نفسه',
]);

/** Directions: «سيدي خليفة شرقي بنغازي» ends the name before them. Inside a body's name they stay (حلف شمالي الأطلسي). */
export const DIRECTIONS = foldAll(['شرق', 'شرقي', 'غرب', 'غربي', 'جنوب', 'جنوبي', 'شمال', 'شمالي', 'وسط']);

/**
 * Month names (Gregorian, Levantine and Maghrebi): «يوم الجمعة 11 يونيو» never starts a person's
 * name. The Maghrebi ماي (May) is left out: it is also a surname (تريزا ماي), and a date's digits end a name anyway.
 */
export const MONTHS = foldAll([
  'يناير', 'فبراير', 'مارس', 'أبريل', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر',
  'جانفي', 'فيفري', 'أفريل', 'جوان', 'جويلية', 'أوت', 'كانون', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب',
  'أيلول', 'تشرين',
]);

/** Days of the week: «الأحد» after a name is the day it was said, not part of the name. */
export const WEEKDAYS = foldAll(['السبت', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة']);

/** Country names (places.ts) and cities (name-cues.ts): they complete a title and never start a person's name. */
export const PLACES = new Set([...Object.values(COUNTRY_WORDS).flatMap((c) => [c.name, ...c.names]).map((w) => fold(w).text), ...fromUtils(CITIES)]);

/** Countries' adjectives (every form, with and without the article) and names, folded, with the country's code: «الجزائري» → DZ. */
export const COUNTRY_OF_WORD = new Map<string, string>(
  Object.keys(COUNTRY_WORDS).flatMap((code) => countryNameWords(code).flatMap((w): [string, string][] => [[fold(w).text, code], [fold(`ال${w}`).text, code]])),
);

/** Adjectives of a region or bloc, which name a body as a country's do: «البرلمان الأوروبي». */
export const BLOC_ADJECTIVES = fromUtils(UTIL_BLOC_ADJECTIVES);

/**
 * Nouns that complete a title before the name without the article: «مدير أمن طرابلس»,
 * «رئيس بلاده», «الناطق باسم …», «الفريق أول ركن».
 */
export const TITLE_COMPLEMENTS = foldAll(['أمن', 'شؤون', 'لشؤون', 'بلاده', 'بلادها', 'باسم', 'دولة', 'قسم', 'فرع', 'شعبة', 'وحدة', 'وفد', 'هيئة', 'أركان', 'عام', 'أول', 'ركن', 'عهد', 'خارجية', 'داخلية', 'دفاع', 'ميليشيا', 'مليشيا']);

/**
 * Given names, folded: those the resolver reads, those that are also common words, and a few more.
 * A proposal after an office title (وزير، رئيس) is kept when its first word is one, or the article
 * repeats its last word alone, or it is quoted: otherwise «رئيس الجهاز اختصاص أصيل» would be a person.
 */
export const GIVEN_NAMES = fromUtils(UTIL_GIVEN_NAMES, GIVEN_NAMES_ALSO_WORDS, MORE_GIVEN_NAMES, UTIL_FOREIGN_GIVEN_NAMES);

/** Given names that are rarely anything else: a name may open with one without a title (given-names.ts GIVEN_NAMES and FOREIGN_GIVEN_NAMES). */
export const SURE_GIVEN_NAMES = fromUtils(UTIL_GIVEN_NAMES, UTIL_FOREIGN_GIVEN_NAMES);

/** Foreign given names (إيمانويل، أنجيلا): two in a row make one compound given name (جان إيف). */
export const FOREIGN_GIVEN_NAMES = fromUtils(UTIL_FOREIGN_GIVEN_NAMES);

/** Words that join the next word into one name unit: عبد الله، أبو بكر، بن علي، آل نهيان. */
export const NAME_JOINERS = fromUtils(COMPOUND_NAME_HEADS, LINEAGE_WORDS, MORE_NAME_JOINERS);
/** Words that join the previous word: نور الدين، سيف الإسلام. */
export const NAME_TAILS = fromUtils(COMPOUND_NAME_TAILS);

/**
 * Bodies news text names without a head noun: news agencies and outlets, alliances, armed groups
 * and international bodies known by a short name. A word here is an organization wherever it
 * stands; words that are also common nouns (القاعدة = the base) are left out.
 */
export const KNOWN_BODIES: readonly { readonly name: string; readonly kind: 'news-outlet' | 'international-body' | 'terrorist-organization' | 'armed-forces' | 'parliament' | 'other' }[] = [
  ...['رويترز', 'فرانس برس', 'أسوشيتد برس', 'الأناضول', 'سبوتنيك', 'بي بي سي', 'سي إن إن', 'CNN', 'BBC', 'سكاي نيوز عربية', 'سكاي نيوز', 'الجزيرة نت', 'العربية نت', 'يورونيوز', 'دويتشه فيله', 'بلومبرغ', 'لوموند', 'لوفيغارو', 'نيويورك تايمز', 'واشنطن بوست', 'الغارديان'].map((name) => ({ name, kind: 'news-outlet' as const })),
  ...['الناتو', 'الإنتربول', 'اليونيسف', 'اليونسكو', 'أوبك', 'يونيسف', 'اليوروبول', 'فرونتكس'].map((name) => ({ name, kind: 'international-body' as const })),
  ...['داعش', 'حماس', 'حزب الله', 'بوكو حرام', 'طالبان', 'الحوثيين', 'الحوثي', 'أنصار الشريعة', 'جبهة النصرة'].map((name) => ({ name, kind: 'terrorist-organization' as const })),
  ...['الصليب الأحمر', 'الهلال الأحمر', 'أطباء بلا حدود', 'هيومن رايتس ووتش'].map((name) => ({ name, kind: 'other' as const })),
  ...['البنتاغون'].map((name) => ({ name, kind: 'armed-forces' as const })),
  ...['الكونغرس', 'الكنيست', 'الدوما'].map((name) => ({ name, kind: 'parliament' as const })),
  ...['الكرملين', 'البيت الأبيض', 'الإليزيه', 'سي آي إيه', 'إم آي 6', 'الموساد'].map((name) => ({ name, kind: 'other' as const })),
];

/** Quotation marks that open and close a quoted name. */
export const QUOTE_OPEN = new Set(['“', '«', '„', '‹']);
export const QUOTE_CLOSE = new Set(['”', '»', '›']);
export const QUOTE_ANY = /["“”«»„‹›#]/g;
