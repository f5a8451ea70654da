/**
 * Build-time only (Node): reads seeds/ from disk, validates and compiles it, and stamps the
 * bundle with a content hash. Used by the build (scripts/seed-bundle-plugin.ts), seeds:check and the tests.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { Bundle } from './bundle';
import { compileBundle } from './compile';
import { validateSeeds, type SeedFile, type SeedInput, type ValidationResult } from './validate';

export function readSeedInput(projectRoot: string): SeedInput {
  const seedsDir = join(projectRoot, 'seeds');
  const articleTexts = new Map<string, string>();
  for (const name of readdirSync(join(seedsDir, 'articles')).sort()) {
    if (name.endsWith('.txt')) articleTexts.set(name.slice(0, -4), readFileSync(join(seedsDir, 'articles', name), 'utf8'));
  }
  const readYaml = (path: string) => readSeedFile(projectRoot, path);
  const entityDir = join(seedsDir, 'entities');
  const entityFiles = readdirSync(entityDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => readYaml(join(entityDir, name)));
  return { articlesFile: readYaml(join(seedsDir, 'articles.yaml')), articleTexts, entityFiles };
}

/** A YAML file of seeds/, parsed, with its path relative to the project. */
export function readSeedFile(projectRoot: string, path: string): SeedFile {
  const rel = relative(projectRoot, path).split('\\').join('/');
  try {
    return { path: rel, data: parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    return { path: rel, data: undefined, parseError: (error as Error).message.split('\n')[0] };
  }
}

/** The drafts waiting for review in seeds/drafts/ (none when the folder is missing). */
export function readDraftFiles(projectRoot: string): SeedFile[] {
  const dir = join(projectRoot, 'seeds', 'drafts');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => readSeedFile(projectRoot, join(dir, name)));
}

export function checkSeeds(projectRoot: string): ValidationResult {
  return validateSeeds(readSeedInput(projectRoot));
}

/** Validates and compiles seeds/; throws with every problem listed when the seeds are invalid. */
export function buildBundle(projectRoot: string): Bundle {
  const result = checkSeeds(projectRoot);
  if (!result.ok) {
    throw new Error(`seeds/ has ${result.problems.length} problem(s); run npm run seeds:check\n` + result.problems.map(formatProblem).join('\n'));
  }
  return versionBundle(compileBundle(result.seeds));
}

export function versionBundle(content: ReturnType<typeof compileBundle>): Bundle {
  const version = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
  return { ...content, version, index: { ...content.index, version } };
}

export function formatProblem(p: { file: string; record: string; field: string; message: string; fix: string }): string {
  return `${p.file} › ${p.record} › ${p.field}: ${p.message}\n    fix: ${p.fix}`;
}
