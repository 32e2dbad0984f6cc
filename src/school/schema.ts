/**
 * The shape of content/schools/<id>.json, validated at build (and in the dev server).
 * Every school fact the wizard shows comes from such a file; `null` means "the notice is silent",
 * and the wizard then sends the student to their counselor or 教务处 instead of guessing.
 */
import { z } from 'zod';
import { procedureIds, sourceIds } from '../catalogue/ids';

/** Source ids (the notices, content/notices.json) and procedure ids (content/locales/zh-CN/procedures.json) come from the content. */
export type { ProcedureId, SourceId } from '../catalogue/ids';

/** Why a method is recommended or discouraged; the words are in common.json under `reasons`. */
export const reasonIds = ['no-helper-needed', 'slow', 'very-slow', 'android-only', 'self-service-first', 'only-option'] as const;
export type ReasonId = (typeof reasonIds)[number];

/** A real calendar date written YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'a real calendar date',
  );

const httpUrl = z.string().regex(/^https?:\/\/[^\s"'<>]+$/, 'an http:// or https:// address');

const office = z
  .object({
    name: z.string().min(1),
    room: z.string().min(1).nullable(),
    /** How the report travels, as the notice says it (e.g. 以学院为单位汇总). */
    via: z.string().min(1).nullable(),
    inPerson: z.boolean(),
    bring: z.array(z.string().min(1)),
    deadline: isoDate.nullable(),
  })
  .strict();
export type Office = z.infer<typeof office>;

const methodRef = z
  .object({
    procedure: z.enum(procedureIds),
    /** The school's own name for it, as its notice writes it (e.g. 方法3). */
    label: z.string().min(1).nullable().default(null),
    recommended: z.boolean().default(false),
    discouraged: z.boolean().default(false),
    reason: z.enum(reasonIds).nullable().default(null),
  })
  .strict();
export type MethodRef = z.infer<typeof methodRef>;

const rules = z
  .object({
    /** The notice tells “证件号码已被注册” (while typing) apart from “重复” (after registering). */
    idConflictSplit: z.boolean(),
    /** The notice covers an ID registered by the conscription department (15-digit form). */
    conscriptionRoute: z.boolean(),
    /** The school has its own academic system students must also log in to. */
    hasLocalSystem: z.boolean(),
    /** Some cohorts' data is not on CHSI yet when the notice goes out. */
    uploadPending: z.boolean(),
    /** The notice offers proving identity with 学籍 details (“提供学籍或学历信息”), which can fail. */
    recordInfoMethod: z.boolean(),
  })
  .strict();
export type SchoolRules = z.infer<typeof rules>;

export const schoolSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes, the same as the file name'),
    /** Full name, e.g. 重庆文理学院; null for the generic build. */
    name: z.string().min(1).nullable(),
    /** Which of the source notices is this school's own (null: none of them). */
    source: z.enum(sourceIds).nullable(),
    notice: z
      .object({
        title: z.string().min(1).nullable(),
        issuer: z.string().min(1).nullable(),
        docNo: z.string().min(1).nullable(),
        date: isoDate.nullable(),
      })
      .strict(),
    window: z.object({ start: isoDate.nullable(), end: isoDate.nullable() }).strict(),
    cohorts: z.array(z.string().min(1)),
    excludedCohorts: z.array(z.string().min(1)),
    pendingUploadCohorts: z.array(z.string().min(1)),
    chsi: z
      .object({
        entryUrl: httpUrl,
        registerPath: z.array(z.string().min(1)).min(1),
        recordNav: z.array(z.string().min(1)).min(1),
      })
      .strict(),
    checkItems: z.array(z.string().min(1)),
    successStatusLabels: z.array(z.string().min(1)),
    /** The notice also allows just closing the page (CQ23 main text); the wizard still says “退出”. */
    logoutByClosingAllowed: z.boolean(),
    accountIsPhone: z.boolean(),
    classmateAssist: z.object({ maxPerDay: z.number().int().positive().nullable(), bothPhones: z.boolean() }).strict().nullable(),
    rules,
    methods: z.record(z.string(), z.array(methodRef).min(1)),
    offices: z
      .object({
        errorReport: office.nullable(),
        forfeit: office.nullable(),
        admissions: office.nullable(),
        hukouChange: office.nullable(),
        cannotLink: office.nullable(),
        nameChangeFiling: office.nullable(),
        /** Where graduate students (研究生) report record problems, if not the undergraduate route (N8). */
        graduate: office.nullable(),
      })
      .strict(),
    /** Joint programmes whose students' record sits at a partner university: which school the record names (N6). */
    jointProgrammes: z.array(z.object({ programme: z.string().min(1), recordSchool: z.string().min(1) }).strict()),
    customerService: z
      .object({
        phone: z.string().min(1).nullable(),
        wechat: z.string().min(1).nullable(),
        helpCenter: z.boolean(),
        slow: z.boolean(),
      })
      .strict(),
    localSystem: z
      .object({ name: z.string().min(1), url: httpUrl, account: z.string().min(1), password: z.string().min(1) })
      .strict()
      .nullable(),
  })
  .strict();

export type School = z.infer<typeof schoolSchema>;
export type SchoolInput = z.input<typeof schoolSchema>;
