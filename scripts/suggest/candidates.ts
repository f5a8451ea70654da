/**
 * What a finder returns: a candidate name with where it stands (folded offsets), how it was found
 * and how sure that is. suggest.ts turns candidates into proposals.
 */
import type { EntityRecord } from '../../utils/seeds/schema';

export type ProposalType = 'person' | 'organization';

export type FoundBy =
  | 'rank'
  | 'honorific'
  | 'office-title'
  | 'person-noun'
  | 'quoted'
  | 'hashtag'
  | 'list'
  | 'given-name'
  | 'accusative-title'
  | 'head-noun'
  | 'title-complement'
  | 'minister-title'
  | 'known-body'
  | 'dateline';

export type OrganizationKindGuess = Extract<EntityRecord, { type: 'organization' }>['kind'];

/** A role title's folded span. */
export interface TitleSpan {
  readonly s: number;
  readonly e: number;
  /** Letters a contraction hid (للرئيس → الرئيس). */
  readonly restores: string;
}

export interface Candidate {
  readonly type: ProposalType;
  /** Folded offsets of the name (clitics excluded) and of the whole mention (title included). */
  readonly nameS: number;
  readonly nameE: number;
  readonly spanS: number;
  readonly spanE: number;
  /** Letters a contraction hid before the name (للجنة → اللجنة). */
  readonly restores: string;
  /**
   * A name the article does not write but implies (وزير الخارجية الجزائري → وزارة الخارجية
   * الجزائرية): it replaces the text at [nameS, nameE), and its alias is marked outside.
   */
  readonly impliedName?: string;
  readonly foundBy: FoundBy;
  /** Higher is surer; candidates under THRESHOLD are dropped unless asked for. */
  readonly score: number;
  /** Why it scored as it did, for the maintainer. */
  readonly reasons: readonly string[];
  /** Folded spans of role titles, persons only. */
  readonly titles: readonly TitleSpan[];
  readonly kind?: OrganizationKindGuess;
  readonly country?: string;
  /** Folded span of the last name unit, for a person's short alias. */
  readonly lastUnit?: readonly [number, number];
}

/** Minimum score of a proposal. */
export const THRESHOLD = 3;
