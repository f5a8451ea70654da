import { foldString } from './fold';

/**
 * Titles and ranks written before a person's name in Arabic news. A short alias that needs
 * support (a surname that is also a common word) is marked when one of these stands right before
 * it; seeds:suggest finds new persons after them.
 */
export const PERSON_TITLES: readonly string[] = [
  'وزير', 'وزيرة', 'رئيس', 'رئيسة', 'مدير', 'مديرة', 'نائب', 'سفير', 'سفيرة', 'الناطق', 'المتحدث',
  'اللواء', 'العميد', 'العقيد', 'الرائد', 'النقيب', 'الملازم', 'المقدم', 'الفريق', 'المشير', 'الجنرال',
  'السيد', 'السيدة', 'الشيخ', 'الدكتور', 'الدكتورة', 'د', 'المستشار', 'الأستاذ', 'الرئيس', 'الوزير',
  'الوزيرة', 'المبعوث', 'بواسطة',
];

/** Head nouns that open an organization's name (وزارة الداخلية, جهاز المخابرات …). */
export const ORGANIZATION_HEADS: readonly string[] = [
  'وزارة', 'جهاز', 'مجلس', 'المجلس', 'لجنة', 'اللجنة', 'هيئة', 'الهيئة', 'مديرية', 'مكتب', 'حكومة',
  'الحكومة', 'مركز', 'تنظيم', 'إدارة', 'الإدارة', 'القيادة', 'القوات', 'مؤسسة', 'المؤسسة', 'منظمة',
  'المنظمة', 'الأمم',
];

export const FOLDED_PERSON_TITLES: ReadonlySet<string> = new Set(PERSON_TITLES.map(foldString));
