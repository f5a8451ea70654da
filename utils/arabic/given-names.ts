/**
 * Common Arabic given names, as a news text writes them before a family name. The resolver uses
 * them to tell a person's family name that is also an ordinary word from the same word naming
 * someone else (resolver.ts): «عبد الرزاق مقري» is not نورالدين مقري, and in «الرئيس المنفي زين
 * العابدين بن علي» المنفي means "the exiled". The match index adds the given names of the seeds'
 * own persons (compile.ts).
 * Left out on purpose: names that are far more often ordinary words in news text, which would rule
 * out real mentions: جمعة (Friday), رمضان, أمل (hope), نور (light), نصر (victory), فرج, مفتاح,
 * صالح, عمر (age), حسن (good), سعيد (happy), خليفة (successor), ميلاد (birth), يزيد (it adds),
 * زين, and the second words of compound names alone (الله, الدين, العزيز …). And those the fold
 * makes into a common word: علي is على, يحيى is يحيي, منى is مني, سلمى is سلمي, هدى is هدي
 * (GIVEN_NAMES_BY_LAST_LETTER takes two of them back where the page's own spelling tells).
 * No browser APIs.
 */
export const GIVEN_NAMES: readonly string[] = [
  // Men.
  'محمد', 'أحمد', 'محمود', 'مصطفى', 'عثمان', 'خالد', 'سالم', 'سليم', 'سليمان', 'سعد', 'حسين',
  'حسني', 'إبراهيم', 'إسماعيل', 'يوسف', 'يونس', 'موسى', 'عيسى', 'زكريا', 'إلياس', 'داود', 'هارون',
  'آدم', 'فتحي', 'كمال', 'جمال', 'ناصر', 'منصور', 'صبري', 'طارق', 'معمر', 'عماد', 'عمار', 'عامر',
  'أنور', 'أنس', 'أسامة', 'إياد', 'أيمن', 'بشير', 'بشار', 'جابر', 'جلال', 'حاتم', 'حامد', 'حمدي',
  'حمزة', 'خليل', 'رامي', 'رشيد', 'زياد', 'زيد', 'سامي', 'سمير', 'شكري', 'صلاح', 'صبحي', 'طه',
  'عاطف', 'عصام', 'علاء', 'عمرو', 'غسان', 'فارس', 'فاروق', 'فيصل', 'فؤاد', 'قاسم', 'بلقاسم', 'ماجد',
  'مجدي', 'مراد', 'مروان', 'مسعود', 'معاذ', 'مهدي', 'نبيل', 'نجيب', 'نزار', 'نعمان', 'نوري', 'هشام',
  'هاني', 'وائل', 'وليد', 'ياسر', 'ياسين', 'توفيق', 'ثامر', 'امحمد', 'ونيس', 'الطاهر', 'الهادي',
  'المبروك', 'الصادق',
  // Compound names, as one word: a page that writes one apart (عبد الرزاق) is read as a pair.
  'أبوبكر', 'عبدالله', 'عبدالرحمن', 'عبدالرزاق', 'عبدالعزيز', 'عبدالمجيد', 'عبدالحميد', 'عبدالقادر',
  'عبدالكريم', 'عبدالسلام', 'عبدالحكيم', 'عبدالفتاح', 'عبدالباسط', 'عبدالمنعم', 'عبدالرحيم',
  'عبدالوهاب', 'عبدالحليم', 'عبدالجليل', 'عبدالستار', 'عبدالرؤوف', 'عبداللطيف', 'عبدالغني',
  'عبدالناصر', 'عبدالمالك', 'نورالدين', 'صلاحالدين', 'عزالدين', 'خيرالدين', 'نصرالدين', 'بدرالدين',
  'زينالعابدين',
  // Women.
  'فاطمة', 'عائشة', 'خديجة', 'مريم', 'زينب', 'نجلاء', 'سارة', 'هند', 'رانيا', 'سعاد', 'نادية',
  'سميرة', 'حنان', 'إيمان', 'أسماء', 'وفاء', 'رشا', 'ريم', 'ليلى', 'أمينة', 'سلوى', 'نوال', 'عبير', 'سهام',
  // More men's names common in Maghrebi and Libyan news.
  'عادل', 'فايز', 'فوزي', 'مختار', 'مصباح', 'حمد', 'حميد', 'حازم', 'رجب', 'شعبان', 'عوض', 'منير', 'لطفي', 'أشرف', 'إيهاب',
  'عارف', 'جبريل', 'رمطان', 'لخضر', 'فهد', 'فاضل', 'طلال', 'هيثم', 'باسل', 'تامر', 'مجدي', 'ممدوح', 'رؤوف', 'بوبكر',
  'المختار', 'المنصف', 'المنجي', 'سيف', 'هانيبال', 'المعتصم', 'معتصم',
];

/**
 * Given names that the fold merges with a common word, and the last letter that tells them apart
 * as the page writes them: علي (Ali) with ي, where على (on) has ى; يحيى (Yahya) with ى, where the
 * verb يحيي (he salutes) has ي. The resolver takes the word for the name only when the page
 * writes that letter (resolver.ts); a page that writes both alike is read as if neither were a name.
 */
export const GIVEN_NAMES_BY_LAST_LETTER: readonly string[] = ['علي', 'يحيى'];

