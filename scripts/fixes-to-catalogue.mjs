// One-off conversion (issue 15): content/fixes.json → content/catalogue/steps/<step-id>.json.
// For each step of fixes.json it writes `sources` and `methods` into the step's catalogue file,
// keeping whatever else the file already holds (helpers, drawings) and creating it if missing.
// Re-runnable: restore a fixes.json (e.g. one edited on another branch), run
// `node scripts/fixes-to-catalogue.mjs [path/to/fixes.json]`, then delete fixes.json again.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const from = resolve(process.argv[2] ?? join(root, 'content/fixes.json'));
const dir = join(root, 'content/catalogue/steps');
mkdirSync(dir, { recursive: true });

const fixes = JSON.parse(readFileSync(from, 'utf8'));
for (const [step, { sources, methods, ...rest }] of Object.entries(fixes)) {
  if (Object.keys(rest).length) throw new Error(`${from}: ${step} has fields the catalogue does not know: ${Object.keys(rest).join(', ')}`);
  const file = join(dir, `${step}.json`);
  const old = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  // field order: sources, methods, then what only the catalogue holds
  const entry = { sources, methods, ...Object.fromEntries(Object.entries(old).filter(([k]) => k !== 'sources' && k !== 'methods')) };
  writeFileSync(file, `${JSON.stringify(entry, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(fixes).length} files into ${dir}`);
