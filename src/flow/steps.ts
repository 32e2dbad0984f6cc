/**
 * The wizard's routing table: step ids, their kind, and where each answer leads.
 * Routing only: no words (they live in content/locales), no school facts (content/schools).
 * Step ids are public URLs (`<base>/<step-id>/`): never rename one, add a redirect instead
 * (content/redirects.json).
 */
import type { GuardName } from './guards';

export type StepKind = 'question' | 'info' | 'fix';
/** Where an option sits on the screen: the main answers, "a problem here", CHSI's exact messages, or "did it work?". */
export type OptionGroup = 'main' | 'problem' | 'message' | 'outcome';
/** A branch of a target: taken when its school rule holds (and no earlier branch's does). */
export interface Branch {
  readonly if: GuardName;
  readonly to: string;
}
/** A target: a step id, or the first branch whose rule holds for this school, ending in a fallback. */
export type Target = string | readonly [...Branch[], { readonly to: string }];

export interface OptionDef {
  readonly id: string;
  readonly to: Target;
  readonly group?: OptionGroup;
  /** Only offered when this guard holds for the school. */
  readonly when?: GuardName;
}

export interface StepDef {
  readonly kind: StepKind;
  /** Where a problem happens, for the counselor page and the map. */
  readonly area: Area;
  readonly options: ReadonlyArray<OptionDef>;
  /** The step is only reachable for schools where this guard holds. */
  readonly requires?: GuardName;
  /** Ends a story: offers start again instead of further answers. */
  readonly end?: boolean;
  /** Offers a copyable summary of the answers so far, to send to a counselor. */
  readonly summary?: boolean;
}

export type Area = 'start' | 'happy' | 'register' | 'login' | 'record' | 'wrong-info' | 'other';

const next = (to: string): OptionDef => ({ id: 'next', to });
const problem = (id: string, to: Target, when?: GuardName): OptionDef => ({ id, to, group: 'problem', when });
const worked = (to: string): OptionDef => ({ id: 'worked', to, group: 'outcome' });
const notWorked = (to = 'other-problem'): OptionDef => ({ id: 'not-worked', to, group: 'outcome' });
const outcome = (id: string, to: Target, when?: GuardName): OptionDef => ({ id, to, group: 'outcome', when });
const go = (id: string, to: Target, when?: GuardName): OptionDef => ({ id, to, when });
const msg = (id: string, to: Target): OptionDef => ({ id, to, group: 'message' });

/** After "I have never registered with this ID": the conscription question only where the school documents it. */
const idNotOwn: Target = [
  { if: 'conscriptionRoute', to: 'id-conscription' },
  { if: 'idConflictSplit', to: 'id-message-when' },
  { to: 'duplicate-id' },
];
/** To the ID-conflict methods, asking when the message appeared where the school tells the two apart. */
const afterConscriptionNo: Target = [{ if: 'idConflictSplit', to: 'id-message-when' }, { to: 'duplicate-id' }];

export const START = 'start';
export const DONE = 'done';

