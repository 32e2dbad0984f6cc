/**
 * Checks an 18-digit resident ID number (居民身份证号码, GB 11643-1999) as a student typed it.
 * Pure functions: no DOM, no storage, no logging. The words for each issue live in
 * content/locales/<lng>/tools.json under `id.issues.<issue id>`.
 *
 * Layout: 6-digit area code + 8-digit birth date YYYYMMDD + 3-digit sequence + check character.
 * Catalogue §7.1 (15-digit form) and §7.2 (no spaces, upper-case X).
 */

import { SPACE, SPACES } from './format';

const LEADING_SPACES = new RegExp(`^${SPACE.source}+`, 'u');
const TRAILING_SPACES = new RegExp(`${SPACE.source}+$`, 'u');
const FULL_WIDTH = /[\uFF10-\uFF19\uFF38\uFF58]/u;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const STRUCTURE = /^\d{17}[\dX]$/;

export type BirthDateProblem = 'not-a-date' | 'future' | 'too-early';

export type IdIssue =
  | { readonly id: 'empty' }
  | { readonly id: 'leading-space' }
  | { readonly id: 'trailing-space' }
  | { readonly id: 'inner-space' }
  | { readonly id: 'full-width-digits' }
  | { readonly id: 'lowercase-x' }
  | { readonly id: 'bad-chars'; readonly chars: readonly string[] }
  | { readonly id: 'wrong-length'; readonly length: number }
  | { readonly id: 'x-not-last' }
  | { readonly id: 'bad-birth-date'; readonly digits: string; readonly problem: BirthDateProblem }
  | { readonly id: 'bad-check-digit'; readonly expected: string; readonly actual: string }
  /** Not a mainland ID at all: a Hong Kong, Macau or Taiwan document number (see nonMainlandKind). */
  | { readonly id: NonMainlandKind };

/**
 * Document numbers of students from Hong Kong, Macau and Taiwan, who register on CHSI with them
 * instead of a mainland ID (四川大学 2021, shared/sources/01, L21: 「港澳台学生注册时,证件号码需分别
 * 填写香港身份证号码、澳门身份证号码、台湾居民来往大陆通行证号码」).
 * - hk-id: Hong Kong identity card, one or two letters, six digits, check character in brackets: A123456(7)
 * - mo-id: Macau identity card, seven digits and a check digit in brackets: 1234567(8)
 * - tw-permit: 台湾居民来往大陆通行证, eight digits
 * - tw-id: a Taiwan ID card number (a letter, 1 or 2, eight digits): the permit's number is the one to use
 */
export type NonMainlandKind = 'hk-id' | 'mo-id' | 'tw-permit' | 'tw-id';
const NON_MAINLAND: ReadonlyArray<readonly [NonMainlandKind, RegExp]> = [
  ['hk-id', /^[A-Z]{1,2}\d{6}\(?[\dA]\)?$/],
  ['mo-id', /^[157]\d{6}\(\d\)$/],
  ['tw-permit', /^\d{8}$/],
  ['tw-id', /^[A-Z][12]\d{8}$/],
];

