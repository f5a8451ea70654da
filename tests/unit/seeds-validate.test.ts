import { describe, expect, it } from 'vitest';
import { compileBundle } from '../../utils/seeds/compile';
import { validateSeeds, type SeedProblem } from '../../utils/seeds/validate';
import { goodRecords, seedInput } from './seed-fixtures';

function problemsOf(records: { path?: string; data: unknown }[]): SeedProblem[] {
  const result = validateSeeds(seedInput(records));
  return result.ok ? [] : result.problems;
}

describe('seed validation', () => {
  it('accepts good records and compiles them', () => {
    const result = validateSeeds(seedInput(goodRecords()));
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(compileBundle(result.seeds).entities.map((e) => e.id)).toEqual(['fathi-bashagha', 'gna-interior-ministry']);
  });

  it('rejects a role whose evidence has no quote, naming file, record and field', () => {
    const records = goodRecords();
    delete (records[0]!.data.roles[0]!.evidence[0] as { quote?: string }).quote;
    expect(problemsOf(records)).toEqual([
      expect.objectContaining({ file: 'seeds/entities/fathi-bashagha.yaml', record: 'fathi-bashagha', field: 'roles[0].evidence[0].quote', fix: 'add this field' }),
    ]);
  });

  it('rejects a quote that is not in the article and shows the closest passage', () => {
    const records = goodRecords();
    records[0]!.data.roles[0]!.evidence[0]!.quote = 'أجرى وزير الداخليه فتحي باشاغا زيارته';
    const [problem, ...rest] = problemsOf(records);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'seeds/entities/fathi-bashagha.yaml', record: 'fathi-bashagha', field: 'roles[0].evidence[0].quote' });
    expect(problem!.message).toContain('quote not found verbatim in article 004_6bb8b83b75ee0431');
    expect(problem!.fix).toBe('the closest passage is «أجرى وزير الداخلية فتحي باشاغا زيارته»: copy it exactly');
  });

  it('rejects a duplicate id', () => {
    const records = [...goodRecords(), { path: 'seeds/entities/fathi-bashagha-2.yaml', data: goodRecords()[0]!.data }];
    const problems = problemsOf(records);
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'seeds/entities/fathi-bashagha-2.yaml', record: 'fathi-bashagha', field: 'id', message: 'duplicate entity id "fathi-bashagha", also in seeds/entities/fathi-bashagha.yaml' }),
    );
  });

  it.each([
    ['2020-10-21', []],
    ['2021-10-21', [{ field: 'roles[0].when.on', message: "the year of 2021-10-21 is not the year in the evidence article's address (2020)" }]],
    ['2020', [{ field: 'roles[0].when.on', message: 'basis is year-from-address but the date is a year alone' }]],
  ])('holds a year-from-address date of %s to the year in the article address', (on, expected) => {
    const records = goodRecords();
    records[0]!.data.roles[0]!.when = { on, basis: 'year-from-address' };
    expect(problemsOf(records)).toEqual(expected.map((e) => expect.objectContaining({ record: 'fathi-bashagha', ...e })));
  });

  it('rejects a date from the address when no evidence article has one', () => {
    const records = goodRecords();
    records[0]!.data.roles[0]!.evidence = [{ article: '002_9ae56ba73361bc49', quote: 'وزير الداخلية كمال بلجود' }];
    records[0]!.data.roles[0]!.when = { on: '2020-10-21', basis: 'year-from-address' };
    expect(problemsOf(records)).toEqual([
      expect.objectContaining({ field: 'roles[0].when.basis', message: 'basis is year-from-address but no evidence article has a date from its address' }),
    ]);
  });

  it.each([
    ['javascript:alert(1)', 'the address must be an http or https URL'],
    ['https://www.libyaakhbar.com/libya-news/%E0%A4%A', 'malformed %-escape'],
  ])('rejects the article address %s, naming the articles file, the article and the field', (url, message) => {
    const input = seedInput(goodRecords());
    const articles = structuredClone(input.articlesFile.data) as { id: string; address: { url: string | null } }[];
    articles[0]!.address.url = url;
    const result = validateSeeds({ ...input, articlesFile: { ...input.articlesFile, data: articles } });
    expect(result.problems).toEqual([
      expect.objectContaining({ file: input.articlesFile.path, record: articles[0]!.id, field: 'address.url', message: expect.stringContaining(message) }),
    ]);
  });
});
