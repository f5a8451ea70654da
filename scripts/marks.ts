/**
 * npm run marks -- <file or folder> …
 * Prints what Siyaq marks in text files (a paragraph a line, one page per file; a folder: its
 * .txt files) as JSON lines: file, line, start, end, text, entity ids, whether ambiguous (and
 * dual), and the rule that kept it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildBundle } from '../utils/seeds/read-seeds';
import { marksOfPages, type TextPage } from './lib/marks';

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error('usage: npm run marks -- <file.txt or folder> …');
  process.exit(2);
}

function* pagesOf(path: string): Generator<TextPage> {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).filter((n) => n.endsWith('.txt')).sort()) yield* pagesOf(join(path, name));
    return;
  }
  yield { name: path, lines: readFileSync(path, 'utf8').replace(/\r\n?/g, '\n').split('\n') };
}

const { index } = buildBundle(process.cwd());
for (const mark of marksOfPages(index, paths.flatMap((p) => [...pagesOf(p)]))) console.log(JSON.stringify(mark));
