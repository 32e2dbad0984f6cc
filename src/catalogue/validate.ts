/**
 * Checks the step catalogue (content/catalogue/), content/notices.json and the words every entry
 * needs, and explains every problem in the school files' style, one line per key:
 *
 *   content/catalogue/steps/duplicate-id.json: methods.0.procedure — "dup-recod-info" is not allowed …
 *   content/locales/en/procedures.json: logout-exit.title — missing: …
 *
 * Pure (no node:fs): ./load-node reads the files; tests can hand it changed data.
 */
import { steps, type StepDef } from '../flow/steps';
import type { Lang } from '../i18n/languages';
import { closest, explainIssues, formatProblems, type Problem } from '../school/validate';
import { catalogueSchemas, noticesSchema, type Catalogue, type StepEntry } from './schema';

/** A file's parsed JSON (undefined when it could not be read) and how messages name it. */
export interface ContentFile {
  label: string;
  data: unknown;
}
/** The locale files the catalogue's entries need words in. */
export const wordFiles = ['procedures', 'steps', 'common', 'drawings'] as const;
type WordFile = (typeof wordFiles)[number];

export interface CatalogueFiles {
  notices: ContentFile;
  /** One file per step, keyed by its file name without `.json`. */
  steps: Record<string, ContentFile>;
  cards: ContentFile;
  words: Record<Lang, Record<WordFile, ContentFile>>;
  /** How messages name the file a step's entry should be in. */
  stepLabel: (id: string) => string;
  sourceLang: Lang;
}

const stepDefs = steps as Record<string, StepDef>;
const stepIds = Object.keys(stepDefs);
/** Steps that show sources and methods: each needs an entry. */
const needsEntry = (id: string) => stepDefs[id].kind !== 'question';

export function validateCatalogue(files: CatalogueFiles): Catalogue {
  const problems = new Map<string, Problem[]>();
  const add = (label: string, ...ps: Problem[]) => problems.set(label, [...(problems.get(label) ?? []), ...ps]);

  const notices = noticesSchema.safeParse(files.notices.data);
  if (!notices.success) add(files.notices.label, ...explainIssues(noticesSchema, notices.error.issues, files.notices.data));

  const source = files.words[files.sourceLang];
  const ids = {
    sources: keysOf(files.notices.data),
    procedures: keysOf(source.procedures.data),
    drawings: keysOf(source.drawings.data).filter((k) => k !== 'common'),
  };
  const schemas = catalogueSchemas(ids);

  const entries: Record<string, StepEntry> = {};
  for (const [id, file] of Object.entries(files.steps)) {
    if (file.data === undefined) continue; // not valid JSON: already reported
    if (!stepDefs[id] || !Object.prototype.hasOwnProperty.call(stepDefs, id)) {
      const guess = closest(id, stepIds);
      add(file.label, {
        path: [],
        text: `"${id}" is not a step of the wizard${guess ? ` (did you mean "${guess}"?)` : ''}; name the file after a step id of src/flow/steps.ts`,
      });
      continue;
    }
    const parsed = schemas.step.safeParse(file.data);
    if (!parsed.success) add(file.label, ...explainIssues(schemas.step, parsed.error.issues, file.data));
    else {
      add(file.label, ...entryChecks(parsed.data));
      entries[id] = parsed.data;
    }
  }
  for (const id of stepIds) {
    if (needsEntry(id) && !files.steps[id]) {
      add(files.stepLabel(id), {
        path: [],
        text: `missing: "${id}" is a ${stepDefs[id].kind} step, so it needs a catalogue entry (its sources and methods); copy another step's file and edit it`,
      });
    }
  }

  const cards = schemas.cards.safeParse(files.cards.data);
  if (!cards.success) add(files.cards.label, ...explainIssues(schemas.cards, cards.error.issues, files.cards.data));
  for (const key of keysOf(files.cards.data).filter((k) => !ids.procedures.includes(k)))
    add(files.cards.label, unknownProcedure(key, ids.procedures));

  for (const words of Object.values(files.words)) {
    for (const { file, ...problem } of wordChecks(words, ids)) add(words[file].label, problem);
  }

  const lines = [...problems].filter(([, ps]) => ps.length > 0).map(([label, ps]) => formatProblems(label, ps));
  if (lines.length > 0) throw new Error(lines.join('\n'));
  return { notices: notices.data as Catalogue['notices'], steps: entries, cards: (cards.data ?? {}) as Catalogue['cards'] };
}

