/**
 * The one schema for the files in seeds/: articles.yaml (article metadata) and entities/*.yaml
 * (one entity a file). Field-level rules live here; cross-file rules (quotes occur in their
 * article, references resolve, aliases are not claimed twice) live in validate.ts.
 * No browser APIs.
 */
import { z } from 'zod';

/** ISO 8601 date, year or year-month allowed where the source gives no more. */
export const IsoPartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

export const EntityId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case Latin words joined by hyphens, e.g. fathi-bashagha');

export const ArticleId = z.string().regex(/^\d{3}_[0-9a-f]{16}$/, 'must be an article file name without .txt, e.g. 000_6e08de1c6a9042cb');

/** ISO 3166-1 alpha-2 country code. */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 country code such as LY, DZ, IT');

/** A verbatim passage of an article that backs a fact. */
export const Evidence = z.strictObject({
  article: ArticleId,
  quote: z.string().min(4, 'must be a verbatim passage of the article, at least a few words'),
});
export type Evidence = z.infer<typeof Evidence>;

/**
 * Where a date comes from. `stated`: the article says it. `article-address`: taken from the
 * article's original address (e.g. /2020/11/20/). `year-from-address`: the article gives the day
 * and month («في الـ21 من أكتوبر من عام الجاري») and its address the year. `inferred`: reasoned by
 * the maintainer, with a note saying how. `not-stated`: the article gives none, and the card says so.
 */
export const DateBasis = z.enum(['stated', 'article-address', 'year-from-address', 'inferred', 'not-stated']);

export const RoleWhen = z
  .strictObject({
    /** The role held from this date. */
    from: IsoPartialDate.optional(),
    /** The role held until this date. */
    to: IsoPartialDate.optional(),
    /** The role is attested on this date (a meeting, a visit), without its start or end. */
    on: IsoPartialDate.optional(),
    basis: DateBasis,
    note: z.string().min(1).optional(),
  })
  .superRefine((when, ctx) => {
    const dated = when.from ?? when.to ?? when.on;
    if (when.basis === 'not-stated' && dated) ctx.addIssue({ code: 'custom', message: 'basis is not-stated but a date is given: remove the date or set the basis' });
    if (when.basis !== 'not-stated' && !dated) ctx.addIssue({ code: 'custom', message: `basis is ${when.basis} but no date is given: add from, to or on, or set basis: not-stated` });
    if (when.basis === 'inferred' && !when.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'an inferred date needs a note that says how it was inferred' });
  });
export type RoleWhen = z.infer<typeof RoleWhen>;

export const Role = z.strictObject({
  /** The title as the article writes it. */
  title: z.string().min(2),
  /** The organization the role belongs to, when it is an entity of the bundle. */
  organization: EntityId.optional(),
  country: CountryCode.optional(),
  when: RoleWhen,
  evidence: z.array(Evidence).min(1, 'a role needs at least one evidence quote'),
});
export type Role = z.infer<typeof Role>;

export const AliasKind = z.enum(['full', 'short', 'acronym', 'variant']);

export const Alias = z.strictObject({
  text: z.string().min(2),
  kind: AliasKind,
  /** `needs-support`: a common word too; marked only beside a title or a full mention. */
  support: z.enum(['alone', 'needs-support']).default('alone'),
  /** Shared with other entities on purpose (وزارة الداخلية); resolved from context on the page. */
  ambiguous: z.boolean().default(false),
  /** A known spelling that none of the seed articles uses. */
  outside: z.boolean().default(false),
  /**
   * A name every country gives a body of this kind (مجلس النواب, وزارة الداخلية, المجلس الرئاسي):
   * it names this entity only in a story about the entity's country, or beside its own names or
   * people. Organizations with a country only.
   */
  generic: z.boolean().default(false),
});
export type Alias = z.infer<typeof Alias>;

export const RelationKind = z.enum(['successor-of', 'predecessor-of', 'competitor-of', 'member-of', 'part-of', 'heads', 'appointed-by', 'met-with']);

export const Relation = z.strictObject({
  kind: RelationKind,
  entity: EntityId,
  evidence: z.array(Evidence).min(1, 'a relation needs at least one evidence quote'),
});
export type Relation = z.infer<typeof Relation>;

export const OrganizationKind = z.enum([
  'intelligence-service', 'security-service', 'ministry', 'government', 'council', 'parliament', 'committee',
  'directorate', 'office', 'department', 'armed-forces', 'police', 'terrorist-organization',
  'international-body', 'research-centre', 'news-outlet', 'head-of-state', 'other',
]);

const EntityBase = {
  id: EntityId,
  name: z.string().min(2),
  latin: z.string().min(2).optional(),
  country: CountryCode.optional(),
  aliases: z.array(Alias).min(1, 'an entity needs at least one alias (its full name)'),
  /** Extra words that point to this entity beside an ambiguous alias (a government's name …). */
  context: z.array(z.string().min(2)).default([]),
  roles: z.array(Role).default([]),
  relations: z.array(Relation).default([]),
  /** Where the record draws on an article without a role (an organization's own mention). */
  evidence: z.array(Evidence).default([]),
  note: z.string().optional(),
};

export const PersonRecord = z.strictObject({ ...EntityBase, type: z.literal('person') });

export const OrganizationRecord = z.strictObject({
  ...EntityBase,
  type: z.literal('organization'),
  kind: OrganizationKind,
  parent: EntityId.optional(),
});

export const EntityRecord = z.discriminatedUnion('type', [PersonRecord, OrganizationRecord]);
export type EntityRecord = z.infer<typeof EntityRecord>;

/** How a piece of article metadata is known. */
export const MetaBasis = z.enum(['stated-in-text', 'found-elsewhere', 'from-address', 'not-stated', 'not-found']);

/**
 * An article's original address: http or https only (it becomes a link in pages the extension
 * draws), and percent-encoded well enough for the reader page to show it decoded.
 */
const ArticleUrl = z
  .url({ protocol: /^https?$/, error: 'the address must be an http or https URL' })
  .refine(decodes, 'the address has a malformed %-escape: percent-encode it as the browser shows it');

function decodes(url: string): boolean {
  try {
    decodeURI(url);
    return true;
  } catch {
    return false;
  }
}

export const ArticleRecord = z.strictObject({
  id: ArticleId,
  /** The headline as the text writes it (not the site furniture above it). */
  headline: z.string().min(4),
  outlet: z.strictObject({ name: z.string().min(2).nullable(), basis: MetaBasis, note: z.string().optional() }),
  byline: z.string().min(2).nullable(),
  address: z.strictObject({ url: ArticleUrl.nullable(), basis: MetaBasis, note: z.string().optional() }),
  published: z.strictObject({ date: IsoPartialDate.nullable(), basis: MetaBasis, note: z.string().optional() }),
  /** Verbatim passages that are site furniture (menus, counters, cookie notices, pull-quotes). */
  furniture: z.array(z.string().min(1)).default([]),
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;

export const ArticlesFile = z.array(ArticleRecord).min(1);
