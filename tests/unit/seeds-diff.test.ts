/**
 * seeds:diff's two halves on the real seeds: the bundle diff names what a change adds, changes and
 * removes, and the marks diff shows on the seed articles what it lights up — here an alias that is
 * an ordinary word (الأمن), the mistake seeds:diff exists to catch before a release.
 */
import { describe, expect, it } from 'vitest';
import { compileBundle } from '../../utils/seeds/compile';
import { readSeedInput, versionBundle } from '../../utils/seeds/read-seeds';
import { validateSeeds, type SeedInput } from '../../utils/seeds/validate';
import { diffBundles, whenText } from '../../scripts/lib/bundle-diff';
import { diffMarks } from '../../scripts/lib/marks-diff';

const root = process.cwd();
const input = readSeedInput(root);

/** The bundle of the seeds with one entity file's data changed. */
function bundleWith(change: (id: string, data: any) => any): ReturnType<typeof versionBundle> {
  const changed: SeedInput = { ...input, entityFiles: input.entityFiles.map((f) => ({ ...f, data: change((f.data as { id: string }).id, structuredClone(f.data)) })) };
  const result = validateSeeds(changed);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file} ${p.field}: ${p.message}`).join('\n'));
  return versionBundle(compileBundle(result.seeds));
}

const base = bundleWith((_, data) => data);
const pages = base.articles.map((a) => ({ name: a.id, lines: a.text.split('\n') }));

describe('the bundle diff', () => {
  it('finds nothing between a bundle and itself', () => {
    expect(diffBundles(base, base)).toEqual({ entities: [], articles: [] });
  });

  it('names an alias added, a role date changed and an entity removed', () => {
    const after = bundleWith((id, data) => {
      if (id === 'libyan-intelligence-service') data.aliases.push({ text: 'الأمن', kind: 'variant' });
      if (id === 'mustafa-al-muqrin') data.roles[0].when = { basis: 'not-stated' };
      return data;
    });
    const withoutIsis = { ...after, entities: after.entities.filter((e) => e.id !== 'isis') };
    const diff = diffBundles(base, withoutIsis);
    const entity = (id: string) => diff.entities.find((e) => e.id === id);
    expect(entity('libyan-intelligence-service')).toEqual({ id: 'libyan-intelligence-service', kind: 'changed', changes: [{ kind: 'added', what: 'alias «الأمن»', detail: 'variant, alone' }] });
    const role = base.entities.find((e) => e.id === 'mustafa-al-muqrin')!.roles[0]!;
    expect(entity('mustafa-al-muqrin')!.changes).toEqual([{ kind: 'changed', what: `role «${role.title}»`, detail: `${whenText(role.when)} → date not stated` }]);
    expect(entity('isis')!.kind).toBe('removed');
    expect(diff.articles).toEqual([]);
  });
});

describe('the marks diff on the seed articles', () => {
  it('finds no mark gained or lost between a bundle and itself', () => {
    const diff = diffMarks(base.index, base.index, pages);
    expect(diff.before).toBeGreaterThan(50);
    expect(diff.gained.length + diff.lost.length + diff.changed.length).toBe(0);
  });

  it('shows the ordinary word a new alias lights up, and the marks a removed alias loses', () => {
    const after = bundleWith((id, data) => {
      if (id === 'libyan-intelligence-service') data.aliases.push({ text: 'الأمن', kind: 'variant' });
      if (id === 'fathi-bashagha') data.aliases = data.aliases.filter((a: { kind: string }) => a.kind === 'full');
      return data;
    });
    const diff = diffMarks(base.index, after.index, pages);
    expect(diff.gained.length).toBeGreaterThan(0);
    expect(diff.gained.every((m) => m.text.endsWith('الأمن') && m.entities.includes('libyan-intelligence-service'))).toBe(true);
    expect(diff.lost.length).toBeGreaterThan(0);
    expect(diff.lost.every((m) => m.text.includes('باشاغا') && m.entities.includes('fathi-bashagha'))).toBe(true);
  });
});
