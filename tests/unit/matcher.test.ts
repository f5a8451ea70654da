/**
 * Table-driven matching cases, each naming the rule it checks. Sentences come from the seed
 * articles unless the rule needs a constructed one.
 */
import { describe, expect, it } from 'vitest';
import { findMentions, testIndex } from './match-helpers';

const index = testIndex([
  { id: 'muqrin', aliases: ['مصطفى المقرعن', 'المقرعن'] },
  { id: 'darsi', aliases: ['عبد الله الدرسي'] },
  { id: 'bashagha', aliases: ['فتحي باشاغا', 'باشاغا'] },
  { id: 'dbeibah', aliases: ['عبد الحميد الدبيبة', 'الدبيبة'] },
  { id: 'menfi', aliases: ['محمد المنفي', ['المنفي', 'needs-support']] },
  { id: 'beldjoud', aliases: ['كمال بلجود'] },
  { id: 'lamorgese', aliases: ['لوسيانا لامورجيز'] },
  { id: 'meghri', aliases: ['نورالدين مقري'] },
  { id: 'akhbar-libya24', type: 'organization', aliases: ['أخبار ليبيا24'] },
  { id: 'intelligence', type: 'organization', aliases: ['جهاز المخابرات', 'جهاز المخابرات الليبية العامة', 'جهاز المخابرات الليبية'] },
  { id: 'interim-gov', type: 'organization', aliases: ['الحكومة المؤقتة'] },
  { id: 'isis', type: 'organization', aliases: ['داعش'] },
  { id: 'joint-committee', type: 'organization', aliases: ['اللجنة التنفيذية العليا المشتركة'] },
  { id: 'lna-command', type: 'organization', aliases: ['القيادة العامة للجيش الليبي'] },
  { id: 'mali-test', type: 'organization', aliases: ['مالي'] },
  { id: 'ly-interior', type: 'organization', aliases: ['وزارة الداخلية'], context: ['الليبية', 'الوفاق', 'المؤقتة'] },
  { id: 'it-interior', type: 'organization', aliases: ['وزارة الداخلية'], context: ['الإيطالية', 'إيطاليا'] },
  { id: 'fr-interior', type: 'organization', aliases: ['وزارة الداخلية'], context: ['الفرنسية', 'الفرنسي'] },
  { id: 'sayeh', aliases: ['سالم السائح قريمده', ['السائح', 'needs-support']] },
]);

type Case = [rule: string, text: string, expected: [string, string][]];

const mustMatch: Case[] = [
  ['canonical full name', 'عين مجلس النواب الليبي في مايو من العام 2015 مصطفى المقرعن رئيسا', [['مصطفى المقرعن', 'muqrin']]],
  ['diacritics in the page', 'التقى مُصْطَفَى المَقْرَعِن بالمراسل', [['مُصْطَفَى المَقْرَعِن', 'muqrin']]],
  ['tatweel in the page', 'قال المقـــرعن إن', [['المقـــرعن', 'muqrin']]],
  ['alef maqsura written as ya', 'مصطفي المقرعن', [['مصطفي المقرعن', 'muqrin']]],
  ['ta marbuta written as ha (الموقته)', 'بحكومتي الوفاق الوطني والحكومة المؤقته', [['الحكومة المؤقته', 'interim-gov']]],
  ['hamza seat dropped (الموقتة)', 'وزارة داخلية الحكومة الموقتة طلبت', [['الحكومة الموقتة', 'interim-gov']]],
  ['compound name without the space (عبدالله)', 'المجلس الرئاسي عين مؤخراً عبدالله الدرسي رئيساً', [['عبدالله الدرسي', 'darsi']]],
  ['compound name with the space', 'حصول منافسه عبد الله الدرسي على 46 صوتًا', [['عبد الله الدرسي', 'darsi']]],
  ['alias without space, page with space (نور الدين)', 'الجنرال نور الدين مقري', [['نور الدين مقري', 'meghri']]],
  ['compound split in the alias, joined on the page (عبدالحميد)', 'رئيس حكومة الوحدة الوطنية الليبية عبدالحميد الدبيبة، مع وفد', [['عبدالحميد الدبيبة', 'dbeibah']]],
  ['conjunction و attached; only the name is marked', 'ووزير الخارجية صبري بوقادوم وفتحي باشاغا', [['فتحي باشاغا', 'bashagha']]],
  ['conjunction و before the article', 'وعلى رأسهم والدبيبة', [['الدبيبة', 'dbeibah']]],
  ['ب before a name that starts with ب is kept (باشاغا)', 'وتطرق باشاغا خلال الزيارة', [['باشاغا', 'bashagha']]],
  ['preposition ب attached', 'اتصل ببشاغا بباشاغا', [['باشاغا', 'bashagha']]],
  ['ل + ال contracted to لل', 'دعوة من رئيس بلاده للمنفي من أجل زيارة محمد المنفي', [['لمنفي', 'menfi'], ['محمد المنفي', 'menfi']]],
  ['لل inside an organization name', 'مع القيادة العامة للجيش الليبي.', [['القيادة العامة للجيش الليبي', 'lna-command']]],
  ['لل before an organization', 'الدورة الـ14 للجنة التنفيذية العليا المشتركة', [['لجنة التنفيذية العليا المشتركة', 'joint-committee']]],
  ['ك of the name is not a clitic (كمال)', 'والمتكون من وزير الداخلية كمال بلجود،', [['كمال بلجود', 'beldjoud']]],
  ['ل of the name is not a clitic (لامورجيز)', 'وزير الداخلية الإيطالية “لوسيانا لامورجيز” أوجه', [['لوسيانا لامورجيز', 'lamorgese']]],
  ['number glued to a word', 'في حوار مع “أخبار ليبيا24”: “داعش” يشكل', [['أخبار ليبيا24', 'akhbar-libya24'], ['داعش', 'isis']]],
  ['inside « » and before ، and ؟', '«داعش»، داعش؟ (داعش)', [['داعش', 'isis'], ['داعش', 'isis'], ['داعش', 'isis']]],
  ['longest match wins for nested names', 'رئيسا لجهاز المخابرات الليبية العامة خلفا', [['جهاز المخابرات الليبية العامة', 'intelligence']]],
  ['shorter nested name still matches alone', 'تعيين فرد بجهاز المخابرات يمر', [['جهاز المخابرات', 'intelligence']]],
  ['zero-width marks inside a name', 'فتحي با\u200cشا\u200dغا', [['فتحي با\u200cشا\u200dغا', 'bashagha']]],
  ['Persian ی on the page', 'فتحی باشاغا', [['فتحی باشاغا', 'bashagha']]],
  ['needs-support alias after a title', 'مدير أمن طرابلس العميد سالم السائح قريمده رئيسًا، وقال العميد السائح', [['سالم السائح قريمده', 'sayeh'], ['السائح', 'sayeh']]],
  ['ambiguous alias resolved by an adjective after it', 'وزارة الداخلية الإيطالية', [['وزارة الداخلية', 'it-interior']]],
  ['ambiguous alias resolved by a government name after it', 'بوزارة الداخلية بالحكومة المؤقتة', [['وزارة الداخلية', 'ly-interior'], ['الحكومة المؤقتة', 'interim-gov']]],
];

