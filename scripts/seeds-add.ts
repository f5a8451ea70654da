/**
 * npm run seeds:add -- <article.txt> [--url <address>] [--outlet <name>] [--published <YYYY-MM-DD>]
 *                      [--byline <name>] [--headline <text copied from the article>]
 *
 * Adds an article to the seeds: copies it unchanged to seeds/articles/<id>.txt, appends its entry to
 * seeds/articles.yaml (each field saying how it is known: given here, read from the text or the
 * address, or not stated), then runs the suggester on it and writes drafts into seeds/drafts/: a
 * file for each new person or organization, and one for the new roles and aliases of each entity
 * the store already has. No draft enters the bundle until it is accepted (npm run seeds:accept).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isMap, isScalar, parseDocument } from 'yaml';
import { checkSeeds, formatProblem } from '../utils/seeds/read-seeds';
import { articleId, articleMeta, textHash, type GivenMeta } from './lib/article-meta';
import { recordYaml, styleRecord } from './lib/seed-yaml';
import { loadStore } from './lib/store';
import { draftsFor } from './suggest/drafts';
import { suggest } from './suggest/suggest';

const USAGE = 'usage: npm run seeds:add -- <article.txt> [--url <address>] [--outlet <name>] [--published <YYYY-MM-DD>] [--byline <name>] [--headline <text>]';

function parseArgs(argv: readonly string[]): { file: string; given: GivenMeta } {
  const args = [...argv];
  const given: Record<string, string> = {};
  for (const name of ['url', 'outlet', 'published', 'byline', 'headline']) {
    const i = args.indexOf(`--${name}`);
    if (i < 0) continue;
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) fail(`--${name} needs a value\n${USAGE}`);
    given[name] = value;
    args.splice(i, 2);
  }
  if (args.length !== 1 || args[0]!.startsWith('--')) fail(USAGE);
  return { file: args[0]!, given };
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function main(argv: readonly string[]): void {
  const { file, given } = parseArgs(argv);
  const root = process.cwd();
  const text = readFileSync(resolve(file), 'utf8');
  if (!text.trim()) fail(`${file} is empty`);
  const articlesDir = join(root, 'seeds', 'articles');
  const existing = readdirSync(articlesDir).filter((n) => n.endsWith('.txt')).map((n) => n.slice(0, -4));
  const same = existing.find((id) => id.endsWith(textHash(text)) || readFileSync(join(articlesDir, `${id}.txt`), 'utf8') === text);
  if (same) fail(`this text is already seeds/articles/${same}.txt`);
  if (!checkSeeds(root).ok) fail('seeds/ does not validate now: run npm run seeds:check and fix it before adding an article');

  const id = articleId(text, existing);
  let meta;
  try {
    meta = articleMeta(id, text, given);
  } catch (error) {
    fail((error as Error).message);
  }

  const articlesFile = join(root, 'seeds', 'articles.yaml');
  const before = readFileSync(articlesFile, 'utf8');
  writeFileSync(join(articlesDir, `${id}.txt`), text);
  writeFileSync(articlesFile, withEntry(before, meta.entry, meta.how.headline));
  const check = checkSeeds(root);
  if (!check.ok) {
    // Leave seeds/ as it was: the new entry must not break the bundle.
    writeFileSync(articlesFile, before);
    rmSync(join(articlesDir, `${id}.txt`), { force: true });
    for (const problem of check.problems) console.error(formatProblem(problem));
    fail('seeds:add: the article could not be added; seeds/ is unchanged');
  }

  console.log(`seeds:add — seeds/articles/${id}.txt\n`);
  const e = meta.entry;
  console.log(`  headline   ${e.headline}\n             ${meta.how.headline}`);
  console.log(`  outlet     ${e.outlet.name ?? '—'} (${e.outlet.basis})${e.outlet.note ? `: ${e.outlet.note}` : ''}`);
  console.log(`  byline     ${e.byline ?? '—'}: ${meta.how.byline}`);
  console.log(`  address    ${e.address.url ?? '—'} (${e.address.basis})${e.address.note ? `: ${e.address.note}` : ''}`);
  console.log(`  published  ${e.published.date ?? '—'} (${e.published.basis})${e.published.note ? `: ${e.published.note}` : ''}`);
  console.log('  furniture  none listed: add whole lines of site chrome (menus, counters) by hand');

  const store = loadStore(root);
  const proposals = suggest(text, { index: store.index });
  const { drafts, skipped } = draftsFor(proposals, id, store);
  const draftsDir = join(root, 'seeds', 'drafts');
  mkdirSync(draftsDir, { recursive: true });
  console.log(`\n${proposals.length} proposal(s); ${drafts.length} draft(s) in seeds/drafts/:`);
  for (const draft of drafts) {
    const path = freePath(draftsDir, draft.name, id);
    const header = [
      ` ${draft.summary}, from seeds/articles/${id}.txt (npm run seeds:add).`,
      ' Not in the bundle until accepted. Check each line of review against the article, correct',
      ' the record, delete the line; then: npm run seeds:accept -- seeds/drafts/<this file>',
    ].join('\n');
    writeFileSync(path, recordYaml(draft.data, header));
    console.log(`  ${path.slice(root.length + 1)} — ${draft.summary}, ${draft.data.review.length} thing(s) to review`);
  }
  for (const note of skipped) console.log(`  no draft: ${note}`);
  console.log('\nNext: review the drafts, then npm run seeds:accept -- <draft>; npm run seeds:check says what each still needs.');
}

/** articles.yaml with the entry appended, its comments and styles kept. */
function withEntry(yamlText: string, entry: object, headlineHow: string): string {
  const doc = parseDocument(yamlText);
  const node = doc.createNode(entry);
  if (!isMap(node)) throw new Error('an article entry is a mapping');
  for (const key of ['outlet', 'address', 'published']) {
    const field = node.get(key, true);
    if (isMap(field)) field.flow = true;
  }
  const headline = node.get('headline', true);
  if (isScalar(headline)) headline.comment = ` ${headlineHow}`;
  node.spaceBefore = true;
  (doc.contents as { items: unknown[] }).items.push(node);
  styleRecord(doc);
  return doc.toString({ lineWidth: 0 });
}

/** seeds/drafts/<name>.yaml, or with the article's number when a draft of that name waits already. */
function freePath(dir: string, name: string, id: string): string {
  const plain = join(dir, `${name}.yaml`);
  return existsSync(plain) ? join(dir, `${name}.${id.slice(0, 3)}.yaml`) : plain;
}

main(process.argv.slice(2));
