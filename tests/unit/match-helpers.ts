import { stripArticle } from '../../utils/arabic/clitics';
import { foldString } from '../../utils/arabic/fold';
import type { AliasSupport, EntityType, MatchIndex } from '../../utils/match/match-index';
import { PageReader, type BlockMention, type PageFacts } from '../../utils/match/page-reader';
import { countryWords, foldName, givenNames, indexAliases, places, titleWord, withNamesInside } from '../../utils/seeds/compile';

/** An alias of a test entity: its text, or its text and support, or every trait. */
export type TestAlias = string | [string, AliasSupport] | { text: string; support?: AliasSupport; generic?: boolean };

export interface TestEntity {
  id: string;
  type?: EntityType;
  aliases: TestAlias[];
  country?: string;
  context?: string[];
  /** A person's role titles as the seeds write them (وزير الخارجية, العميد …). */
  titles?: string[];
  /** Ids of the entities related to it (its people, parent and parts). */
  related?: string[];
  outlet?: boolean;
}

function aliasOf(alias: TestAlias): { text: string; support: AliasSupport; generic: boolean } {
  if (typeof alias === 'string') return { text: alias, support: 'alone', generic: false };
  if (Array.isArray(alias)) return { text: alias[0], support: alias[1], generic: false };
  return { text: alias.text, support: alias.support ?? 'alone', generic: alias.generic ?? false };
}

/** An index built from test entities the way compile.ts builds the bundle's. */
export function testIndex(entities: TestEntity[]): MatchIndex {
  const at = (id: string) => entities.findIndex((e) => e.id === id);
  const indexEntities = entities.map((e) => ({
    id: e.id,
    type: e.type ?? ('person' as const),
    country: e.country ?? null,
    context: (e.context ?? []).map((w) => stripArticle(foldString(w))),
    titles: (e.titles ?? []).map(titleWord),
    titlePhrases: (e.type ?? 'person') === 'person' ? (e.titles ?? []).map(foldName) : [],
    related: (e.related ?? []).map(at),
    ...(e.outlet ? { outlet: true as const } : {}),
  }));
  // The first alias of a test entity is its full name; one that several test entities have is shared.
  const owners = new Map<string, number>();
  for (const e of entities) for (const text of new Set(e.aliases.map((a) => aliasOf(a).text))) owners.set(text, (owners.get(text) ?? 0) + 1);
  const records = entities.map((e) => ({
    type: e.type ?? 'person',
    aliases: e.aliases.map((a, i) => {
      const { text, support, generic } = aliasOf(a);
      return { text, support, generic, kind: i === 0 ? 'full' : 'short', ambiguous: owners.get(text)! > 1 };
    }),
  }));
  return {
    version: 'test',
    entities: indexEntities,
    aliases: withNamesInside(indexAliases(records)),
    countryWords: countryWords(),
    places: places(),
    givenNames: givenNames(records),
  };
}

export interface Found {
  text: string;
  ids: string[];
}

/** A page's blocks read as the content script reads them: every mention, in reading order. */
export function readPage(index: MatchIndex, blocks: readonly string[], page: PageFacts = {}, links: readonly boolean[] = []): (BlockMention & { text: string; ids: string[] })[] {
  const reader = PageReader.of(index, page);
  return [...reader.read(blocks, links), ...reader.finish()]
    .sort((a, b) => a.block - b.block || a.start - b.start)
    .map((m) => ({ ...m, text: blocks[m.block]!.slice(m.start, m.end), ids: m.entities.map((e) => index.entities[e]!.id) }));
}

/** Each mention's text (as written) and entity ids, over one or more blocks read as one page. */
export function findMentions(index: MatchIndex, ...blocks: string[]): Found[] {
  return readPage(index, blocks).map(({ text, ids }) => ({ text, ids }));
}
