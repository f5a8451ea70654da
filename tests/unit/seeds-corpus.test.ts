/**
 * The malformed-record corpus: tests/fixtures/bad-seeds/*.yaml holds one broken entity record a
 * file. Each is validated as if it were seeds/entities/<its file name>, beside the real articles
 * and the good base records, and must produce exactly the problem its header announces:
 *
 *   # expect: <field> :: <substring of the message>      (first line, required)
 *   # fix: <substring of the fix>                          (optional)
 *   # also: <file> <record> <field> :: <substring>         (optional: a problem the bad record
 *                                                           causes in another file, e.g. a good
 *                                                           record whose alias it claims too)
 *
 * The raw text goes through the `yaml` parser as read-seeds.ts does, so a syntax error becomes
 * `parseError` (the first line of the parser's message).
 * Also here: the compiled bundle is deterministic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileBundle } from '../../utils/seeds/compile';
import { versionBundle } from '../../utils/seeds/read-seeds';
import { validateSeeds, type SeedFile, type SeedInput, type SeedProblem } from '../../utils/seeds/validate';
import { goodRecords, seedInput } from './seed-fixtures';

const corpusDir = join(import.meta.dirname, '..', 'fixtures', 'bad-seeds');

interface Expected {
  readonly file: string;
  readonly record: string;
  readonly field: string;
  readonly message: string;
  readonly fix?: string;
}

interface Fixture {
  readonly name: string;
  readonly seedFile: SeedFile;
  readonly expected: Expected;
  readonly also: readonly Expected[];
}

/** Mirrors read-seeds.ts: parse, or keep the first line of the parser's message. */
function readYaml(path: string, raw: string): SeedFile {
  try {
    return { path, data: parse(raw) };
  } catch (error) {
    return { path, data: undefined, parseError: (error as Error).message.split('\n')[0] };
  }
}

function loadFixture(name: string): Fixture {
  const raw = readFileSync(join(corpusDir, name), 'utf8');
  const lines = raw.split('\n');
  const head = /^# expect: (\S+) :: (.+)$/.exec(lines[0]!);
  if (!head) throw new Error(`${name}: the first line must be "# expect: <field> :: <message substring>"`);
  const seedFile = readYaml(`seeds/entities/${name}`, raw);
  const id = (seedFile.data as { id?: unknown } | undefined)?.id;
  const record = seedFile.parseError ? '-' : typeof id === 'string' && id ? id : '(no id)';
  const fix = lines.map((l) => /^# fix: (.+)$/.exec(l)?.[1]).find(Boolean);
  const also = lines.flatMap((l) => {
    const m = /^# also: (\S+) (\S+) (\S+) :: (.+)$/.exec(l);
    return m ? [{ file: m[1]!, record: m[2]!, field: m[3]!, message: m[4]! }] : [];
  });
  return { name, seedFile, expected: { file: seedFile.path, record, field: head[1]!, message: head[2]!, fix }, also };
}

const fixtures = readdirSync(corpusDir)
  .filter((n) => n.endsWith('.yaml'))
  .sort()
  .map(loadFixture);

/** The real articles and the good records, with one more entity file. */
function inputWith(extra: SeedFile): SeedInput {
  const base = seedInput(goodRecords());
  return { ...base, entityFiles: [...base.entityFiles, extra] };
}

function matches(problem: SeedProblem, want: Expected): boolean {
  return (
    problem.file === want.file &&
    problem.record === want.record &&
    problem.field === want.field &&
    problem.message.includes(want.message) &&
    (want.fix === undefined || problem.fix.includes(want.fix))
  );
}

describe('the malformed-record corpus', () => {
  it('holds at least 18 records', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(18);
  });

  it('the good base set alone is valid', () => {
    expect(validateSeeds(seedInput(goodRecords())).problems).toEqual([]);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const result = validateSeeds(inputWith(fixture.seedFile));
    expect(result.ok).toBe(false);
    const problems = result.problems;
    // Exactly the announced problems: the expected one, plus any the header lists under `also`.
    expect(problems).toHaveLength(1 + fixture.also.length);
    const own = problems.filter((p) => p.file === fixture.expected.file);
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ file: fixture.expected.file, record: fixture.expected.record, field: fixture.expected.field });
    expect(own[0]!.message).toContain(fixture.expected.message);
    if (fixture.expected.fix !== undefined) expect(own[0]!.fix).toContain(fixture.expected.fix);
    for (const want of fixture.also) expect(problems.some((p) => matches(p, want))).toBe(true);
    for (const p of problems) expect(p.fix.trim()).not.toBe('');
  });

  it('every record that parses names an id and a type (a sanity check of the corpus)', () => {
    for (const f of fixtures.filter((x) => !x.seedFile.parseError)) {
      expect(f.seedFile.data).toMatchObject({ id: expect.any(String), type: expect.any(String) });
    }
  });
});

