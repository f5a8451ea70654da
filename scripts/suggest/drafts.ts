/**
 * Draft records: a proposal written as a record of seeds/entities/*.yaml, valid against the schema
 * where the article allows. Dates are never invented (when: basis not-stated); an organization's
 * kind is a guess from its head noun; a name a title implies is marked outside (no article writes it).
 */
import type { z } from 'zod';
import { fold } from '../../utils/arabic/fold';
import type { EntityRecord } from '../../utils/seeds/schema';
import type { Proposal } from './suggest';
import { slug } from './transliterate';

/** A record as written in seeds/entities/*.yaml: fields with defaults may be left out. */
export type DraftRecord = z.input<typeof EntityRecord>;

export function draftRecord(p: Proposal, articleId: string): DraftRecord {
  const aliases: DraftRecord['aliases'] = [{ text: p.name, kind: 'full', ...(p.implied ? { outside: true } : {}) }];
  if (p.shortAlias && fold(p.shortAlias).text !== fold(p.name).text) aliases.push({ text: p.shortAlias, kind: 'short' });
  const head = { id: slug(p.name), type: p.type, name: p.name, ...(p.country ? { country: p.country } : {}) };
  const evidence = [{ article: articleId, quote: p.occurrences[0]!.quote }];
  if (p.type === 'person') {
    const roles = p.roles.map((r) => ({
      title: r.title,
      ...(r.country ? { country: r.country } : {}),
      when: { basis: 'not-stated' as const },
      evidence: [{ article: articleId, quote: r.quote }],
    }));
    return roles.length > 0 ? { ...head, type: 'person', aliases, roles } : { ...head, type: 'person', aliases, evidence };
  }
  return { id: head.id, type: 'organization', kind: p.kind ?? 'other', name: p.name, ...(p.country ? { country: p.country } : {}), aliases, evidence };
}
