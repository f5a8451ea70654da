/**
 * Precision with the real bundle: ordinary news sentences that name none of its entities light up
 * nothing, though they are full of words its short aliases share (السائح the tourist, المنفي the
 * exiled, عبد العزيز another man's name, الدار, المؤقتة) and of other countries' bodies that carry
 * the same names (مجلس النواب المصري). And the forms a Libyan page writes still match.
 */
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../utils/seeds/read-seeds';
import { findMentions } from './match-helpers';

const { index } = buildBundle(process.cwd());
const marks = (...blocks: string[]) => findMentions(index, ...blocks).map((m) => `${m.text} → ${m.ids.join('|')}`);

const ORDINARY: [reason: string, text: string][] = [
  ['السائح (tourist), الدار (the house) after a title', 'استقبلت مدينة البتراء أمس أكثر من ثلاثة آلاف سائح، وقال السائح الألماني إن المدينة القديمة أبهرته، فيما أكد مدير الدار التي استضافت الوفد أن الموسم واعد.'],
  ['المنفي (the exiled) alone', 'عاد المنفي إلى بلاده بعد عشرين عاما قضاها خارجها، واستقبله أنصاره في المطار.'],
  ['عبد العزيز as another man’s name, after a title that is not his', 'وكان الرئيس عبد العزيز بوتفليقة قد استقال، وقال الشيخ عبدالعزيز آل الشيخ إن الدكتور عبد العزيز السيد سيحضر.'],
  ['مالي, إجمالي, المالي', 'أعلن رجل الأعمال عبد العزيز الفهد أن إجمالي الاستثمارات بلغ مليار ريال، مؤكدا أن الوضع المالي للشركة مستقر.'],
  ['other countries’ ministries', 'أعلنت وزارة الداخلية المصرية ضبط شبكة لتهريب المخدرات، فيما أكدت وزارة الخارجية السعودية دعمها للحل السياسي.'],
  ['bare nouns a name is made of', 'قال المتحدث باسم الداخلية إن الحكومة ستعقد اجتماعا طارئا، بينما دعا المجلس إلى ضبط النفس، وأكد الجيش أن الأمن مستتب.'],
  ['other countries’ parliaments', 'وافق مجلس النواب المصري على مشروع قانون الموازنة، كما صوت مجلس النواب الأردني على تعديلات قانون الانتخاب.'],
  ['other countries’ intelligence services, after a title', 'أكد رئيس جهاز المخابرات المصري أن التنسيق مستمر، وقال مدير جهاز الاستخبارات العسكرية إن الوضع تحت السيطرة.'],
  ['another country’s interim government, and المؤقتة as an adjective', 'قالت الحكومة المؤقتة في السودان إن الإقامة المؤقتة للاجئين ستمدد، وإن الإجراءات المؤقتة تنتهي الشهر المقبل.'],
  ['الدرسي (of lessons), الاستشاري (advisory)', 'شارك الطالب في الكتاب الدرسي الجديد، فيما قال الخبير الاستشاري إن التقييم إيجابي.'],
  ['other countries’ councils', 'ناقش المجلس الرئاسي اليمني الأوضاع الاقتصادية، ودعا رئيس المجلس الرئاسي العراقي إلى الحوار.'],
  ['another country’s armed forces and command', 'أشاد قائد القوات المسلحة المصرية بجاهزية الجنود، وقال إن القيادة العامة للقوات المسلحة تتابع التدريبات.'],
  ['common surnames with an honorific that is not the person’s title', 'قال الحاج الحاسي إن الأسعار ارتفعت، فيما رحب السيد المنقوش بالاتفاق.'],
  ['another country’s unity government', 'استقبل رئيس حكومة الوحدة الوطنية الفلسطينية الوفد المصري.'],
  ['المنفي (the exiled) after a title, before another man’s name', 'وكان الرئيس المنفي زين العابدين بن علي قد غادر تونس عام 2011.'],
];

describe('precision with the real bundle', () => {
  it.each(ORDINARY)('marks nothing: %s', (_reason, text) => {
    expect(marks(text)).toEqual([]);
  });

  it('marks nothing on a page of all these sentences together', () => {
    expect(marks(...ORDINARY.map(([, text]) => text))).toEqual([]);
  });
});

describe('recall with the real bundle', () => {
  const cases: [reason: string, blocks: string[], expected: string[]][] = [
    ['a title of his own before a short alias (العميد السائح)', ['وقال العميد السائح إن'], ['السائح → salem-al-sayeh-qrimda']],
    ['its own country after a short alias (جهاز المخابرات الليبي)', ['أكد جهاز المخابرات الليبي أن'], ['جهاز المخابرات → libyan-intelligence-service']],
    ['a short alias made safe by the full name elsewhere on the page', ['وأكد رئيس المجلس الرئاسي محمد المنفي', 'ونقل الوزير الدعوة للمنفي'], ['المجلس الرئاسي → presidential-council', 'محمد المنفي → mohamed-al-menfi', 'لمنفي → mohamed-al-menfi']],
    ['Libya’s interior ministry behind a preposition: the two Libyan ones', ['أعلنت وزارة الداخلية بليبيا'], ['وزارة الداخلية → libyan-gna-interior-ministry|libyan-interim-government-interior-ministry']],
    ['another man with the same surname on a page that names نورالدين مقري', ['واستقبل الجنرال نورالدين مقري الوفد', 'وقال رئيس الحركة عبد الرزاق مقري إن الانتخابات'], ['نورالدين مقري → noureddine-makri']],
    ['a full name inside a longer one names it too (القيادة العامة للجيش الليبي, 000)', ['بالتنسيق مع القيادة العامة للجيش الليبي', 'وقد رافقنا القوات المسلحة في المعركة'], ['القيادة العامة للجيش الليبي → libyan-army-general-command', 'القوات المسلحة → libyan-armed-forces']],
    ['…and not without it: القوات المسلحة of any country', ['وقد رافقنا القوات المسلحة في المعركة'], []],
    ['a dropped final hamza (نجلا المنقوش)', ['وقالت الوزيرة نجلا المنقوش'], ['نجلا المنقوش → najla-mangoush']],
    ['ئو for ؤو (الشئون), as Egyptian and older spelling writes it', ['مدير إدارة الشئون الإدارية بوزارة داخلية الحكومة الموقتة'], ['إدارة الشئون الإدارية بوزارة داخلية الحكومة الموقتة → administrative-affairs-department']],
  ];
  it.each(cases)('%s', (_reason, blocks, expected) => {
    expect(marks(...blocks)).toEqual(expected);
  });
});
