/**
 * Checks a school's facts (content/schools/<id>.json) against the schema, plus the rules the schema
 * alone cannot express, and explains every problem in one block a non-programmer can act on:
 *
 *   content/schools/cqwu.json: methods.duplicate-id.0.procedure — "dup-recod-info" is not allowed; use one of: …
 *
 * Browser-safe (no node:fs): the file is read by ./load-node in vite.config and scripts. The
 * explainers (`explainIssues`, `formatProblems`) serve the step catalogue too (src/catalogue/validate.ts).
 */
import type { z } from 'zod';
import { schoolSchema, type School } from './schema';
import { steps, type StepDef } from '../flow/steps';
import type { GuardName } from '../flow/guards';

type Path = ReadonlyArray<PropertyKey>;
export interface Problem {
  readonly path: Path;
  readonly text: string;
}

/** `content/schools/<id>.json` for a bare id or file name; a path containing a slash is kept as given. */
export function schoolFileLabel(file: string): string {
  if (file.includes('/') || file.includes('\\')) return file;
  return `content/schools/${file.endsWith('.json') ? file : `${file}.json`}`;
}

/** The file's base name without `.json`: what the `id` field must say. */
export function schoolFileId(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.json$/i, '');
}

/** Validate parsed JSON as a school's facts; throws one readable Error listing every problem. */
export function validateSchool(data: unknown, file: string): School {
  const result = schoolSchema.safeParse(data);
  const problems = [...(result.success ? [] : explainIssues(schoolSchema, result.error.issues, data)), ...extraChecks(data, file)];
  if (problems.length > 0 || !result.success) throw new Error(formatProblems(schoolFileLabel(file), problems));
  return result.data;
}

/** One line per field, problems on the same field joined (a bad date is both "not YYYY-MM-DD" and "not a real date"). */
export function formatProblems(label: string, problems: ReadonlyArray<Problem>): string {
  const byField = new Map<string, string[]>();
  for (const p of problems) {
    const field = formatPath(p.path);
    const texts = byField.get(field) ?? [];
    if (!texts.includes(p.text)) texts.push(p.text);
    byField.set(field, texts);
  }
  if (byField.size === 0) byField.set('(whole file)', ['does not match the expected shape']);
  return [...byField].map(([field, texts]) => `${label}: ${field} — ${texts.join('; ')}`).join('\n');
}

const formatPath = (path: Path): string => (path.length === 0 ? '(whole file)' : path.map(String).join('.'));

// ── Schema issues in plain words ───────────────────────────────────────────

/** A schema's issues as one problem per field, in words a non-programmer can act on (any zod schema). */
export function explainIssues(schema: z.ZodType, issues: ReadonlyArray<z.core.$ZodIssue>, data: unknown): Problem[] {
  const root = (schema as unknown as { def: Def }).def;
  return issues.flatMap((i) => describeIssue(i, data, root));
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown, root: Def): Problem[] {
  const { path } = issue;
  const keysAt = (p: Path) => keysAtIn(root, p);
  const nullableAt = (p: Path) => nullableAtIn(root, p);
  const expectedAt = (p: Path) => expectedAtIn(root, p);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = keysAt(path);
      return issue.keys.map((key) => {
        const guess = closest(key, allowed);
        const hint = guess ? `did you mean "${guess}"? ` : '';
        return { path: [...path, key], text: `unknown field (check the spelling); ${hint}allowed here: ${allowed.join(', ')}` };
      });
    }
    case 'invalid_value': {
      const got = valueAt(data, path);
      const values = issue.values.map((v) => String(v));
      const guess = typeof got === 'string' ? closest(got, values) : undefined;
      const hint = guess ? ` (did you mean "${guess}"?)` : '';
      return [{ path, text: `${show(got)} is not allowed${hint}; use one of: ${values.join(', ')}` }];
    }
    case 'invalid_type': {
      const present = has(data, path);
      if (!present) return [{ path, text: `missing; add it: ${expectedAt(path)}` }];
      if (issue.expected === 'int') return [{ path, text: `expected a whole number, but found ${show(valueAt(data, path))}` }];
      return [{ path, text: `expected ${expectedAt(path)}, but found ${show(valueAt(data, path))}` }];
    }
    case 'too_small':
      if (issue.origin === 'array')
        return [{ path, text: `the list must have at least ${issue.minimum} entr${issue.minimum === 1 ? 'y' : 'ies'}` }];
      if (issue.origin === 'string')
        return [{ path, text: `must not be empty${nullableAt(path) ? ' (write null if the notice does not say)' : ''}` }];
      return [{ path, text: `must be a whole number above 0${nullableAt(path) ? ', or null if the notice does not say' : ''}` }];
    case 'invalid_format':
    case 'custom':
      return [{ path, text: `expected ${issue.message}, but found ${show(valueAt(data, path))}` }];
    default:
      return [{ path, text: issue.message }];
  }
}

/** Walk the schema along a data path (zod 4 `def`s): objects, arrays, records, nullable and default wrappers. */
interface Def {
  readonly type: string;
  readonly shape?: Record<string, { def: Def }>;
  readonly element?: { def: Def };
  readonly valueType?: { def: Def };
  readonly innerType?: { def: Def };
  readonly entries?: Record<string, unknown>;
}
const unwrap = (def: Def): Def =>
  def.type === 'nullable' || def.type === 'default' || def.type === 'optional' ? unwrap(def.innerType!.def) : def;

function defAt(root: Def, path: Path): Def | undefined {
  let def: Def | undefined = root;
  for (const key of path) {
    if (!def) return undefined;
    const d: Def = unwrap(def);
    if (d.type === 'object') def = d.shape?.[String(key)]?.def;
    else if (d.type === 'array') def = d.element?.def;
    else if (d.type === 'record') def = d.valueType?.def;
    else return undefined;
  }
  return def;
}

