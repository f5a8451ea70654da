/**
 * Validates the parsed seed files and reports every problem with the file, the record, the field
 * and how to fix it. Schema rules come from schema.ts; the rules across files are here.
 * No browser APIs and no file system: read-seeds.ts hands the files in.
 */
import type { z } from 'zod';
import { fold, foldString } from '../arabic/fold';
import { Matcher } from '../match/matcher';
import { COUNTRIES } from './countries';
import { ArticlesFile, EntityRecord, type ArticleRecord, type Evidence } from './schema';

export interface SeedProblem {
  readonly file: string;
  /** The record's id, or its position when the id itself is broken. */
  readonly record: string;
  readonly field: string;
  readonly message: string;
  readonly fix: string;
}

/** A seed file as read from disk: its path relative to the project and its parsed YAML. */
export interface SeedFile {
  readonly path: string;
  readonly data: unknown;
  /** A YAML syntax error, when the file could not be parsed. */
  readonly parseError?: string;
}

export interface SeedInput {
  readonly articlesFile: SeedFile;
  /** Article texts by id (file name without .txt). */
  readonly articleTexts: ReadonlyMap<string, string>;
  readonly entityFiles: readonly SeedFile[];
}

export interface ValidSeeds {
  readonly articles: readonly ArticleRecord[];
  readonly entities: readonly (EntityRecord & { readonly file: string })[];
  readonly articleTexts: ReadonlyMap<string, string>;
}

export type ValidationResult = { ok: true; seeds: ValidSeeds; problems: [] } | { ok: false; problems: SeedProblem[] };

