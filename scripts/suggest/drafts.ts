/**
 * Draft records: a proposal written as a record of seeds/entities/*.yaml (a new entity), or as an
 * addition to an entity the store has (a new alias or role, with its verbatim quote). Dates are
 * never invented (when: basis not-stated); an organization's kind is a guess from its head noun;
 * a name a title implies is marked outside (no article writes it). Each draft lists in `review`
 * what a maintainer must check before accepting it.
 */
import type { z } from 'zod';
import { fold } from '../../utils/arabic/fold';
import { Matcher } from '../../utils/match/matcher';
import type { BundleContent } from '../../utils/seeds/bundle';
import { foldName } from '../../utils/seeds/compile';
import type { AdditionDraft } from '../../utils/seeds/drafts';
import type { EntityRecord } from '../../utils/seeds/schema';
import { aliasKey } from '../../utils/seeds/validate';
import type { MatchIndex } from '../../utils/match/match-index';
import { BLOC_ADJECTIVES, COUNTRY_OF_WORD } from './lexicon';
import type { Proposal } from './suggest';
import { slug } from './transliterate';

/** A record as written in seeds/entities/*.yaml: fields with defaults may be left out. */
export type DraftRecord = z.input<typeof EntityRecord>;

/** The draft record for a proposal: valid against the schema where the article allows. */
export function draftRecord(p: Proposal, articleId: string): DraftRecord {
  const aliases: DraftRecord['aliases'] = [{ text: p.name, kind: 'full', ...(p.implied ? { outside: true } : {}) }];
  if (p.shortAlias && fold(p.shortAlias).text !== fold(p.name).text) aliases.push({ text: p.shortAlias, kind: 'short' });
  const head = { id: slug(p.name), type: p.type, name: p.name, ...(p.country ? { country: p.country } : {}) };
  const evidence = [{ article: articleId, quote: p.occurrences[0]!.quote }];
  if (p.type === 'person') {
    const roles = p.roles.map((r) => ({
      title: r.title,
      ...(r.country ? { country: r.country } : {}),
      when: { basis: 'not-stated' as const },
      evidence: [{ article: articleId, quote: r.quote }],
    }));
    return roles.length > 0 ? { ...head, type: 'person', aliases, roles } : { ...head, type: 'person', aliases, evidence };
  }
  return { id: head.id, type: 'organization', kind: p.kind ?? 'other', name: p.name, ...(p.country ? { country: p.country } : {}), aliases, evidence };
}

/** A draft file to write into seeds/drafts/: its data, and the name it is saved under (without .yaml). */
export interface DraftFile {
  readonly name: string;
  readonly data: (DraftRecord & { review: string[] }) | (z.input<typeof AdditionDraft> & { review: string[] });
  /** What the draft is, for the file's header and the console. */
  readonly summary: string;
}

/** The store the drafts are written against: its records and match index. */
export interface DraftStore {
  readonly content: BundleContent;
  readonly index: MatchIndex;
}

/**
 * The drafts an article's proposals make: a new entity for each new name, an addition for a new
 * role or alias of a known entity, nothing for what the store already has. Ambiguous names (one
 * of several entities) make no draft: the maintainer decides which entity they mean.
 */
export function draftsFor(proposals: readonly Proposal[], articleId: string, store: DraftStore): { drafts: DraftFile[]; skipped: string[] } {
  const drafts: DraftFile[] = [];
  const skipped: string[] = [];
  const matcher = new Matcher(store.index);
  const byId = new Map(store.content.entities.map((e) => [e.id, e]));
  const additions = new Map<string, Addition>();
  const additionTo = (id: string) => additions.get(id) ?? additions.set(id, { aliases: [], roles: [], names: [] }).get(id)!;
  for (const p of proposals.filter((x) => x.accepted)) {
    const known = p.known;
    if (known.status === 'known' && known.ambiguous) {
      skipped.push(`«${p.name}»: one of ${known.ids.join(', ')} — add it by hand to the one the article means`);
      continue;
    }
    if (known.status === 'known') {
      const addition = additionTo(known.ids[0]!);
      addition.names.push(p.name);
      if (p.shortAlias) addition.aliases.push({ text: p.shortAlias, kind: 'short' });
      if (p.type === 'person') addition.roles.push(...p.roles);
      continue;
    }
    const variantOf = known.status === 'contains' ? variantTarget(p, known.parts) : undefined;
    if (variantOf) {
      const addition = additionTo(variantOf);
      addition.names.push(p.name);
      addition.aliases.push({ text: p.name, kind: 'variant' });
      continue;
    }
    drafts.push(newEntityDraft(p, articleId, matcher, store.index, store));
  }
  for (const [id, addition] of additions) {
    const entity = byId.get(id)!;
    const data = additionDraft(addition, entity, articleId);
    const names = [...new Set(addition.names)].map((n) => `«${n}»`).join(', ');
    if (data) drafts.push({ name: `${id}.add-${articleId.slice(0, 3)}`, data, summary: `additions to ${id} (${names})` });
    else skipped.push(`${names}: known as ${id}, nothing new in this article`);
  }
  return { drafts, skipped };
}

