/**
 * The little the wizard keeps on the phone: where the student was (step and answers, nothing they
 * typed), the language they chose, and, for this tab only, the answers that led to each step it
 * showed (the trail travels with the student across real page loads, e.g. in WeChat). Versioned;
 * anything missing, corrupted, foreign or from an old version is ignored; storage that is
 * unavailable (private mode, quota full) is never an error.
 */
import { isStepId, START, steps, type StepId } from '../flow/steps';
import { optionsFor, type TrailEntry } from '../flow/options';
import { isLang, type Lang } from '../i18n/languages';
import type { SchoolRules } from '../school/schema';

export const RESUME_KEY = 'xueji-zicha:resume';
export const LANG_KEY = 'xueji-zicha:lang';
/**
 * sessionStorage (per tab): { [step]: the answers that led there }, written by the app on every
 * step it shows with the student's own trail, and by the boot script (scripts/boot-script.js) when
 * an answer, the back link or a breadcrumb link is tapped, before the page load that follows.
 */
export const TRAILS_KEY = 'xueji-zicha:trails';
export const RESUME_VERSION = 2;
/** A saved place older than this is not offered any more. */
const MAX_AGE_MS = 180 * 24 * 3600 * 1000;

export interface ResumeRecord {
  v: typeof RESUME_VERSION;
  step: StepId;
  trail: TrailEntry[];
  savedAt: number;
}

type Kind = 'local' | 'session';

function store(kind: Kind): Storage | null {
  try {
    if (kind === 'session') return typeof sessionStorage === 'undefined' ? null : sessionStorage;
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function read(key: string, kind: Kind = 'local'): string | null {
  try {
    return store(kind)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string | null, kind: Kind = 'local'): void {
  try {
    const s = store(kind);
    if (!s) return;
    if (value === null) s.removeItem(key);
    else s.setItem(key, value);
  } catch {
    /* private mode or quota full: the wizard works on without saving */
  }
}

const isTrailEntry = (e: unknown): e is TrailEntry => {
  const x = e as Partial<TrailEntry> | null;
  return !!x && isStepId(x.step) && typeof x.option === 'string' && steps[x.step].options.some((o) => o.id === x.option);
};

/** A saved place, only if it is a well-formed record of this version. */
export function parseResume(raw: string | null, now = Date.now()): ResumeRecord | null {
  if (!raw || raw.length > 4000) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  const r = data as Partial<ResumeRecord> | null;
  if (!r || typeof r !== 'object' || r.v !== RESUME_VERSION) return null;
  if (!isStepId(r.step) || !Array.isArray(r.trail) || r.trail.length > 50 || !r.trail.every(isTrailEntry)) return null;
  if (typeof r.savedAt !== 'number' || !(now - r.savedAt < MAX_AGE_MS) || r.savedAt > now + 60_000) return null;
  return { v: RESUME_VERSION, step: r.step, trail: r.trail.map((e) => ({ step: e.step, option: e.option })), savedAt: r.savedAt };
}

export const loadResume = (): ResumeRecord | null => parseResume(read(RESUME_KEY));

export function saveResume(step: StepId, trail: ReadonlyArray<TrailEntry>): void {
  write(RESUME_KEY, JSON.stringify({ v: RESUME_VERSION, step, trail, savedAt: Date.now() }));
}

export const clearResume = () => write(RESUME_KEY, null);

export function loadLangChoice(): Lang | null {
  const v = read(LANG_KEY);
  return isLang(v) ? v : null;
}

export const saveLangChoice = (lang: Lang) => write(LANG_KEY, lang);

/** Where a trail leads for a school (following its answers from the start), or null if it is not a way through the wizard. */
export function followTrail(trail: ReadonlyArray<TrailEntry>, rules: SchoolRules): StepId | null {
  let at: StepId = START;
  for (const e of trail) {
    if (e.step !== at) return null;
    const option: { to: StepId } | undefined = optionsFor(at, rules).find((o) => o.id === e.option);
    if (!option) return null;
    at = option.to;
  }
  return at;
}

function readTrails(): Record<string, unknown> {
  const raw = read(TRAILS_KEY, 'session');
  if (!raw || raw.length > 100_000) return {};
  try {
    const data: unknown = JSON.parse(raw);
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The answers this tab's student gave on the way to a step, if they are a way there; null otherwise (a cold open). */
export function loadTrail(step: StepId, rules: SchoolRules): TrailEntry[] | null {
  const t = readTrails()[step];
  if (!Array.isArray(t) || t.length > 50 || !t.every(isTrailEntry)) return null;
  const trail = t.map((e) => ({ step: e.step, option: e.option }));
  return followTrail(trail, rules) === step ? trail : null;
}

/** Remember the answers that led to a step (this tab only). */
export function saveTrail(step: StepId, trail: ReadonlyArray<TrailEntry>): void {
  const all = readTrails();
  all[step] = trail.map((e) => ({ step: e.step, option: e.option }));
  write(TRAILS_KEY, JSON.stringify(all), 'session');
}