/** The kind of Hong Kong, Macau or Taiwan document a typed number looks like, or null. */
export function nonMainlandKind(raw: string): NonMainlandKind | null {
  const s = normalizeId(raw)
    .replace(/[\uFF08\uFF09]/gu, (c) => (c === '\uFF08' ? '(' : ')'))
    .replace(/[\uFF21-\uFF3A]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toUpperCase();
  return NON_MAINLAND.find(([, re]) => re.test(s))?.[0] ?? null;
}

export type IdIssueId = IdIssue['id'];

/** Issues that make the number wrong; the others are only typing slips that cleaning fixes. */
const BLOCKING: ReadonlySet<IdIssueId> = new Set([
  'bad-chars',
  'wrong-length',
  'x-not-last',
  'bad-birth-date',
  'bad-check-digit',
  'hk-id',
  'mo-id',
  'tw-permit',
  'tw-id',
]);

export interface IdAnalysis {
  /** Spaces removed, full-width characters made half-width, x made X. Other characters are kept. */
  readonly cleaned: string;
  /** In the order a student should fix them: spaces and typing first, then length, date, check. */
  readonly issues: readonly IdIssue[];
  /** 18 characters, digits with an optional final X, a real birth date and a matching check character. */
  readonly valid: boolean;
  /** `YYYY-MM-DD` when positions 7–14 hold a real, possible birth date, else null. */
  readonly birthDate: string | null;
  /** The 15-digit form (catalogue §7.1) whenever `cleaned` has the 18-character shape, else null. */
  readonly id15: string | null;
}

export interface AnalyzeIdOptions {
  /** "Today" for the future-date check; defaults to the current local date. */
  readonly today?: Date;
}

/** The GB 11643-1999 check character (ISO 7064 MOD 11-2) for the first 17 digits. */
export function checkDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError('checkDigit needs exactly 17 digits');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/**
 * The 15-digit form as the HN20 notice words it: drop the first two digits of the birth year
 * (indices 6–7) and the final check character (index 17).
 */
export function to15(id18: string): string {
  if (id18.length !== 18) {
    throw new RangeError('to15 needs an 18-character ID number');
  }
  return id18.slice(0, 6) + id18.slice(8, 17);
}

/** Spaces removed, full-width digits and X made half-width, x made X. */
export function normalizeId(raw: string): string {
  return raw
    .replace(SPACES, '')
    .replace(/[\uFF10-\uFF19]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\uFF38\uFF58x]/gu, 'X');
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Checks eight digits `YYYYMMDD`; returns the problem, or null for a real, possible birth date. */
export function birthDateProblem(yyyymmdd: string, today: Date = new Date()): BirthDateProblem | null {
  if (!/^\d{8}$/.test(yyyymmdd)) return 'not-a-date';
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return 'not-a-date';
  if (year < 1900) return 'too-early';
  const todayDigits =
    String(today.getFullYear()).padStart(4, '0') + String(today.getMonth() + 1).padStart(2, '0') + String(today.getDate()).padStart(2, '0');
  if (yyyymmdd > todayDigits) return 'future';
  return null;
}

function spaceIssues(raw: string): IdIssue[] {
  const issues: IdIssue[] = [];
  const trimmedStart = raw.replace(LEADING_SPACES, '');
  const trimmed = trimmedStart.replace(TRAILING_SPACES, '');
  if (trimmedStart.length !== raw.length) issues.push({ id: 'leading-space' });
  if (trimmed.length !== trimmedStart.length) issues.push({ id: 'trailing-space' });
  if (SPACE.test(trimmed)) issues.push({ id: 'inner-space' });
  return issues;
}

function characterIssues(raw: string, cleaned: string): IdIssue[] {
  const issues: IdIssue[] = [];
  if (FULL_WIDTH.test(raw)) issues.push({ id: 'full-width-digits' });
  if (raw.includes('x')) issues.push({ id: 'lowercase-x' });
  const bad = [...new Set([...cleaned].filter((c) => !/[0-9X]/.test(c)))];
  if (bad.length > 0) issues.push({ id: 'bad-chars', chars: bad });
  return issues;
}

function structureIssues(cleaned: string, today: Date): IdIssue[] {
  const issues: IdIssue[] = [];
  const length = [...cleaned].length;
  if (length !== 18) issues.push({ id: 'wrong-length', length });
  if (cleaned.slice(0, -1).includes('X')) issues.push({ id: 'x-not-last' });
  if (length === 18) {
    const digits = cleaned.slice(6, 14);
    const problem = /^\d{8}$/.test(digits) ? birthDateProblem(digits, today) : null;
    if (problem) issues.push({ id: 'bad-birth-date', digits, problem });
  }
  if (STRUCTURE.test(cleaned)) {
    const expected = checkDigit(cleaned.slice(0, 17));
    if (expected !== cleaned[17]) issues.push({ id: 'bad-check-digit', expected, actual: cleaned[17] });
  }
  return issues;
}

/** Everything a student might have got wrong in one typed ID number, plus the cleaned forms. */
export function analyzeId(raw: string, options: AnalyzeIdOptions = {}): IdAnalysis {
  const today = options.today ?? new Date();
  const cleaned = normalizeId(raw);
  if (cleaned === '') {
    return { cleaned, issues: [{ id: 'empty' }], valid: false, birthDate: null, id15: null };
  }
  // a Hong Kong, Macau or Taiwan number is not a mistyped mainland ID: say so, not "18 digits"
  const other = nonMainlandKind(raw);
  if (other) return { cleaned, issues: [{ id: other }], valid: false, birthDate: null, id15: null };
  const issues = [...spaceIssues(raw), ...characterIssues(raw, cleaned), ...structureIssues(cleaned, today)];
  const structural = STRUCTURE.test(cleaned);
  const valid = structural && !issues.some((issue) => BLOCKING.has(issue.id));
  const dateOk = structural && !issues.some((issue) => issue.id === 'bad-birth-date');
  const birthDate = dateOk ? `${cleaned.slice(6, 10)}-${cleaned.slice(10, 12)}-${cleaned.slice(12, 14)}` : null;
  return { cleaned, issues, valid, birthDate, id15: structural ? to15(cleaned) : null };
}
