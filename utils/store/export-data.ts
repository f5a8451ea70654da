/** The records to export (some entities, or all), with the articles they cite and the names they refer to. */
import type { ExportData } from '../export/facts-table';
import type { EntityRecord } from '../seeds/schema';
import type { SiyaqDb } from './db';
import { articleMeta } from './library';

export async function exportData(db: SiyaqDb, ids: readonly string[] | undefined): Promise<ExportData> {
  const entities = ids ? (await db.entities.bulkGet([...ids])).filter((e): e is EntityRecord => e !== undefined) : await db.entities.toArray();
  const evidence = entities.flatMap((e) => [...e.evidence, ...e.roles.flatMap((r) => r.evidence), ...e.relations.flatMap((r) => r.evidence)]);
  const articleIds = [...new Set(evidence.map((ev) => ev.article))].sort();
  const articles = (await db.articles.bulkGet(articleIds)).flatMap((a) => (a ? [articleMeta(a)] : []));
  const refs = new Set(entities.flatMap((e) => [...e.roles.flatMap((r) => (r.organization ? [r.organization] : [])), ...e.relations.map((r) => r.entity), ...(e.type === 'organization' && e.parent ? [e.parent] : [])]));
  const named = [...entities, ...(await db.entities.bulkGet([...refs].filter((id) => !entities.some((e) => e.id === id)))).filter((e): e is EntityRecord => e !== undefined)];
  return { entities, articles, names: Object.fromEntries(named.map((e) => [e.id, e.name])) };
}
