/**
 * The suggester's word lists. Each is written in ordinary spelling and folded once (fold.ts), so
 * it compares with folded article text. A list here says what a word does in a news sentence: a
 * title before a name, a head noun that opens an organization's name, a word that ends a name.
 */
import { fold } from '../../utils/arabic/fold';
import { ORGANIZATION_HEADS, PERSON_TITLES } from '../../utils/arabic/titles';
import { COUNTRY_WORDS, countryNameWords } from '../../utils/arabic/places';

const foldAll = (words: readonly string[]) => new Set(words.map((w) => fold(w).text));

/** Military and police ranks: a rank is followed by a name almost always, so it alone is good evidence of a person. */
export const RANKS = foldAll(['اللواء', 'العميد', 'العقيد', 'الرائد', 'النقيب', 'الملازم', 'المقدم', 'الفريق', 'المشير', 'الجنرال', 'الرقيب', 'العريف', 'الأميرال']);

/** Honorifics and the byline word: they point to a person but are not a role of the person. */
export const HONORIFICS = foldAll(['السيد', 'السيدة', 'الشيخ', 'الشيخة', 'الدكتور', 'الدكتورة', 'د', 'الأستاذ', 'الأستاذة', 'المهندس', 'الحاج', 'بواسطة']);

/** Plural honorifics that open a list of names: «السادة عبد القادر مساهل و سامح شكري». */
export const PLURAL_HONORIFICS = foldAll(['السادة', 'السيدات']);

/**
 * Nouns that describe a person and stand before the name without being an office the person
 * holds for a body (المعارض، المحامي، زوجته): evidence of a person, not a role.
 */
export const PERSON_NOUNS = foldAll([
  'المعارض', 'المتمرد', 'المحامي', 'المحامية', 'المدعي', 'القاضي', 'القاضية', 'الصحفي', 'الصحفية', 'الصحافي',
  'الكاتب', 'الكاتبة', 'الناشط', 'الناشطة', 'الزعيم', 'القيادي', 'العضو', 'المرشح', 'المرشحة', 'الخبير', 'الباحث', 'الأكاديمي', 'الداعية', 'الفنان', 'الفنانة', 'اللاعب', 'المدرب',
  'زوجته', 'زوجها', 'ابنه', 'ابنها', 'نجله', 'شقيقه', 'شقيقها', 'والده', 'والدها', 'والدته', 'أخيه', 'أخوه', 'نجل', 'شقيق', 'زوجة', 'أرملة',
]);

/**
 * Office titles: they name a role the person holds (وزير الخارجية، رئيس المجلس). From
 * utils/arabic/titles.ts, with the forms news text also uses before a name.
 */
export const OFFICE_TITLES = foldAll([
  ...PERSON_TITLES.filter((t) => !RANKS.has(fold(t).text) && !HONORIFICS.has(fold(t).text)),
  'رئيسة', 'الرئيسة', 'المدير', 'المديرة', 'النائب', 'نائبة', 'السفير', 'السفيرة', 'الناطقة', 'المتحدثة', 'ناطق', 'متحدث', 'متحدثة',
  'مبعوث', 'مبعوثة', 'المبعوثة', 'الممثل', 'ممثل', 'الأمين', 'أمين', 'قائد', 'القائد', 'آمر', 'الآمر', 'مستشار', 'مستشارة',
  'المستشارة', 'وكيل', 'وكيلة', 'محافظ', 'المحافظ', 'عميد', 'عمدة', 'رئيسي', 'ولي', 'ملك', 'الملك', 'الأمير', 'أمير', 'الملكة',
  'المفوض', 'مفوض', 'المندوب', 'مندوب', 'منسق', 'المنسق', 'الحاكم', 'حاكم', 'وزيري',
]);

/** Every word that may stand before a name as its title. */
export const TITLES = new Set([...RANKS, ...HONORIFICS, ...OFFICE_TITLES, ...PERSON_NOUNS]);

/** Office titles that head a body: their complement may name it without a head noun (مدير أمن طرابلس). */
export const HEAD_OF_TITLES = foldAll(['رئيس', 'رئيسة', 'الرئيس', 'مدير', 'مديرة', 'المدير']);

/** Minister titles: their portfolio names a ministry (وزير الخارجية الجزائري → وزارة الخارجية الجزائرية). */
export const MINISTER_TITLES = foldAll(['وزير', 'وزيرة', 'الوزير', 'الوزيرة']);

/**
 * A title in the accusative after the name of the one appointed: «عين … مصطفى المقرعن رئيسا لجهاز
 * المخابرات». Fold drops the tanween, so رئيساً and رئيسًا are both رئيسا.
 */