const keysAtIn = (root: Def, path: Path): string[] => {
  const def = defAt(root, path);
  return def && unwrap(def).type === 'object' ? Object.keys(unwrap(def).shape ?? {}) : [];
};

const nullableAtIn = (root: Def, path: Path): boolean => {
  let def = defAt(root, path);
  while (def && (def.type === 'default' || def.type === 'optional' || def.type === 'nullable')) {
    if (def.type === 'nullable') return true;
    def = def.innerType?.def;
  }
  return false;
};

function describeDef(def: Def | undefined): string {
  if (!def) return 'a value';
  const d = unwrap(def);
  switch (d.type) {
    case 'string':
      return 'text in "quotes"';
    case 'boolean':
      return 'true or false (no quotes)';
    case 'number':
      return 'a number (no quotes)';
    case 'enum':
      return `one of: ${Object.keys(d.entries ?? {}).join(', ')}`;
    case 'array':
      return `a list [ … ] of ${describeDef(d.element?.def)}`;
    case 'record':
      return 'a { … } block (use {} for none)';
    case 'object':
      return `a { … } block with: ${Object.keys(d.shape ?? {}).join(', ')}`;
    default:
      return 'a value';
  }
}

const expectedAtIn = (root: Def, path: Path): string =>
  `${describeDef(defAt(root, path))}${nullableAtIn(root, path) ? ', or null if the notice does not say' : ''}`;

// ── Checks the schema cannot express ───────────────────────────────────────

const fixStepIds = Object.entries(steps as Record<string, StepDef>)
  .filter(([, def]) => def.kind === 'fix')
  .map(([id]) => id);

function extraChecks(data: unknown, file: string): Problem[] {
  if (!isObject(data)) return []; // the schema already says what the whole file should be
  const problems: Problem[] = [];
  const expectedId = schoolFileId(file);
  if (typeof data.id === 'string' && data.id !== expectedId) {
    problems.push({
      path: ['id'],
      text: `must be "${expectedId}", the same as the file name (found "${data.id}"); rename the file or change the id`,
    });
  }

  const window = data.window;
  if (isObject(window) && isIsoDate(window.start) && isIsoDate(window.end) && window.start > window.end) {
    problems.push({ path: ['window', 'end'], text: `the end (${window.end}) is before the start (${window.start})` });
  }

  const rules = isObject(data.rules) ? data.rules : {};
  if (isObject(data.methods)) {
    for (const [key, list] of Object.entries(data.methods)) problems.push(...checkMethodsKey(key, list, rules));
  }
  if (data.localSystem !== null && data.localSystem !== undefined && rules.hasLocalSystem === false) {
    problems.push({ path: ['rules', 'hasLocalSystem'], text: 'must be true when localSystem is filled in (or set localSystem to null)' });
  }
  if (Array.isArray(data.pendingUploadCohorts) && data.pendingUploadCohorts.length > 0 && rules.uploadPending === false) {
    problems.push({ path: ['rules', 'uploadPending'], text: 'must be true when pendingUploadCohorts lists a cohort (or empty the list)' });
  }
  return problems;
}

function checkMethodsKey(key: string, list: unknown, rules: Record<string, unknown>): Problem[] {
  const path = ['methods', key];
  const def = (steps as Record<string, StepDef>)[key];
  if (!Object.prototype.hasOwnProperty.call(steps, key) || !def) {
    const guess = closest(key, fixStepIds);
    const hint = guess ? `did you mean "${guess}"? ` : '';
    return [{ path, text: `"${key}" is not a step of the wizard; ${hint}methods can be set for these steps: ${fixStepIds.join(', ')}` }];
  }
  if (def.kind !== 'fix') {
    return [{ path, text: `"${key}" is a ${def.kind} step, not a fix step; methods can be set for these steps: ${fixStepIds.join(', ')}` }];
  }
  const problems: Problem[] = [];
  const guard: GuardName | undefined = def.requires;
  if (guard && rules[guard] === false) {
    problems.push({
      path,
      text: `this step is never shown for this school because rules.${guard} is false; remove this entry or set rules.${guard} to true`,
    });
  }
  if (Array.isArray(list)) {
    const seen = new Set<unknown>();
    list.forEach((m, i) => {
      const procedure = isObject(m) ? m.procedure : undefined;
      if (typeof procedure !== 'string') return;
      if (seen.has(procedure)) problems.push({ path: [...path, i, 'procedure'], text: `"${procedure}" is listed twice for this step` });
      seen.add(procedure);
      if (isObject(m) && m.recommended === true && m.discouraged === true) {
        problems.push({ path: [...path, i], text: 'a method cannot be both recommended and discouraged' });
      }
    });
  }
  return problems;
}

// ── Small helpers ──────────────────────────────────────────────────────────

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A real calendar date written YYYY-MM-DD (the schema reports the others). */
const isIsoDate = (v: unknown): v is string =>
  typeof v === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(v) &&
  !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
  new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

function valueAt(data: unknown, path: Path): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function has(data: unknown, path: Path): boolean {
  if (path.length === 0) return data !== undefined;
  const parent = valueAt(data, path.slice(0, -1));
  return typeof parent === 'object' && parent !== null && Object.prototype.hasOwnProperty.call(parent, path[path.length - 1]);
}

function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list [ … ]';
  if (typeof v === 'object') return 'a { … } block';
  if (typeof v === 'string') return `"${v.length > 60 ? `${v.slice(0, 57)}…` : v}"`;
  return String(v);
}

/** The allowed word closest to a misspelling, if it is close enough to be a likely typo. */
export function closest(word: string, candidates: ReadonlyArray<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 4)) ? best : undefined;
}

/** Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
