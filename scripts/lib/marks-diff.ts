/**
 * The marks two bundles make on the same pages, compared: marks gained, lost, and marks on the
 * same words that now name other entities (or are no longer, or now, ambiguous). Pages are read
 * as the content script reads them (marks.ts).
 */
import type { MatchIndex } from '../../utils/match/match-index';
import { marksOfPages, type Mark, type TextPage } from './marks';

export interface MarksDiff {
  readonly before: number;
  readonly after: number;
  readonly gained: readonly Mark[];
  readonly lost: readonly Mark[];
  /** The same words marked by both, naming other entities or read otherwise. */
  readonly changed: readonly { readonly before: Mark; readonly after: Mark }[];
}

export function diffMarks(before: MatchIndex, after: MatchIndex, pages: readonly TextPage[]): MarksDiff {
  const a = marksOfPages(before, pages);
  const b = marksOfPages(after, pages);
  const at = (m: Mark) => `${m.file}\u0000${m.line}\u0000${m.start}\u0000${m.end}`;
  const aAt = new Map(a.map((m) => [at(m), m]));
  const bAt = new Map(b.map((m) => [at(m), m]));
  const reading = (m: Mark) => `${[...m.entities].sort().join('|')} ${m.ambiguous} ${m.dual}`;
  return {
    before: a.length,
    after: b.length,
    gained: b.filter((m) => !aAt.has(at(m))),
    lost: a.filter((m) => !bAt.has(at(m))),
    changed: b.flatMap((m) => {
      const prior = aAt.get(at(m));
      return prior && reading(prior) !== reading(m) ? [{ before: prior, after: m }] : [];
    }),
  };
}

/** Marks grouped by the words marked and what they name, commonest first: how a new alias shows on real prose. */
export function byName(marks: readonly Mark[]): { text: string; entities: string; count: number; first: Mark }[] {
  const groups = new Map<string, { text: string; entities: string; count: number; first: Mark }>();
  for (const m of marks) {
    const entities = m.entities.join(' | ');
    const key = `${m.text}\u0000${entities}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { text: m.text, entities, count: 1, first: m });
  }
  return [...groups.values()].sort((x, y) => y.count - x.count || (x.text < y.text ? -1 : 1));
}
