/**
 * What the store already knows of a proposed name: the extension's own matcher and resolver run
 * over the article and over the name, so a proposal is "known" exactly when a page would mark it.
 */
import type { MatchIndex } from '../../utils/match/match-index';
import { Matcher } from '../../utils/match/matcher';
import { PageReader, type BlockMention } from '../../utils/match/page-reader';
import { Resolver } from '../../utils/match/resolver';
import { foldName } from '../../utils/seeds/compile';

export type Known =
  | { readonly status: 'new' }
  /** The whole name is an alias of the store. Several ids: an ambiguous alias the page context could not settle. */
  | { readonly status: 'known'; readonly ids: readonly string[]; readonly alias: string; readonly ambiguous: boolean }
  /** The name contains known aliases but is longer than any of them. */
  | { readonly status: 'contains'; readonly parts: readonly { readonly alias: string; readonly ids: readonly string[] }[] };

export interface KnownLookup {
  readonly matcher: Matcher;
  readonly index: MatchIndex;
  /** The real pipeline over the whole article: mentions with the page context's disambiguation. */
  readonly mentions: readonly BlockMention[];
}

export function knownLookup(index: MatchIndex, foldedArticle: string): KnownLookup {
  // Names only: the places the index also holds are not entities the store knows.
  const matcher = new Matcher({ aliases: index.aliases });
  // The article as one block: folding is idempotent, so the mentions' offsets are the folded article's.
  const reader = new PageReader(matcher, new Resolver(index));
  return { matcher, index, mentions: [...reader.read([foldedArticle]), ...reader.finish()] };
}

/**
 * What the store knows of a name: the matcher run over the name alone. `at` is the name's folded
 * span in the article: an ambiguous alias is then narrowed by the page context, as the extension does.
 */
export function knownOf(lookup: KnownLookup, name: string, at: readonly [number, number] | null): Known {
  const foldedName = foldName(name);
  const candidates = lookup.matcher.scan(foldedName);
  const ids = (entities: readonly number[]) => [...new Set(entities)].map((e) => lookup.index.entities[e]!.id);
  const whole = candidates.find((c) => c.start === 0 && c.end === foldedName.length);
  if (whole) {
    let entities = [...new Set(whole.aliases.map((a) => a.entity))];
    if (entities.length > 1 && at) {
      const mention = lookup.mentions.find((m) => m.start === at[0] && m.end === at[1]);
      if (mention && mention.entities.length < entities.length) entities = [...mention.entities];
    }
    return { status: 'known', ids: ids(entities), alias: whole.aliases[0]!.folded, ambiguous: entities.length > 1 };
  }
  if (candidates.length === 0) return { status: 'new' };
  return {
    status: 'contains',
    parts: candidates.map((c) => ({ alias: c.aliases[0]!.folded, ids: ids(c.aliases.map((a) => a.entity)) })),
  };
}
