/**
 * A maintainer's whole round, on a temporary copy of the project (the repository's own seeds/ are
 * never touched): add an article written for this test, see that its draft is not accepted before
 * review, review and accept it, read in seeds:diff what it changes, rebuild, and find the new
 * person marked in Chromium with a card that cites the new article.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText, hoverName, launchWithExtension, waitForCardFadedIn, waitForScan, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startDemoServer, type DemoServer } from '../../scripts/lib/demo-site';

const root = process.cwd();
const shots = join(root, 'test-results');

/** Written for this test: a minister no seed article names, and his ministry named only through his title. */
const ARTICLE = [
  'وزير الصحة الليبي يتفقد مستشفى سبها المركزي',
  '',
  'سبها - تفقد وزير الصحة الليبي الدكتور رمزي الكوافي، اليوم الأحد، أقسام مستشفى سبها المركزي، واطلع على نقص الأدوية في الجنوب.',
  '',
  'وقال الكوافي إن شحنة من المعدات الطبية ستصل إلى المستشفى خلال الأسابيع المقبلة، وإن العمل جار على تدريب الكوادر.',
  '',
].join('\n');
const HEADLINE = 'وزير الصحة الليبي يتفقد مستشفى سبها المركزي';

let copy: string;
let server: DemoServer | undefined;
let browser: ExtensionBrowser | undefined;
const seedsBefore = snapshot(join(root, 'seeds'));

/** Every file under a folder with its content, to prove the repository's seeds/ unchanged. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(path, readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

/** Runs a project script in the copy; returns its exit code and output. */
function run(script: string, ...args: string[]): { status: number; out: string } {
  const result = spawnSync('npx', ['tsx', `scripts/${script}.ts`, ...args], { cwd: copy, encoding: 'utf8' });
  return { status: result.status ?? -1, out: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'siyaq-maintainer-'));
  // The project as git sees it (tracked and new files, not what .gitignore leaves out), and its dependencies.
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  for (const file of listed.stdout.split('\0').filter((f) => f && existsSync(join(root, f)))) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    copyFileSync(join(root, file), join(copy, file));
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  writeFileSync(join(copy, 'new-article.txt'), ARTICLE);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('a maintainer adds an article and ships its new entity', () => {
  let articleId: string;
  let draft: string;

  it('seeds:add copies the article, writes its metadata and drafts the new person', () => {
    const added = run('seeds-add', 'new-article.txt', '--outlet', 'صحيفة الاختبار', '--published', '2026-11-29');
    expect(added.status, added.out).toBe(0);
    articleId = readdirSync(join(copy, 'seeds', 'articles')).find((f) => f.startsWith('005_'))!.replace(/\.txt$/, '');
    expect(readFileSync(join(copy, 'seeds', 'articles', `${articleId}.txt`), 'utf8')).toBe(ARTICLE);
    const meta = readFileSync(join(copy, 'seeds', 'articles.yaml'), 'utf8');
    expect(meta).toContain(`id: ${articleId}`);
    expect(meta).toContain('given on the command line');
    const drafts = readdirSync(join(copy, 'seeds', 'drafts')).filter((f) => f.endsWith('.yaml'));
    draft = join(copy, 'seeds', 'drafts', drafts.find((f) => readFileSync(join(copy, 'seeds', 'drafts', f), 'utf8').includes('رمزي الكوافي'))!);
    const text = readFileSync(draft, 'utf8');
    expect(text).toContain('title: وزير الصحة الليبي');
    expect(text).toContain('basis: not-stated');
    expect(text).toContain('review:');
  });

  it('seeds:check says what the draft lacks, and seeds:accept refuses it before review', () => {
    const check = run('seeds-check');
    expect(check.status, check.out).toBe(0);
    expect(check.out).toContain('line(s) of review left');
    const refused = run('seeds-accept', draft);
    expect(refused.status).toBe(1);
    expect(refused.out).toContain('not accepted');
    expect(existsSync(draft)).toBe(true);
  });

  it('seeds:accept takes the reviewed draft into seeds/entities/', () => {
    // The maintainer's review: the id spelt as the name is, each item checked and its line removed.
    const reviewed = readFileSync(draft, 'utf8').replace(/^id: .*$/m, 'id: ramzi-al-kawafi').replace(/^review:\n(?: {2}- .*\n)+/m, '');
    writeFileSync(draft, reviewed);
    const accepted = run('seeds-accept', draft);
    expect(accepted.status, accepted.out).toBe(0);
    expect(existsSync(draft)).toBe(false);
    const record = readFileSync(join(copy, 'seeds', 'entities', 'ramzi-al-kawafi.yaml'), 'utf8');
    expect(record).not.toContain('review');
    expect(record).toContain(`article: ${articleId}`);
  });

  it('seeds:diff shows the new entity and the marks it adds', () => {
    const diff = run('seeds-diff', '--from', root);
    expect(diff.status, diff.out).toBe(0);
    expect(diff.out).toContain('+ ramzi-al-kawafi');
    expect(diff.out).toContain(`+ article ${articleId}`);
    expect(diff.out).toMatch(/gained:[^]*\d+ × «رمزي الكوافي» → ramzi-al-kawafi/);
  });

  it('after a rebuild, Chromium marks the new person with a card that cites the new article', async () => {
    const build = spawnSync('npx', ['wxt', 'build', '--mode', 'test'], { cwd: copy, encoding: 'utf8' });
    expect(build.status, `${build.stdout}${build.stderr}`).toBe(0);
    server = await startDemoServer(copy);
    browser = await launchWithExtension(copy);
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/article/${articleId}`);
    await waitForScan(page);
    await hoverName(page, 'رمزي الكوافي');
    await waitForCardFadedIn(page);
    const text = await cardText(page);
    expect(text).toContain('رمزي الكوافي');
    expect(text).toContain('وزير الصحة الليبي');
    expect(text).toContain('صحيفة الاختبار');
    // The card names each source by its outlet and date; its link carries the headline and leads to the new article.
    const source = page.locator('siyaq-card').locator('.source-link');
    expect(await source.getAttribute('title')).toBe(HEADLINE);
    expect(await source.getAttribute('href')).toContain(articleId);
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'new-article-card.png') });
  }, 240_000);

  it('left the repository\'s own seeds/ as they were', () => {
    expect(snapshot(join(root, 'seeds'))).toEqual(seedsBefore);
  });
});
