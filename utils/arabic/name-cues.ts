/**
 * Words that announce a new name in news text, beyond those of titles.ts and given-names.ts: read
 * only by seeds:suggest, which proposes names the store does not have yet. The resolver does not
 * read them: it marks known names, and these words are in reach of far more text than a title
 * before a known short name needs (المدير, العضو and the kinship nouns before any word).
 * Ordinary spelling: fold before comparing with folded text. No browser APIs.
 */

/** Nouns that describe a person and stand before the name, without being an office held in a body. */
export const PERSON_NOUNS: readonly string[] = [
  'المعارض', 'المتمرد', 'المحامي', 'المحامية', 'المدعي', 'القاضي', 'القاضية', 'الصحفي', 'الصحفية', 'الصحافي', 'الكاتب',
  'الكاتبة', 'الناشط', 'الناشطة', 'الزعيم', 'القيادي', 'العضو', 'المرشح', 'المرشحة', 'الخبير', 'الباحث', 'الأكاديمي',
  'الداعية', 'الفنان', 'الفنانة', 'اللاعب', 'المدرب', 'الوسيط', 'صهر', 'محامي', 'محامية',
  // With a pronoun: «ورفض محاميه …».
  'محاميه', 'محاميها',
  // Kinship, with its pronoun: «وزوجته فاطمة بودشار».
  'زوجته', 'زوجها', 'ابنه', 'ابنها', 'نجله', 'شقيقه', 'شقيقها', 'والده', 'والدها', 'والدته', 'أخيه', 'أخوه', 'نجل', 'شقيق', 'زوجة', 'أرملة',
];

/**
 * Plural and dual office titles that open a list of names, each name maybe after its country's
 * adjective: «وزراء الخارجية التونسي … والمصري …», «الرئيسين المصري … والفرنسي …».
 */
export const PLURAL_OFFICE_TITLES: readonly string[] = ['وزراء', 'رؤساء', 'سفراء', 'زعماء', 'الرئيسين', 'الوزيرين', 'وزيري'];

/** Honorifics and ranks in the forms titles.ts leaves out. */
export const MORE_HONORIFICS: readonly string[] = ['الشيخة', 'الأستاذة', 'المهندس', 'أستاذ', 'أستاذة'];
export const MORE_RANKS: readonly string[] = ['الأميرال'];

/** Offices in the forms and kinds titles.ts leaves out: feminine, definite, dual, envoys, governors, royalty. */
export const MORE_OFFICE_TITLES: readonly string[] = [
  'الرئيسة', 'المدير', 'المديرة', 'النائب', 'نائبة', 'السفير', 'السفيرة', 'الناطقة', 'المتحدثة', 'ناطق', 'متحدث', 'متحدثة',
  'مبعوث', 'مبعوثة', 'المبعوثة', 'الممثل', 'ممثل', 'الأمين', 'أمين', 'آمر', 'الآمر', 'مستشار', 'مستشارة', 'المستشارة', 'وكيل',
  'وكيلة', 'محافظ', 'المحافظ', 'عميد', 'عمدة', 'ولي', 'ملك', 'الملك', 'الأمير', 'أمير', 'الملكة', 'المفوض', 'مفوض', 'المندوب',
  'مندوب', 'منسق', 'المنسق', 'الحاكم', 'حاكم', 'وزيري',
];

