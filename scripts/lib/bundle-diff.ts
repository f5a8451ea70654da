/**
 * What changes between two bundles: entities, aliases, roles and dates, relations, evidence and
 * articles added, changed and removed. Compared by what identifies each (an entity's id, an
 * alias's folded text, a role's title and body), so a reordered file is no change.
 */
import { foldName } from '../../utils/seeds/compile';
import type { BundleContent } from '../../utils/seeds/bundle';
import type { Alias, EntityRecord, Role, RoleWhen } from '../../utils/seeds/schema';

export type Change = { readonly kind: 'added' | 'removed' | 'changed'; readonly what: string; readonly detail?: string };

export interface EntityChanges {
  readonly id: string;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly changes: readonly Change[];
}

export interface BundleDiff {
  readonly entities: readonly EntityChanges[];
  readonly articles: readonly Change[];
}

export function diffBundles(before: BundleContent, after: BundleContent): BundleDiff {
  const a = new Map(before.entities.map((e) => [e.id, e]));
  const b = new Map(after.entities.map((e) => [e.id, e]));
  const entities: EntityChanges[] = [];
  for (const [id, e] of b) if (!a.has(id)) entities.push({ id, kind: 'added', changes: describe(e) });
  for (const [id, e] of a) if (!b.has(id)) entities.push({ id, kind: 'removed', changes: describe(e) });
  for (const [id, e] of b) {
    const prior = a.get(id);
    if (!prior) continue;
    const changes = entityChanges(prior, e);
    if (changes.length > 0) entities.push({ id, kind: 'changed', changes });
  }
  entities.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { entities, articles: articleChanges(before, after) };
}

/** A new or removed entity, in a few lines: its name, aliases and roles. */
function describe(e: EntityRecord): Change[] {
  return [
    { kind: 'added', what: `${e.type}${e.type === 'organization' ? ` (${e.kind})` : ''} «${e.name}»` },
    ...e.aliases.map((alias): Change => ({ kind: 'added', what: `alias «${alias.text}»`, detail: aliasFlags(alias) })),
    ...e.roles.map((role): Change => ({ kind: 'added', what: `role «${role.title}»`, detail: whenText(role.when) })),
  ];
}

function entityChanges(a: EntityRecord, b: EntityRecord): Change[] {
  const changes: Change[] = [];
  const field = (what: string, x: unknown, y: unknown) => {
    if (JSON.stringify(x) !== JSON.stringify(y)) changes.push({ kind: 'changed', what, detail: `${show(x)} → ${show(y)}` });
  };
  field('type', a.type, b.type);
  field('name', a.name, b.name);
  field('country', a.country, b.country);
  field('kind', a.type === 'organization' ? a.kind : undefined, b.type === 'organization' ? b.kind : undefined);
  field('parent', a.type === 'organization' ? a.parent : undefined, b.type === 'organization' ? b.parent : undefined);
  field('context', a.context, b.context);

  const aliases = (e: EntityRecord) => new Map(e.aliases.map((x) => [foldName(x.text), x]));
  changes.push(...keyed(aliases(a), aliases(b), (x) => `alias «${x.text}»`, aliasFlags, (x, y) => (aliasFlags(x) !== aliasFlags(y) ? `${aliasFlags(x)} → ${aliasFlags(y)}` : null)));

  const roles = (e: EntityRecord) => new Map(e.roles.map((r) => [`${foldName(r.title)}|${r.organization ?? ''}`, r]));
  changes.push(...keyed(roles(a), roles(b), (r) => `role «${r.title}»`, (r) => whenText(r.when), roleChange));

  const relations = (e: EntityRecord) => new Map(e.relations.map((r) => [`${r.kind} ${r.entity}`, r]));
  changes.push(...keyed(relations(a), relations(b), (r) => `relation ${r.kind} ${r.entity}`, () => undefined, () => null));

  const evidence = (e: EntityRecord) => new Map(e.evidence.map((ev) => [`${ev.article} ${ev.quote}`, ev]));
  changes.push(...keyed(evidence(a), evidence(b), (ev) => `evidence from ${ev.article}`, (ev) => `«${ev.quote}»`, () => null));
  return changes;
}

/** Added, removed and changed items of two keyed collections. */
function keyed<T>(a: Map<string, T>, b: Map<string, T>, name: (x: T) => string, detail: (x: T) => string | undefined, changed: (x: T, y: T) => string | null): Change[] {
  const out: Change[] = [];
  for (const [key, x] of b) {
    const prior = a.get(key);
    if (!prior) out.push({ kind: 'added', what: name(x), detail: detail(x) });
    else {
      const difference = changed(prior, x);
      if (difference) out.push({ kind: 'changed', what: name(x), detail: difference });
    }
  }
  for (const [key, x] of a) if (!b.has(key)) out.push({ kind: 'removed', what: name(x), detail: detail(x) });
  return out;
}

function roleChange(a: Role, b: Role): string | null {
  const parts: string[] = [];
  if (whenText(a.when) !== whenText(b.when)) parts.push(`${whenText(a.when)} → ${whenText(b.when)}`);
  if (a.country !== b.country) parts.push(`country ${show(a.country)} → ${show(b.country)}`);
  if (a.evidence.length !== b.evidence.length) parts.push(`evidence ${a.evidence.length} → ${b.evidence.length} quotes`);
  return parts.length > 0 ? parts.join('; ') : null;
}

/** A role's dates as one line: «from 2015-05 (stated)», «not stated». */
export function whenText(when: RoleWhen): string {
  if (when.basis === 'not-stated') return 'date not stated';
  const dates = [when.from && `from ${when.from}`, when.to && `to ${when.to}`, when.on && `on ${when.on}`].filter(Boolean).join(' ');
  return `${dates} (${when.basis})`;
}

function aliasFlags(alias: Alias): string {
  return [alias.kind, alias.support, alias.ambiguous ? 'ambiguous' : '', alias.outside ? 'outside' : '', alias.generic ? 'generic' : ''].filter(Boolean).join(', ');
}

function articleChanges(before: BundleContent, after: BundleContent): Change[] {
  const a = new Map(before.articles.map((x) => [x.id, x]));
  const out: Change[] = [];
  for (const article of after.articles) {
    const prior = a.get(article.id);
    if (!prior) out.push({ kind: 'added', what: `article ${article.id}`, detail: `«${article.headline}»` });
    else {
      const { text: t1, ...m1 } = prior;
      const { text: t2, ...m2 } = article;
      if (t1 !== t2) out.push({ kind: 'changed', what: `article ${article.id}`, detail: 'its text' });
      if (JSON.stringify(m1) !== JSON.stringify(m2)) out.push({ kind: 'changed', what: `article ${article.id}`, detail: 'its metadata' });
    }
  }
  for (const article of before.articles) if (!after.articles.some((x) => x.id === article.id)) out.push({ kind: 'removed', what: `article ${article.id}`, detail: `«${article.headline}»` });
  return out;
}

function show(x: unknown): string {
  return x === undefined || x === null ? '—' : typeof x === 'string' ? x : JSON.stringify(x);
}
