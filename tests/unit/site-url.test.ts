/** SITE_URL at build: sitemap.xml, robots.txt, canonical and preview addresses; the school's name in the manifest. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const out = mkdtempSync(join(tmpdir(), 'xueji-site-'));
const site = 'https://jwc.example.edu.cn/xuexin';
const read = (p: string) => readFileSync(join(out, p), 'utf8');

beforeAll(() => {
  execFileSync('node', ['scripts/build.mjs', '--quiet'], {
    env: { ...process.env, SCHOOL: 'cqwu', SITE_URL: `${site}/`, OUT_DIR: out },
    stdio: 'pipe',
  });
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('a build with SITE_URL', () => {
  it('writes a sitemap of every page in every language, and robots.txt pointing at it', () => {
    const sitemap = read('sitemap.xml');
    expect(sitemap).toContain(`<loc>${site}/</loc>`);
    expect(sitemap).toContain(`<loc>${site}/duplicate-id/</loc>`);
    expect(sitemap).toContain(`<loc>${site}/en/forfeited-admission/</loc>`);
    expect(sitemap).toContain(`<loc>${site}/zh-hant/counselor/</loc>`);
    expect(read('robots.txt')).toContain(`Sitemap: ${site}/sitemap.xml`);
  });

  it('gives each page its canonical and preview address, and the 404 page a start link that works anywhere', () => {
    const page = read('duplicate-id/index.html');
    expect(page).toContain(`<link rel="canonical" href="${site}/duplicate-id/" />`);
    expect(page).toContain(`<meta property="og:url" content="${site}/duplicate-id/" />`);
    expect(page).toMatch(/<meta property="og:title" content="[^"]*重庆文理学院"/);
    expect(read('404.html')).toContain(`href="${site}/" data-to-start=""`);
  });

  it("puts the school's name in the home-screen manifest", () => {
    expect(JSON.parse(read('manifest.webmanifest')).name).toContain('重庆文理学院');
  });
});

describe('a build without SITE_URL', () => {
  it('has no sitemap or robots.txt and no absolute self-links', () => {
    const dist = join(process.cwd(), 'dist');
    if (!existsSync(join(dist, 'index.html')))
      execFileSync('node', ['scripts/build.mjs', '--quiet'], { env: { ...process.env, SCHOOL: 'generic' } });
    expect(existsSync(join(dist, 'sitemap.xml'))).toBe(false);
    expect(existsSync(join(dist, 'robots.txt'))).toBe(false);
    expect(readFileSync(join(dist, 'duplicate-id/index.html'), 'utf8')).not.toContain('rel="canonical"');
  });
});
