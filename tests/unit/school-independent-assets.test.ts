/**
 * The JavaScript and CSS are the same for every school: two schools' builds (one with SITE_URL)
 * have the same assets/ file for file and byte for byte, and no school fact is compiled in; the
 * school travels with the pages (#site, src/site/page-site.ts). The school kit (kit/) relies on it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSchool } from '../../scripts/content-plugin';

const root = join(import.meta.dirname, '..', '..');
const dirs = { generic: mkdtempSync(join(tmpdir(), 'xueji-a-')), cqwu: mkdtempSync(join(tmpdir(), 'xueji-b-')) };
const siteUrl = 'https://jwc.example.edu.cn/xuexin';

const files = (dir: string, sub: string): string[] =>
  readdirSync(join(dir, sub), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

beforeAll(() => {
  const build = (school: string, env: Record<string, string> = {}) =>
    execFileSync('node', ['scripts/build.mjs', '--quiet'], {
      cwd: root,
      env: { ...process.env, SCHOOL: school, OUT_DIR: dirs[school as keyof typeof dirs], ...env },
      stdio: 'pipe',
    });
  build('generic');
  build('cqwu', { SITE_URL: siteUrl });
}, 180_000);
afterAll(() => Object.values(dirs).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('school-independent assets', () => {
  it('two schools build the same assets/, icons/ and favicon, byte for byte', () => {
    for (const sub of ['assets', 'icons']) {
      const a = files(dirs.generic, sub);
      expect(a.length).toBeGreaterThan(sub === 'assets' ? 5 : 1);
      expect(files(dirs.cqwu, sub), `${sub}/ file names`).toEqual(a);
      for (const f of a) expect(readFileSync(join(dirs.cqwu, f)).equals(readFileSync(join(dirs.generic, f))), f).toBe(true);
    }
    expect(readFileSync(join(dirs.cqwu, 'favicon.svg')).equals(readFileSync(join(dirs.generic, 'favicon.svg')))).toBe(true);
  });

  it('no school fact and no SITE_URL is compiled into the scripts', () => {
    const cqwu = readSchool('cqwu');
    const js = files(dirs.cqwu, 'assets')
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(dirs.cqwu, f), 'utf8'))
      .join('\n');
    // (the school's name and notice are in the table of source notices, the same for every school)
    for (const fact of [cqwu.offices.forfeit!.room!, siteUrl]) expect(js).not.toContain(fact);
  });

  it('each page that runs the app carries the school and SITE_URL instead', () => {
    const page = readFileSync(join(dirs.cqwu, 'forfeited-admission/index.html'), 'utf8');
    const json = /<script type="application\/json" id="site">(.*?)<\/script>/.exec(page)?.[1];
    expect(json, 'the page carries #site').toBeTruthy();
    expect(JSON.parse(json!)).toEqual({ school: readSchool('cqwu'), siteUrl });
  });
});