export function validateSeeds(input: SeedInput): ValidationResult {
  const problems: SeedProblem[] = [];
  const report = (file: string, record: string, field: string, message: string, fix: string) =>
    problems.push({ file, record, field, message, fix });

  const articles = parseArticles(input, report);
  const entities = parseEntities(input.entityFiles, report);

  const articleIds = new Set(articles.map((a) => a.id));
  const byId = new Map(entities.map((e) => [e.id, e]));

  const checkEvidence = (file: string, record: string, field: string, evidence: Evidence) => {
    const text = input.articleTexts.get(evidence.article);
    if (text === undefined) {
      report(file, record, `${field}.article`, `unknown article "${evidence.article}"`, `use one of: ${[...input.articleTexts.keys()].join(', ')}`);
      return;
    }
    if (!articleIds.has(evidence.article)) return; // its missing metadata is reported once, above
    if (!text.includes(evidence.quote)) {
      report(file, record, `${field}.quote`, `quote not found verbatim in article ${evidence.article}: «${evidence.quote}»`, closestPassageHint(text, evidence.quote));
    }
  };

  const checkReference = (file: string, record: string, field: string, id: string, want?: 'organization' | 'person') => {
    const target = byId.get(id);
    if (!target) report(file, record, field, `unknown entity reference "${id}"`, `create seeds/entities/${id}.yaml or use an existing id`);
    else if (want && target.type !== want) report(file, record, field, `"${id}" is a ${target.type}, not an ${want}`, `refer to an ${want} here`);
  };

  for (const entity of entities) {
    const { file, id } = entity;
    const expectedPath = `seeds/entities/${id}.yaml`;
    if (file !== expectedPath) report(file, id, 'id', `the id "${id}" does not match the file name`, `rename the file to ${expectedPath} or change the id`);
    if (entity.country && !COUNTRIES[entity.country]) report(file, id, 'country', `country ${entity.country} is not in utils/seeds/countries.ts`, 'add its code to SEED_COUNTRIES there (and its words to utils/arabic/places.ts if they are missing)');

    const nameKey = aliasKey(entity.name);
    if (!entity.aliases.some((a) => aliasKey(a.text) === nameKey)) {
      report(file, id, 'name', `the name «${entity.name}» is not among the aliases`, 'add it to aliases with kind: full (or a spelling of it as the articles write it)');
    }
    entity.aliases.forEach((alias, i) => {
      if (alias.generic && (entity.type !== 'organization' || !entity.country)) {
        report(file, id, `aliases[${i}].generic`, `alias «${alias.text}» is generic, but only an organization's name can be, and only with a country`, "remove generic: true, or give the organization its country");
      }
      if (alias.outside) return;
      const inSomeArticle = [...input.articleTexts.values()].some((text) => occursAsName(alias.text, text));
      if (!inSomeArticle) report(file, id, `aliases[${i}].text`, `alias «${alias.text}» occurs in no seed article`, 'copy its spelling from an article, or mark it outside: true if it is a known spelling from elsewhere');
    });
    entity.roles.forEach((role, i) => {
      role.evidence.forEach((ev, j) => checkEvidence(file, id, `roles[${i}].evidence[${j}]`, ev));
      if (role.organization) checkReference(file, id, `roles[${i}].organization`, role.organization, 'organization');
      if (role.country && !COUNTRIES[role.country]) report(file, id, `roles[${i}].country`, `country ${role.country} is not in utils/seeds/countries.ts`, 'add its code to SEED_COUNTRIES there');
      const { basis } = role.when;
      if (basis === 'article-address' || basis === 'year-from-address') {
        const sources = role.evidence.map((e) => articles.find((a) => a.id === e.article));
        // Unknown when the articles file has errors of its own: those are reported, not this.
        const known = sources.every((a) => a !== undefined);
        const addressed = sources.filter((a) => a?.published.basis === 'from-address' && a.published.date);
        if (known && addressed.length === 0) {
          report(file, id, `roles[${i}].when.basis`, `basis is ${basis} but no evidence article has a date from its address`, 'use stated, inferred (with a note) or not-stated');
        } else if (basis === 'year-from-address') {
          const years = new Set(addressed.map((a) => a!.published.date!.slice(0, 4)));
          for (const field of ['from', 'to', 'on'] as const) {
            const date = role.when[field];
            if (!date) continue;
            if (date.length === 4) report(file, id, `roles[${i}].when.${field}`, 'basis is year-from-address but the date is a year alone', 'use basis: article-address when the whole date comes from the address');
            else if (!years.has(date.slice(0, 4))) report(file, id, `roles[${i}].when.${field}`, `the year of ${date} is not the year in the evidence article's address (${[...years].join(', ')})`, "use the address's year, or another basis");
          }
        }
      }
    });
    entity.relations.forEach((relation, i) => {
      relation.evidence.forEach((ev, j) => checkEvidence(file, id, `relations[${i}].evidence[${j}]`, ev));
      checkReference(file, id, `relations[${i}].entity`, relation.entity);
    });
    entity.evidence.forEach((ev, j) => checkEvidence(file, id, `evidence[${j}]`, ev));
    if (entity.type === 'organization' && entity.parent) checkReference(file, id, 'parent', entity.parent, 'organization');
    if (entity.roles.length === 0 && entity.evidence.length === 0 && entity.relations.length === 0) {
      report(file, id, 'roles', 'the record has no evidence at all', 'add a role with evidence, or an evidence quote where an article names it');
    }
  }

  checkAliasClaims(entities, report);

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, seeds: { articles, entities, articleTexts: input.articleTexts }, problems: [] };
}

type Report = (file: string, record: string, field: string, message: string, fix: string) => void;

