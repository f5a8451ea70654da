/**
 * The current store for the maintainer scripts: seeds/ validated and compiled, with its match
 * index, and how to say what the store knows of a proposed name.
 */
import type { MatchIndex } from '../../utils/match/match-index';
import type { BundleContent } from '../../utils/seeds/bundle';
import { compileBundle } from '../../utils/seeds/compile';
import { checkSeeds, readSeedInput, versionBundle } from '../../utils/seeds/read-seeds';
import { ArticlesFile, EntityRecord } from '../../utils/seeds/schema';
import type { Known } from '../suggest/suggest';

export interface Store {
  readonly content: BundleContent;
  readonly index: MatchIndex;
  /** Set when seeds/ does not validate and only the entity files that parse were compiled. */
  readonly warning?: string;
}

/**
 * The current store: seeds/ validated and compiled. While someone is editing seeds/ it may not
 * validate; then the entity files that parse on their own are compiled, with a warning, so the
 * "known" column stays useful.
 */
export function loadStore(root: string): Store {
  const result = checkSeeds(root);
  if (result.ok) {
    const bundle = versionBundle(compileBundle(result.seeds));
    return { content: bundle, index: bundle.index };
  }
  const input = readSeedInput(root);
  const entities = input.entityFiles.flatMap((file) => {
    const parsed = EntityRecord.safeParse(file.data);
    return parsed.success ? [{ ...parsed.data, file: file.path }] : [];
  });
  const unique = entities.filter((e, i) => entities.findIndex((o) => o.id === e.id) === i);
  const articles = ArticlesFile.safeParse(input.articlesFile.data);
  const content = compileBundle({ articles: articles.success ? articles.data : [], entities: unique, articleTexts: input.articleTexts });
  const warning =
    `seeds/ does not validate (${result.problems.length} problem(s); run npm run seeds:check): ` +
    `"known" uses the ${unique.length} of ${input.entityFiles.length} entity files that parse on their own`;
  return { content, index: { ...content.index, version: 'partial' }, warning };
}

export function knownLabel(known: Known): string {
  switch (known.status) {
    case 'new':
      return 'new';
    case 'known':
      return known.ambiguous ? `known, ambiguous: one of ${known.ids.join(', ')}` : `known as ${known.ids[0]}`;
    case 'contains':
      return `new — contains known ${known.parts.map((p) => `«${p.alias}» (${p.ids.join(' | ')})`).join(', ')}`;
  }
}