/** What an article proposes for one known entity, before what the entity has is taken out. */
interface Addition {
  readonly aliases: { text: string; kind: 'short' | 'variant' }[];
  readonly roles: { title: string; quote: string; country?: string }[];
  readonly names: string[];
}

function newEntityDraft(p: Proposal, articleId: string, matcher: Matcher, index: MatchIndex, store: DraftStore): DraftFile {
  const record = draftRecord(p, articleId);
  const review = [`id: transliterated from «${p.name}»: correct its spelling (lower-case Latin words joined by hyphens)`];
  if (record.type === 'organization') review.push(`kind: ${record.kind} is a guess from the name's head noun: check it`);
  if (p.implied) review.push(`aliases[0]: no article writes «${p.name}»: a minister's title implies it, so the alias is outside; check the name`);
  if (p.country) review.push(`country: ${p.country} was read from a country's adjective in the text: check it is the entity's own country`);
  record.aliases.forEach((a, i) => {
    if (a.kind === 'short') review.push(`aliases[${i}]: «${a.text}» alone: if it is also a common word, add support: needs-support`);
  });
  if (record.type === 'person' && record.roles) {
    record.roles = record.roles.map((role, i) => {
      const body = bodyInTitle(role.title, matcher, index, store);
      if (body) review.push(`roles[${i}].organization: «${body.alias}» in the title was read as ${body.id}: check it`);
      review.push(`roles[${i}].when: no date was read; if the article states when, add it with basis: stated`);
      const { title, ...rest } = role;
      return body ? { title, organization: body.id, ...rest } : role;
    });
  }
  return { name: record.id, data: { ...record, review }, summary: `new ${p.type} «${p.name}»` };
}

/** The new aliases and roles an article gives a known entity, or null when it gives none. */
function additionDraft(addition: Addition, entity: EntityRecord, articleId: string): DraftFile['data'] | null {
  const aliasKeys = new Set(entity.aliases.map((a) => aliasKey(a.text)));
  const aliases = addition.aliases.filter((a) => !aliasKeys.has(aliasKey(a.text)) && aliasKeys.add(aliasKey(a.text)));
  const titles = new Set(entity.roles.map((r) => foldName(r.title)));
  const roles = addition.roles
    .filter((r) => !titles.has(foldName(r.title)) && titles.add(foldName(r.title)))
    .map((r) => ({ title: r.title, ...(r.country ? { country: r.country } : {}), when: { basis: 'not-stated' as const }, evidence: [{ article: articleId, quote: r.quote }] }));
  if (aliases.length === 0 && roles.length === 0) return null;
  const review = [
    ...aliases.map((a, i) =>
      a.kind === 'variant'
        ? `aliases[${i}]: «${a.text}» is ${entity.id}'s name with a country's adjective: check the article means ${entity.id}`
        : `aliases[${i}]: «${a.text}» alone for ${entity.id}: if it is also a common word, add support: needs-support`,
    ),
    ...roles.flatMap((r, i) => [`roles[${i}]: a new role «${r.title}» for ${entity.id}: check the title and its quote`, `roles[${i}].when: no date was read; if the article states when, add it with basis: stated`]),
  ];
  return { 'add-to': entity.id, ...(aliases.length > 0 ? { aliases } : {}), ...(roles.length > 0 ? { roles } : {}), review };
}

/** The entity a longer name is a variant of: the one known name inside it plus a country's adjective only. */
function variantTarget(p: Proposal, parts: readonly { alias: string; ids: readonly string[] }[]): string | undefined {
  if (parts.length !== 1 || parts[0]!.ids.length !== 1) return undefined;
  const rest = foldName(p.name).replace(parts[0]!.alias, '').trim().split(/\s+/).filter(Boolean);
  return rest.length > 0 && rest.every((w) => COUNTRY_OF_WORD.has(w) || BLOC_ADJECTIVES.has(w)) ? parts[0]!.ids[0] : undefined;
}

/** A body of the store named in a role's title (وزير الداخلية الإيطالية → the Italian ministry), when only one is. */
function bodyInTitle(title: string, matcher: Matcher, index: MatchIndex, store: DraftStore): { id: string; alias: string } | undefined {
  const bodies = matcher.scan(foldName(title)).flatMap((c) => {
    const owners = [...new Set(c.aliases.map((a) => a.entity))].filter((e) => index.entities[e]!.type === 'organization');
    if (owners.length !== 1) return [];
    const id = index.entities[owners[0]!]!.id;
    const written = store.content.entities.find((e) => e.id === id)?.aliases.find((a) => foldName(a.text) === c.aliases[0]!.folded)?.text;
    return [{ id, alias: written ?? c.aliases[0]!.folded }];
  });
  return bodies.length === 1 ? bodies[0] : undefined;
}
