/**
 * The JavaScript and CSS are the same for every school: two schools' builds (one with SITE_URL and
 * a school file of its own, from SCHOOLS_DIR) have the same assets/ file for file and byte for
 * byte, and no school fact is compiled in; the school travels with the pages (#site,
 * src/site/page-site.ts). The school kit (kit/) relies on it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSchool } from '../../scripts/content-plugin';

const root = join(import.meta.dirname, '..', '..');
const dirs = { generic: mkdtempSync(join(tmpdir(), 'xueji-a-')), cqwu: mkdtempSync(join(tmpdir(), 'xueji-b-')) };
const schoolsDir = mkdtempSync(join(tmpdir(), 'xueji-schools-'));
const siteUrl = 'https://jwc.example.edu.cn/xuexin';
const builtOn = '2026-09-01';
// cqwu's file with a room no shipped file has (the shipped schools' facts are cited, attributed, by
// every build: they are in the scripts of every school alike)
const room = '试验楼 A-987 室';
const school = (() => {
  const data = readSchool('cqwu');
  return { ...data, offices: { ...data.offices, forfeit: { ...data.offices.forfeit!, room } } };
})();

const files = (dir: string, sub: string): string[] =>
  readdirSync(join(dir, sub), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

beforeAll(() => {
  const build = (school: string, env: Record<string, string> = {}) =>
    execFileSync('node', ['scripts/build.mjs', '--quiet'], {
      cwd: root,
      env: { ...process.env, SCHOOL: school, OUT_DIR: dirs[school as keyof typeof dirs], BUILD_DATE: builtOn, ...env },
      stdio: 'pipe',
    });
  build('generic');
  writeFileSync(join(schoolsDir, 'cqwu.json'), JSON.stringify(school));
  build('cqwu', { SITE_URL: siteUrl, SCHOOLS_DIR: schoolsDir });
}, 180_000);
afterAll(() => [...Object.values(dirs), schoolsDir].forEach((d) => rmSync(d, { recursive: true, force: true })));

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
    const js = files(dirs.cqwu, 'assets')
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(dirs.cqwu, f), 'utf8'))
      .join('\n');
    for (const fact of [room, siteUrl, builtOn]) expect(js.includes(fact), `${fact} in the scripts`).toBe(false);
  });

  it('each page that runs the app carries the school and SITE_URL instead', () => {
    const page = readFileSync(join(dirs.cqwu, 'forfeited-admission/index.html'), 'utf8');
    const json = /<script type="application\/json" id="site">(.*?)<\/script>/.exec(page)?.[1];
    expect(json, 'the page carries #site').toBeTruthy();
    expect(JSON.parse(json!)).toEqual({ school, siteUrl, builtOn });
    // and shows it (prerendered)
    expect(page).toContain(room);
  });
});