export const ACCUSATIVE_TITLES = foldAll(['رئيسا', 'مديرا', 'وزيرا', 'نائبا', 'سفيرا', 'ناطقا', 'متحدثا', 'مستشارا', 'مبعوثا', 'قائدا']);

/** Portfolios of ministries, as they follow وزير and وزارة (الخارجية، الداخلية …), without the article. */
export const PORTFOLIOS = foldAll([
  'خارجية', 'داخلية', 'دفاع', 'عدل', 'مالية', 'اقتصاد', 'صحة', 'تعليم', 'عمل', 'إعلام', 'ثقافة', 'نفط', 'خزانة', 'خزينة',
  'شؤون', 'تخطيط', 'نقل', 'مواصلات', 'زراعة', 'سياحة', 'تجارة', 'صناعة', 'طاقة', 'كهرباء', 'بيئة', 'اتصالات', 'إسكان',
  'أوقاف', 'رياضة', 'شباب', 'جيوش', 'حربية', 'تربية',
]);

/**
 * Organization head nouns: utils/arabic/titles.ts's, their definite forms, and the heads common in
 * Arabic news it lacks (bodies, forces, courts, outlets, alliances).
 */
export const HEADS = new Set([
  ...foldAll(ORGANIZATION_HEADS),
  ...foldAll([
    'الوزارة', 'الجهاز', 'المديرية', 'المكتب', 'المركز', 'التنظيم', 'قوات', 'جيش', 'الجيش', 'مفوضية', 'المفوضية', 'محكمة',
    'المحكمة', 'بعثة', 'البعثة', 'جامعة', 'الجامعة', 'مصرف', 'المصرف', 'حزب', 'الحزب', 'وكالة', 'الوكالة', 'صحيفة', 'الصحيفة',
    'قناة', 'القناة', 'شركة', 'الشركة', 'رئاسة', 'الرئاسة', 'اتحاد', 'الاتحاد', 'حلف', 'الحلف', 'برلمان', 'البرلمان', 'نيابة',
    'النيابة', 'غرفة', 'الغرفة', 'حرس', 'الحرس', 'جماعة', 'الجماعة', 'كتيبة', 'الكتيبة', 'كتائب', 'لواء', 'تحالف', 'التحالف',
    'الاستخبارات', 'استخبارات', 'المخابرات', 'مخابرات', 'كلية', 'الكلية', 'أكاديمية', 'الأكاديمية', 'معهد', 'المعهد', 'موقع',
    'هيئة', 'الهيئة', 'مديرية', 'سلطة', 'السلطة', 'حركة', 'الحركة', 'جبهة', 'الجبهة', 'بنك', 'البنك',
    'صندوق', 'الصندوق', 'منظمة', 'المنظمة', 'رابطة', 'الرابطة', 'نقابة', 'النقابة', 'إذاعة', 'الإذاعة', 'مجموعة', 'المجموعة',
    'سفارة', 'السفارة', 'قنصلية', 'برنامج',
  ]),
]);

/** Heads that name an outlet: what they head is a news outlet (صحيفة لو جورنال دو ديمانش، موقع ميديابارت). */
export const OUTLET_HEADS = foldAll(['صحيفة', 'الصحيفة', 'قناة', 'القناة', 'وكالة', 'الوكالة', 'موقع', 'إذاعة', 'الإذاعة']);

/** Plurals of head nouns: «والأجهزة الأمنية» after a name starts a second noun phrase, not part of the name. */
export const PLURAL_HEADS = foldAll([
  'الأجهزة', 'المؤسسات', 'الهيئات', 'الوزارات', 'اللجان', 'المجالس', 'الإدارات', 'المراكز', 'الجهات', 'الحكومات', 'المكاتب',
  'المديريات', 'الميليشيات', 'المليشيات', 'الجماعات', 'الكتائب', 'الأطراف', 'الدول', 'السلطات', 'القوات', 'الفصائل',
]);

/**
 * Words that carry no name by themselves: a head followed only by these is generic («الأجهزة
 * الأمنية», «التنظيم الإرهابي», «قوات المعارضة»). Compared without the article.
 */