/**
 * Given names that are also ordinary words (see above): a tool that proposes new persons may
 * take them for names after a title; the resolver must not, for they would rule out real mentions.
 */
export const GIVEN_NAMES_ALSO_WORDS: readonly string[] = [
  'علي', 'عمر', 'حسن', 'صالح', 'سعيد', 'خليفة', 'رمضان', 'جمعة', 'مفتاح', 'ميلاد', 'فرج', 'نصر', 'يحيى', 'هدى', 'منى', 'ضو',
  'المهدي', 'صادق', 'رضا', 'كريم', 'شريف', 'رفيق', 'حافظ', 'باسم', 'عقيلة', 'الطيب', 'العربي', 'الحبيب',
];

/**
 * Foreign given names as Arabic news writes them (إيمانويل ماكرون، أنجيلا ميركل): a name that
 * opens with one is a person even without a title. Only names well known in world news, with the
 * spellings outlets use; left out are those that fold into an Arabic word: سام (toxic), بول, آن
 * and ألان (now), دان (he condemned), جيم, أيما, بان (it appeared), ماي, ليون. seeds:suggest
 * reads them; the resolver does not need them, for a foreign surname seldom doubles as a word.
 */
export const FOREIGN_GIVEN_NAMES: readonly string[] = [
  // French and Belgian.
  'إيمانويل', 'إمانويل', 'نيكولا', 'فرانسوا', 'فرنسوا', 'جان', 'جاك', 'بيار', 'بيير', 'ميشيل', 'ميشال', 'جيرار', 'لوران',
  'فيليب', 'أوليفييه', 'دومينيك', 'كريستوف', 'برنار', 'برنارد', 'مارين', 'سيغولين', 'فلورانس', 'ماريان', 'إدوار', 'جيرالد',
  'برونو', 'ديدييه', 'تييري', 'باتريك', 'إيف', 'هيرفيه', 'كلود', 'مارتين', 'إريك', 'إيريك', 'ستيفان', 'سيباستيان', 'جوليان',
  'أنطوان', 'شارل', 'لويس', 'هنري', 'فنسان', 'فانسان', 'أرنو', 'ماكسيم', 'كريستين', 'سيلفي', 'ناتالي', 'جوزيه', 'بنوا',
  // Italian, Spanish and Portuguese.
  'ماتيو', 'جوزيبي', 'سيلفيو', 'باولو', 'لويجي', 'أنطونيو', 'ماريو', 'ماركو', 'إنريكو', 'أليساندرو', 'فرانشيسكو', 'كارلو',
  'روبرتو', 'ستيفانو', 'جوفاني', 'فيديريكا', 'خوسيه', 'خوان', 'كارلوس', 'بيدرو', 'ميغيل', 'بابلو', 'ماريانو', 'ماريا',
  // German, Dutch and Nordic.
  'أنجيلا', 'أنغيلا', 'هانز', 'هانس', 'كلاوس', 'هيلموت', 'فولفغانغ', 'أولاف', 'أورسولا', 'هايكو', 'زيغمار', 'فرانك',
  'غيرهارد', 'يورغن', 'يوهان', 'مارتن', 'مارك', 'يان', 'ستافان',
  // English.
  'دونالد', 'باراك', 'هيلاري', 'جورج', 'بيل', 'جون', 'جيمس', 'روبرت', 'مايكل', 'مايك', 'ريتشارد', 'ديفيد', 'ويليام', 'وليام',
  'توماس', 'تشارلز', 'إدوارد', 'ستيفن', 'ستيف', 'بيتر', 'أندرو', 'أنتوني', 'توني', 'كريستوفر', 'دانيال', 'دانييل', 'جيفري',
  'ريكس', 'جاريد', 'تيريزا', 'بوريس', 'جيريمي', 'ماثيو', 'جوناثان', 'بنيامين', 'صامويل', 'سامويل', 'جوشوا', 'كيفن', 'بريان',
  'نانسي', 'سوزان', 'إليزابيث', 'كاثرين', 'مادلين', 'كوندوليزا', 'سامانثا', 'نيكي', 'بيرني', 'ستيفاني', 'ليندا', 'إيفانكا',
  'ميلانيا', 'جاستن', 'هيذر', 'جوزيف', 'بوب', 'جيف', 'كوفي',
  // Russian and East European.
  'فلاديمير', 'سيرغي', 'سيرجي', 'ديمتري', 'دميتري', 'نيكولاي', 'أليكسي', 'يفغيني', 'إيغور', 'أندريه', 'فيكتور', 'ألكسندر',
];

/** Words that join the next word into one given name: عبد الله, أبو بكر. */
export const COMPOUND_NAME_HEADS: readonly string[] = ['عبد', 'أبو'];

/**
 * Second words that make one given name with any word before: سيف الإسلام, نور الدين. الله and
 * الرحمن make names too (عبد الله, خير الله), but stand after a verb far more often (رحم الله
 * القذافي): names with them come through عبد, or the list above.
 */
export const COMPOUND_NAME_TAILS: readonly string[] = ['الدين', 'الإسلام'];

/** Words of lineage inside a full name: محمد بن سلمان, ابن خلدون. */
export const LINEAGE_WORDS: readonly string[] = ['بن', 'ابن', 'بنت', 'أبي'];

/** Words after a family name that make it a son's: «القذافي الابن» is not his father. */
export const JUNIOR_WORDS: readonly string[] = ['الابن', 'الحفيد'];
