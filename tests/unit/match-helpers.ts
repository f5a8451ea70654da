import { fold, originalSpan } from '../../utils/arabic/fold';
import type { AliasSupport, EntityType, MatchIndex } from '../../utils/match/match-index';
import { Matcher } from '../../utils/match/matcher';
import { fullyMentioned, resolveMentions } from '../../utils/match/resolve';
import { foldString } from '../../utils/arabic/fold';
import { countryWords, givenNames, indexAliases, titleWord, withNamesInside } from '../../utils/seeds/compile';

export interface TestEntity {
  id: string;
  type?: EntityType;
  aliases: (string | [string, AliasSupport])[];
  country?: string;
  context?: string[];
  /** A person's titles as the seeds' role titles begin (وزير, العميد …). */
  titles?: string[];
}

/** An index built from test entities the way compile.ts builds the bundle's. */
export function testIndex(entities: TestEntity[]): MatchIndex {
  const indexEntities = entities.map((e) => ({
    id: e.id,
    type: e.type ?? ('person' as const),
    country: e.country ?? null,
    context: (e.context ?? []).map(foldString),
    titles: (e.titles ?? []).map(titleWord),
  }));
  // The first alias of a test entity is its full name; one that several test entities have is shared.
  const owners = new Map<string, number>();
  for (const e of entities) for (const text of new Set(e.aliases.map((a) => (typeof a === 'string' ? a : a[0])))) owners.set(text, (owners.get(text) ?? 0) + 1);
  const records = entities.map((e) => ({
    type: e.type ?? 'person',
    aliases: e.aliases.map((a, i) => {
      const [text, support] = typeof a === 'string' ? [a, 'alone' as const] : a;
      return { text, support, kind: i === 0 ? 'full' : 'short', ambiguous: owners.get(text)! > 1 };
    }),
  }));
  return {
    version: 'test',
    entities: indexEntities,
    aliases: withNamesInside(indexEntities, indexAliases(records)),
    countryWords: countryWords(),
    givenNames: givenNames(records),
  };
}

export interface Found {
  text: string;
  ids: string[];
}

/** Runs fold → scan → resolve over one or more blocks and returns each mention's original text. */
export function findMentions(index: MatchIndex, ...blocks: string[]): Found[] {
  const matcher = new Matcher(index);
  const scans = blocks.map((block) => {
    const folded = fold(block);
    return { block, folded, candidates: matcher.scan(folded.text) };
  });
  const mentioned = fullyMentioned(index, scans.map((s) => ({ text: s.folded.text, candidates: s.candidates })));
  return scans.flatMap(({ block, folded, candidates }) =>
    resolveMentions(index, { text: folded.text, candidates }, mentioned).map((m) => {
      const [s, e] = originalSpan(folded, m.start, m.end);
      return { text: block.slice(s, e), ids: m.entities.map((i) => index.entities[i]!.id) };
    }),
  );
}
