// npm test — every check, in order: types, seeds (check and diff), unit tests (Node), the builds (production
// and test, for Chromium and Firefox), what the manifests ask for, web-ext lint of the Firefox build,
// end-to-end tests (Chromium and Firefox). Ends with one line "tests: N passed, N failed" over the test projects.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Vitest's JSON reports, read only to count tests; removed at the end.
const results = mkdtempSync(join(tmpdir(), 'siyaq-tests-'));
let passed = 0;
let failed = 0;

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return status === 0;
}

function vitest(project) {
  const out = join(results, `${project}.json`);
  const ok = run(`${project} tests`, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  } catch {
    failed += 1; // the runner itself failed before reporting
  }
  return ok;
}

const steps = [
  () => run('install dependencies if needed', 'node', ['scripts/ensure-deps.mjs']),
  () => run('type check', 'npx', ['tsc', '--noEmit']),
  () => run('seeds:check', 'npx', ['tsx', 'scripts/seeds-check.ts']),
  // What the seeds in this tree change against the last commit: the bundle, and the marks on the seed articles.
  () => run('seeds:diff', 'npx', ['tsx', 'scripts/seeds-diff.ts']),
  () => vitest('unit'),
  () => run('build for Chromium', 'npx', ['wxt', 'build']),
  () => run('build for Firefox', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']),
  // The same code with 127.0.0.1 and localhost in the manifest, for the end-to-end tests.
  () => run('test build for Chromium', 'npx', ['wxt', 'build', '--mode', 'test']),
  () => run('test build for Firefox', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3', '--mode', 'test']),
  () => vitest('build'),
  // Mozilla's add-on checks, offline: no errors allowed (README says why the warnings that stay do).
  () => run('web-ext lint (Firefox)', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3']),
  () => vitest('e2e'),
];

let ok = true;
for (const step of steps) {
  if (!step()) {
    ok = false;
    if (failed === 0) failed = 1; // a failed step before any test counts as a failure
    break;
  }
}
rmSync(results, { recursive: true, force: true });
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
