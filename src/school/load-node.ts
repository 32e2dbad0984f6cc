/**
 * Reads and validates content/schools/<id>.json in Node (vite.config, scripts, tests).
 * Kept apart from ./validate so node:fs never reaches the browser bundle.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { School } from './schema';
import { schoolFileLabel, validateSchool } from './validate';

/** content/schools, found from this file (or, where a test environment rewrites module URLs, the project folder). */
export const defaultSchoolsDir = import.meta.url.startsWith('file:')
  ? join(dirname(fileURLToPath(import.meta.url)), '../../content/schools')
  : resolve(process.cwd(), 'content/schools');

/** The ids of the school files in a folder (file names without `.json`), sorted. */
export function listSchoolIds(dir: string = defaultSchoolsDir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** Load one school's facts; every failure is an Error naming the file and what to do. */
export function loadSchoolFile(id: string, dir: string = defaultSchoolsDir): School {
  const path = join(dir, `${id}.json`);
  const label = resolve(dir) === resolve(defaultSchoolsDir) ? schoolFileLabel(id) : relative(process.cwd(), path) || path;
  const available = listSchoolIds(dir);
  if (!/^[a-z0-9-]+$/.test(id) || !existsSync(path)) {
    const list = available.length > 0 ? available.join(', ') : '(none)';
    throw new Error(
      `${label}: not found — SCHOOL must be the name of a file in ${schoolsDirLabel(dir)} without ".json"; available: ${list}`,
    );
  }
  const text = readFileSync(path, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new Error(
      `${label}: ${jsonErrorAt(text, err)} — not valid JSON (${(err as Error).message}); check for a missing comma or quote, or a comma after the last item`,
    );
  }
  return validateSchool(data, label);
}

const schoolsDirLabel = (dir: string): string =>
  resolve(dir) === resolve(defaultSchoolsDir) ? 'content/schools/' : `${relative(process.cwd(), dir) || dir}/`;

/** "line 12, column 5" from the parser's "position N", when it gives one. */
export function jsonErrorAt(text: string, err: unknown): string {
  const match = /position (\d+)/.exec(String((err as Error)?.message));
  if (!match) return '(whole file)';
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}
