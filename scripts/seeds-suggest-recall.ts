/**
 * npm run seeds:suggest:recall — measures seeds:suggest on the seed articles against the bundle.
 *
 * Runs the suggester on every article of seeds/articles/ and compares its proposals with the
 * bundled entities. An entity counts as proposed when a proposal's name matches one of its aliases
 * through the extension's matcher (the whole name, or a part of it), or when the proposal's folded
 * name contains an alias. Entities reached only through an alias they share with others
 * (وزارة الداخلية) are counted apart. Proposals that match no entity are noise candidates: they
 * are listed for a human to judge.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fold, originalSpan } from '../utils/arabic/fold';
import { Matcher } from '../utils/match/matcher';
import { foldName } from '../utils/seeds/compile';
import type { EntityRecord } from '../utils/seeds/schema';
import { suggest, type Proposal } from './suggest/suggest';
import { aliasKey } from '../utils/seeds/validate';
import { knownLabel, loadStore } from './lib/store';

type Credit = 'whole' | 'part';

interface Hit {
  readonly entity: string;
  readonly alias: string;
  readonly credit: Credit;
  /** The alias is claimed by several entities. */
  readonly ambiguous: boolean;
}

const root = process.cwd();
const store = loadStore(root);
if (store.warning) console.error(`warning: ${store.warning}\n`);
const entities = store.content.entities;
const index = store.index;
const matcher = new Matcher(index);

/** Entities a proposal's name reaches, through the matcher and through folded containment. */
function hitsOf(p: Proposal): Hit[] {
  const folded = foldName(p.name);
  const hits = new Map<string, Hit>();
  const add = (hit: Hit) => {
    const prior = hits.get(hit.entity);
    if (!prior || (prior.credit === 'part' && hit.credit === 'whole') || (prior.ambiguous && !hit.ambiguous)) hits.set(hit.entity, hit);
  };
  for (const c of matcher.scan(folded)) {
    const owners = [...new Set(c.aliases.map((a) => a.entity))];
    const credit: Credit = c.start === 0 && c.end === folded.length ? 'whole' : 'part';
    for (const e of owners) add({ entity: index.entities[e]!.id, alias: c.aliases[0]!.folded, credit, ambiguous: owners.length > 1 });
  }
  const key = aliasKey(p.name);
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      const aliasK = aliasKey(alias.text);
      if (aliasK.length < 2 || !key.includes(aliasK)) continue;
      const owners = entities.filter((e) => e.aliases.some((a) => aliasKey(a.text) === aliasK)).length;
      add({ entity: entity.id, alias: alias.text, credit: key === aliasK ? 'whole' : 'part', ambiguous: owners > 1 });
    }
  }
  return [...hits.values()];
}

/** Articles an entity's record quotes: the entities each article is expected to yield. */
function articlesOf(entity: EntityRecord): Set<string> {
  const ids = new Set<string>();
  for (const ev of entity.evidence) ids.add(ev.article);
  for (const role of entity.roles) for (const ev of role.evidence) ids.add(ev.article);
  for (const rel of entity.relations) for (const ev of rel.evidence) ids.add(ev.article);
  return ids;
}

const articleIds = readdirSync(join(root, 'seeds', 'articles')).filter((n) => n.endsWith('.txt')).sort().map((n) => n.slice(0, -4));
/** entity id → how it was reached: by a proposal through an unambiguous alias, or only an ambiguous one. */
const reached = new Map<string, { strict: boolean; by: string[] }>();
const noise: { article: string; proposal: Proposal }[] = [];
let proposalsTotal = 0;
let matchingTotal = 0;
let wholeTotal = 0;
const distinct = new Set<string>();

