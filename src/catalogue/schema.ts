/**
 * The shape of the step catalogue (content/catalogue/) and of content/notices.json, as zod schemas.
 * The ids an entry may name are the ones the content defines (./ids): the schemas are built from
 * them, so a new notice, procedure or drawing needs no change here.
 */
import { z } from 'zod';
import { isoDate, reasonIds, schoolSchema } from '../school/schema';
import type { School } from '../school/schema';
import type { DrawingId, ProcedureId, SourceId } from './ids';

/** The in-browser helpers a step can offer (src/tools). */
export const helperIds = ['id', 'id15', 'name'] as const;
export type HelperId = (typeof helperIds)[number];

/** The school fact cards a procedure can show beside its steps. */
type OfficeKey = keyof School['offices'];
export type CardId = `office.${OfficeKey}` | 'customer-service' | 'school-system' | 'classmate-assist' | 'joint-programmes';
const officeKeys = Object.keys(schoolSchema.shape.offices.shape) as OfficeKey[];
export const cardIds: [CardId, ...CardId[]] = [
  'customer-service',
  'school-system',
  'classmate-assist',
  'joint-programmes',
  ...officeKeys.map((k) => `office.${k}` as const),
];

/** The school's facts a condition may look at: every field path of the school schema down to a value or a nullable block. */
export const factPaths = leafPaths(schoolSchema) as [string, ...string[]];

function leafPaths(schema: z.ZodType, prefix = ''): string[] {
  if (schema instanceof z.ZodObject)
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([k, v]) => leafPaths(v, `${prefix}${k}.`));
  return [prefix.slice(0, -1)];
}

/**
 * A condition over one school fact: it holds when the fact equals one of `oneOf`, or none of
 * `noneOf` (values compared as JSON). `note` says why, for editors.
 */
export interface Condition {
  fact: string;
  oneOf?: unknown[];
  noneOf?: unknown[];
  note?: string;
}

export interface MethodFact {
  procedure: ProcedureId;
  sources: SourceId[];
  recommendedBy?: SourceId[];
  discouragedBy?: SourceId[];
  reason?: (typeof reasonIds)[number] | null;
}
export interface StepDrawing {
  drawing: DrawingId;
  when?: Condition;
}
/** What a fix or info step shows below its text: where it comes from and the methods. */
export interface StepFixes {
  /** The notices this step's content comes from. */
  sources: SourceId[];
  /** The methods the notices give for it, in default order. */
  methods: MethodFact[];
}
export interface StepEntry extends StepFixes {
  helpers?: HelperId[];
  drawings?: StepDrawing[];
}

export interface Notice {
  school: string;
  title: string | null;
  issuer: string | null;
  /** YYYY-MM-DD; where the page states no date (`dateStated: false`) only its year counts and is shown. */
  date: string;
  dateStated?: boolean;
  /** The page's public address (null for the seeds, which came without one). */
  url: string | null;
  /** The stored copy, relative to ../shared (seeds/… or sources/…). */
  file: string;
  /** The issuing school is read from the page's address only, not named on the page. */
  inferred?: boolean;
  /** The issuer is a guess that nobody has confirmed (shared/sources/INDEX.md §1). */
  unverified?: boolean;
}

export const noticeSchema = z
  .object({
    school: z.string().min(1),
    title: z.string().min(1).nullable(),
    issuer: z.string().min(1).nullable(),
    date: isoDate,
    dateStated: z.literal(false).optional(),
    url: z
      .string()
      .regex(/^https?:\/\/[^\s"'<>]+$/, 'an http:// or https:// address')
      .nullable(),
    file: z.string().regex(/^(seeds|sources)\/[^/]+\.txt$/, 'a stored copy: seeds/<file>.txt or sources/<file>.txt'),
    inferred: z.literal(true).optional(),
    unverified: z.literal(true).optional(),
  })
  .strict();
export const noticesSchema = z.record(z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes'), noticeSchema);

/** The schemas of one catalogue, built from the ids its content defines. */
export function catalogueSchemas(ids: { sources: readonly string[]; procedures: readonly string[]; drawings: readonly string[] }) {
  const source = z.enum(ids.sources as [SourceId, ...SourceId[]]);
  const procedure = z.enum(ids.procedures as [ProcedureId, ...ProcedureId[]]);
  const condition = z
    .object({
      fact: z.enum(factPaths),
      oneOf: z.array(z.json()).min(1).optional(),
      noneOf: z.array(z.json()).min(1).optional(),
      note: z.string().min(1).optional(),
    })
    .strict();
  const method = z
    .object({
      procedure,
      sources: z.array(source),
      recommendedBy: z.array(source).optional(),
      discouragedBy: z.array(source).optional(),
      reason: z.enum(reasonIds).nullable().optional(),
    })
    .strict();
  const step = z
    .object({
      sources: z.array(source),
      methods: z.array(method),
      helpers: z.array(z.enum(helperIds)).optional(),
      drawings: z
        .array(z.object({ drawing: z.enum(ids.drawings as [DrawingId, ...DrawingId[]]), when: condition.optional() }).strict())
        .optional(),
    })
    .strict();
  // keys are checked by ./validate, which names the allowed procedures
  const cards = z.record(z.string(), z.enum(cardIds));
  return { step, cards };
}

/** The validated catalogue: what the build hands to the app (scripts/content-plugin.ts). */
export interface Catalogue {
  notices: Record<SourceId, Notice>;
  /** Keyed by step id (src/flow/steps.ts). */
  steps: Record<string, StepEntry>;
  cards: Partial<Record<ProcedureId, CardId>>;
}
