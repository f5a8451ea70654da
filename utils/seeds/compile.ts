/**
 * Compiles validated seeds into the bundle content: records sorted by id, aliases folded into
 * the compact match index. Same input, same output, byte for byte (the version hash relies on it).
 * No browser APIs.
 */
import { foldString } from '../arabic/fold';
import { GIVEN_NAMES } from '../arabic/given-names';
import { dualForms, spellings } from '../arabic/spellings';
import type { AliasSupport, IndexAlias, IndexEntity } from '../match/match-index';
import { Matcher } from '../match/matcher';
import type { BundleContent } from './bundle';
import { COUNTRIES, OTHER_COUNTRY_WORDS } from './countries';
import type { EntityRecord } from './schema';
import type { ValidSeeds } from './validate';

export function compileBundle(seeds: ValidSeeds): BundleContent {
  const entities: EntityRecord[] = [...seeds.entities]
    .sort((a, b) => compare(a.id, b.id))
    .map(({ file: _file, ...record }) => record as EntityRecord);
  const articles = [...seeds.articles]
    .sort((a, b) => compare(a.id, b.id))
    .map((article) => ({ ...article, text: seeds.articleTexts.get(article.id)! }));

  const titles = titleWords(entities);
  const indexEntities: IndexEntity[] = entities.map((e) => ({ id: e.id, type: e.type, country: e.country ?? null, context: contextWords(e), titles: titles.get(e.id) ?? [] }));
  const aliases = withNamesInside(indexEntities, indexAliases(entities));
  return { articles, entities, index: { entities: indexEntities, aliases, countryWords: countryWords(), givenNames: givenNames(entities) } };
}

/**
 * Each alias with the other entities whose full names lie inside it, as a page reads them
 * (القيادة العامة للجيش الليبي holds الجيش الليبي): a page that writes the alias names them too,
 * which makes their short aliases safe there (resolve.ts).
 */
export function withNamesInside(entities: readonly IndexEntity[], aliases: readonly IndexAlias[]): IndexAlias[] {
  const full = new Matcher({ version: '', entities, aliases: aliases.filter((a) => a.support === 'alone'), countryWords: {}, givenNames: [] });
  return aliases.map((alias) => {
    const inside = new Set<number>();
    // Every word but the first can begin an inner name; from the first, the alias itself is found.
    for (const match of alias.folded.matchAll(/ /g)) {
      for (const candidate of full.scan(alias.folded.slice(match.index + 1))) {
        const named = new Set(candidate.aliases.map((a) => a.entity));
        const [entity] = named;
        if (named.size === 1 && entity !== alias.entity) inside.add(entity!);
      }
    }
    return inside.size > 0 ? { ...alias, inside: [...inside].sort((a, b) => a - b) } : alias;
  });
}

/**
 * Given names (resolve.ts): the common ones (given-names.ts) and those of the seeds' persons, the
 * first word of each full alias, or its first two for a compound (عبد الله, أبو بكر), folded.
 */
export function givenNames(entities: readonly { readonly type: string; readonly aliases: readonly { readonly text: string; readonly kind?: string }[] }[]): string[] {
  const own = entities
    .filter((e) => e.type === 'person')
    .flatMap((e) => e.aliases.filter((a) => a.kind === 'full').map((a) => foldName(a.text).split(' ')))
    .filter((words) => words.length > 1)
    .map((words) => (COMPOUND_FIRST.has(words[0]!) ? words[0]! + words[1]! : words[0]!));
  return [...new Set([...GIVEN_NAMES.map(foldName), ...own])].sort(compare);
}

/** First words of compound given names. */
const COMPOUND_FIRST = new Set(['عبد', 'ابو']);

/**
 * The match index's aliases: each folded, in each of its spellings (spellings.ts), sorted. A
 * spelling other than the written one is kept only where no entity but those that share the
 * written alias has it too, so that spellings never make an alias ambiguous (only the seeds say
 * what is ambiguous). A shared alias of several words also gets its dual forms (spellings.ts
 * dualForms), which name two of the entities that share it.
 */
