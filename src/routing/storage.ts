/**
 * The little the wizard keeps on the phone: where the student was (step and answers, nothing they
 * typed) and the language they chose. Versioned; anything missing, corrupted, foreign or from an
 * old version is ignored; storage that is unavailable (private mode, quota full) is never an error.
 */
import { isStepId, steps, type StepId } from '../flow/steps';
import type { TrailEntry } from '../flow/options';
import { isLang, type Lang } from '../i18n/languages';

export const RESUME_KEY = 'xueji-zicha:resume';
export const LANG_KEY = 'xueji-zicha:lang';
export const RESUME_VERSION = 2;
/** A saved place older than this is not offered any more. */
const MAX_AGE_MS = 180 * 24 * 3600 * 1000;

export interface ResumeRecord {
  v: typeof RESUME_VERSION;
  step: StepId;
  trail: TrailEntry[];
  savedAt: number;
}

function store(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function read(key: string): string | null {
  try {
    return store()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    const s = store();
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
