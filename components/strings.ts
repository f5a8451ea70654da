/**
 * The interface's words, in Arabic, in one place per view so that they can move to locale files
 * without touching the views' logic. Dates and their provenance are worded in format.ts.
 */

/** How many times a name occurs: بلا ذِكر، مرة، مرتان، 3 مرات، 11 مرة. */
export function times(n: number): string {
  if (n === 0) return 'بلا ذِكر';
  if (n === 1) return 'مرة';
  if (n === 2) return 'مرتان';
  return n <= 10 ? `${n} مرات` : `${n} مرة`;
}

export const NAV = {
  home: 'سياق',
  library: 'المكتبة',
  settings: 'الإعدادات',
} as const;

export const CARD = {
  sources: 'المصادر',
  sourceOf: (n: number, headline: string) => `المصدر ${n}: ${headline}`,
  originalLink: 'الرابط الأصلي',
  fullView: (name: string) => `كل ما في الحزمة عن ${name} ←`,
  heldOnPageDate: (date: string) => `عند تاريخ نشر هذه الصفحة (${date})`,
  belongsTo: 'تتبع',
} as const;

export const ENTITY_PAGE = {
  roles: 'الأدوار',
  timeline: 'الأدوار على خط الزمن',
  timelineAxis: 'السنة',
  openEnded: 'لا يذكر المصدر نهايته',
  undated: 'أدوار لم يذكر المصدر تاريخها',
  noRoles: 'لا تذكر المقالات المجمّعة له دورًا.',
  relations: 'العلاقات',
  facts: 'الوقائع ومصادرها',
  factsHelp: 'كل واقعة في الحزمة مع الاقتباس الذي يسندها. انسخ استشهادها بالعربية أو بالإنجليزية.',
  copyArabic: 'نسخ الاستشهاد',
  copyEnglish: 'Copy citation',
  copied: 'نُسخ الاستشهاد.',
  copyFailed: 'تعذّر النسخ: حدّد النص وانسخه يدويًا.',
  mentionFact: 'ذِكر في مقال',
  concordance: (n: number) => `كل ذِكر له في المقالات (${n})`,
  concordanceHelp: 'كل موضع علّمه سياق في المقالات المجمّعة، بسطر من السياق قبله وبعده. افتح أيًّا منها لقراءته في مقاله.',
  sharedName: 'اسم مشترك: قد يقصد جهة أخرى',
  noMentions: 'لا يرد اسمه في نصوص المقالات المجمّعة إلا في الاقتباسات أعلاه.',
  cooccurring: 'من يرد معه',
  cooccurringHelp: 'الكيانات التي تسمّيها المقالات نفسها، وكم مرة وردت في الفقرة نفسها.',
  sameParagraph: 'في الفقرة نفسها',
  sameArticle: 'في المقال نفسه',
  nobodyElse: 'لا تسمّي مقالاته كيانًا آخر.',
  citeExport: 'الاستشهاد والتصدير',
  citeHelp: 'استشهادات المقالات لبرامج المراجع (Zotero وMendeley وEndNote)، وبيانات الكيان للجداول والبرامج.',
  summary: (roles: number, mentions: number, articles: number) => `${roles} ${roles === 1 ? 'دور' : 'أدوار'} · ${mentions} ذِكر في ${articles} ${articles === 1 ? 'مقال' : 'مقالات'}`,
  notFound: 'هذا الكيان غير موجود في الحزمة.',
} as const;

export const EXPORT = {
  csl: 'CSL-JSON',
  bibtex: 'BibTeX',
  ris: 'RIS',
  csv: 'CSV',
  json: 'JSON',
  citations: 'الاستشهادات',
  data: 'البيانات',
  failed: 'تعذّر التصدير. أعد المحاولة.',
} as const;

export const READER = {
  entities: (n: number) => `الأسماء في هذا المقال (${n})`,
  showInText: 'أظهره في النص',
  notFound: 'هذا المقال غير موجود في الحزمة.',
} as const;

export const LIBRARY = {
  title: 'مكتبة سياق',
  entitiesTab: 'الكيانات',
  articlesTab: 'المقالات',
  search: 'ابحث بأي كتابة للاسم',
  searchPlaceholder: 'مثلًا: المقرعن، والمقرعن، Bashagha',
  type: 'النوع',
  anyType: 'كل الأنواع',
  country: 'البلد',
  anyCountry: 'كل البلدان',
  article: 'المقال',
  anyArticle: 'كل المقالات',
  sort: 'الترتيب',
  byName: 'بالاسم',
  byMentions: 'بعدد الذِّكر',
  results: (n: number, of: number) => (n === of ? `${n} كيانًا` : `${n} من ${of} كيانًا`),
  nothing: 'لا كيان يطابق البحث والمرشحات.',
  noRole: 'لا دور مذكور',
  outlet: 'الناشر',
  byline: 'الكاتب',
  published: 'تاريخ النشر',
  address: 'الرابط الأصلي',
  addressUnknown: 'غير معروف',
  names: 'الأسماء فيه',
  exportAll: 'تصدير الحزمة كلها',
  loading: 'جارٍ التحميل…',
} as const;

export const POPUP = {
  title: 'سياق',
  search: 'ابحث في الحزمة',
  searchPlaceholder: 'اسم بأي كتابة',
  library: 'المكتبة',
  settings: 'الإعدادات',
  onThisPage: 'في هذه الصفحة',
  notCovered: 'لا يعمل سياق على هذا الموقع.',
  reading: 'يقرأ سياق الصفحة…',
  nothingFound: 'لم يجد سياق في هذه الصفحة اسمًا من الحزمة.',
  noResults: 'لا نتيجة.',
  persons: 'أشخاص',
  organizations: 'جهات',
  shared: 'أسماء مشتركة',
  sharedBy: 'قد يقصد:',
  previous: 'الذِّكر السابق',
  next: 'الذِّكر التالي',
  position: (name: string, i: number, n: number) => `${name}: الذِّكر ${i} من ${n}`,
  openPage: (name: string) => `صفحة ${name}`,
  exportPage: 'تصدير أسماء الصفحة',
} as const;
