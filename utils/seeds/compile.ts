/**
 * Compiles validated seeds into the bundle content: records sorted by id, aliases folded into
 * the compact match index. Same input, same output, byte for byte (the version hash relies on it).
 * No browser APIs.
 */
import { foldString } from '../arabic/fold';
import type { IndexAlias, IndexEntity } from '../match/match-index';
import type { BundleContent } from './bundle';
import { COUNTRIES } from './countries';
import type { EntityRecord } from './schema';
import type { ValidSeeds } from './validate';

export function compileBundle(seeds: ValidSeeds): BundleContent {
  const entities: EntityRecord[] = [...seeds.entities]
    .sort((a, b) => compare(a.id, b.id))
    .map(({ file: _file, ...record }) => record as EntityRecord);
  const articles = [...seeds.articles]
    .sort((a, b) => compare(a.id, b.id))
    .map((article) => ({ ...article, text: seeds.articleTexts.get(article.id)! }));

  const indexEntities: IndexEntity[] = entities.map((e) => ({ id: e.id, type: e.type, context: contextWords(e) }));
  const aliases: IndexAlias[] = entities.flatMap((e, entity) =>
    e.aliases.map((alias) => ({ folded: normaliseSpaces(foldString(alias.text)), entity, support: alias.support })),
  );
  aliases.sort((a, b) => compare(a.folded, b.folded) || a.entity - b.entity);
  return { articles, entities, index: { entities: indexEntities, aliases } };
}

/** Words beside an ambiguous alias that point to this entity: its country's adjectives and its own list. */
function contextWords(entity: EntityRecord): string[] {
  const words = [...(entity.country ? COUNTRIES[entity.country]?.contextWords ?? [] : []), ...entity.context];
  return [...new Set(words.map(foldString))].sort(compare);
}

function normaliseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Code-point order, independent of the machine's locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
