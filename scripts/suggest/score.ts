/**
 * Scores the suggester against hand-annotated articles (annotated-articles.yaml): how many of the
 * persons and organizations an article names it proposes (recall), and how many of its proposals
 * name nothing annotated (noise). The corpus text is read from a folder given at run time; only ids
 * and names are kept in the project.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { foldString } from '../../utils/arabic/fold';
import { aliasKey } from '../../utils/seeds/validate';
import { suggest, type Proposal, type ProposalType } from './suggest';

const Forms = z.array(z.string().min(2)).min(1);
const Organization = z.union([Forms, z.strictObject({ via: z.literal('title'), forms: Forms })]);

export const AnnotatedArticle = z.strictObject({
  id: z.string().regex(/^[A-Z]{2}-\w+-\d+-\d+$/, 'must be an article id of the corpus, before its "#"'),
  source: z.string().min(2),
  set: z.enum(['tuned', 'held-out']),
  persons: z.array(Forms).default([]),
  organizations: z.array(Organization).default([]),
});
export type AnnotatedArticle = z.infer<typeof AnnotatedArticle>;
export type ArticleSet = AnnotatedArticle['set'];

export const ANNOTATION_FILE = join(import.meta.dirname, 'annotated-articles.yaml');

/** The corpus file whose articles are annotated. */
export const CORPUS_FILE = 'ant-libya-articles.jsonl';

export function readAnnotation(path = ANNOTATION_FILE): AnnotatedArticle[] {
  return z.array(AnnotatedArticle).parse(parse(readFileSync(path, 'utf8')));
}

/**
 * Each article's text from a corpus file (one paragraph a line, `id` = `<article>#t` for the title
 * or `<article>#p<n>`): the title, then the paragraphs in order, a blank line between them.
 */
export function articleTexts(jsonl: string, ids: ReadonlySet<string>): Map<string, string> {
  const parts = new Map<string, { title: string; paragraphs: [number, string][] }>();
  for (const line of jsonl.split('\n')) {
    if (!line.trim()) continue;
    const { id, text } = JSON.parse(line) as { id: string; text: string };
    const [article, part] = id.split('#') as [string, string];
    if (!ids.has(article)) continue;
    const entry = parts.get(article) ?? { title: '', paragraphs: [] };
    if (part === 't') entry.title = text;
    else entry.paragraphs.push([Number(part.slice(1)), text]);
    parts.set(article, entry);
  }
  return new Map(
    [...parts].map(([id, { title, paragraphs }]) => [id, [title, ...paragraphs.sort((a, b) => a[0] - b[0]).map(([, t]) => t)].filter(Boolean).join('\n\n')]),
  );
}

export interface Entity {
  readonly type: ProposalType;
  readonly forms: readonly string[];
  /** Named only through a minister's title: its forms are what a draft may call it. */
  readonly viaTitle: boolean;
}

export function entitiesOf(article: AnnotatedArticle): Entity[] {
  return [
    ...article.persons.map((forms): Entity => ({ type: 'person', forms, viaTitle: false })),
    ...article.organizations.map((o): Entity => (Array.isArray(o) ? { type: 'organization', forms: o, viaTitle: false } : { type: 'organization', forms: o.forms, viaTitle: true })),
  ];
}

export interface ArticleScore {
  readonly id: string;
  readonly set: ArticleSet;
  readonly found: readonly Entity[];
  readonly missed: readonly Entity[];
  /** Proposals that match no annotated entity of their type. */
  readonly noise: readonly Proposal[];
  readonly proposals: number;
}

/** Matches the suggester's proposals for `text` with the annotated entities. */
export function scoreArticle(article: AnnotatedArticle, text: string): ArticleScore {
  const entities = entitiesOf(article);
  const proposals = suggest(text);
  const found = new Set<Entity>();
  const noise: Proposal[] = [];
  for (const p of proposals) {
    const key = aliasKey(p.name);
    const hit = entities.find((e) => e.type === p.type && e.forms.some((f) => aliasKey(f) === key));
    if (hit) found.add(hit);
    else noise.push(p);
  }
  return {
    id: article.id,
    set: article.set,
    found: entities.filter((e) => found.has(e)),
    missed: entities.filter((e) => !found.has(e)),
    noise,
    proposals: proposals.length,
  };
}

/**
 * Forms an article does not write, folded as the matcher folds (quote marks, hashtags and
 * underscores aside, and ال contracted after ل: للجيش): a typo in the annotation, not a miss of
 * the suggester.
 */
export function formsNotInText(article: AnnotatedArticle, text: string): string[] {
  const letters = (s: string) => foldString(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const folded = ` ${letters(text)} `;
  return entitiesOf(article)
    .filter((e) => !e.viaTitle)
    .flatMap((e) => e.forms)
    .filter((f) => ![letters(f), afterLam(letters(f))].some((form) => folded.includes(form)));
}

/** A name after the preposition ل, which contracts with its article: الجيش → للجيش, اللجنة → للجنة. */
function afterLam(name: string): string {
  if (!name.startsWith('ال')) return name;
  const rest = name.slice(2);
  return rest.startsWith('ل') ? `ل${rest}` : `لل${rest}`;
}

export interface Totals {
  readonly articles: number;
  readonly persons: { readonly found: number; readonly total: number };
  readonly organizations: { readonly found: number; readonly total: number };
  readonly proposals: number;
  readonly noise: number;
}

export function totals(scores: readonly ArticleScore[]): Totals {
  const count = (list: (s: ArticleScore) => readonly Entity[], type: ProposalType) => scores.reduce((n, s) => n + list(s).filter((e) => e.type === type).length, 0);
  const all = (type: ProposalType) => count((s) => s.found, type) + count((s) => s.missed, type);
  return {
    articles: scores.length,
    persons: { found: count((s) => s.found, 'person'), total: all('person') },
    organizations: { found: count((s) => s.found, 'organization'), total: all('organization') },
    proposals: scores.reduce((n, s) => n + s.proposals, 0),
    noise: scores.reduce((n, s) => n + s.noise.length, 0),
  };
}

/** The targets: persons ≥ 90 %, organizations ≥ 80 %, noise ≤ 20 %. */
export const TARGETS = { persons: 0.9, organizations: 0.8, noise: 0.2 } as const;