const mustNotMatch: [rule: string, text: string][] = [
  ['a word that ends in an alias (إجمالي ≠ مالي)', 'من إجمالي حضور الجلسة (106)'],
  ['a word that begins with an alias', 'الدبيبةُوي والمقرعنيون'],
  ['a needs-support surname alone (المنفي as "the exiled")', 'عاد المنفي إلى بلده بعد سنوات'],
  ['a needs-support surname alone (السائح as "the tourist")', 'زار السائح المدينة القديمة'],
  ['punctuation inside a multi-word name breaks it', 'مصطفى، المقرعن'.replace('المقرعن', 'المقرعنx')],
  ['a name split across lines', 'فتحي\nباشاغاس'],
];

describe('matching', () => {
  it.each(mustMatch)('matches: %s', (_rule, text, expected) => {
    const found = findMentions(index, text).map((f) => [f.text, f.ids.join('|')]);
    expect(found).toEqual(expected);
  });

  it.each(mustNotMatch)('does not match: %s', (_rule, text) => {
    expect(findMentions(index, text)).toEqual([]);
  });

  it('keeps an ambiguous alias with all candidates when nothing in context decides', () => {
    expect(findMentions(index, 'أصدرت وزارة الداخلية بيانا')).toEqual([{ text: 'وزارة الداخلية', ids: ['ly-interior', 'it-interior', 'fr-interior'] }]);
  });

  it('marks a needs-support surname when the page names the person in full elsewhere', () => {
    const found = findMentions(index, 'وأكد رئيس المجلس الرئاسي محمد المنفي', 'ونقل الوزير دعوة للمنفي وأشاد المنفي بالزيارة');
    expect(found.map((f) => f.text)).toEqual(['محمد المنفي', 'لمنفي', 'المنفي']);
  });
});

describe('quotes inside a name', () => {
  const quoted = testIndex([{ id: 'istishari', type: 'organization', aliases: ['مركز الاستشاري للدراسات والتطوير والتدريب'] }, { id: 'darsi', aliases: ['عبد الله الدرسي'] }]);
  it('matches a name with part of it in quotes, where the alias has a space', () => {
    expect(findMentions(quoted, 'دراسة أجراها مركز “الاستشاري” للدراسات والتطوير والتدريب في الـ 15 من نوفمبر')).toEqual([
      { text: 'مركز “الاستشاري” للدراسات والتطوير والتدريب', ids: ['istishari'] },
    ]);
  });
  it('does not let a quote join words the alias writes as one', () => {
    expect(findMentions(quoted, 'عبد “الله” الدرسي')).toEqual([{ text: 'عبد “الله” الدرسي', ids: ['darsi'] }]);
    expect(findMentions(testIndex([{ id: 'x', aliases: ['عبدالله'] }]), 'عبد “الله”')).toEqual([]);
  });
});
