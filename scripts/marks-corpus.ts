/**
 * npm run marks:corpus -- <corpus folder>
 * Measures Siyaq on real prose: JSONL files of paragraphs, one per line, `id` = <article>#t or
 * #p<n>, `site` = the outlet's site (the layout of the real-world corpus kept outside this
 * repository; see README). Each article is read as one page of its site (sites.ts siteCountry),
 * its title and paragraphs as blocks, and it prints:
 * - marks that name a Libyan entity, per 1,000 paragraphs, in the files about other countries
 *   (every file whose name does not contain "libya");
 * - the same in the second story of stacked pages: each article of the file whose name contains
 *   "ambiguous" read after an article about Libya, as a page with infinite scroll shows them;
 * - in the articles about Libya (the file whose name contains "libya"), the share of the generic
 *   names مجلس النواب, المجلس الرئاسي and حكومة الوفاق that are marked as the Libyan body, of all
 *   of them and of those that name Libya's (scripts/real-prose/other-countries-bodies.json lists
 *   the others, reviewed by reading);
 * - the names behind the false marks, commonest first.
 */
import { join } from 'node:path';
import { Matcher } from '../utils/match/matcher';
import { fold } from '../utils/arabic/fold';
import { buildBundle } from '../utils/seeds/read-seeds';
import { siteCountry } from '../utils/sites';
import { corpusFiles, corpusPages, marksOfPages, type CorpusPage, type Mark, type TextPage } from './lib/marks';
import review from './real-prose/other-countries-bodies.json';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: npm run marks:corpus -- <folder of .jsonl files>');
  process.exit(2);
}

/** The generic names whose recall on the Libya articles is measured, with their entities. */
const KEPT_NAMES: Readonly<Record<string, string>> = {
  'مجلس النواب': 'house-of-representatives',
  'المجلس الرئاسي': 'presidential-council',
  'حكومة الوفاق': 'government-of-national-accord',
};

/** A corpus file's articles, each read as a page of its outlet's site. */
function articlesOf(file: string): CorpusPage[] {
  return corpusPages(join(folder!, file)).map((page) => ({ ...page, siteCountry: siteCountry(page.siteHost ?? '') }));
}

const { index } = buildBundle(process.cwd());
const libyan = new Set(index.entities.filter((e) => e.country === 'LY').map((e) => e.id));
const namesLibya = (mark: Mark) => mark.entities.some((id) => libyan.has(id));

const { libya: libyaFile, ambiguous: ambiguousFile, others: otherFiles } = corpusFiles(folder);

const perThousand = (count: number, lines: number) => (lines === 0 ? 0 : (1000 * count) / lines);
const share = (part: number, whole: number) => `${part} of ${whole} (${format(perThousand(part, whole) / 10)} %)`;
const format = (n: number) => n.toFixed(1);
const falseMarks = new Map<string, number>();
const noteFalse = (marks: readonly Mark[]) => {
  for (const mark of marks) falseMarks.set(mark.text, (falseMarks.get(mark.text) ?? 0) + 1);
};

console.log('Marks naming a Libyan entity in prose about other countries (per 1,000 paragraphs):');
let otherLines = 0;
let otherMarks = 0;
for (const file of otherFiles) {
  const pages = articlesOf(file);
  const lines = pages.reduce((n, p) => n + p.lines.length, 0);
  const marks = marksOfPages(index, pages).filter(namesLibya);
  noteFalse(marks);
  otherLines += lines;
  otherMarks += marks.length;
  console.log(`  ${file}: ${marks.length} marks in ${lines} paragraphs, ${format(perThousand(marks.length, lines))}`);
}
console.log(`  all: ${otherMarks} in ${otherLines}, ${format(perThousand(otherMarks, otherLines))} (target at most 3)`);

const libya = articlesOf(libyaFile);
if (ambiguousFile) {
  const second = articlesOf(ambiguousFile);
  let lines = 0;
  let marks = 0;
  second.forEach((story, i) => {
    const first = libya[i % libya.length]!;
    const page: TextPage = { name: `${first.name}+${story.name}`, lines: [...first.lines, ...story.lines], siteCountry: first.siteCountry };
    const found = marksOfPages(index, [page]).filter((m) => m.line > first.lines.length && namesLibya(m));
    noteFalse(found);
    lines += story.lines.length;
    marks += found.length;
  });
  console.log(`\nStacked pages (an article about Libya, then one of ${ambiguousFile}): ${marks} marks naming a Libyan entity in ${lines} paragraphs of the second stories, ${format(perThousand(marks, lines))} per 1,000 (target at most 50)`);
}

const matcher = new Matcher(index);
const libyaMarks = marksOfPages(index, libya);
const markedAt = new Set(libyaMarks.map((m) => `${m.file}:${m.line}:${m.start}:${m.entities.join('|')}`));
const otherBodies = new Set(review.entries.map((e) => `${e.id} ${e.name}`));
console.log(`\nGeneric names marked as the Libyan body in ${libyaFile} (${libya.length} articles): of all, and of those that name Libya's (${otherBodies.size} reviewed as another country's left out):`);
let all = { found: 0, kept: 0, libyan: 0, keptLibyan: 0 };
for (const [name, id] of Object.entries(KEPT_NAMES)) {
  const key = fold(name).text;
  const counts = { found: 0, kept: 0, libyan: 0, keptLibyan: 0 };
  for (const page of libya) {
    page.lines.forEach((line, k) => {
      const folded = fold(line);
      for (const candidate of matcher.scan(folded.text)) {
        if (!folded.text.slice(candidate.start, candidate.end).startsWith(key) || !candidate.aliases.some((a) => index.entities[a.entity]!.id === id)) continue;
        const start = folded.origin[candidate.start]!;
        const kept = markedAt.has(`${page.name}:${k + 1}:${start}:${id}`) ? 1 : 0;
        const libyan = otherBodies.has(`${page.ids[k]} ${name}`) ? 0 : 1;
        counts.found++;
        counts.kept += kept;
        counts.libyan += libyan;
        counts.keptLibyan += kept * libyan;
      }
    });
  }
  all = { found: all.found + counts.found, kept: all.kept + counts.kept, libyan: all.libyan + counts.libyan, keptLibyan: all.keptLibyan + counts.keptLibyan };
  console.log(`  ${name}: ${share(counts.kept, counts.found)} of all; ${share(counts.keptLibyan, counts.libyan)} of Libya's`);
}
console.log(`  all three: ${share(all.kept, all.found)} of all; ${share(all.keptLibyan, all.libyan)} of Libya's (target at least 95 %)`);

console.log('\nThe names behind the false marks, commonest first:');
for (const [text, count] of [...falseMarks].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${count} × ${text}`);
