// Browser tests: build the generic site into dist/ and each shipped school into .e2e/<school>/,
// then run every tests/e2e/*.spec.mjs with node's test runner against real Debian Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!process.env.E2E_SKIP_BUILD) {
  // `npm test` has just built dist/ (generic) for the unit tests: reuse it
  if (!process.env.E2E_REUSE_DIST || !existsSync(join(root, 'dist/index.html')))
    run('node', ['scripts/build.mjs', '--quiet'], { SCHOOL: 'generic', OUT_DIR: 'dist' });
  for (const f of readdirSync(join(root, 'content/schools')).filter((f) => f.endsWith('.json'))) {
    const school = f.slice(0, -5);
    if (school === 'generic') continue; // dist/ is the generic site
    run('node', ['scripts/build.mjs', '--quiet'], { SCHOOL: school, OUT_DIR: `.e2e/${school}` });
  }
}

const only = process.argv.slice(2);
const specs = (
  only.length
    ? only
    : readdirSync(join(root, 'tests/e2e'))
        .filter((f) => f.endsWith('.spec.mjs'))
        .map((f) => `tests/e2e/${f}`)
).sort();
// A test that fails halfway must not leave a browser or server holding the run open: each test
// gets 5 minutes, and the runner exits once the tests are done. The specs import step ids and
// languages from src/ (TypeScript): loader.mjs lets Node run those modules.
run('node', [
  '--import',
  './tests/e2e/loader.mjs',
  '--test',
  '--test-concurrency=1',
  '--test-timeout=300000',
  '--test-force-exit',
  ...specs,
]);
