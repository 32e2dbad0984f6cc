// npm run build:kit → dist-kit/: the school kit, a page where a 教务处 teacher fills in the school's
// facts and downloads a ready-to-upload site, made in the browser (docs/decisions/009-school-kit.md).
//   dist-kit/index.html, assets/   the kit page and its scripts
//   dist-kit/site/                 the generic site: its assets/ and icons/ are every school's
//   dist-kit/kit-data.json         what prerendering takes from the build, the shared files, the shipped
//                                  schools, and scripts/sw-source.js (the site's sw.js before its version)
//   dist-kit/kit-sw.js             the kit's offline copy
// The site files come from the same build as `npm run build`, so the kit's zip equals it.
import { build } from 'vite';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { generateSW } from 'workbox-build';

process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.KIT_DIR || 'dist-kit');
const siteDir = join(outDir, 'site');
const inputsFile = join(outDir, '.site-inputs.json');
const quiet = process.argv.includes('--quiet');

await build({
  root: join(root, 'kit'),
  configFile: join(root, 'vite.config.ts'),
  publicDir: false,
  logLevel: quiet ? 'warn' : 'info',
  build: { outDir, emptyOutDir: true },
});

const site = spawnSync('node', ['scripts/build.mjs', ...(quiet ? ['--quiet'] : [])], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SCHOOL: 'generic', SITE_URL: '', OUT_DIR: siteDir, SITE_INPUTS: inputsFile },
});
if (site.status !== 0) process.exit(site.status ?? 1);

const walk = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
// what prerendering writes differs per school; the rest (scripts, styles, icons) is every school's
const generated = (f) => f.endsWith('.html') || ['manifest.webmanifest', 'sitemap.xml', 'robots.txt', 'sw.js'].includes(f);
const shared = walk(siteDir)
  .filter((f) => !generated(f))
  .sort();
const schoolsDir = join(root, 'content/schools');
const schools = Object.fromEntries(
  readdirSync(schoolsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f.slice(0, -5), JSON.parse(readFileSync(join(schoolsDir, f), 'utf8').replace(/^\uFEFF/, ''))]),
);
const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
rmSync(inputsFile);
// the site's worker before its version and assets are filled in: the kit fills them for a school (scripts/precache.mjs)
const sw = readFileSync(join(root, 'scripts/sw-source.js'), 'utf8');
writeFileSync(join(outDir, 'kit-data.json'), JSON.stringify({ inputs, shared, schools, sw }));

// offline once opened: the kit page, its scripts, its data and the shared site files
const kitSw = await generateSW({
  globDirectory: outDir,
  globPatterns: ['index.html', 'assets/**', 'kit-data.json', ...shared.map((f) => `site/${f}`)],
  swDest: join(outDir, 'kit-sw.js'),
  mode: 'production',
  sourcemap: false,
  inlineWorkboxRuntime: true,
  skipWaiting: true,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  cacheId: 'xueji-kit',
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
});
console.log(
  `built the school kit into ${relative(root, outDir)}: ${shared.length} shared site files; offline copy ${kitSw.count} files, ${Math.round(kitSw.size / 1024)} KiB`,
);
