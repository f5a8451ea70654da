/**
 * Titles, ranks and head nouns as Arabic news writes them, in ordinary spelling (fold them before
 * comparing with folded text). The one home of these lists: the resolver reads titles before a
 * name, seeds:suggest finds new persons after them and organizations through their head nouns.
 * No browser APIs.
 */

/** Military and police ranks: a rank names the person it stands before, and says who he is. */
export const RANKS: readonly string[] = [
  'اللواء', 'العميد', 'العقيد', 'الرائد', 'النقيب', 'الملازم', 'المقدم', 'الفريق', 'المشير', 'الجنرال', 'الرقيب', 'العريف',
];

/** Honorifics and the byline word: they stand before a person's name but say nothing of his office. */
export const HONORIFICS: readonly string[] = ['السيد', 'السيدة', 'الشيخ', 'الدكتور', 'الدكتورة', 'د', 'الأستاذ', 'الحاج', 'بواسطة'];

/** Offices written before a person's name. */
export const OFFICE_TITLES: readonly string[] = [
  'وزير', 'وزيرة', 'رئيس', 'رئيسة', 'مدير', 'مديرة', 'نائب', 'سفير', 'سفيرة', 'الناطق', 'المتحدث', 'المستشار', 'الرئيس',
  'الوزير', 'الوزيرة', 'المبعوث', 'قائد', 'القائد',
];

/**
 * Titles of the one who heads a body, in the forms that stand before its name: singular, dual
 * and plural in construct (مديري أمن بنغازي وطرابلس), and accusative (عُيّن مديرا لأمن طرابلس).
 * A body named right after one is named through its head (مدير أمن بنغازي).
 */
export const HEAD_OF_TITLES: readonly string[] = [
  'رئيس', 'رئيسة', 'رئيسا', 'رئيسي', 'رؤساء', 'مدير', 'مديرة', 'مديرا', 'مديري', 'مدراء', 'مديرو', 'قائد', 'قائدا', 'قادة',
  'آمر', 'آمري', 'أمين', 'نائب', 'نائبا',
];

/** Titles in the accusative, written after the name of the one appointed: «عين … المقرعن رئيسا لجهاز المخابرات». */
export const ACCUSATIVE_TITLES: readonly string[] = ['رئيسا', 'مديرا', 'وزيرا', 'نائبا', 'سفيرا', 'ناطقا', 'متحدثا', 'مستشارا', 'مبعوثا', 'قائدا'];

/** Head nouns that open an organization's name (وزارة الداخلية, جهاز المخابرات …), without and with the article. */
export const ORGANIZATION_HEADS: readonly string[] = [
  'وزارة', 'جهاز', 'مجلس', 'المجلس', 'لجنة', 'اللجنة', 'هيئة', 'الهيئة', 'مديرية', 'مكتب', 'حكومة', 'الحكومة', 'مركز',
  'تنظيم', 'إدارة', 'الإدارة', 'القيادة', 'القوات', 'مؤسسة', 'المؤسسة', 'منظمة', 'المنظمة', 'الأمم', 'الوزارة', 'الجهاز',
  'المديرية', 'المكتب', 'المركز', 'التنظيم', 'قوات', 'جيش', 'الجيش', 'مفوضية', 'المفوضية', 'محكمة', 'المحكمة', 'بعثة',
  'البعثة', 'جامعة', 'الجامعة', 'مصرف', 'المصرف', 'حزب', 'الحزب', 'وكالة', 'الوكالة', 'صحيفة', 'قناة', 'شركة', 'الشركة',
];

/** Plurals of head nouns: «والأجهزة الأمنية» after a name starts a second noun phrase, not part of the name. */
export const PLURAL_HEADS: readonly string[] = [
  'الأجهزة', 'المؤسسات', 'الهيئات', 'الوزارات', 'اللجان', 'المجالس', 'الإدارات', 'المراكز', 'الجهات', 'الحكومات', 'المكاتب', 'المديريات',
];