/** What the schema cannot say about one entry. */
function entryChecks(entry: StepEntry): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  entry.methods.forEach((m, i) => {
    if (seen.has(m.procedure)) problems.push({ path: ['methods', i, 'procedure'], text: `"${m.procedure}" is listed twice for this step` });
    seen.add(m.procedure);
    for (const key of ['recommendedBy', 'discouragedBy'] as const) {
      const extra = (m[key] ?? []).filter((s) => !m.sources.includes(s));
      if (extra.length) problems.push({ path: ['methods', i, key], text: `${extra.join(', ')} must also be among this method's sources` });
    }
    const both = (m.recommendedBy ?? []).filter((s) => (m.discouragedBy ?? []).includes(s));
    if (both.length) problems.push({ path: ['methods', i], text: `${both.join(', ')} cannot both recommend and discourage the method` });
  });
  entry.drawings?.forEach((d, i) => {
    if (d.when && (d.when.oneOf === undefined) === (d.when.noneOf === undefined)) {
      problems.push({
        path: ['drawings', i, 'when'],
        text: 'give either "oneOf" (the values the fact may have) or "noneOf" (the values it must not have)',
      });
    }
  });
  return problems;
}

/** Every procedure and drawing has its words, and every answer of every step its label, in this language. */
function wordChecks(
  words: Record<WordFile, ContentFile>,
  ids: { procedures: string[]; drawings: string[] },
): Array<Problem & { file: WordFile }> {
  const out: Array<Problem & { file: WordFile }> = [];
  const at = (file: WordFile, ...path: string[]) => path.reduce<unknown>((v, k) => (isObject(v) ? v[k] : undefined), words[file].data);
  const text = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  for (const id of ids.procedures) {
    if (!text(at('procedures', id, 'title')))
      out.push({ file: 'procedures', path: [id, 'title'], text: 'missing: every procedure needs a title in every language' });
    const list = at('procedures', id, 'steps');
    if (!Array.isArray(list) || list.length === 0 || !list.every(text))
      out.push({
        file: 'procedures',
        path: [id, 'steps'],
        text: 'missing: every procedure needs its steps, a list [ … ] of text, in every language',
      });
  }
  for (const id of ids.drawings) {
    for (const k of ['alt', 'caption'])
      if (!text(at('drawings', id, k)))
        out.push({
          file: 'drawings',
          path: [id, k],
          text: `missing: every drawing needs its ${k === 'alt' ? 'text alternative' : 'caption'} in every language`,
        });
  }
  for (const [step, def] of Object.entries(stepDefs)) {
    for (const option of def.options) {
      if (text(at('steps', step, 'options', option.id)) || text(at('common', 'options', option.id))) continue;
      out.push({
        file: 'steps',
        path: [step, 'options', option.id],
        text: `missing: the answer "${option.id}" has no label (add it here, or under options.${option.id} in common.json)`,
      });
    }
  }
  return out;
}

function unknownProcedure(key: string, allowed: string[]): Problem {
  const guess = closest(key, allowed);
  return {
    path: [key],
    text: `"${key}" is not a procedure${guess ? ` (did you mean "${guess}"?)` : ''}; use one of: ${allowed.join(', ')}`,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const keysOf = (v: unknown): string[] => (isObject(v) ? Object.keys(v) : []);
