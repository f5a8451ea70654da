import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { SeedFile, SeedInput } from '../../utils/seeds/validate';

const root = join(import.meta.dirname, '..', '..');

/** The real articles and their metadata, with the entity records a test supplies. */
export function seedInput(entities: { path?: string; data: unknown }[]): SeedInput {
  const articleTexts = new Map<string, string>();
  for (const name of readdirSync(join(root, 'seeds', 'articles')).sort()) {
    articleTexts.set(name.replace(/\.txt$/, ''), readFileSync(join(root, 'seeds', 'articles', name), 'utf8'));
  }
  return {
    articlesFile: { path: 'seeds/articles.yaml', data: parse(readFileSync(join(root, 'seeds', 'articles.yaml'), 'utf8')) },
    articleTexts,
    entityFiles: entities.map((e): SeedFile => ({ path: e.path ?? `seeds/entities/${(e.data as { id: string }).id}.yaml`, data: e.data })),
  };
}

/** A record as parsed from YAML: untyped on purpose, tests break it in every way. */
export type RawRecord = { path?: string; data: any };

/** A minimal valid pair of records: a person who heads an organization. */
export function goodRecords(): RawRecord[] {
  return [
    {
      data: {
        id: 'fathi-bashagha',
        type: 'person',
        name: 'فتحي باشاغا',
        country: 'LY',
        aliases: [{ text: 'فتحي باشاغا', kind: 'full' }, { text: 'باشاغا', kind: 'short' }],
        roles: [
          {
            title: 'وزير الداخلية',
            organization: 'gna-interior-ministry',
            country: 'LY',
            when: { on: '2020-11', basis: 'article-address' },
            evidence: [{ article: '004_6bb8b83b75ee0431', quote: 'أجرى وزير الداخلية فتحي باشاغا زيارته المتتالية لعدد من الدول' }],
          },
        ],
      },
    },
    {
      data: {
        id: 'gna-interior-ministry',
        type: 'organization',
        kind: 'ministry',
        name: 'وزارة الداخلية',
        country: 'LY',
        aliases: [{ text: 'وزارة الداخلية الليبية', kind: 'full' }, { text: 'وزارة الداخلية', kind: 'short' }],
        evidence: [{ article: '004_6bb8b83b75ee0431', quote: 'تدريب الكوادر الأمنية بوزارة الداخلية الليبية' }],
      },
    },
  ];
}
