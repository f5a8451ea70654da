/**
 * Compiles validated seeds into the bundle content: records sorted by id, aliases folded into
 * the compact match index. Same input, same output, byte for byte (the version hash relies on it).
 * No browser APIs.
 */
import { stripArticle } from '../arabic/clitics';
import { foldString } from '../arabic/fold';
import { COMPOUND_NAME_HEADS, GIVEN_NAMES } from '../arabic/given-names';
import { ARAB_COUNTRIES, COUNTRY_WORDS, countryNameWords, placeWords } from '../arabic/places';
import { dualForms, foreignSpellings, spellings } from '../arabic/spellings';
import type { AliasSupport, IndexAlias, IndexEntity } from '../match/match-index';
import { Matcher } from '../match/matcher';
import type { BundleContent } from './bundle';
import { buildConcordance } from './concordance';
import { COUNTRIES } from './countries';
import type { EntityRecord } from './schema';
import type { ValidSeeds } from './validate';

/** Kinds of body that a country's own news names without the country (IndexEntity.namedBareAtHome). */
const NAMED_BARE_AT_HOME: ReadonlySet<string> = new Set(['ministry', 'armed-forces', 'police', 'security-service', 'intelligence-service']);

export function compileBundle(seeds: ValidSeeds): BundleContent {
  const entities: EntityRecord[] = [...seeds.entities]
    .sort((a, b) => compare(a.id, b.id))
    .map(({ file: _file, ...record }) => record as EntityRecord);
  const articles = [...seeds.articles]
    .sort((a, b) => compare(a.id, b.id))
    .map((article) => ({ ...article, text: seeds.articleTexts.get(article.id)! }));

  const titles = titleWords(entities);
  const related = relatedEntities(entities);
  const indexEntities: IndexEntity[] = entities.map((e) => ({
    id: e.id,
    type: e.type,
    country: e.country ?? null,
    context: contextWords(e),
    titles: titles.get(e.id) ?? [],
    titlePhrases: e.type === 'person' ? [...new Set(e.roles.map((r) => foldName(r.title)))].sort(compare) : [],
    related: related[entities.indexOf(e)]!,
    ...(e.type === 'organization' && e.kind === 'news-outlet' ? { outlet: true as const } : {}),
    ...(e.type === 'organization' && NAMED_BARE_AT_HOME.has(e.kind) ? { namedBareAtHome: true as const } : {}),
  }));
  const aliases = withNamesInside(indexAliases(entities));
  const index = { entities: indexEntities, aliases, countryWords: countryWords(), places: places(), givenNames: givenNames(entities) };
  return { articles, entities, index, mentions: buildConcordance({ ...index, version: '' }, articles) };
}

/**
 * For each entity, the indexes of those whose names nearby say it is meant (resolver.ts): the
 * persons who hold a role in an organization, its parent and its parts; a person's organizations.
 */
function relatedEntities(entities: readonly EntityRecord[]): number[][] {
  const at = new Map(entities.map((e, i) => [e.id, i]));
  const related = entities.map(() => new Set<number>());
  const link = (a: string | undefined, b: string) => {
    const i = a === undefined ? undefined : at.get(a);
    const j = at.get(b);
    if (i === undefined || j === undefined || i === j) return;
    related[i]!.add(j);
    related[j]!.add(i);
  };
  for (const entity of entities) {
    for (const role of entity.roles) if (role.organization) link(role.organization, entity.id);
    if (entity.type === 'organization') link(entity.parent, entity.id);
  }
  return related.map((set) => [...set].sort((a, b) => a - b));
}

/**
 * Each alias with the other entities whose full names lie inside it, as a page reads them
 * (القيادة العامة للجيش الليبي holds الجيش الليبي): a page that writes the alias names them too,
 * which makes their short aliases safe there (page-reader.ts).
 */
