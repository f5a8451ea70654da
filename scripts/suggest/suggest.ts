/**
 * seeds:suggest — proposes the persons and organizations an article names, each with the
 * sentence it comes from, a verbatim evidence quote and, when a match index is given, whether the
 * store already knows it. The finders (persons.ts, organizations.ts) propose candidates; here they
 * become proposals: one per name, merged across mentions, the doubtful ones left out.
 *
 * Pure logic: no browser APIs, no file system.
 */
import { fold } from '../../utils/arabic/fold';
import type { MatchIndex } from '../../utils/match/match-index';
import { THRESHOLD, type Candidate, type FoundBy, type OrganizationKindGuess, type ProposalType } from './candidates';
import { knownLookup, knownOf, type Known, type KnownLookup } from './known';
import { COUNTRY_OF_WORD, GIVEN_NAMES, HEADS, QUOTE_ANY } from './lexicon';
import { findOrganizations } from './organizations';
import { findPersons } from './persons';
import { quoteAround, sentenceAround } from './quotes';
import { readArticle, recursAlone, stemIn, type ArticleContext } from './tokens';

export { THRESHOLD, type FoundBy, type OrganizationKindGuess, type ProposalType } from './candidates';
export type { Known } from './known';

export interface Occurrence {
  /** Original offsets of the name in the article. */
  readonly start: number;
  readonly end: number;
  /** The sentence the name stands in, verbatim. */
  readonly sentence: string;
  /** A verbatim clause of the sentence that holds the title (if any) and the name: evidence. */
  readonly quote: string;
}

export interface ProposedRole {
  /** The title as the article writes it (without a glued preposition). */
  readonly title: string;
  readonly quote: string;
  readonly country?: string;
}

export interface Proposal {
  readonly type: ProposalType;
  /** The name as written, clitics and quote marks removed; or the name a title implies (`implied`). */
  readonly name: string;
  /** The article does not write the name: a minister's title implies it (وزير الخارجية الجزائري). */
  readonly implied?: true;
  /** The dedupe key: folded, letters and digits only. */
  readonly key: string;
  readonly foundBy: FoundBy[];
  /** Higher is surer; proposals under the threshold are dropped unless asked for. */
  readonly score: number;
  readonly accepted: boolean;
  /** Why it scored as it did, for the maintainer. */
  readonly reasons: string[];
  readonly occurrences: Occurrence[];
  readonly roles: ProposedRole[];
  /** A surname the article also uses alone. */
  readonly shortAlias?: string;
  readonly country?: string;
  readonly kind?: OrganizationKindGuess;
  readonly known: Known;
}

export interface SuggestOptions {
  /** The compiled store's match index: tells which proposals it knows. */
  readonly index?: MatchIndex;
  /** Keep proposals under the score threshold too (marked accepted: false). */
  readonly all?: boolean;
}

/** Proposes the persons and organizations named in `article`. */
export function suggest(article: string, options: SuggestOptions = {}): Proposal[] {
  const ctx = readArticle(article);
  const candidates = [...findPersons(ctx), ...findOrganizations(ctx)];
  const known = options.index ? knownLookup(options.index, ctx.folded.text) : undefined;
  const merged = new Map<string, Proposal>();
  for (const candidate of candidates) {
    const proposal = toProposal(ctx, candidate, known);
    if (!proposal) continue;
    const prior = merged.get(`${proposal.type} ${proposal.key}`);
    merged.set(`${proposal.type} ${proposal.key}`, prior ? mergeProposals(prior, proposal) : proposal);
  }
  return settle([...merged.values()])
    .filter((p) => options.all || p.accepted)
    .sort((a, b) => a.occurrences[0]!.start - b.occurrences[0]!.start || a.key.localeCompare(b.key));
}

