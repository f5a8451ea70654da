/**
 * npm run seeds:accept -- <draft.yaml> [<draft.yaml> …]
 *
 * Accepts reviewed drafts from seeds/drafts/: a new entity becomes seeds/entities/<id>.yaml, an
 * addition is appended to its entity's file; the draft is then removed. A draft is accepted only
 * when nothing is left in its review list and the bundle with it passes seeds:check; otherwise
 * this prints what is missing (file › record › field, and the fix) and changes nothing.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { checkDrafts } from '../utils/seeds/drafts';
import { checkSeeds, formatProblem, readSeedFile, readSeedInput } from '../utils/seeds/read-seeds';
import { appendItems, styleRecord } from './lib/seed-yaml';

function accept(root: string, draftPath: string): boolean {
  const absolute = resolve(draftPath);
  if (!existsSync(absolute)) {
    console.error(`${draftPath}: no such draft`);
    return false;
  }
  const input = readSeedInput(root);
  const [check] = checkDrafts(input, [readSeedFile(root, absolute)]);
  if (!check!.draft || check!.problems.length > 0) {
    console.error(`${check!.path}: not accepted, ${check!.problems.length} thing(s) left:`);
    for (const problem of check!.problems) console.error(formatProblem(problem).replace(/^/gm, '  '));
    return false;
  }
  const draft = check!.draft;
  const written = new Map<string, string | null>(); // path → its content before, null when new
  const write = (path: string, text: string) => {
    if (!written.has(path)) written.set(path, existsSync(path) ? readFileSync(path, 'utf8') : null);
    writeFileSync(path, text);
  };

  let target: string;
  if (draft.kind === 'new') {
    const doc = parseDocument(readFileSync(absolute, 'utf8'));
    doc.delete('review');
    doc.commentBefore = null; // the draft's header: what to do before accepting
    styleRecord(doc);
    target = join(root, 'seeds', 'entities', `${draft.record.id}.yaml`);
    write(target, doc.toString({ lineWidth: 0 }));
  } else {
    const file = input.entityFiles.find((f) => (f.data as { id?: unknown } | undefined)?.id === draft.addition['add-to'])!;
    target = join(root, file.path);
    const doc = parseDocument(readFileSync(target, 'utf8'));
    appendItems(doc, 'aliases', draft.addition.aliases);
    appendItems(doc, 'roles', draft.addition.roles);
    appendItems(doc, 'evidence', draft.addition.evidence);
    write(target, doc.toString({ lineWidth: 0 }));
  }

  const after = checkSeeds(root);
  if (!after.ok) {
    // The draft was checked with the bundle; should the written file still break it, undo.
    for (const [path, before] of written) before === null ? rmSync(path) : writeFileSync(path, before);
    console.error(`${check!.path}: not accepted, the bundle would not validate:`);
    for (const problem of after.problems) console.error(formatProblem(problem).replace(/^/gm, '  '));
    return false;
  }
  rmSync(absolute);
  console.log(`accepted ${relative(root, absolute)} → ${relative(root, target)}`);
  return true;
}

function main(argv: readonly string[]): void {
  if (argv.length === 0) {
    console.error('usage: npm run seeds:accept -- <seeds/drafts/…yaml> [more drafts]');
    process.exit(2);
  }
  const root = process.cwd();
  const results = argv.map((path) => accept(root, path));
  if (results.some(Boolean)) console.log('\nNext: npm run seeds:diff shows what the change does to the marks; npm run build rebuilds the extension.');
  if (!results.every(Boolean)) process.exit(1);
}

main(process.argv.slice(2));