/** Head nouns titles.ts leaves out: forces, courts, alliances, outlets, schools and banks. */
export const MORE_ORGANIZATION_HEADS: readonly string[] = [
  'الصحيفة', 'القناة', 'رئاسة', 'الرئاسة', 'اتحاد', 'الاتحاد', 'حلف', 'الحلف', 'برلمان', 'البرلمان', 'نيابة', 'النيابة', 'غرفة',
  'الغرفة', 'حرس', 'الحرس', 'جماعة', 'الجماعة', 'كتيبة', 'الكتيبة', 'كتائب', 'لواء', 'تحالف', 'التحالف', 'الاستخبارات',
  'استخبارات', 'المخابرات', 'مخابرات', 'كلية', 'الكلية', 'أكاديمية', 'الأكاديمية', 'معهد', 'المعهد', 'موقع', 'سلطة', 'السلطة',
  'حركة', 'الحركة', 'جبهة', 'الجبهة', 'بنك', 'البنك', 'صندوق', 'الصندوق', 'رابطة', 'الرابطة', 'نقابة', 'النقابة', 'إذاعة',
  'الإذاعة', 'مجموعة', 'المجموعة', 'سفارة', 'السفارة', 'قنصلية', 'برنامج', 'جمعية', 'الجمعية', 'شرطة', 'الشرطة', 'محفظة',
  // Only with the article: «القضاء الفرنسي» (the judiciary); «القضاء على» is a verbal noun and names nothing.
  'القضاء',
];

/** Plurals of head nouns titles.ts leaves out: after a name, they open another phrase. */
export const MORE_PLURAL_HEADS: readonly string[] = ['الميليشيات', 'المليشيات', 'الجماعات', 'الكتائب', 'الأطراف', 'الدول', 'السلطات', 'القوات', 'الفصائل'];

/**
 * Words that join the next word into one name unit, beyond given-names.ts: آل نهيان, ولد الشيخ, أبا,
 * and the particles of European surnames (لويجي دي مايو، فون دير لاين), whose next word may spell
 * like a month or a particle.
 */
export const MORE_NAME_JOINERS: readonly string[] = ['آل', 'ولد', 'أبا', 'دي', 'دو', 'دا', 'ديل', 'فان', 'فون'];

/** Given names given-names.ts does not list, read after a title. */
export const MORE_GIVEN_NAMES: readonly string[] = [
  'مبروك', 'إدريس', 'بسام', 'جميلة', 'نور', 'أمل', 'عاصم', 'وسام', 'يعقوب',
  // Common across the Arab world; read after a title, or opening a name whose surname recurs alone.
  'سامح', 'سفيان', 'نذير', 'أنيس', 'بلال', 'رياض', 'رضوان', 'وسيم', 'زهير', 'منذر', 'مهند', 'معتز', 'أيوب', 'حسام', 'همام',
  'شادي', 'فادي', 'رامز', 'قيس', 'عدنان', 'مازن', 'أكرم', 'سامر', 'ماهر', 'نادر', 'شوقي', 'حمادي', 'إسحاق', 'صفوان', 'بدر',
  'عزمي', 'لؤي', 'تميم', 'سلمان', 'نايف', 'سناء', 'ياسمين', 'لينا', 'لبنى', 'هالة', 'غادة', 'منال', 'سوسن', 'ديما',
  'نسرين', 'شيماء', 'مروة', 'آمنة', 'بثينة', 'لمياء', 'رزان',
];

/**
 * Cities a title's complement names (مدير أمن طرابلس، رئيس بعثة … في ليبيا): places only. places.ts
 * lists, per country, the words that place a story there, people and bodies among them (حفتر،
 * الكونغرس), which a tool that reads names must keep as names.
 */
export const CITIES: readonly string[] = [
  'طرابلس', 'بنغازي', 'طبرق', 'سرت', 'مصراتة', 'الزاوية', 'سبها', 'درنة', 'البيضاء', 'الكفرة', 'غات', 'المرج', 'أجدابيا',
  'الرباط', 'باريس', 'روما', 'الدوحة', 'القاهرة', 'لندن', 'واشنطن', 'موسكو', 'برلين', 'بروكسل', 'جنيف', 'نيويورك', 'أبوظبي',
  'دبي', 'الرياض', 'أنقرة', 'إسطنبول', 'الكونغو',
];

/** Adjectives of a region or bloc, which name a body as a country's do: «البرلمان الأوروبي». */
export const BLOC_ADJECTIVES: readonly string[] = [
  'الأوروبي', 'الأوروبية', 'الأوربي', 'الأفريقي', 'الأفريقية', 'الإفريقي', 'الإفريقية', 'العربي', 'العربية', 'الأممي', 'الأممية',
  'الخليجي', 'الخليجية', 'المغاربي',
];
