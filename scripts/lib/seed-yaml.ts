/**
 * Writing seed YAML the way seeds/ is written by hand: one alias a line in flow style
 * (`- { text: …, kind: full }`), a role's `when` on one line, everything else in blocks. Comments a
 * maintainer wrote are kept: files are edited as YAML documents, not re-serialized data.
 */
import { Document, isMap, isSeq, YAMLSeq, type YAMLMap } from 'yaml';

/** Flow style for the nodes that seeds/ writes on one line. */
export function styleRecord(doc: Document): void {
  const map = doc.contents;
  if (!isMap(map)) return;
  flowItems(map, 'aliases');
  const roles = map.get('roles', true);
  if (isSeq(roles)) {
    for (const role of roles.items) {
      const when = isMap(role) ? role.get('when', true) : undefined;
      if (isMap(when)) when.flow = true;
    }
  }
}

function flowItems(map: YAMLMap, key: string): void {
  const seq = map.get(key, true);
  if (isSeq(seq)) for (const item of seq.items) if (isMap(item)) item.flow = true;
}

/** A record (or draft) as YAML text, styled, under a comment. */
export function recordYaml(data: unknown, comment?: string): string {
  const doc = new Document(data);
  styleRecord(doc);
  if (comment) doc.commentBefore = comment;
  return doc.toString({ lineWidth: 0 });
}

/** Appends items to a list of an entity's document, creating the list when the record has none. */
export function appendItems(doc: Document, key: string, items: readonly unknown[]): void {
  if (items.length === 0) return;
  const map = doc.contents;
  if (!isMap(map)) throw new Error('an entity file must hold a mapping');
  const existing = map.get(key, true);
  const seq: YAMLSeq<unknown> = isSeq(existing) ? existing : new YAMLSeq();
  if (!isSeq(existing)) map.set(key, seq);
  for (const item of items) seq.items.push(doc.createNode(item));
  styleRecord(doc);
}
