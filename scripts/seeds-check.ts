/**
 * npm run seeds:check — validates every file in seeds/ and prints each problem with its file,
 * record, field and fix. Exits 1 on any problem.
 */
import { compileBundle } from '../utils/seeds/compile';
import { checkSeeds, formatProblem, versionBundle } from '../utils/seeds/read-seeds';

const result = checkSeeds(process.cwd());
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