export function withNamesInside(aliases: readonly IndexAlias[]): IndexAlias[] {
  const full = new Matcher({ aliases: aliases.filter((a) => a.support === 'alone' && !a.generic) });
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
 * Given names (resolver.ts): the common ones (given-names.ts) and those of the seeds' persons, the
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

const COMPOUND_FIRST = new Set(COMPOUND_NAME_HEADS.map(foldName));

/**
 * The match index's aliases: each folded, in each of its spellings (spellings.ts; a foreign
 * person's in each transliteration too), sorted. A spelling other than the written one is kept
 * only where no entity but those that share the written alias has it too, so that spellings never
 * make an alias ambiguous (only the seeds say what is ambiguous). An organization's name of
 * several words also gets its dual forms (spellings.ts dualForms).
 */
export function indexAliases(entities: readonly { readonly type: string; readonly country?: string | null; readonly aliases: readonly AliasInput[] }[]): IndexAlias[] {
  const written: IndexAlias[] = entities.flatMap((e, entity) => e.aliases.map((alias) => ({ folded: foldName(alias.text), entity, ...traits(alias) })));
  const isForeignPerson = (e: (typeof entities)[number]) => e.type === 'person' && !!e.country && !ARAB_COUNTRIES.has(e.country);
  const ordinary = new Set([...GIVEN_NAMES.map(foldName), ...Object.keys(places())]);
  const spelt = entities.flatMap((e, entity) =>
    e.aliases.flatMap((alias) => {
      const source = foldName(alias.text);
      const spelt = spellings(alias.text).slice(1).map((text) => ({ folded: foldName(text), entity, ...traits(alias), source }));
      if (!isForeignPerson(e)) return spelt;
      // A foreign person's name in every transliteration too, save those that are another word. A
      // surname spelt another way alone may be another man's: it needs his title or full name near.
      const oneWord = !/\s/.test(alias.text.trim());
      const foreign = foreignSpellings(alias.text).slice(1).filter((text) => !ordinary.has(foldName(text)));
      return [...spelt, ...foreign.map((text) => ({ folded: foldName(text), entity, ...traits(alias), ...(oneWord ? { support: 'needs-support' as const } : {}), source }))];
    }),
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
  // An organization's name of several words that opens with its head noun has a dual (حكومتي
  // الوفاق الوطني); not one that names its country, whose adjective would be dual too.
  const countries = countryWords();
  const namesCountry = (text: string) => foldName(text).split(' ').some((word) => countries[stripArticle(word)] !== undefined);
  const duals = entities.flatMap((e, entity) =>
    e.type !== 'organization' ? [] : e.aliases.filter((alias) => !namesCountry(alias.text)).flatMap((alias) => dualForms(alias.text).map((text) => ({ folded: foldName(text), entity, ...traits(alias), dual: true as const }))),
  ).filter(({ folded, entity }) => {
    const key = `${entity} ${folded}`;
    if (seen.has(key) || allOwners.has(folded)) return false;
    seen.add(key);
    return true;
  });
  return [...written, ...extra.map(({ source: _source, ...alias }) => alias), ...duals].sort((x, y) => compare(x.folded, y.folded) || x.entity - y.entity);
}

interface AliasInput {
  readonly text: string;
  readonly support: AliasSupport;
  readonly ambiguous?: boolean;
  readonly generic?: boolean;
}

/** What the index keeps of a record's alias besides its text. */
function traits(alias: AliasInput): Pick<IndexAlias, 'support' | 'generic'> {
  return alias.generic ? { support: alias.support, generic: true } : { support: alias.support };
}

/** The entities that hold each folded alias. */
function ownersOf(aliases: readonly { readonly folded: string; readonly entity: number }[]): Map<string, Set<number>> {
  const owners = new Map<string, Set<number>>();
  for (const { folded, entity } of aliases) owners.set(folded, (owners.get(folded) ?? new Set()).add(entity));
  return owners;
}

/**
 * The titles that may stand right before an entity's short alias that needs support (resolver.ts):
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
  return stripArticle(foldString(title.trim().split(/\s+/)[0]!));
}

/**
 * Every country's names and adjectives of one word, folded and without the article, with the
 * country they name: right after a name they say whose it is (resolver.ts).
 */
export function countryWords(): Record<string, string> {
  const entries = Object.keys(COUNTRY_WORDS).flatMap((code) => countryNameWords(code).filter((w) => !/\s/.test(w.trim())).map((w): [string, string] => [stripArticle(foldString(w)), code]));
  return Object.fromEntries(entries.sort((a, b) => compare(a[0], b[0])));
}

/** Every word and phrase that places a story in a country (places.ts), folded. */
export function places(): Record<string, string> {
  return Object.fromEntries(placeWords().map(([w, code]): [string, string] => [foldName(w), code]).sort((a, b) => compare(a[0], b[0])));
}

/** Words beside an ambiguous alias that point to this entity, folded and without the article: its country's names and its own list. */
function contextWords(entity: EntityRecord): string[] {
  const words = [...(entity.country ? COUNTRIES[entity.country]?.contextWords ?? [] : []), ...entity.context];
  return [...new Set(words.map((w) => stripArticle(foldString(w))))].sort(compare);
}

/** A name as the match index holds it: folded, with single spaces and none at the ends. */
export function foldName(name: string): string {
  return foldString(name).replace(/\s+/g, ' ').trim();
}

/** Code-point order, independent of the machine's locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
