/**
 * seeds:suggest: table-driven cases, with sentences from the seed articles and sentences written for
 * these tests, each naming the rule it checks; then properties over the five seed articles (quotes
 * are verbatim, drafts are valid).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EntityId, EntityRecord } from '../../utils/seeds/schema';
import { draftRecord } from '../../scripts/suggest/drafts';
import { suggest } from '../../scripts/suggest/suggest';
import { slug, transliterate } from '../../scripts/suggest/transliterate';
import { testIndex } from './match-helpers';

const root = join(import.meta.dirname, '..', '..');
const articles = readdirSync(join(root, 'seeds', 'articles'))
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => ({ id: n.slice(0, -4), text: readFileSync(join(root, 'seeds', 'articles', n), 'utf8') }));

const names = (text: string, type?: 'person' | 'organization') =>
  suggest(text)
    .filter((p) => !type || p.type === type)
    .map((p) => p.name);

type Case = [rule: string, sentence: string, expected: string[]];

describe('persons after a title or rank', () => {
  const cases: Case[] = [
    ['after a rank, behind a long office title', 'كشف مدير مكتب الإعلام الأمني بوزارة الداخلية بالحكومة المؤقتة الرائد طارق الخراز، اليوم السبت', ['طارق الخراز']],
    ['after a country adjective', 'وكان وزير الخارجية الجزائري صبري بوقادوم، قد ترأس وفد بلاده إلى طرابلس', ['صبري بوقادوم']],
    ['quoted after a title', 'و وزير الداخلية الفرنسي “جيرالد دارمانان” وزيرة الجيوش', ['جيرالد دارمانان']],
    ['quoted after a title and an honorific', 'وزيرة الجيوش الفرنسية السيدة “فلورنسي بارلي” وعدد من مسؤولي', ['فلورنسي بارلي']],
    ['a conjunction ends the name', 'تاريخ سقوط نظام العقيد معمر القذافي ودخول ليبيا في دوامة من العنف', ['معمر القذافي']],
    ['three words after a rank', 'مدير أمن طرابلس العميد سالم السائح قريمده رئيسًا للجنه توحيد الجهود الأمنية', ['سالم السائح قريمده']],
    ['a pronoun-suffixed noun is not a third name', 'أجرى وزير الداخلية فتحي باشاغا زيارته المتتالية لعدد من الدول', ['فتحي باشاغا']],
    ['a glued preposition ends the name', 'رفقة وزير الخارجية محمد سيالة للعاصمة القطرية الدوحة', ['محمد سيالة']],
    ['apposition after a comma', 'خلال لقائها بوزير الخارجية، ناصر بوريطة،  المغرب بمساعدة ليبيا', ['ناصر بوريطة']],
    ['before an accusative title', 'المجلس الرئاسي بحكومة الوفاق عين مؤخراً عبدالله الدرسي رئيساً لجهاز المخابرات', ['عبدالله الدرسي']],
    ['byline', 'كُتب بواسطة محمد الغرياني', ['محمد الغرياني']],
    ['no name after the title', 'أعلنت وزير الداخلية في الـ 4 من نوفمبر، زيارته إل مصر', []],
    ['a verbal noun after an office title is not a name', 'وتعيين رئيس الجهاز اختصاص أصيل لمجلس النواب', []],
    ['a verb after a title is not a name', 'الرئيس الجزائري عبر عن "استعداد بلاده لمساعدة ليبيا أمنيا"', []],
  ];
  it.each(cases)('%s', (_rule, sentence, expected) => {
    expect(names(sentence, 'person')).toEqual(expected);
  });

  it('keeps the titles as written, split at an inner rank, without dates', () => {
    const [kharraz] = suggest('كشف مدير مكتب الإعلام الأمني بوزارة الداخلية بالحكومة المؤقتة الرائد طارق الخراز، اليوم السبت').filter((p) => p.type === 'person');
    expect(kharraz!.roles.map((r) => r.title)).toEqual(['مدير مكتب الإعلام الأمني بوزارة الداخلية بالحكومة المؤقتة', 'الرائد']);
    const [boukadoum] = suggest('وكان وزير الخارجية الجزائري صبري بوقادوم، قد ترأس').filter((p) => p.type === 'person');
    expect(boukadoum!.roles).toEqual([{ title: 'وزير الخارجية الجزائري', quote: 'وكان وزير الخارجية الجزائري صبري بوقادوم', country: 'DZ' }]);
  });

  it('proposes a surname the article also uses alone as a short alias', () => {
    const [p] = suggest('أجرى وزير الداخلية فتحي باشاغا زيارته. وتطرق باشاغا خلال الزيارة').filter((x) => x.type === 'person');
    expect(p!.shortAlias).toBe('باشاغا');
  });
});

describe('organizations through their head noun', () => {
  const cases: Case[] = [
    ['a head with a preposition starts a second organization', 'كشف مدير مكتب الإعلام الأمني بوزارة الداخلية، اليوم', ['مكتب الإعلام الأمني', 'وزارة الداخلية']],
    ['adjectives stay in the name', 'رئيسا لجهاز المخابرات الليبية العامة خلفا لرئيس الجهاز السابق', ['جهاز المخابرات الليبية العامة']],
    ['a name after تنظيم; a trailing epithet is dropped', 'هل يزال تنظيم داعش الإرهابي يشكل خطراً على ليبيا', ['تنظيم داعش']],
    ['a definite head with a country\'s adjective names that country\'s body', 'وقالت الحكومة الليبية إن الأجهزة الأمنية تعمل', ['الحكومة الليبية']],
    ['لل hides the article of the head', 'الاجتماعات التحضيرية للدورة الـ14 للجنة التنفيذية العليا المشتركة”، وهي', ['اللجنة التنفيذية العليا المشتركة']],
    ['a named body in the genitive, and that body alone', 'مع القيادة العامة للجيش الليبي.', ['القيادة العامة للجيش الليبي', 'الجيش الليبي']],
    ['a quoted word inside the name', 'دراسة أجراها مركز “الاستشاري” للدراسات والتطوير والتدريب في الـ 15 من نوفمبر', ['مركز الاستشاري للدراسات والتطوير والتدريب']],
    ['a detached و inside the name', 'التابعة لمكتب التنسيق و المتابعة بالوزارة للتواصل', ['مكتب التنسيق و المتابعة']],
    ['a ministry keeps its government', 'مدير مكتب بوزارة الداخلية بالحكومة المؤقتة الرائد', ['وزارة الداخلية بالحكومة المؤقتة', 'الحكومة المؤقتة']],
    ['an idafa of bare nouns', 'مع تشكيل لجنة متابعة أمنية مشتركة تضم ممثلين', ['لجنة متابعة أمنية مشتركة']],
    ['a headless body after مدير', 'وعلى أن يقوم مدير أمن بنغازي العميد عادل عبدالعزيز', ['أمن بنغازي']],
    ['an outlet from its dateline', 'أخبار ليبيا24- خاص', ['أخبار ليبيا24']],
  ];
  it.each(cases)('%s', (_rule, sentence, expected) => {
    expect(names(sentence, 'organization')).toEqual(expected);
  });

  const generic: [rule: string, sentence: string][] = [
    ['a plural head with a generic adjective', 'بفضل مجهودات القوات المسلحة والأجهزة الأمنية ووعي المواطن'],
    ['a head with only a generic adjective', 'والتنظيم الإرهابي “داعش” يشكل خطورة حتى على دول الجوار'],
    ['heads alone', 'لمن يتبع جهاز المخابرات للقيادة أو المجلس أو رئاسة الحكومة ؟'],
    ['a definite head before a verb', 'والجهاز يتعامل مع التحديات الأمنية لحظة بلحظة'],
    ['تنظيم as a verbal noun', 'حتى يتم تنظيم العمل وبيان اختصاصات كل جهاز أو جهة'],
    ['a head as the adjective of another noun', 'كالإرهاب والجريمة المنظمة العابرة للحدود'],
    ['a head with a dating adjective', 'خلفا لرئيس الجهاز السابق سالم الحاسي'],
  ];
  it.each(generic)('does not propose %s', (_rule, sentence) => {
    const proposed = names(sentence, 'organization');
    for (const phrase of ['الأجهزة الأمنية', 'التنظيم الإرهابي', 'المجلس', 'الحكومة', 'الجهاز', 'الجهاز يتعامل', 'تنظيم العمل', 'المنظمة العابرة للحدود', 'الجهاز السابق', 'جهاز المخابرات للقيادة']) {
      expect(proposed).not.toContain(phrase);
    }
    // What these sentences do name: a body known by its short name, and the heads with a name after them.
    expect(proposed.every((n) => n === 'القوات المسلحة' || n === 'جهاز المخابرات' || n === 'داعش')).toBe(true);
  });
});

describe('names the title finders miss: foreign names, lists, names before a clause', () => {
  const persons: Case[] = [
    ['a foreign given name opens a name without a title', 'وصلت أنجيلا شتاينر إلى الميناء صباحا', ['أنجيلا شتاينر']],
    ['two foreign given names make one compound given name', 'وقال جان مارك بونفيس إن الاتفاق صامد', ['جان مارك بونفيس']],
    ['a foreign given name glued to a preposition is an ordinary word', 'وعقدت لجان مشتركة اجتماعا ثم نشرت بيان ختامي', []],
    ['a surname particle joins the next word, even a month', 'التقى ماركو دي مايو بالصحفيين', ['ماركو دي مايو']],
    ['a word that follows a recurring name only once opens the next clause', 'وصل أحمد بن راشد، ثم أحمد بن راشد غادر القاعة', ['أحمد بن راشد']],
    ['a list after a plural title, each name after its country adjective', 'شارك وزراء الدفاع المغربي عادل بنكيران والتونسي نادر الورفلي في الاجتماع', ['عادل بنكيران', 'نادر الورفلي']],
    ['apposition ended by a preposition', 'وأكد رئيس البرلمان، حمدان الزروقي على ضرورة الحوار', ['حمدان الزروقي']],
    ['a title over a direction and a place, then a comma', 'والقائد الميداني في جنوب ليبيا، حمدان الزروقي الذي وصل أمس', ['حمدان الزروقي']],
    ['a lawyer named with his client\'s pronoun', 'ورفض محاميه سليم الزروقي التعليق على الحكم', ['سليم الزروقي']],
    ['a present-tense verb after a title is no name', 'وزير داخلية تونس يرفض طلب البعثة ويرفض الحوار', []],
    ['an indefinite country adjective is in no name', 'قالت زوجته لوكالات أنباء مصرية إنها لن تعود', []],
    ['a definite given name that is also a word is, after a definite noun, its adjective', 'وأصاب المغرب العربي ركود ثم عاد الركود', []],
  ];
  it.each(persons)('%s', (_rule, sentence, expected) => {
    expect(names(sentence, 'person')).toEqual(expected);
  });

  const organizations: Case[] = [
    ['a news agency\'s genitive stays in its name', 'نقلت وكالة الساحل للأنباء عن مصدر', ['وكالة الساحل للأنباء']],
    ['after a quoted name, the country adjective is not the name', 'وقالت صحيفة «النجم الساطع» المغربية إن الوضع هادئ', ['صحيفة النجم الساطع']],
    ['an adjective of leaning after a named body is not its name', 'وفاز حزب الأمل اليساري بالانتخابات', ['حزب الأمل']],
    ['a country\'s name after a bare head names its body', 'وقال متحدث باسم حكومة مالطا إن الميناء مغلق', ['حكومة مالطا']],
    ['a well-known body without a head noun', 'وزار وفد من الصليب الأحمر المخيم', ['الصليب الأحمر']],
    ['a ministry through a minister of a named country, as the ministry is called', 'قال وزير خارجية مالطا إن الميناء مغلق', ['وزارة الخارجية المالطية']],
    ['an outlet named again by what it is and where from', 'وأضافت الصحيفة الألمانية أن الاتفاق صامد', []],
    ['forces named only by their service', 'وانتشرت قوات الأمن في الشوارع', []],
    ['an indefinite head and one adjective describe a body', 'وتحتاج البلاد إلى برلمان منتخب.', []],
    ['a present-tense verb ends a body\'s name', 'وشكلت مجموعة مسلحة يقودها ضابط سابق', []],
    ['a definite given name and a surname end a body\'s name', 'وقال رئيس الحكومة الهادي المرزوقي إن المرزوقي متفائل', []],
  ];
  it.each(organizations)('%s', (_rule, sentence, expected) => {
    expect(names(sentence, 'organization')).toEqual(expected);
  });
});

describe('whether the store knows a proposal', () => {
  const index = testIndex([
    { id: 'kharraz', aliases: ['طارق الخراز', 'الخراز'] },
    { id: 'intelligence', type: 'organization', aliases: ['جهاز المخابرات الليبية', ['جهاز المخابرات', 'needs-support']] },
    { id: 'gnu', type: 'organization', aliases: ['حكومة الوحدة الوطنية'] },
    { id: 'ly-interior', type: 'organization', aliases: ['وزارة الداخلية'], context: ['الليبية', 'ليبيا'] },
    { id: 'it-interior', type: 'organization', aliases: ['وزارة الداخلية'], context: ['الإيطالية', 'إيطاليا'] },
  ]);
  const knownOf = (text: string, name: string) => suggest(text, { index }).find((p) => p.name === name)?.known;

  it('reports the known entity id, after a clitic too', () => {
    expect(knownOf('الرائد طارق الخراز، اليوم', 'طارق الخراز')).toEqual({ status: 'known', ids: ['kharraz'], alias: 'طارق الخراز', ambiguous: false });
    expect(knownOf('تعيين فرد بجهاز المخابرات يمر', 'جهاز المخابرات')).toMatchObject({ status: 'known', ids: ['intelligence'] });
  });
  it('says new for an unknown name', () => {
    expect(knownOf('نظام العقيد معمر القذافي ودخول ليبيا', 'معمر القذافي')).toEqual({ status: 'new' });
  });
  it('settles an ambiguous alias from the page context, as the extension does', () => {
    expect(knownOf('تعاون مع وزارة الداخلية في إيطاليا', 'وزارة الداخلية')).toMatchObject({ status: 'known', ids: ['it-interior'], ambiguous: false });
    expect(knownOf('مدى تفوق وزارة الداخلية على الصعيد المهني', 'وزارة الداخلية')).toMatchObject({ status: 'known', ids: ['ly-interior', 'it-interior'], ambiguous: true });
  });
  it('says which known names a longer name contains', () => {
    expect(knownOf('واتفق رئيس حكومة الوحدة الوطنية الليبية عبدالحميد الدبيبة', 'حكومة الوحدة الوطنية الليبية')).toEqual({
      status: 'contains',
      parts: [{ alias: 'حكومه الوحده الوطنيه', ids: ['gnu'] }],
    });
  });
});

describe('on the five seed articles', () => {
  it.each(articles)('every quote and sentence of $id is verbatim', ({ text }) => {
    const proposals = suggest(text, { all: true });
    expect(proposals.length).toBeGreaterThan(0);
    for (const p of proposals) {
      for (const o of p.occurrences) {
        expect(text).toContain(o.quote);
        expect(text).toContain(o.sentence);
        expect(o.sentence).toContain(o.quote);
        expect(o.quote.length).toBeGreaterThanOrEqual(4);
        expect(text.slice(o.start, o.end).length).toBeGreaterThan(0);
      }
      for (const r of p.roles) expect(text).toContain(r.quote);
    }
  });

  it.each(articles)('every draft from $id is a valid record whose quotes are in the article', ({ id, text }) => {
    for (const p of suggest(text, { all: true })) {
      const draft = draftRecord(p, id);
      const parsed = EntityRecord.safeParse(draft);
      expect(parsed.success, `${p.name}: ${parsed.error?.message}`).toBe(true);
      const quotes = [...(draft.evidence ?? []), ...(draft.roles ?? []).flatMap((r) => r.evidence)].map((e) => e.quote);
      expect(quotes.length).toBeGreaterThan(0);
      for (const quote of quotes) expect(text).toContain(quote);
      for (const role of draft.roles ?? []) expect(role.when).toEqual({ basis: 'not-stated' });
    }
  });

  it('proposes each name once per article', () => {
    for (const { text } of articles) {
      const keys = suggest(text).map((p) => p.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe('ids', () => {
  it.each([
    ['طارق الخراز', 'tarq-al-khraz'],
    ['عبدالحميد الدبيبة', 'abd-al-hmid-al-dbiba'],
    ['عادل عبدالعزيز', 'adl-abd-al-aziz'],
    ['أخبار ليبيا24', 'akhbar-libia24'],
  ])('transliterates «%s» to a valid id', (name, id) => {
    expect(slug(name)).toBe(id);
    expect(EntityId.safeParse(slug(name)).success).toBe(true);
  });
  it('never returns an empty id', () => {
    expect(slug('٪٪')).toBe('entity');
    expect(transliterate('')).toBe('');
  });
});
