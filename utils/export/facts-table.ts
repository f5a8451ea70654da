/**
 * Entities as data to take away: a CSV with one row per sourced fact (a role, a relation, or a
 * mention without a role), UTF-8 with a byte-order mark so that spreadsheet programs show Arabic;
 * and JSON with the records and the metadata of the articles they cite.
 */
import type { EntityRecord, Evidence, RoleWhen } from '../seeds/schema';
import type { ArticleMeta } from '../store/library';

export interface ExportData {
  readonly entities: readonly EntityRecord[];
  /** Every article the entities' evidence cites. */
  readonly articles: readonly ArticleMeta[];
  /** The name of every entity the records refer to (organizations of roles, related entities). */
  readonly names: Readonly<Record<string, string>>;
}

export const CSV_COLUMNS = [
  'entity_id', 'entity_name', 'entity_latin', 'entity_type', 'country', 'fact', 'title', 'related_entity_id', 'related_entity_name',
  'from', 'to', 'on', 'date_basis', 'date_note', 'article_id', 'headline', 'outlet', 'published', 'published_basis', 'url', 'quote',
] as const;

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string>>;

export function factRows(data: ExportData): Row[] {
  const names = new Map(Object.entries(data.names));
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  return data.entities.flatMap((e) => {
    const entity: Row = { entity_id: e.id, entity_name: e.name, entity_latin: e.latin, entity_type: e.type, country: e.country };
    const sourced = (fact: Row, evidence: readonly Evidence[]) => evidence.map((ev) => ({ ...entity, ...fact, ...source(ev, articles.get(ev.article)) }));
    const rows = [
      ...e.roles.flatMap((r) => sourced({ fact: 'role', title: r.title, related_entity_id: r.organization, related_entity_name: r.organization ? names.get(r.organization) : undefined, ...when(r.when) }, r.evidence)),
      ...e.relations.flatMap((r) => sourced({ fact: r.kind, related_entity_id: r.entity, related_entity_name: names.get(r.entity) }, r.evidence)),
      ...sourced({ fact: 'mention' }, e.evidence),
    ];
    return rows.length ? rows : [entity];
  });
}

function when(w: RoleWhen): Row {
  return { from: w.from, to: w.to, on: w.on, date_basis: w.basis, date_note: w.note };
}

function source(ev: Evidence, article: ArticleMeta | undefined): Row {
  return {
    article_id: ev.article,
    headline: article?.headline,
    outlet: article?.outlet.name ?? undefined,
    published: article?.published.date ?? undefined,
    published_basis: article?.published.basis,
    url: article?.address.url ?? undefined,
    quote: ev.quote,
  };
}

export function toCsv(data: ExportData): string {
  const lines = [CSV_COLUMNS.join(','), ...factRows(data).map((row) => CSV_COLUMNS.map((c) => cell(row[c] ?? '')).join(','))];
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

/** RFC 4180 quoting; a cell that a spreadsheet would run as a formula is kept as text. */
function cell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toJson(data: ExportData): string {
  return JSON.stringify({ entities: data.entities, articles: data.articles }, null, 2) + '\n';
}
