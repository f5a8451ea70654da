/**
 * npm run seeds:suggest -- <article.txt> [--all] [--json] [--article <id>]
 *
 * Reads an article and proposes draft entity records (utils/seeds/suggest.ts): each with the
 * sentence it comes from, a draft YAML record to copy into seeds/entities/<id>.yaml, and whether
 * the store already knows it (the current seeds/, compiled, and the extension's own matcher).
 *
 *   --all           also show candidates under the score threshold
 *   --json          print the proposals as JSON instead
 *   --article <id>  the article id for evidence (default: the file name without .txt)
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Document, isMap, isScalar, isSeq } from 'yaml';
import type { MatchIndex } from '../utils/match/match-index';
import type { BundleContent } from '../utils/seeds/bundle';
import { compileBundle } from '../utils/seeds/compile';
import { checkSeeds, readSeedInput, versionBundle } from '../utils/seeds/read-seeds';
import { ArticlesFile, EntityRecord } from '../utils/seeds/schema';
import { draftRecord } from './suggest/drafts';
import { THRESHOLD, suggest, type Known, type Proposal } from './suggest/suggest';

export interface Store {
  readonly content: BundleContent;
  readonly index: MatchIndex;
  /** Set when seeds/ does not validate and only the entity files that parse were compiled. */
  readonly warning?: string;
}

/**
 * The current store: seeds/ validated and compiled. While someone is editing seeds/ it may not
 * validate; then the entity files that parse on their own are compiled, with a warning, so the
 * "known" column stays useful.
 */
export function loadStore(root: string): Store {
  const result = checkSeeds(root);
  if (result.ok) {
    const bundle = versionBundle(compileBundle(result.seeds));
    return { content: bundle, index: bundle.index };
  }
  const input = readSeedInput(root);
  const entities = input.entityFiles.flatMap((file) => {
    const parsed = EntityRecord.safeParse(file.data);
    return parsed.success ? [{ ...parsed.data, file: file.path }] : [];
  });
  const unique = entities.filter((e, i) => entities.findIndex((o) => o.id === e.id) === i);
  const articles = ArticlesFile.safeParse(input.articlesFile.data);
  const content = compileBundle({ articles: articles.success ? articles.data : [], entities: unique, articleTexts: input.articleTexts });
  const warning =
    `seeds/ does not validate (${result.problems.length} problem(s); run npm run seeds:check): ` +
    `"known" uses the ${unique.length} of ${input.entityFiles.length} entity files that parse on their own`;
  return { content, index: { ...content.index, version: 'partial' }, warning };
}

export function knownLabel(known: Known): string {
  switch (known.status) {
    case 'new':
      return 'new';
    case 'known':
      return known.ambiguous ? `known, ambiguous: one of ${known.ids.join(', ')}` : `known as ${known.ids[0]}`;
    case 'contains':
      return `new — contains known ${known.parts.map((p) => `«${p.alias}» (${p.ids.join(' | ')})`).join(', ')}`;
  }
}

/** The draft as YAML, with comments on the fields a maintainer must check. */
function draftYaml(p: Proposal, articleId: string): string {
  const doc = new Document(draftRecord(p, articleId));
  const map = doc.contents;
  if (isMap(map)) {
    const id = map.get('id', true);
    if (isScalar(id)) id.comment = ' transliterated: correct the spelling';
    const kind = map.get('kind', true);
    if (isScalar(kind)) kind.comment = ' guessed from the head noun';
    const aliases = map.get('aliases', true);
    if (isSeq(aliases)) for (const item of aliases.items) if (isMap(item)) item.flow = true;
    const roles = map.get('roles', true);
    if (isSeq(roles)) {
      for (const role of roles.items) {
        const when = isMap(role) ? role.get('when', true) : undefined;
        if (isMap(when)) when.flow = true;
      }
    }
  }
  return `# draft: check every field before saving it as seeds/entities/<id>.yaml\n${doc.toString({ lineWidth: 0 })}`;
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

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main(process.argv.slice(2));
