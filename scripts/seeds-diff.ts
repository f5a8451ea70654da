/**
 * npm run seeds:diff -- [--from <rev or folder>] [--to <rev or folder>] [--corpus <folder>] [--all]
 *
 * What a change of seeds/ does, before it ships: first the bundle's entities, aliases, roles and
 * dates added, changed and removed; then the marks gained and lost on the seed articles (those of
 * both bundles) and, with --corpus, on the real-prose corpus (its .jsonl files, one paragraph a
 * line), read as the extension reads pages. A new alias that lights up an ordinary word shows up
 * there, with the paragraphs it lights up in.
 *
 *   --from  a git revision (HEAD, main, a commit) or a project folder; default: HEAD
 *   --to    the same; default: this folder's seeds/ as they are now
 *   --all   list every changed mark, not the first ones of each name
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Bundle } from '../utils/seeds/bundle';
import { buildBundle } from '../utils/seeds/read-seeds';
import { diffBundles, type BundleDiff } from './lib/bundle-diff';
import { corpusPages, type Mark, type TextPage } from './lib/marks';
import { byName, diffMarks, type MarksDiff } from './lib/marks-diff';

interface Options {
  from: string;
  to: string | null;
  corpus: string | null;
  all: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { from: 'HEAD', to: null, corpus: null, all: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => argv[++i] ?? fail(`${arg} needs a value`);
    if (arg === '--from') options.from = value();
    else if (arg === '--to') options.to = value();
    else if (arg === '--corpus') options.corpus = value();
    else if (arg === '--all') options.all = true;
    else fail(`unknown argument ${arg}\nusage: npm run seeds:diff -- [--from <rev|folder>] [--to <rev|folder>] [--corpus <folder>] [--all]`);
  }
  return options;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** The bundle of a project folder, or of the seeds/ a git revision holds (unpacked to a temporary folder). */
function bundleOf(source: string): Bundle {
  if (existsSync(source) && statSync(source).isDirectory()) return buildBundle(resolve(source));
  const dir = mkdtempSync(join(tmpdir(), 'siyaq-seeds-'));
  try {
    const archive = execFileSync('git', ['archive', '--format=tar', source, 'seeds'], { maxBuffer: 256 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    return buildBundle(dir);
  } catch (error) {
    fail(`seeds:diff: cannot read seeds/ at «${source}»: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The seed articles of both bundles, each line a block, as the demo pages show them. */
function seedPages(before: Bundle, after: Bundle): TextPage[] {
  const texts = new Map([...before.articles, ...after.articles].map((a) => [a.id, a.text]));
  return [...texts].sort(([x], [y]) => (x < y ? -1 : 1)).map(([name, text]) => ({ name, lines: text.replace(/\r\n?/g, '\n').split('\n') }));
}

function printBundleDiff(diff: BundleDiff): void {
  if (diff.entities.length === 0 && diff.articles.length === 0) {
    console.log('Bundle: no change to entities or articles.');
    return;
  }
  const count = (kind: string) => diff.entities.filter((e) => e.kind === kind).length;
  console.log(`Bundle: ${count('added')} entities added, ${count('changed')} changed, ${count('removed')} removed; ${diff.articles.length} article change(s).`);
  for (const change of diff.articles) console.log(`  ${sign(change.kind)} ${change.what}${change.detail ? `: ${change.detail}` : ''}`);
  for (const entity of diff.entities) {
    console.log(`  ${sign(entity.kind)} ${entity.id}`);
    for (const change of entity.changes) console.log(`      ${sign(change.kind)} ${change.what}${change.detail ? `: ${change.detail}` : ''}`);
  }
}

function sign(kind: string): string {
  return kind === 'added' ? '+' : kind === 'removed' ? '-' : '~';
}

function printMarksDiff(label: string, diff: MarksDiff, pages: readonly TextPage[], all: boolean): void {
  console.log(`\nMarks on ${label}: ${diff.before} → ${diff.after} (${diff.gained.length} gained, ${diff.lost.length} lost, ${diff.changed.length} read otherwise)`);
  const lines = new Map(pages.map((p) => [p.name, p.lines]));
  const context = (m: Mark) => {
    const line = lines.get(m.file)?.[m.line - 1] ?? '';
    const from = Math.max(0, m.start - 40);
    return `${from > 0 ? '…' : ''}${line.slice(from, m.start)}[${m.text}]${line.slice(m.end, m.end + 40)}${m.end + 40 < line.length ? '…' : ''}`;
  };
  const list = (title: string, marks: readonly Mark[]) => {
    if (marks.length === 0) return;
    console.log(`  ${title}:`);
    for (const group of byName(marks)) {
      console.log(`    ${group.count} × «${group.text}» → ${group.entities}${group.first.ambiguous ? ' (ambiguous)' : ''}`);
      const shown = all ? marks.filter((m) => m.text === group.text && m.entities.join(' | ') === group.entities) : [group.first];
      for (const m of shown) console.log(`        ${m.file}:${m.line} ${m.why}: ${context(m)}`);
    }
  };
  list('gained', diff.gained);
  list('lost', diff.lost);
  if (diff.changed.length > 0) {
    console.log('  read otherwise:');
    for (const { before, after } of all ? diff.changed : diff.changed.slice(0, 20)) {
      console.log(`    «${after.text}» ${before.entities.join(' | ')}${before.ambiguous ? ' (ambiguous)' : ''} → ${after.entities.join(' | ')}${after.ambiguous ? ' (ambiguous)' : ''} at ${after.file}:${after.line}`);
    }
    if (!all && diff.changed.length > 20) console.log(`    … ${diff.changed.length - 20} more (--all)`);
  }
}

function main(argv: readonly string[]): void {
  const options = parseArgs(argv);
  const before = bundleOf(options.from);
  const after = options.to === null ? buildBundle(process.cwd()) : bundleOf(options.to);
  console.log(`seeds:diff — from ${options.from} (bundle ${before.version}) to ${options.to ?? 'the working tree'} (bundle ${after.version})\n`);
  printBundleDiff(diffBundles(before, after));

  const seeds = seedPages(before, after);
  printMarksDiff(`the ${seeds.length} seed articles`, diffMarks(before.index, after.index, seeds), seeds, options.all);

  if (options.corpus) {
    const files = readdirSync(options.corpus).filter((f) => f.endsWith('.jsonl')).sort();
    if (files.length === 0) fail(`seeds:diff: no .jsonl files in ${options.corpus}`);
    for (const file of files) {
      const pages = corpusPages(join(options.corpus, file));
      printMarksDiff(`${file} (${pages.length} articles)`, diffMarks(before.index, after.index, pages), pages, options.all);
    }
  }
}

main(process.argv.slice(2));