describe('a YAML syntax error', () => {
  it('is reported with the first line of the parser message and the file', () => {
    const fixture = fixtures.find((f) => f.seedFile.parseError)!;
    expect(fixture).toBeDefined();
    const [problem] = validateSeeds(inputWith(fixture.seedFile)).problems;
    expect(problem).toMatchObject({ file: fixture.seedFile.path, record: '-', field: '-', message: `YAML syntax error: ${fixture.seedFile.parseError}` });
    expect(problem!.message).not.toContain('\n');
  });
});

describe('the compiled bundle', () => {
  /** A third valid record, so that reordering the input moves more than two records. */
  const muqrin = {
    data: {
      id: 'mustafa-al-muqrin',
      type: 'person',
      name: 'مصطفى المقرعن',
      country: 'LY',
      aliases: [{ text: 'مصطفى المقرعن', kind: 'full' }, { text: 'المقرعن', kind: 'short' }],
      roles: [
        {
          title: 'رئيس جهاز المخابرات',
          country: 'LY',
          when: { on: '2015-05', basis: 'stated' },
          evidence: [{ article: '000_6e08de1c6a9042cb', quote: 'عين مجلس النواب الليبي في مايو من العام 2015 مصطفى المقرعن رئيسا لجهاز المخابرات' }],
        },
      ],
    },
  };

  function compiled(records: { path?: string; data: unknown }[], reverseArticles = false) {
    const input = seedInput(records);
    const articleTexts = reverseArticles ? new Map([...input.articleTexts].reverse()) : input.articleTexts;
    const articlesData = reverseArticles ? [...(input.articlesFile.data as unknown[])].reverse() : input.articlesFile.data;
    const result = validateSeeds({ ...input, articleTexts, articlesFile: { ...input.articlesFile, data: articlesData } });
    if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
    return compileBundle(result.seeds);
  }

  it('is the same, byte for byte and by version, when compiled twice', () => {
    const a = compiled(goodRecords());
    const b = compiled(goodRecords());
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(versionBundle(a).version).toBe(versionBundle(b).version);
  });

  it('does not depend on the order of the input records or articles', () => {
    const forward = compiled([...goodRecords(), muqrin]);
    const reversed = compiled([muqrin, ...goodRecords()].reverse(), true);
    const goodReversed = compiled(goodRecords().reverse());
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(forward));
    expect(versionBundle(reversed).version).toBe(versionBundle(forward).version);
    expect(JSON.stringify(goodReversed)).toBe(JSON.stringify(compiled(goodRecords())));
    expect(versionBundle(goodReversed).version).toBe(versionBundle(compiled(goodRecords())).version);
  });

  it('changes its version when the content changes', () => {
    expect(versionBundle(compiled([...goodRecords(), muqrin])).version).not.toBe(versionBundle(compiled(goodRecords())).version);
  });

  it('stamps the same version on the bundle and on its match index', () => {
    const bundle = versionBundle(compiled(goodRecords()));
    expect(bundle.index.version).toBe(bundle.version);
    expect(bundle.version).toMatch(/^[0-9a-f]{16}$/);
  });
});