function toProposal(ctx: ArticleContext, c: Candidate, known: KnownLookup | undefined): Proposal | null {
  const { folded, article } = ctx;
  const [os, oe] = span(ctx, c.nameS, c.nameE);
  const name = c.impliedName ?? (c.restores + article.slice(os, oe)).replace(QUOTE_ANY, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  const key = keyOf(name);
  if (key.length < 2) return null;
  const [ss, se] = span(ctx, c.spanS, c.spanE);
  // A role's evidence is its title and the name; a long clause would also hold others' roles.
  const clause = quoteAround(article, ss, se);
  const quote = c.titles.length > 0 && clause.length > 120 ? article.slice(ss, se).trim() : clause;
  const occurrence: Occurrence = { start: os, end: oe, sentence: sentenceAround(article, ss, se), quote };
  // A person's country: an adjective in the title (وزير الخارجية الجزائري), not a country it names (مبعوث … إلى ليبيا).
  const adjectiveCountry = (s: number, e: number) => folded.text.slice(s, e).split(/\s+/).filter((w) => w.startsWith('ال')).map((w) => COUNTRY_OF_WORD.get(w)).find((x) => x !== undefined);
  const country = c.country ?? c.titles.map((t) => adjectiveCountry(t.s, t.e)).find((x) => x !== undefined);
  const roles: ProposedRole[] = c.titles.map((t) => {
    const [ts, te] = span(ctx, t.s, t.e);
    const roleCountry = adjectiveCountry(t.s, t.e);
    const title = (t.restores + article.slice(ts, te)).replace(/[\s،,]+$/, '').trim();
    return { title, quote: occurrence.quote, ...(roleCountry ? { country: roleCountry } : {}) };
  });
  let shortAlias: string | undefined;
  if (c.type === 'person' && c.lastUnit && c.lastUnit[0] > c.nameS) {
    const lastTokenIndex = ctx.tokens.findIndex((t) => t.s === c.lastUnit![0]);
    if (lastTokenIndex >= 0 && recursAlone(ctx, lastTokenIndex)) {
      const [ls, le] = span(ctx, c.lastUnit[0], c.lastUnit[1]);
      shortAlias = article.slice(ls, le).replace(QUOTE_ANY, '');
    }
  }
  return {
    type: c.type,
    name,
    ...(c.impliedName ? { implied: true as const } : {}),
    key,
    foundBy: [c.foundBy],
    score: c.score,
    accepted: c.score >= THRESHOLD,
    reasons: [...c.reasons],
    occurrences: [occurrence],
    roles,
    ...(shortAlias ? { shortAlias } : {}),
    ...(country ? { country } : {}),
    ...(c.kind ? { kind: c.kind } : {}),
    known: known ? knownOf(known, name, c.impliedName ? null : [c.nameS, c.nameE]) : { status: 'new' },
  };
}

/** Folded, letters and digits only: two spellings that fold alike are one proposal. */
function keyOf(name: string): string {
  return fold(name).text.replace(/[^\p{L}\p{N}]/gu, '');
}

function span(ctx: ArticleContext, s: number, e: number): [number, number] {
  return [ctx.folded.origin[s]!, ctx.folded.origin[e - 1]! + 1];
}

function mergeProposals(a: Proposal, b: Proposal): Proposal {
  const better = b.score > a.score ? b : a;
  const roles = [...a.roles];
  for (const role of b.roles) if (!roles.some((r) => fold(r.title).text === fold(role.title).text)) roles.push(role);
  const known = a.known.status === 'known' && b.known.status === 'known' && b.known.ids.length < a.known.ids.length ? b.known : a.known;
  return {
    ...better,
    name: a.name,
    foundBy: [...new Set([...a.foundBy, ...b.foundBy])],
    reasons: [...new Set([...a.reasons, ...b.reasons])],
    score: Math.max(a.score, b.score),
    accepted: a.accepted || b.accepted,
    occurrences: [...a.occurrences, ...b.occurrences.filter((o) => !a.occurrences.some((x) => x.start === o.start))],
    roles,
    known,
    ...(a.shortAlias ?? b.shortAlias ? { shortAlias: a.shortAlias ?? b.shortAlias } : {}),
    ...(a.country ?? b.country ? { country: a.country ?? b.country } : {}),
  };
}

const words = (p: Proposal) => fold(p.name).text.split(/\s+/);

/** Forces named after their leader (قوات حفتر) are no body's name; «مكتب القذافي» is one. */
const FORCE_HEADS = new Set(['قوات', 'ميليشيا', 'مليشيات', 'ميليشيات', 'كتائب', 'أنصار'].map((w) => fold(w).text));

/** Heads that say only what a body is (تنظيم داعش = داعش), not a body of another (بعثة الأمم المتحدة). */
const TYPE_HEADS = new Set(['تنظيم', 'حلف', 'جماعة', 'حركة', 'صحيفة', 'وكالة', 'موقع', 'قناة', 'شركة'].map((w) => fold(w).text));
const opensWithGivenName = (p: Proposal) => {
  const [first, second] = words(p);
  return GIVEN_NAMES.has(first!) || /^(?:عبد|ابو)/.test(first!) || (first === 'بن' && second !== undefined);
};

/**
 * Settles proposals against each other: a one-word name joins the longer name it ends (حفتر into
 * خليفة حفتر); a phrase that ends in another person's surname without their given name is not a
 * name (عدم إصابة الناظوري beside عبد الرزاق الناظوري); forces named only by a person's name are
 * not a body (قوات حفتر); a person's name that opens with a head noun is an organization's.
 */
function settle(proposals: Proposal[]): Proposal[] {
  const persons = proposals.filter((p) => p.type === 'person');
  const full = persons.filter((p) => words(p).length > 1);
  const surnames = new Map(full.filter(opensWithGivenName).map((p) => [words(p).at(-1)!, p]));
  const personWords = new Set(persons.flatMap(words));
  const organizations = proposals.filter((p) => p.type === 'organization');
  const organizationKeys = new Set(organizations.map((p) => p.key));
  const absorbed = new Map<Proposal, Proposal[]>();
  // «تنظيم داعش» and «داعش», «وكالة رويترز» and «رويترز»: a head that only says what the body is.
  const byKey = new Map(organizations.map((p) => [p.key, p]));
  for (const p of organizations) {
    const [head, ...rest] = words(p);
    const inner = rest.length > 0 && TYPE_HEADS.has(head!) ? byKey.get(keyOf(rest.join(' '))) : undefined;
    if (inner && inner !== p) absorbed.set(p, [...(absorbed.get(p) ?? []), inner]);
  }
  const inside = new Set([...absorbed.values()].flat());
  const kept = proposals.filter((p) => {
    if (p.type === 'person') {
      const ws = words(p);
      if (organizationKeys.has(p.key) || stemIn(ws[0]!, HEADS)) return false;
      if (ws.length === 1) {
        const longer = full.find((q) => words(q).includes(ws[0]!));
        if (longer) {
          absorbed.set(longer, [...(absorbed.get(longer) ?? []), p]);
          return false;
        }
        return true;
      }
      const owner = surnames.get(ws.at(-1)!);
      return !(owner && owner !== p && !opensWithGivenName(p) && !words(owner).every((w) => ws.includes(w)));
    }
    if (inside.has(p)) return false;
    const [head, ...rest] = words(p);
    return !(FORCE_HEADS.has(head!) && rest.length > 0 && rest.every((w) => personWords.has(w)));
  });
  return kept.map((p) => {
    const extra = absorbed.get(p);
    if (!extra) return p;
    return extra.reduce((acc, one) => {
      const merged = { ...mergeProposals(acc, one), name: acc.name, key: acc.key };
      const surname = acc.type === 'organization' || words(acc).at(-1) === words(one)[0] ? one.name : undefined;
      return acc.shortAlias ?? surname ? { ...merged, shortAlias: acc.shortAlias ?? surname } : merged;
    }, p);
  });
}
