/**
 * npm run seeds:suggest -- <article.txt> [--all] [--json] [--article <id>]
 *
 * Reads an article and prints the persons and organizations it names (scripts/suggest/): each with
 * the sentence it comes from, a draft YAML record, and whether the store already knows it (the
 * current seeds/, compiled, and the extension's own matcher). `npm run seeds:add` writes the same
 * drafts into seeds/drafts/ for review.
 *
 *   --all           also show candidates under the score threshold
 *   --json          print the proposals as JSON instead
 *   --article <id>  the article id for evidence (default: the file name without .txt)
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { recordYaml } from './lib/seed-yaml';
import { knownLabel, loadStore } from './lib/store';
import { draftRecord } from './suggest/drafts';
import { THRESHOLD, suggest, type Known, type Proposal } from './suggest/suggest';

/** The draft as YAML, as seeds:add would write it (without its review list, which seeds:add adds). */
function draftYaml(p: Proposal, articleId: string): string {
  return recordYaml(draftRecord(p, articleId), ' draft: check every field (npm run seeds:add writes it to seeds/drafts/ with what to check)');
}

function main(argv: readonly string[]): void {
  const args = [...argv];
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return false;
    args.splice(i, 1);
    return true;
  };
  const option = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const value = args[i + 1];
    args.splice(i, 2);
    return value;
  };
  const all = flag('--all');
  const json = flag('--json');
  const articleOption = option('--article');
  const file = args[0];
  if (!file || args.length > 1) {
    console.error('usage: npm run seeds:suggest -- <article.txt> [--all] [--json] [--article <id>]');
    process.exit(2);
  }
  const text = readFileSync(resolve(file), 'utf8');
  const articleId = articleOption ?? basename(file).replace(/\.txt$/, '');
  const store = loadStore(process.cwd());
  if (store.warning) console.error(`warning: ${store.warning}`);
  const proposals = suggest(text, { index: store.index, all });

  if (json) {
    console.log(JSON.stringify(proposals.map((p) => ({ ...p, draft: draftRecord(p, articleId) })), null, 2));
    return;
  }
  if (!/^\d{3}_[0-9a-f]{16}$/.test(articleId)) {
    console.error(`note: "${articleId}" is not an article id of seeds/ (NNN_<16 hex>); pass --article <id> once the article is added`);
  }
  console.log(`seeds:suggest — ${file}: ${proposals.length} proposal(s), store of ${store.content.entities.length} entities\n`);
  proposals.forEach((p, n) => {
    const first = p.occurrences[0]!;
    console.log(`── ${n + 1}. ${p.type} «${p.name}» — ${knownLabel(p.known)}${p.accepted ? '' : `   [under the threshold ${THRESHOLD}]`}`);
    console.log(`   found by ${p.foundBy.join(', ')}; score ${p.score}: ${p.reasons.join('; ')}`);
    console.log(`   sentence: ${first.sentence}`);
    if (p.occurrences.length > 1) console.log(`   (${p.occurrences.length} mentions in the article)`);
    console.log(draftYaml(p, articleId).replace(/^/gm, '   ').trimEnd());
    console.log();
  });
  const count = (status: Known['status']) => proposals.filter((p) => p.known.status === status).length;
  console.log(`${proposals.length} proposal(s): ${count('new')} new, ${count('known')} known, ${count('contains')} containing a known name`);
}

main(process.argv.slice(2));
