/**
 * What lists show about an entity (the library, the popup, search results, the reader's side
 * list): its name, type, country, the role to show first and how often the articles name it.
 */
import { roleHeldOn } from '../seeds/dates';
import { COUNTRIES } from '../seeds/countries';
import type { EntityRecord, RoleWhen } from '../seeds/schema';
import { sortRoles } from './card-data';
import type { SiyaqDb, StoredMention } from './db';

export interface SummaryRole {
  readonly title: string;
  /** The organization's name, when the role's organization is an entity of the bundle. */
  readonly organization: string | null;
  readonly when: RoleWhen;
}

export interface EntitySummary {
  readonly id: string;
  readonly type: EntityRecord['type'];
  readonly name: string;
  readonly latin: string | null;
  /** The country's Arabic name, and its code for filtering. */
  readonly country: string | null;
  readonly countryCode: string | null;
  /** The role held on the date asked for, else the most recent; null when the records give none. */
  readonly role: SummaryRole | null;
  readonly roleCount: number;
  /** Names in the articles resolved to this entity. */
  readonly mentionCount: number;
  /** The articles that name it, resolved. */
  readonly articleIds: readonly string[];
}

/** The first role to show: one held on `date` when one did, else the most recent. */
export function roleToShow<R extends { readonly when: RoleWhen }>(roles: readonly R[], date: string | null): R | null {
  const sorted = sortRoles(roles);
  return (date ? sorted.find((r) => roleHeldOn(r.when, date)) : undefined) ?? sorted[0] ?? null;
}

export function countryName(code: string | undefined | null): string | null {
  return code ? COUNTRIES[code]?.name ?? code : null;
}

/**
 * Summaries of `entities`, with their resolved mentions among `mentions` and the names of the
 * organizations their roles belong to (`names`: every entity's name by id).
 */
export function summarize(entities: readonly EntityRecord[], mentions: readonly StoredMention[], names: ReadonlyMap<string, string>, date: string | null = null): EntitySummary[] {
  const counts = new Map<string, { count: number; articles: Set<string> }>();
  for (const m of mentions) {
    if (m.entities.length !== 1) continue;
    const entry = counts.get(m.entities[0]!) ?? { count: 0, articles: new Set<string>() };
    entry.count++;
    entry.articles.add(m.article);
    counts.set(m.entities[0]!, entry);
  }
  return entities.map((e) => {
    const role = roleToShow(e.roles, date);
    const found = counts.get(e.id);
    return {
      id: e.id,
      type: e.type,
      name: e.name,
      latin: e.latin ?? null,
      country: countryName(e.country),
      countryCode: e.country ?? null,
      role: role ? { title: role.title, organization: role.organization ? names.get(role.organization) ?? null : null, when: role.when } : null,
      roleCount: e.roles.length,
      mentionCount: found?.count ?? 0,
      articleIds: found ? [...found.articles].sort() : [],
    };
  });
}

/** Summaries of the entities `ids`, in that order (unknown ids left out). */
export async function summariesOf(db: SiyaqDb, ids: readonly string[], date: string | null = null): Promise<EntitySummary[]> {
  const entities = (await db.entities.bulkGet([...ids])).filter((e): e is EntityRecord => e !== undefined);
  const orgIds = entities.flatMap((e) => e.roles.flatMap((r) => (r.organization ? [r.organization] : [])));
  const orgs = (await db.entities.bulkGet(orgIds)).filter((e): e is EntityRecord => e !== undefined);
  const mentions = await db.mentions.where('entities').anyOf(entities.map((e) => e.id)).toArray();
  return summarize(entities, mentions, new Map(orgs.map((o) => [o.id, o.name])), date);
}