function parseArticles(input: SeedInput, report: Report): ArticleRecord[] {
  const { path, data, parseError } = input.articlesFile;
  if (parseError) {
    report(path, '-', '-', `YAML syntax error: ${parseError}`, 'fix the YAML syntax at the line shown');
    return [];
  }
  const parsed = ArticlesFile.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    reportZodIssues(parsed.error, path, (p) => (typeof p[0] === 'number' ? articleLabel(data, p[0]) : '-'), report);
    return [];
  }
  const seen = new Set<string>();
  for (const article of parsed.data) {
    if (seen.has(article.id)) report(path, article.id, 'id', `duplicate article id "${article.id}"`, 'each article appears once');
    seen.add(article.id);
    const text = input.articleTexts.get(article.id);
    if (text === undefined) {
      report(path, article.id, 'id', `no file seeds/articles/${article.id}.txt`, 'add the article text or fix the id');
      continue;
    }
    if (!text.includes(article.headline)) report(path, article.id, 'headline', 'headline not found verbatim in the article text', closestPassageHint(text, article.headline));
    const lines = new Set(text.split('\n').map((l) => l.trim()));
    article.furniture.forEach((line, i) => {
      if (!lines.has(line.trim())) report(path, article.id, `furniture[${i}]`, `«${line}» is not a whole line of the article`, 'copy the whole line exactly as the text has it');
    });
  }
  for (const id of input.articleTexts.keys()) {
    if (!seen.has(id)) report(path, id, '-', `article seeds/articles/${id}.txt has no metadata`, `add an entry with id: ${id}`);
  }
  return parsed.data;
}

function parseEntities(files: readonly SeedFile[], report: Report): (EntityRecord & { file: string })[] {
  const entities: (EntityRecord & { file: string })[] = [];
  const seenIds = new Map<string, string>();
  for (const { path, data, parseError } of files) {
    if (parseError) {
      report(path, '-', '-', `YAML syntax error: ${parseError}`, 'fix the YAML syntax at the line shown');
      continue;
    }
    const label = recordLabel(data);
    const parsed = EntityRecord.safeParse(data, { reportInput: true });
    if (!parsed.success) {
      reportZodIssues(parsed.error, path, () => label, report);
      continue;
    }
    const other = seenIds.get(parsed.data.id);
    if (other) {
      report(path, parsed.data.id, 'id', `duplicate entity id "${parsed.data.id}", also in ${other}`, 'give one of the records another id, or merge them');
      continue;
    }
    seenIds.set(parsed.data.id, path);
    entities.push({ ...parsed.data, file: path });
  }
  return entities;
}

/** Two entities may share an alias only when both mark it ambiguous. */
function checkAliasClaims(entities: readonly (EntityRecord & { file: string })[], report: Report): void {
  const claims = new Map<string, { entity: EntityRecord & { file: string }; index: number; ambiguous: boolean }[]>();
  for (const entity of entities) {
    entity.aliases.forEach((alias, index) => {
      const key = aliasKey(alias.text);
      const list = claims.get(key) ?? [];
      if (list.some((c) => c.entity.id === entity.id)) {
        report(entity.file, entity.id, `aliases[${index}].text`, `alias «${alias.text}» is listed twice for this entity (spellings that fold alike count as one)`, 'remove the repeated alias');
        return;
      }
      list.push({ entity, index, ambiguous: alias.ambiguous });
      claims.set(key, list);
    });
  }
  for (const list of claims.values()) {
    if (list.length === 1 && list[0]!.ambiguous) {
      const { entity, index } = list[0]!;
      report(entity.file, entity.id, `aliases[${index}].ambiguous`, `alias «${entity.aliases[index]!.text}» is marked ambiguous but no other entity claims it`, 'remove ambiguous: true, or add the alias to the other entities it names');
    }
    if (list.length < 2) continue;
    for (const claim of list.filter((c) => !c.ambiguous)) {
      const others = list.filter((c) => c !== claim).map((c) => c.entity.id).join(', ');
      report(claim.entity.file, claim.entity.id, `aliases[${claim.index}].ambiguous`, `alias «${claim.entity.aliases[claim.index]!.text}» is also claimed by ${others}`, 'mark it ambiguous: true in every record that claims it, or keep it in one record only');
    }
  }
}

/** The key two aliases share when the matcher cannot tell them apart: folded, spaces removed. */
export function aliasKey(text: string): string {
  return foldString(text).replace(/[^\p{L}\p{N}]/gu, '');
}

const foldedArticles = new Map<string, string>();