export function indexAliases(entities: readonly { readonly aliases: readonly { readonly text: string; readonly support: AliasSupport; readonly ambiguous?: boolean }[] }[]): IndexAlias[] {
  const written: IndexAlias[] = entities.flatMap((e, entity) => e.aliases.map((alias) => ({ folded: foldName(alias.text), entity, support: alias.support })));
  const spelt = entities.flatMap((e, entity) =>
    e.aliases.flatMap((alias) => spellings(alias.text).slice(1).map((text) => ({ folded: foldName(text), entity, support: alias.support, source: foldName(alias.text) }))),
  );
  const writtenOwners = ownersOf(written);
  const allOwners = ownersOf([...written, ...spelt]);
  const seen = new Set(written.map((a) => `${a.entity} ${a.folded}`));
  const extra = spelt.filter(({ folded, entity, source }) => {
    const key = `${entity} ${folded}`;
    if (seen.has(key) || ![...allOwners.get(folded)!].every((owner) => writtenOwners.get(source)!.has(owner))) return false;
    seen.add(key);
    return true;
  });
  const duals = entities.flatMap((e, entity) =>
    e.aliases.filter((alias) => alias.ambiguous).flatMap((alias) => dualForms(alias.text).map((text) => ({ folded: foldName(text), entity, support: alias.support, dual: true as const }))),
  ).filter(({ folded, entity }) => {
    const key = `${entity} ${folded}`;
    if (seen.has(key) || allOwners.has(folded)) return false;
    seen.add(key);
    return true;
  });
  return [...written, ...extra.map(({ folded, entity, support }) => ({ folded, entity, support })), ...duals].sort((x, y) => compare(x.folded, y.folded) || x.entity - y.entity);
}

/** The entities that hold each folded alias. */
function ownersOf(aliases: readonly { readonly folded: string; readonly entity: number }[]): Map<string, Set<number>> {
  const owners = new Map<string, Set<number>>();
  for (const { folded, entity } of aliases) owners.set(folded, (owners.get(folded) ?? new Set()).add(entity));
  return owners;
}

/**
 * The titles that may stand right before an entity's short alias that needs support (resolve.ts):
 * for a person, the first word of each of their role titles (وزير, عميد, رئيس …); for an
 * organization, that of each role held in it (مدير أمن طرابلس).
 */
function titleWords(entities: readonly EntityRecord[]): Map<string, string[]> {
  const titles = new Map<string, Set<string>>();
  const add = (id: string, title: string) => titles.set(id, (titles.get(id) ?? new Set()).add(titleWord(title)));
  for (const entity of entities) {
    for (const role of entity.roles) {
      if (entity.type === 'person') add(entity.id, role.title);
      if (role.organization) add(role.organization, role.title);
    }
  }
  return new Map([...titles].map(([id, words]) => [id, [...words].sort(compare)]));
}

/** A title's first word, folded, without the article: «العميد» → عميد, «وزير الداخلية» → وزير. */
export function titleWord(title: string): string {
  const word = foldString(title.trim().split(/\s+/)[0]!);
  return word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
}

/** Every country's words, folded, with the country they name (see resolve.ts). */
export function countryWords(): Record<string, string> {
  const all: [string, readonly string[]][] = [...Object.entries(COUNTRIES).map(([code, c]): [string, readonly string[]] => [code, c.contextWords]), ...Object.entries(OTHER_COUNTRY_WORDS)];
  const entries = all.flatMap(([code, words]) => words.map((w): [string, string] => [foldString(w), code]));
  return Object.fromEntries(entries.sort((a, b) => compare(a[0], b[0])));
}

/** Words beside an ambiguous alias that point to this entity: its country's adjectives and its own list. */
function contextWords(entity: EntityRecord): string[] {
  const words = [...(entity.country ? COUNTRIES[entity.country]?.contextWords ?? [] : []), ...entity.context];
  return [...new Set(words.map(foldString))].sort(compare);
}

/** A name as the match index holds it: folded, with single spaces and none at the ends. */
export function foldName(name: string): string {
  return foldString(name).replace(/\s+/g, ' ').trim();
}

/** Code-point order, independent of the machine's locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
