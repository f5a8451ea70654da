/**
 * Drafts: records proposed for review in seeds/drafts/, outside the bundle until a maintainer
 * accepts them. A draft is either a new entity (an entity record with a `review` list) or an
 * addition to an existing one (`add-to` an entity id, with aliases, roles or evidence to append).
 * `review` lists what the maintainer must check by hand; a draft is ready when that list is gone
 * and the bundle, with the draft in it, passes every rule of validate.ts.
 * No browser APIs and no file system: read-seeds.ts hands the files in.
 */
import { z } from 'zod';
import { Alias, EntityId, Evidence, OrganizationRecord, PersonRecord, Role, type EntityRecord } from './schema';
import { validateSeeds, type SeedFile, type SeedInput, type SeedProblem } from './validate';

/** What the maintainer must check before accepting: one line a field, removed once checked. */
const Review = z.array(z.string().min(1)).optional();

export const NewEntityDraft = z.discriminatedUnion('type', [PersonRecord.extend({ review: Review }), OrganizationRecord.extend({ review: Review })]);

export const AdditionDraft = z.strictObject({
  /** The id of the entity the additions go to. */
  'add-to': EntityId,
  aliases: z.array(Alias).default([]),
  roles: z.array(Role).default([]),
  evidence: z.array(Evidence).default([]),
  review: Review,
});
export type AdditionDraft = z.infer<typeof AdditionDraft>;

export type Draft = { kind: 'new'; record: EntityRecord; review: string[] } | { kind: 'addition'; addition: AdditionDraft; review: string[] };

export interface DraftCheck {
  readonly path: string;
  /** The draft, when its file parses and matches a draft's schema. */
  readonly draft?: Draft;
  /** What stands between the draft and the bundle; empty when it can be accepted. */
  readonly problems: readonly SeedProblem[];
}

const isAddition = (data: unknown) => typeof data === 'object' && data !== null && 'add-to' in data;

/** Parses a draft file's data: a new entity or an addition, with the problems of its schema. */
export function parseDraft(file: SeedFile): { draft?: Draft; problems: SeedProblem[] } {
  const problems: SeedProblem[] = [];
  if (file.parseError) return { problems: [{ file: file.path, record: '-', field: '-', message: `YAML syntax error: ${file.parseError}`, fix: 'fix the YAML syntax at the line shown' }] };
  const record = recordLabel(file.data);
  const parsed = isAddition(file.data) ? AdditionDraft.safeParse(file.data) : NewEntityDraft.safeParse(file.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
      for (const key of keys) {
        const path = [...issue.path, ...(key === undefined ? [] : [key])];
        problems.push({ file: file.path, record, field: formatPath(path) || '-', message: issue.message, fix: 'see utils/seeds/schema.ts for the fields of a record (and seeds/drafts/README.md for a draft\'s)' });
      }
    }
    return { problems };
  }
  const { review = [], ...rest } = parsed.data as { review?: string[] };
  const draft: Draft = isAddition(file.data) ? { kind: 'addition', addition: parsed.data as AdditionDraft, review } : { kind: 'new', record: rest as EntityRecord, review };
  return { draft, problems };
}

/**
 * Checks each draft against the bundle: its schema, what is left to review, and every rule of
 * validate.ts with the draft in the bundle (an accepted new entity at seeds/entities/<id>.yaml,
 * an addition merged into its entity's file). Problems the bundle has without the draft are not
 * the draft's and are left out.
 */
export function checkDrafts(input: SeedInput, drafts: readonly SeedFile[]): DraftCheck[] {
  const alone = new Set(validateSeeds(input).problems.map(problemKey));
  return drafts.map((file) => {
    const { draft, problems } = parseDraft(file);
    if (!draft) return { path: file.path, problems };
    const record = draft.kind === 'new' ? draft.record.id : draft.addition['add-to'];
    draft.review.forEach((item, i) => {
      problems.push({ file: file.path, record, field: `review[${i}]`, message: `not yet reviewed: ${item}`, fix: 'check this against the article, correct the record if needed, then delete the line (and review: when the list is empty)' });
    });
    const merged = withDraft(input, draft);
    if ('problem' in merged) {
      problems.push({ ...merged.problem, file: file.path });
      return { path: file.path, draft, problems };
    }
    for (const p of validateSeeds(merged.input).problems) {
      if (alone.has(problemKey(p))) continue;
      // The draft's own record is reported at the draft's path; what it breaks elsewhere (an alias
      // another record claims too) stays where it is.
      problems.push(p.file === merged.at ? { ...p, file: file.path } : p);
    }
    return { path: file.path, draft, problems };
  });
}

/** The seed input with the draft accepted, and the path its record then has; or why it cannot be. */
export function withDraft(input: SeedInput, draft: Draft): { input: SeedInput; at: string } | { problem: SeedProblem } {
  const paths = new Map(input.entityFiles.map((f) => [(f.data as { id?: unknown } | undefined)?.id, f.path]));
  if (draft.kind === 'new') {
    const at = `seeds/entities/${draft.record.id}.yaml`;
    const taken = paths.get(draft.record.id);
    if (taken) {
      return { problem: { file: '', record: draft.record.id, field: 'id', message: `the id "${draft.record.id}" is taken by ${taken}`, fix: `give the new entity another id, or make this an addition to it (add-to: ${draft.record.id})` } };
    }
    return { input: { ...input, entityFiles: [...input.entityFiles, { path: at, data: draft.record }] }, at };
  }
  const id = draft.addition['add-to'];
  const at = paths.get(id);
  const target = input.entityFiles.find((f) => f.path === at);
  if (!at || !target || typeof target.data !== 'object' || target.data === null) {
    return { problem: { file: '', record: id, field: 'add-to', message: `no entity "${id}" in seeds/entities/`, fix: 'name an existing entity id, or write the draft as a new entity' } };
  }
  const data = mergeAddition(target.data as Record<string, unknown>, draft.addition);
  return { input: { ...input, entityFiles: input.entityFiles.map((f) => (f === target ? { ...f, data } : f)) }, at };
}

/** An entity record's data with an addition's aliases, roles and evidence appended. */
export function mergeAddition(record: Readonly<Record<string, unknown>>, addition: AdditionDraft): Record<string, unknown> {
  const list = (key: string) => (Array.isArray(record[key]) ? (record[key] as unknown[]) : []);
  return {
    ...record,
    aliases: [...list('aliases'), ...addition.aliases],
    ...(addition.roles.length > 0 || 'roles' in record ? { roles: [...list('roles'), ...addition.roles] } : {}),
    ...(addition.evidence.length > 0 || 'evidence' in record ? { evidence: [...list('evidence'), ...addition.evidence] } : {}),
  };
}

function problemKey(p: SeedProblem): string {
  return `${p.file}\u0000${p.record}\u0000${p.field}\u0000${p.message}`;
}

function recordLabel(data: unknown): string {
  const d = data as { id?: unknown; 'add-to'?: unknown } | null;
  const id = d?.id ?? d?.['add-to'];
  return typeof id === 'string' && id ? id : '(no id)';
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}