/** Whether the matcher finds the alias in the article, with the boundaries and clitics of a page. */
function occursAsName(alias: string, articleText: string): boolean {
  let folded = foldedArticles.get(articleText);
  if (folded === undefined) {
    folded = fold(articleText).text;
    foldedArticles.set(articleText, folded);
  }
  return new Matcher({ aliases: [{ folded: foldString(alias), entity: 0, support: 'alone' }] }).scan(folded).length > 0;
}

function reportZodIssues(error: z.ZodError, file: string, recordOf: (path: PropertyKey[]) => string, report: Report): void {
  for (const issue of error.issues) {
    const path = issue.path as PropertyKey[];
    const relative = typeof path[0] === 'number' ? path.slice(1) : path;
    if (issue.code === 'unrecognized_keys') {
      // The issue sits on the object that holds the keys: name each unknown key as the field
      // (rolse, roles[0].evidence[0].qoute), not its parent, or a top-level typo reads as "-".
      for (const key of issue.keys) report(file, recordOf(path), formatPath([...relative, key]), `Unrecognized key: "${key}"`, fixFor(issue));
      continue;
    }
    const field = formatPath(relative) || '-';
    report(file, recordOf(path), field, issue.message, fixFor(issue));
  }
}

function fixFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      // A draft moved into seeds/entities/ by hand still holding what was left to check.
      if (issue.keys.includes('review')) return 'this is a draft\'s review list: check each item against the article, then delete the list (or accept drafts with npm run seeds:accept)';
      return `remove or rename ${issue.keys.join(', ')} (see utils/seeds/schema.ts for the fields)`;
    case 'invalid_type':
      if (issue.input === undefined) return 'add this field';
      return `give a ${issue.expected}, not a ${typeof issue.input} (YAML reads 2011 as a number: write "2011")`;
    case 'invalid_value':
      return `use one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_union':
      return 'set type: person or type: organization';
    case 'too_small':
      return 'add what is missing';
    default:
      return 'see utils/seeds/schema.ts for the expected form';
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

function recordLabel(data: unknown): string {
  const id = (data as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? id : '(no id)';
}

function articleLabel(data: unknown, index: number): string {
  const entry = Array.isArray(data) ? data[index] : undefined;
  const id = (entry as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : `entry ${index + 1}`;
}

/**
 * Suggests the passage of `text` closest to a quote that is not in it: first a passage equal up
 * to the fold (diacritics, hamza, ta marbuta), else the window sharing the most words.
 */
export function closestPassageHint(text: string, quote: string): string {
  const passage = closestPassage(text, quote);
  return passage ? `the closest passage is «${passage}»: copy it exactly` : 'copy the passage exactly from the article';
}

function closestPassage(text: string, quote: string): string | null {
  const tokens = [...text.matchAll(/\S+/g)];
  const foldedTokens = tokens.map((t) => foldString(t[0]));
  const quoteWords = quote.split(/\s+/).filter(Boolean).map(foldString);
  if (tokens.length === 0 || quoteWords.length === 0) return null;
  const width = Math.min(quoteWords.length, tokens.length);
  const wanted = new Map<string, number>();
  for (const w of quoteWords) wanted.set(w, (wanted.get(w) ?? 0) + 1);
  let bestScore = 0;
  let bestStart = -1;
  for (let start = 0; start + width <= tokens.length; start++) {
    const counts = new Map(wanted);
    let score = 0;
    for (let k = start; k < start + width; k++) {
      const w = foldedTokens[k]!;
      const left = counts.get(w) ?? 0;
      if (left > 0) {
        score++;
        counts.set(w, left - 1);
      }
    }
    if (score > bestScore) {
      bestScore = score;
      bestStart = start;
    }
  }
  if (bestStart < 0 || bestScore < Math.ceil(width / 3)) return null;
  const first = tokens[bestStart]!;
  const last = tokens[bestStart + width - 1]!;
  return text.slice(first.index, last.index + last[0].length);
}
