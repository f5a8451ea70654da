// Installs npm dependencies when they are missing or older than package.json or package-lock.json,
// so that `npm start` and `npm test` work on a fresh clone, with exactly the locked versions.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
// npm writes the marker after package-lock.json, so an install it made itself does not count as newer.
const stale = !existsSync(marker) || ['package.json', 'package-lock.json'].some((file) => existsSync(file) && statSync(file).mtimeMs > statSync(marker).mtimeMs);
if (stale) {
  console.log('Installing npm dependencies…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
