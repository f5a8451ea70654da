/**
 * The concordance is computed at build time by the page's own pipeline: on each seed article it
 * must find exactly the names the end-to-end test sees marked on that article served as a page
 * (the reviewed list in tests/fixtures/seed-page-marks.json), and leave out the site furniture.
 */
import { describe, expect, it } from 'vitest';
import { articleMentions } from '../../utils/seeds/concordance';
import { buildBundle } from '../../utils/seeds/read-seeds';
import reviewedMarks from '../fixtures/seed-page-marks.json';

const bundle = buildBundle(process.cwd());
const kindOf = (ids: readonly string[]) => (ids.length > 1 ? 'ambiguous' : bundle.entities.find((e) => e.id === ids[0])!.type);

describe('concordance', () => {
  it.each(Object.entries(reviewedMarks))('marks on article %s exactly what the page marks', (id, expected) => {
    const article = bundle.articles.find((a) => a.id === id)!;
    const found = articleMentions(bundle.index, article).map((m) => `${kindOf(m.entities)}: ${article.text.slice(m.start, m.end)}`);
    expect(found).toEqual(expected);
  });

  it('keeps each mention’s paragraph and leaves out lines of site furniture', () => {
    expect(bundle.mentions.length).toBeGreaterThan(50);
    for (const m of bundle.mentions) {
      const article = bundle.articles.find((a) => a.id === m.article)!;
      const line = article.text.split('\n')[m.paragraph]!;
      expect(line).toContain(article.text.slice(m.start, m.end));
      expect(article.furniture.map((f) => f.trim())).not.toContain(line.trim());
    }
    // 000's pull-quote repeats «المقرعن» and «عبد الله الدرسي» from its body: only the body's count.
    const all = articleMentions(bundle.index, bundle.articles[0]!);
    const kept = bundle.mentions.filter((m) => m.article === bundle.articles[0]!.id);
    expect(kept.length).toBeLessThan(all.length);
  });

  it('lists the candidates of a shared name that the article’s countries leave', () => {
    const shared = bundle.mentions.filter((m) => m.entities.length > 1 && m.article === '000_6e08de1c6a9042cb');
    expect(shared.length).toBeGreaterThan(0);
    for (const m of shared) expect(m.entities.every((id) => bundle.entities.find((e) => e.id === id)!.country === 'LY')).toBe(true);
  });
});
