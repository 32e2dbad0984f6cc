/**
 * Which drawings a step shows for a school. Small and kept with the page's main script (it decides
 * whether a page needs the drawings' chunk, ./index.tsx); the drawings' styles too, so a page with
 * drawings looks right before scripts run.
 */
import type { StepId } from '../flow/steps';
import type { School } from '../school/schema';
import './drawings.css';

export type DrawingId =
  | 'register-start'
  | 'register-top-right'
  | 'register-button'
  | 'register-form'
  | 'sms-code'
  | 'register-submit'
  | 'login'
  | 'open-record'
  | 'check-record'
  | 'logout'
  | 'duplicate-id'
  | 'forgot-username';

const path = (s: School) => s.chsi.registerPath.join('|');

/** Drawings that only fit some schools' CHSI wording; the others fit every school. */
const fits: Partial<Record<DrawingId, (s: School) => boolean>> = {
  // CQ23: 「在“学信档案”板块点击“注册”按钮」
  'register-start': (s) => path(s) === '学信档案|注册',
  // JX22: 「点击页面右上角的“注册”」
  'register-top-right': (s) => path(s) === '注册',
  // anything else (HN20: “注册学信网账号”): the labels as buttons, in order
  'register-button': (s) => path(s) !== '学信档案|注册' && path(s) !== '注册',
  // only CQ23-style schools offer “提供学籍或学历信息”
  'duplicate-id': (s) => s.rules.recordInfoMethod,
};

/** The drawings each step may show, in order; `drawingsFor` keeps the ones that fit the school. */
export const drawingsByStep: Partial<Record<StepId, DrawingId[]>> = {
  'register-start': ['register-start', 'register-top-right', 'register-button'],
  'register-form': ['register-form'],
  'register-sms-code': ['sms-code'],
  'sms-code-how-to': ['sms-code'],
  'register-submit': ['register-submit'],
  login: ['login'],
  'open-record': ['open-record'],
  'check-record': ['check-record'],
  'record-status': ['check-record'],
  logout: ['logout'],
  'still-on-unchecked-list': ['logout'],
  'duplicate-id': ['duplicate-id'],
  'forgot-username': ['forgot-username'],
};

export const drawingsFor = (step: StepId, school: School): DrawingId[] =>
  (drawingsByStep[step] ?? []).filter((id) => fits[id]?.(school) ?? true);

export const hasDrawings = (step: StepId, school: School) => drawingsFor(step, school).length > 0;