export const steps = {
  start: {
    kind: 'question',
    area: 'start',
    options: [
      // at most eight answers on one phone screen; the rest behind a disclosure ("problem"), the
      // exact CHSI messages behind the search field and a disclosure ("message")
      go('nothing-yet', 'register-open-chsi'),
      go('register-error', 'register-error'),
      go('cannot-login', 'login-problem'),
      go('no-record', 'no-record'),
      go('status', 'record-status'),
      go('info-wrong', 'wrong-info'),
      go('helping', 'helping-a-classmate'),
      go('other', 'other-problem'),
      problem('unchecked-list', 'still-on-unchecked-list'),
      problem('phone-change', 'phone-number-will-change'),
      problem('school-system', 'school-system-login', 'hasLocalSystem'),
      problem('school-reset', 'school-cannot-reset'),
      problem('hk-mo-tw', 'hk-mo-tw-id-number'),
      problem('deferred', 'deferred-admission-returning-student'),
      problem('major', 'major-shows-admission-major'),
      // 已被注册 and 重复 both first ask whether the student registered before (JX22 L80–84)
      msg('msg-id-conflict', 'id-already-registered'),
      msg('msg-phone-registered', 'phone-already-registered'),
      msg('msg-code-locked', 'sms-code-locked'),
      msg('msg-username-lookup', 'username-lookup-throttled'),
      msg('msg-forfeited', 'forfeited-admission'),
    ],
  },

  // ── The happy path ───────────────────────────────────────────────────────
  'register-open-chsi': {
    kind: 'info',
    area: 'happy',
    options: [next('register-start'), problem('problem-other', 'other-problem')],
  },
  'register-start': {
    kind: 'info',
    area: 'happy',
    options: [next('register-form'), problem('problem-have-account', 'login'), problem('problem-forgot-account', 'login-problem')],
  },
  'register-form': {
    kind: 'info',
    area: 'happy',
    options: [
      next('register-sms-code'),
      problem('problem-id', 'id-already-registered'),
      problem('problem-phone', 'phone-already-registered'),
      problem('problem-name-input', 'name-traditional-or-spaces'),
      problem('problem-name-changed', 'name-changed'),
      problem('problem-email', 'reregister-email-already-used'),
      problem('problem-hk-mo-tw', 'hk-mo-tw-id-number'),
    ],
  },
  'register-sms-code': {
    kind: 'info',
    area: 'happy',
    options: [
      next('register-submit'),
      problem('problem-no-code', 'sms-code-how-to'),
      problem('problem-code-expired', 'sms-code-not-received-or-expired'),
      problem('problem-locked', 'sms-code-locked'),
      problem('problem-phone', 'phone-already-registered'),
    ],
  },
  'register-submit': {
    kind: 'info',
    area: 'happy',
    options: [
      next('login'),
      problem('problem-id', 'id-already-registered'),
      problem('problem-phone', 'phone-already-registered'),
      problem('problem-email', 'reregister-email-already-used'),
      problem('problem-identity', 'identity-verification-fails'),
    ],
  },
  login: {
    kind: 'info',
    area: 'happy',
    options: [
      next('open-record'),
      problem('problem-forgot-username', 'forgot-username'),
      problem('problem-forgot-password', 'forgot-password'),
      problem('problem-keep-failing', 'cannot-login-repeatedly'),
      problem('problem-lost-email', 'lost-email'),
    ],
  },
  'open-record': {
    kind: 'info',
    area: 'happy',
    options: [
      next('check-record'),
      problem('problem-no-record', 'no-record'),
      problem('problem-registered-no-record', 'registered-but-no-record'),
      problem('problem-duplicate', 'id-already-registered'),
    ],
  },
  'check-record': {
    kind: 'info',
    area: 'happy',
    options: [
      next('logout'),
      problem('problem-status', 'record-status'),
      problem('problem-info-wrong', 'wrong-info'),
      problem('problem-major', 'major-shows-admission-major'),
      problem('problem-photo', 'admission-photo-wrong'),
    ],
  },
  logout: {
    kind: 'info',
    area: 'happy',
    options: [next('done'), problem('problem-unchecked-list', 'still-on-unchecked-list')],
  },
  done: {
    kind: 'info',
    area: 'happy',
    end: true,
    options: [
      go('school-system', 'school-system-login', 'hasLocalSystem'),
      go('info-change-deadline', 'info-change-deadline'),
      go('phone-change', 'phone-number-will-change'),
      go('helping', 'helping-a-classmate'),
    ],
  },

  // ── A. Creating the account ──────────────────────────────────────────────
  'register-error': {
    kind: 'question',
    area: 'register',
    options: [
      go('id', 'id-already-registered'),
      go('phone', 'phone-already-registered'),
      go('code', 'sms-code'),
      go('reregister-fails', 'reregister-email-already-used'),
      go('name-input', 'name-traditional-or-spaces'),
      go('name-changed', 'name-changed'),
      go('hk-mo-tw', 'hk-mo-tw-id-number'),
      go('identity', 'identity-verification-fails'),
      go('other', 'other-problem'),
    ],
  },
  'id-already-registered': {
    kind: 'question',
    area: 'register',
    options: [go('yes', 'id-own-account'), go('no', idNotOwn)],
  },
  'id-own-account': {
    kind: 'question',
    area: 'register',
    options: [
      go('can-login', 'id-registered-by-self'),
      go('forgot-username', 'forgot-username'),
      go('forgot-password', 'forgot-password'),
      // the old phone decides: still in use → recover; no longer in use → register again (U11)
      go('old-phone-gone', 'id-registered-old-phone-gone'),
    ],
  },
  'id-registered-old-phone-gone': {
    kind: 'fix',
    area: 'register',
    options: [worked('login'), outcome('recover', 'forgot-username'), outcome('id-conflict', afterConscriptionNo), notWorked()],
  },
  'id-conscription': {
    kind: 'question',
    area: 'register',
    requires: 'conscriptionRoute',
    options: [go('yes', 'id-registered-by-conscription'), go('no', afterConscriptionNo)],
  },
  'id-message-when': {
    kind: 'question',
    area: 'register',
    requires: 'idConflictSplit',
    options: [go('while-typing', 'id-registered-by-someone'), go('after-register', 'duplicate-id'), go('not-sure', 'duplicate-id')],
  },
  'id-registered-by-self': {
    kind: 'fix',
    area: 'register',
    options: [worked('open-record'), outcome('forgot', 'login-problem'), notWorked()],
  },
  'id-registered-by-someone': {
    kind: 'fix',
    area: 'register',
    requires: 'idConflictSplit',
    options: [worked('open-record'), notWorked()],
  },
  'duplicate-id': {
    kind: 'fix',
    area: 'register',
    options: [worked('open-record'), outcome('record-info-failed', 'dup-id-record-verify-failed', 'recordInfoMethod'), notWorked()],
  },
  'dup-id-record-verify-failed': {
    kind: 'fix',
    area: 'register',
    requires: 'recordInfoMethod',
    options: [worked('open-record'), notWorked()],
  },
  'id-registered-by-conscription': {
    kind: 'fix',
    area: 'register',
    requires: 'conscriptionRoute',
    options: [worked('login'), notWorked()],
  },
  'phone-already-registered': {
    kind: 'question',
    area: 'register',
    options: [go('not-own', 'phone-already-registered-not-own'), go('own', 'phone-already-registered-own')],
  },
  'phone-already-registered-not-own': {
    kind: 'fix',
    area: 'register',
    options: [worked('register-sms-code'), notWorked()],
  },
  'phone-already-registered-own': {
    kind: 'fix',
    area: 'register',
    options: [worked('open-record'), notWorked()],
  },
  'sms-code': {
    kind: 'question',
    area: 'register',
    options: [go('locked', 'sms-code-locked'), go('no-code', 'sms-code-how-to'), go('expired', 'sms-code-not-received-or-expired')],
  },
  'sms-code-locked': {
    kind: 'fix',
    area: 'register',
    options: [worked('register-sms-code'), notWorked()],
  },
  'sms-code-how-to': {
    kind: 'fix',
    area: 'register',
    options: [
      worked('register-submit'),
      outcome('expired', 'sms-code-not-received-or-expired'),
      outcome('locked', 'sms-code-locked'),
      notWorked(),
    ],
  },
  'sms-code-not-received-or-expired': {
    kind: 'fix',
    area: 'register',
    options: [worked('register-submit'), outcome('locked', 'sms-code-locked'), notWorked()],
  },
  'hk-mo-tw-id-number': {
    kind: 'fix',
    area: 'register',
    options: [worked('register-sms-code'), notWorked()],
  },
  'identity-verification-fails': {
    kind: 'fix',
    area: 'register',
    options: [worked('open-record'), notWorked()],
  },
  'reregister-email-already-used': {
    kind: 'fix',
    area: 'register',
    options: [worked('login'), notWorked()],
  },
  'name-traditional-or-spaces': {
    kind: 'fix',
    area: 'register',
    options: [worked('register-sms-code'), notWorked()],
  },
  'name-changed': {
    kind: 'fix',
    area: 'register',
    options: [worked('register-sms-code'), notWorked()],
  },

  // ── B. Logging in and keeping the account ────────────────────────────────
  'login-problem': {
    kind: 'question',
    area: 'login',
    options: [
      go('forgot-username', 'forgot-username'),
      go('forgot-password', 'forgot-password'),
      go('lost-email', 'lost-email'),
      go('keep-failing', 'cannot-login-repeatedly'),
      go('school-reset', 'school-cannot-reset'),
    ],
  },
  'forgot-username': {
    kind: 'fix',
    area: 'login',
    options: [
      outcome('found-know-password', 'open-record'),
      outcome('found-forgot-password', 'forgot-password'),
      outcome('never-registered', 'username-lookup-not-registered'),
      outcome('mismatch', 'username-lookup-throttled'),
      // re-registering only once recovery failed, and with its consequence (JX22 L84)
      outcome('cannot-recover', 'reregister-new-account'),
      notWorked(),
    ],
  },
  'username-lookup-not-registered': {
    kind: 'fix',
    area: 'login',
    options: [worked('open-record'), notWorked()],
  },
  'username-lookup-throttled': {
    kind: 'fix',
    area: 'login',
    options: [worked('open-record'), outcome('check-name', 'name-traditional-or-spaces'), notWorked()],
  },
  'forgot-password': {
    kind: 'fix',
    area: 'login',
    options: [worked('open-record'), outcome('no-channel', 'password-no-channel'), notWorked()],
  },
  'password-no-channel': {
    kind: 'fix',
    area: 'login',
    options: [worked('open-record'), notWorked()],
  },
  'lost-email': {
    kind: 'question',
    area: 'login',
    // forgot too: recover by phone or security question first (JX22 L111), re-register only after
    options: [go('remember', 'change-email'), go('forgot', 'forgot-password')],
  },
  'change-email': {
    kind: 'fix',
    area: 'login',
    options: [worked('open-record'), notWorked()],
  },
  'reregister-new-account': {
    kind: 'fix',
    area: 'login',
    options: [
      worked('open-record'),
      outcome('id-conflict', afterConscriptionNo),
      outcome('phone-conflict', 'phone-already-registered'),
      outcome('email-fails', 'reregister-email-already-used'),
      notWorked(),
    ],
  },
  'cannot-login-repeatedly': {
    kind: 'fix',
    area: 'login',
    options: [worked('open-record'), outcome('id-conflict', afterConscriptionNo), notWorked()],
  },
  'school-cannot-reset': {
    kind: 'fix',
    area: 'login',
    options: [go('forgot-username', 'forgot-username'), go('forgot-password', 'forgot-password'), notWorked()],
  },
  'phone-number-will-change': {
    kind: 'fix',
    area: 'login',
    options: [worked('done'), notWorked()],
  },

  // ── C. Record not visible, not linked, or wrong status ───────────────────
  'no-record': {
    kind: 'question',
    area: 'record',
    options: [
      go('not-uploaded', 'record-not-yet-uploaded', 'uploadPending'),
      go('excluded', 'not-in-this-round'),
      go('deferred', 'deferred-admission-returning-student'),
      go('id-maybe-wrong', 'registered-but-no-record'),
      go('name-input', 'name-traditional-or-spaces'),
      go('name-changed', 'name-changed'),
      go('all-fine', 'cannot-link-record'),
    ],
  },
  'record-not-yet-uploaded': {
    kind: 'fix',
    area: 'record',
    requires: 'uploadPending',
    options: [worked('check-record'), notWorked()],
  },
  'not-in-this-round': {
    kind: 'fix',
    area: 'record',
    options: [worked('done'), notWorked()],
  },
  'cannot-link-record': {
    kind: 'fix',
    area: 'record',
    options: [worked('check-record'), outcome('name-id-mismatch', 'registered-but-no-record'), notWorked()],
  },
  // N12: name/ID on the account ≠ the record: correct the account and link (or register again)
  'registered-but-no-record': {
    kind: 'fix',
    area: 'record',
    options: [worked('check-record'), notWorked()],
  },
  'deferred-admission-returning-student': {
    kind: 'fix',
    area: 'record',
    options: [go('start-check', 'register-open-chsi'), go('have-account', 'login'), outcome('no-record', 'no-record'), notWorked()],
  },
  'record-status': {
    kind: 'question',
    area: 'record',
    options: [go('forfeited', 'forfeited-admission'), go('success', 'check-record'), go('other-status', 'status-other')],
  },
  'forfeited-admission': {
    kind: 'fix',
    area: 'record',
    options: [worked('done'), notWorked()],
  },
  'status-other': {
    kind: 'fix',
    area: 'record',
    options: [worked('done'), notWorked()],
  },
  'still-on-unchecked-list': {
    kind: 'fix',
    area: 'record',
    options: [worked('done'), notWorked()],
  },

  // ── D. Record content is wrong ───────────────────────────────────────────
  'wrong-info': {
    kind: 'question',
    area: 'wrong-info',
    options: [
      go('photo', 'admission-photo-wrong'),
      go('major', 'major-shows-admission-major'),
      go('mismatch-at-admission', 'admission-info-mismatch-hukou'),
      go('hukou-changed', 'hukou-changed-after-admission'),
      go('other-field', 'info-wrong'),
      go('deadline', 'info-change-deadline'),
    ],
  },
  'info-wrong': {
    kind: 'fix',
    area: 'wrong-info',
    options: [worked('logout'), outcome('deadline', 'info-change-deadline'), notWorked()],
  },
  'major-shows-admission-major': {
    kind: 'fix',
    area: 'wrong-info',
    options: [worked('logout'), outcome('other-field', 'info-wrong'), notWorked()],
  },
  'admission-photo-wrong': {
    kind: 'fix',
    area: 'wrong-info',
    options: [worked('logout'), outcome('deadline', 'info-change-deadline'), notWorked()],
  },
  'admission-info-mismatch-hukou': {
    kind: 'fix',
    area: 'wrong-info',
    options: [worked('logout'), outcome('deadline', 'info-change-deadline'), notWorked()],
  },
  'hukou-changed-after-admission': {
    kind: 'fix',
    area: 'wrong-info',
    options: [worked('logout'), outcome('name-changed', 'name-changed'), notWorked()],
  },
  'info-change-deadline': {
    kind: 'fix',
    area: 'wrong-info',
    options: [go('report', 'info-wrong'), go('finish', 'done'), notWorked()],
  },

  // ── E. Other ─────────────────────────────────────────────────────────────
  'helping-a-classmate': {
    kind: 'fix',
    area: 'other',
    options: [worked('done'), notWorked()],
  },
  'school-system-login': {
    kind: 'fix',
    area: 'other',
    requires: 'hasLocalSystem',
    options: [worked('done'), notWorked()],
  },
  'other-problem': {
    kind: 'fix',
    area: 'other',
    end: true,
    summary: true,
    options: [],
  },
} as const satisfies Record<string, StepDef>;

export type StepId = keyof typeof steps;
export const stepIds = Object.keys(steps) as StepId[];
export const isStepId = (value: unknown): value is StepId =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(steps, value);
export const stepDef = (id: StepId): StepDef => steps[id];
