/**
 * Assembles what a card shows about one entity: its roles with dates and, for every role, the
 * source article (headline, outlet, date, original address) and the quote that backs it.
 */
import { COUNTRIES } from '../seeds/countries';
import type { ArticleRecord, Evidence, EntityRecord, RoleWhen } from '../seeds/schema';
import type { SiyaqDb } from './db';

export interface SourceRef {
  readonly articleId: string;
  readonly headline: string;
  /** null when the article names no outlet. */
  readonly outlet: string | null;
  /** null when the article names no author. */
  readonly byline: string | null;
  readonly published: ArticleRecord['published'];
  /** The original address when known, else null. */
  readonly url: string | null;
  readonly quote: string;
}

export interface EntityRef {
  readonly id: string;
  readonly name: string;
  /** Its Latin name, where the seeds give one. */
  readonly latin: string | null;
}

export interface CardRole {
  readonly title: string;
  readonly organization: EntityRef | null;
  readonly country: string | null;
  readonly countryCode: string | null;
  readonly when: RoleWhen;
  readonly sources: readonly SourceRef[];
}

export interface CardRelation {
  readonly kind: string;
  readonly entity: EntityRef;
  readonly sources: readonly SourceRef[];
}

export interface CardData {
  readonly id: string;
  readonly type: EntityRecord['type'];
  readonly name: string;
  readonly latin: string | null;
  /** The country's Arabic name, and its ISO code (the interface names it in its own language). */
  readonly country: string | null;
  readonly countryCode: string | null;
  readonly kind: string | null;
  readonly parent: EntityRef | null;
  readonly roles: readonly CardRole[];
  readonly relations: readonly CardRelation[];
  /** Articles that name the entity without a role (organizations often). */
  readonly mentions: readonly SourceRef[];
}

/** Read in one transaction: while a new bundle is loaded, a card is the old bundle's or the new one's, never a mix. */
export function cardData(db: SiyaqDb, id: string): Promise<CardData | null> {
  return db.transaction('r', [db.entities, db.articles], () => assembleCard(db, id));
}

async function assembleCard(db: SiyaqDb, id: string): Promise<CardData | null> {
  const entity = await db.entities.get(id);
  if (!entity) return null;
  const articleIds = new Set([...entity.roles, ...entity.relations, entity].flatMap((x) => x.evidence.map((e) => e.article)));
  const articles = new Map((await db.articles.bulkGet([...articleIds])).flatMap((a) => (a ? [[a.id, a] as const] : [])));
  const refIds = new Set([...entity.roles.flatMap((r) => (r.organization ? [r.organization] : [])), ...entity.relations.map((r) => r.entity)]);
  if (entity.type === 'organization' && entity.parent) refIds.add(entity.parent);
  const refs = new Map((await db.entities.bulkGet([...refIds])).flatMap((e) => (e ? [[e.id, { id: e.id, name: e.name, latin: e.latin ?? null }] as const] : [])));

  const sources = (evidence: readonly Evidence[]): SourceRef[] =>
    evidence.flatMap((ev) => {
      const article = articles.get(ev.article);
      if (!article) return [];
      return [{ articleId: article.id, headline: article.headline, outlet: article.outlet.name, byline: article.byline, published: article.published, url: article.address.url, quote: ev.quote }];
    });
  const countryName = (code: string | undefined) => (code ? COUNTRIES[code]?.name ?? code : null);

  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    latin: entity.latin ?? null,
    country: countryName(entity.country),
    countryCode: entity.country ?? null,
    kind: entity.type === 'organization' ? entity.kind : null,
    parent: entity.type === 'organization' && entity.parent ? refs.get(entity.parent) ?? null : null,
    roles: sortRoles(entity.roles).map((role) => ({
      title: role.title,
      organization: role.organization ? refs.get(role.organization) ?? null : null,
      country: countryName(role.country),
      countryCode: role.country ?? null,
      when: role.when,
      sources: sources(role.evidence),
    })),
    relations: entity.relations.flatMap((r) => {
      const target = refs.get(r.entity);
      return target ? [{ kind: r.kind, entity: target, sources: sources(r.evidence) }] : [];
    }),
    mentions: sources(entity.evidence),
  };
}

/** Most recent first; roles without a date keep their order after the dated ones. */
export function sortRoles<R extends { readonly when: RoleWhen }>(roles: readonly R[]): R[] {
  const dateOf = (when: RoleWhen) => when.on ?? when.from ?? when.to ?? '';
  return [...roles].map((role, i) => ({ role, i })).sort((a, b) => {
    const da = dateOf(a.role.when);
    const db = dateOf(b.role.when);
    if (da !== db) return da === '' ? 1 : db === '' ? -1 : da < db ? 1 : -1;
    return a.i - b.i;
  }).map((x) => x.role);
}