console.log(`seeds:suggest:recall — ${articleIds.length} articles, ${entities.length} bundled entities\n`);
for (const articleId of articleIds) {
  const text = readFileSync(join(root, 'seeds', 'articles', `${articleId}.txt`), 'utf8');
  const proposals = suggest(text, { index });
  const expected = entities.filter((e) => articlesOf(e).has(articleId)).map((e) => e.id);
  const found = new Set<string>();
  let matching = 0;
  let whole = 0;
  const unmatched: Proposal[] = [];
  for (const p of proposals) {
    distinct.add(p.key);
    const hits = hitsOf(p);
    if (hits.length === 0) {
      unmatched.push(p);
      continue;
    }
    matching++;
    if (hits.some((h) => h.credit === 'whole')) whole++;
    for (const h of hits) {
      found.add(h.entity);
      const entry = reached.get(h.entity) ?? { strict: false, by: [] };
      entry.strict ||= !h.ambiguous;
      entry.by.push(`«${p.name}» (${articleId.slice(0, 3)}, ${h.credit === 'whole' ? 'whole name' : `contains «${h.alias}»`}${h.ambiguous ? ', ambiguous alias' : ''})`);
      reached.set(h.entity, entry);
    }
  }
  const expectedFound = expected.filter((id) => found.has(id));
  proposalsTotal += proposals.length;
  matchingTotal += matching;
  wholeTotal += whole;
  for (const p of unmatched) noise.push({ article: articleId, proposal: p });
  console.log(`${articleId}: ${proposals.length} proposals — ${matching} match a known entity (${whole} by the whole name), ${unmatched.length} match none`);
  console.log(`   entities this article's records quote: ${expected.length}, proposed from it: ${expectedFound.length} (${percent(expectedFound.length, expected.length)})`);
  const missedHere = expected.filter((id) => !found.has(id));
  if (missedHere.length > 0) console.log(`   not proposed from it: ${missedHere.join(', ')}`);
  for (const p of unmatched) console.log(`   ? «${p.name}» (${p.type}, ${p.foundBy.join('+')}, score ${p.score}) — ${p.occurrences[0]!.quote}`);
}

const strict = entities.filter((e) => reached.get(e.id)?.strict);
const loose = entities.filter((e) => reached.has(e.id));
const persons = entities.filter((e) => e.type === 'person');
const personsFound = persons.filter((e) => reached.get(e.id)?.strict);

console.log('\n── totals');
console.log(`bundled entities:            ${entities.length} (${persons.length} persons, ${entities.length - persons.length} organizations)`);
console.log(`proposed (recall):           ${strict.length} / ${entities.length} = ${percent(strict.length, entities.length)} through an alias of their own` +
  ` (persons ${personsFound.length}/${persons.length}, organizations ${strict.length - personsFound.length}/${entities.length - persons.length})`);
console.log(`  + only through an ambiguous alias: ${loose.length - strict.length} → ${loose.length} / ${entities.length} = ${percent(loose.length, entities.length)}`);
console.log(`proposals:                   ${proposalsTotal} over the ${articleIds.length} articles (${distinct.size} distinct names)`);
console.log(`  matching a known entity:   ${matchingTotal} (${wholeTotal} by the whole name, ${matchingTotal - wholeTotal} containing a known name)`);
console.log(`  matching none (noise candidates): ${noise.length} = ${percent(noise.length, proposalsTotal)} of proposals — judge each:`);
for (const { article, proposal } of noise) console.log(`    ${article.slice(0, 3)} «${proposal.name}» — ${knownLabel(proposal.known)}; ${proposal.reasons.join('; ')}`);

const ambiguousOnly = loose.filter((e) => !reached.get(e.id)!.strict);
if (ambiguousOnly.length > 0) {
  console.log(`\nreached only through an ambiguous alias (${ambiguousOnly.length}):`);
  for (const e of ambiguousOnly) console.log(`  ${e.id} — by ${[...new Set(reached.get(e.id)!.by)].slice(0, 3).join(', ')}`);
}

const missed = entities.filter((e) => !reached.has(e.id));
console.log(`\nmissed (${missed.length}):`);
for (const e of missed) {
  const written = e.aliases.filter((a) => !a.outside).map((a) => a.text);
  const where = whereWritten(e);
  console.log(`  ${e.id} «${e.name}» — aliases in the articles: ${written.length ? written.map((t) => `«${t}»`).join(', ') : 'none (all outside)'}`);
  if (where) console.log(`      first written: ${where}`);
}

/** The first passage where the matcher finds one of the entity's aliases in an article, to see why it was missed. */
function whereWritten(entity: EntityRecord): string | null {
  const own = new Set(entity.aliases.map((a) => foldName(a.text)));
  for (const articleId of articleIds) {
    const text = readFileSync(join(root, 'seeds', 'articles', `${articleId}.txt`), 'utf8');
    const folded = fold(text);
    for (const c of matcher.scan(folded.text)) {
      if (!c.aliases.some((a) => own.has(a.folded))) continue;
      const [s, e] = originalSpan(folded, c.start, c.end);
      return `${articleId.slice(0, 3)}: …${text.slice(Math.max(0, s - 40), e + 30).replace(/\s+/g, ' ')}…`;
    }
  }
  return null;
}

function percent(n: number, total: number): string {
  return total === 0 ? '–' : `${((100 * n) / total).toFixed(1)}%`;
}