export const GENERIC = foldAll([
  'أمني', 'أمنية', 'عام', 'عامة', 'مختص', 'مختصة', 'معني', 'معنية', 'مشترك', 'مشتركة', 'جديد', 'جديدة', 'سابق', 'سابقة',
  'حالي', 'حالية', 'مذكور', 'مذكورة', 'إرهابي', 'إرهابية', 'أخرى', 'آخر', 'تابع', 'تابعة', 'وطني', 'وطنية', 'خاص', 'خاصة',
  'معروف', 'معروفة', 'رسمي', 'رسمية', 'محلي', 'محلية', 'دولي', 'دولية', 'كبرى', 'بلاده', 'بلادها', 'وطن', 'شرعية', 'شرعي',
  'معارضة', 'ميليشيا', 'مليشيا', 'ميليشيات', 'مليشيات', 'نظام', 'مسلحة', 'مسلح', 'موازية', 'متطرفة', 'سياسي', 'سياسية',
  'مدني', 'مدنية', 'منافس', 'منافسة', 'متنافسة', 'مختلفة', 'غربي', 'غربية', 'شرقي', 'شرقية', 'أجنبي', 'أجنبية',
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
  'هنا', 'يقول', 'تقول', 'قوله', 'بأن', 'وأن', 'إنها', 'أنها', 'له', 'لها', 'لهم', 'به', 'بها', 'بهم', 'منه', 'منها', 'عليه',
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

/** Country names (utils/arabic/places.ts), and the cities Libyan news names most. They complete a title and never start a person's name. */
export const PLACES = new Set([
  ...Object.values(COUNTRY_WORDS).flatMap((c) => [c.name, ...c.names]).map((w) => fold(w).text),
  ...foldAll([
    'طرابلس', 'بنغازي', 'طبرق', 'سرت', 'مصراتة', 'الزاوية', 'سبها', 'درنة', 'البيضاء', 'الكفرة', 'غات', 'المرج', 'أجدابيا',
    'الرباط', 'باريس', 'روما', 'الدوحة', 'القاهرة', 'لندن', 'واشنطن', 'موسكو', 'برلين', 'بروكسل', 'جنيف', 'نيويورك', 'أبوظبي',
    'دبي', 'الرياض', 'أنقرة', 'إسطنبول', 'الكونغو', 'أمريكا',
  ]),
]);

/** Countries' adjectives (every form, with and without the article) and names, folded, with the country's code: «الجزائري» → DZ. */
export const COUNTRY_OF_WORD = new Map<string, string>(
  Object.keys(COUNTRY_WORDS).flatMap((code) => countryNameWords(code).flatMap((w): [string, string][] => [[fold(w).text, code], [fold(`ال${w}`).text, code]])),
);

/** Adjectives of a region or bloc, which name a body as a country's do: «البرلمان الأوروبي». */
export const BLOC_ADJECTIVES = foldAll(['الأوروبي', 'الأوروبية', 'الأوربي', 'الأفريقي', 'الأفريقية', 'الإفريقي', 'الإفريقية', 'العربي', 'العربية', 'الأممي', 'الأممية', 'الخليجي', 'الخليجية', 'المغاربي']);

/**
 * Nouns that complete a title before the name without the article: «مدير أمن طرابلس»,
 * «رئيس بلاده», «الناطق باسم …», «الفريق أول ركن».
 */
export const TITLE_COMPLEMENTS = foldAll(['أمن', 'شؤون', 'لشؤون', 'بلاده', 'بلادها', 'باسم', 'دولة', 'قسم', 'فرع', 'شعبة', 'وحدة', 'وفد', 'هيئة', 'أركان', 'عام', 'أول', 'ركن', 'عهد', 'خارجية', 'داخلية', 'دفاع', 'ميليشيا', 'مليشيا']);

/**
 * Common given names, folded. A proposal after an office title (وزير، رئيس) is kept only when its
 * first word looks like a given name, or the article repeats its last word alone, or it is quoted:
 * otherwise «رئيس الجهاز اختصاص أصيل» would be a person. Looser than utils/arabic/given-names.ts,
 * which leaves out names that are also common words: here they follow a title.
 */
export const GIVEN_NAMES = foldAll([
  'محمد', 'أحمد', 'محمود', 'مصطفى', 'علي', 'عمر', 'عثمان', 'خالد', 'خليفة', 'سالم', 'سليم', 'سليمان', 'طارق', 'عادل', 'صبري',
  'كمال', 'ناصر', 'نجلاء', 'فتحي', 'معمر', 'حسن', 'حسين', 'إبراهيم', 'إسماعيل', 'يوسف', 'يونس', 'موسى', 'عيسى', 'عماد', 'عصام',
  'فرج', 'فوزي', 'فايز', 'فاطمة', 'عائشة', 'مريم', 'سعاد', 'هدى', 'ليلى', 'أمينة', 'حنان', 'سلوى', 'منى', 'نوال', 'زينب', 'خديجة',
  'صالح', 'سعيد', 'سعد', 'رمضان', 'جمعة', 'مفتاح', 'ميلاد', 'مختار', 'منصور', 'مصباح', 'نوري', 'أسامة', 'حمزة', 'بشير', 'جمال',
  'رضا', 'رشيد', 'سمير', 'سامي', 'هشام', 'وليد', 'ياسين', 'زياد', 'نبيل', 'طلال', 'فيصل', 'فهد', 'فاضل', 'مراد', 'مهدي', 'مسعود',
  'مبروك', 'عقيلة', 'قاسم', 'كريم', 'حمد', 'حامد', 'حميد', 'عمار', 'عامر', 'أنس', 'أيمن', 'بلقاسم', 'جلال', 'حازم', 'رجب', 'شعبان',
  'صلاح', 'ضو', 'طه', 'عوض', 'نجيب', 'نصر', 'هاني', 'وائل', 'ياسر', 'يحيى', 'عبير', 'ريم', 'هند', 'سهام', 'نادية', 'رانيا', 'لطفي',
  'منير', 'توفيق', 'رمطان', 'لخضر', 'صادق', 'الصادق', 'الهادي', 'الطاهر', 'المهدي', 'أشرف', 'إيهاب', 'حافظ', 'عارف', 'جبريل',
  'بشار', 'ماجد', 'مجدي', 'فؤاد', 'عاطف', 'شكري', 'حاتم', 'حمدي', 'أنور', 'إياد', 'زكريا',
  'إدريس', 'ادريس', 'أبوبكر', 'امحمد', 'المبروك', 'ونيس', 'سيف', 'هيثم', 'باسم', 'بسام', 'تامر', 'جابر', 'خليل', 'رامي', 'زيد',
  'سارة', 'إيمان', 'أسماء', 'وفاء', 'سميرة', 'رشا', 'جميلة', 'نور', 'أمل', 'حسني', 'عاصم', 'معاذ', 'نزار', 'وسام',
]);

/** Words that join the next word into one name unit: عبد الله، أبو بكر، بن علي، آل نهيان. */
export const NAME_JOINERS = foldAll(['عبد', 'أبو', 'أبي', 'ابن', 'بن', 'بنت', 'آل', 'ولد', 'أبا']);
/** Words that join the previous word: نور الدين، خير الله. */
export const NAME_TAILS = foldAll(['الدين', 'الله', 'الرحمن', 'الإسلام', 'العابدين']);

/**
 * Bodies news text names without a head noun: news agencies and outlets, alliances, armed groups
 * and international bodies known by a short name. A word here is an organization wherever it
 * stands; words that are also common nouns (القاعدة = the base) are left out.
 */
export const KNOWN_BODIES: readonly { readonly name: string; readonly kind: 'news-outlet' | 'international-body' | 'terrorist-organization' | 'armed-forces' | 'parliament' | 'other' }[] = [
  ...['رويترز', 'فرانس برس', 'أسوشيتد برس', 'الأناضول', 'سبوتنيك', 'بي بي سي', 'سي إن إن', 'CNN', 'BBC', 'سكاي نيوز عربية', 'سكاي نيوز', 'الجزيرة نت', 'العربية نت', 'يورونيوز', 'دويتشه فيله', 'بلومبرغ', 'لوموند', 'لوفيغارو', 'نيويورك تايمز', 'واشنطن بوست', 'الغارديان'].map((name) => ({ name, kind: 'news-outlet' as const })),
  ...['الناتو', 'الإنتربول', 'اليونيسف', 'اليونسكو', 'أوبك', 'يونيسف', 'اليوروبول', 'فرونتكس'].map((name) => ({ name, kind: 'international-body' as const })),
  ...['داعش', 'حماس', 'حزب الله', 'بوكو حرام', 'طالبان', 'الحوثيين', 'الحوثي', 'أنصار الشريعة', 'جبهة النصرة'].map((name) => ({ name, kind: 'terrorist-organization' as const })),
  ...['البنتاغون'].map((name) => ({ name, kind: 'armed-forces' as const })),
  ...['الكونغرس', 'الكنيست', 'الدوما'].map((name) => ({ name, kind: 'parliament' as const })),
  ...['الكرملين', 'البيت الأبيض', 'الإليزيه', 'سي آي إيه', 'إم آي 6', 'الموساد'].map((name) => ({ name, kind: 'other' as const })),
];

/** Quotation marks that open and close a quoted name. */
export const QUOTE_OPEN = new Set(['“', '«', '„', '‹']);
export const QUOTE_CLOSE = new Set(['”', '»', '›']);
export const QUOTE_ANY = /["“”«»„‹›#]/g;
