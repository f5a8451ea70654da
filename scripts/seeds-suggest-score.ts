/**
 * npm run seeds:suggest:score -- <corpus folder> [--set tuned|held-out] [--quiet]
 *
 * Scores seeds:suggest on the hand-annotated corpus articles (scripts/suggest/annotated-articles.yaml):
 * recall of persons and of organizations, and noise (proposals that name nothing annotated), for
 * the articles the rules were tuned on and, apart, for the held-out ones. The corpus folder holds
 * ant-libya-articles.jsonl; its text is read, never copied.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { articleTexts, CORPUS_FILE, formsNotInText, readAnnotation, scoreArticle, TARGETS, totals, type ArticleScore, type ArticleSet, type Totals } from './suggest/score';

function main(argv: readonly string[]): void {
  const args = [...argv];
  const take = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    return args.splice(i, name === '--set' ? 2 : 1)[1] ?? '';
  };
  const only = take('--set') as ArticleSet | undefined;
  const quiet = take('--quiet') !== undefined;
  const folder = args[0];
  if (!folder || args.length > 1 || (only && only !== 'tuned' && only !== 'held-out')) {
    console.error('usage: npm run seeds:suggest:score -- <corpus folder> [--set tuned|held-out] [--quiet]');
    process.exit(2);
  }
  const file = join(resolve(folder), CORPUS_FILE);
  if (!existsSync(file)) {
    console.error(`seeds:suggest:score: ${file} not found; give the folder that holds ${CORPUS_FILE}`);
    process.exit(2);
  }
  const annotation = readAnnotation().filter((a) => !only || a.set === only);
  const texts = articleTexts(readFileSync(file, 'utf8'), new Set(annotation.map((a) => a.id)));

  let broken = false;
  const scores: ArticleScore[] = [];
  for (const article of annotation) {
    const text = texts.get(article.id);
    if (text === undefined) {
      console.error(`${article.id}: not in ${CORPUS_FILE}`);
      broken = true;
      continue;
    }
    const typos = formsNotInText(article, text);
    if (typos.length > 0) {
      console.error(`${article.id}: annotated forms the article does not write: ${typos.map((f) => `«${f}»`).join(', ')}`);
      broken = true;
    }
    const score = scoreArticle(article, text);
    scores.push(score);
    if (!quiet) printArticle(score, article.source);
  }

  for (const set of ['tuned', 'held-out'] as const) {
    const part = scores.filter((s) => s.set === set);
    if (part.length > 0) printTotals(set, totals(part));
  }
  if (!only) printTotals('all', totals(scores));
  if (broken) process.exit(1);
}

function printArticle(s: ArticleScore, source: string): void {
  const persons = s.found.filter((e) => e.type === 'person').length;
  const personsAll = persons + s.missed.filter((e) => e.type === 'person').length;
  console.log(`${s.id} (${source}, ${s.set}): persons ${persons}/${personsAll}, organizations ${s.found.length - persons}/${s.found.length + s.missed.length - personsAll}, ${s.noise.length} noise of ${s.proposals} proposals`);
  for (const e of s.missed) console.log(`   missed ${e.type}: «${e.forms[0]}»${e.viaTitle ? ' (named through a title)' : ''}`);
  for (const p of s.noise) console.log(`   noise ${p.type}: «${p.name}» — ${p.reasons.join('; ')}`);
}

function printTotals(label: string, t: Totals): void {
  const rate = (n: number, total: number) => (total === 0 ? 1 : n / total);
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  const persons = rate(t.persons.found, t.persons.total);
  const organizations = rate(t.organizations.found, t.organizations.total);
  const noise = t.proposals === 0 ? 0 : t.noise / t.proposals;
  const mark = (ok: boolean) => (ok ? 'PASS' : 'MISS');
  console.log(`\n── ${label}: ${t.articles} articles`);
  console.log(`persons        ${t.persons.found}/${t.persons.total} = ${pct(persons)}   ${mark(persons >= TARGETS.persons)} (target ≥ ${pct(TARGETS.persons)})`);
  console.log(`organizations  ${t.organizations.found}/${t.organizations.total} = ${pct(organizations)}   ${mark(organizations >= TARGETS.organizations)} (target ≥ ${pct(TARGETS.organizations)})`);
  console.log(`noise          ${t.noise}/${t.proposals} = ${pct(noise)}   ${mark(noise <= TARGETS.noise)} (target ≤ ${pct(TARGETS.noise)})`);
}

main(process.argv.slice(2));
