/**
 * npm run seeds:check — validates every file in seeds/ and prints each problem with its file,
 * record, field and fix. Exits 1 on any problem of the bundle's files. Then checks the drafts in
 * seeds/drafts/ as if each were accepted and says what each still needs; drafts are not in the
 * bundle, so what they lack is reported without failing the check.
 */
import { compileBundle } from '../utils/seeds/compile';
import { checkDrafts } from '../utils/seeds/drafts';
import { checkSeeds, formatProblem, readDraftFiles, readSeedInput, versionBundle } from '../utils/seeds/read-seeds';

const root = process.cwd();
const result = checkSeeds(root);
if (!result.ok) {
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error(`\nseeds:check: ${result.problems.length} problem(s) found`);
  process.exit(1);
}
const bundle = versionBundle(compileBundle(result.seeds));
const persons = bundle.entities.filter((e) => e.type === 'person').length;
console.log(
  `seeds:check: OK — ${bundle.articles.length} articles, ${persons} persons, ${bundle.entities.length - persons} organizations, ` +
    `${bundle.index.aliases.length} aliases, bundle ${bundle.version}`,
);

const drafts = checkDrafts(readSeedInput(root), readDraftFiles(root));
if (drafts.length > 0) {
  const ready = drafts.filter((d) => d.problems.length === 0);
  console.log(`\ndrafts in seeds/drafts/: ${ready.length} ready to accept, ${drafts.length - ready.length} with something left to do`);
  for (const d of ready) console.log(`  ready: ${d.path} (npm run seeds:accept -- ${d.path})`);
  for (const d of drafts.filter((x) => x.problems.length > 0)) {
    console.log(`\n${d.path}: ${d.problems.length} thing(s) before it can be accepted`);
    const review = d.problems.filter((p) => p.field.startsWith('review['));
    for (const problem of d.problems.filter((p) => !review.includes(p))) console.log(formatProblem(problem).replace(/^/gm, '  '));
    if (review.length > 0) {
      console.log(`  ${review.length} line(s) of review left:`);
      for (const problem of review) console.log(`    ${problem.field}: ${problem.message.replace(/^not yet reviewed: /, '')}`);
      console.log(`    fix: ${review[0]!.fix}`);
    }
  }
}
