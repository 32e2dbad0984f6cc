/**
 * "Where to tap" drawings: small schematic SVGs of our own (never CHSI screenshots), one per
 * thing a step asks the student to find on CHSI. Rendered on the server like the rest of the
 * step, so they show without JavaScript. Words (text alternative, caption) live in
 * content/locales/<lng>/drawings.json; the CHSI labels inside a drawing stay simplified Chinese.
 */
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepId } from '../flow/steps';
import { loose } from '../i18n/loose';
import { RichText } from '../components/rich-text';
import { useSchool } from '../school/school-context';
import type { School } from '../school/schema';
import { schoolVars } from '../school/vars';
import type { DrawingProps } from './parts';
import { RegisterStart } from './register-start';
import { RegisterTopRight } from './register-top-right';
import { RegisterButton } from './register-button';
import { RegisterForm, RegisterSubmit, SmsCode } from './register-form';
import { Login } from './login';
import { OpenRecord } from './open-record';
import { CheckRecord } from './check-record';
import { Logout } from './logout';
import { DuplicateId } from './duplicate-id';
import { ForgotUsername } from './forgot-username';
import './drawings.css';

export const drawings = {
  'register-start': RegisterStart,
  'register-top-right': RegisterTopRight,
  'register-button': RegisterButton,
  'register-form': RegisterForm,
  'sms-code': SmsCode,
  'register-submit': RegisterSubmit,
  login: Login,
  'open-record': OpenRecord,
  'check-record': CheckRecord,
  logout: Logout,
  'duplicate-id': DuplicateId,
  'forgot-username': ForgotUsername,
} satisfies Record<string, ComponentType<DrawingProps>>;

export type DrawingId = keyof typeof drawings;
export const drawingIds = Object.keys(drawings) as DrawingId[];

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

export function StepDrawings({ step }: { step: StepId }) {
  const school = useSchool();
  const { t, i18n } = useTranslation();
  const ids = drawingsFor(step, school);
  if (!ids.length) return null;
  const tl = loose(t);
  const vars = schoolVars(school, (k, o) => tl(k, { ...o, ns: 'common' }));
  const text = (key: string) => tl(key, { ...vars, ns: 'drawings', defaultValue: '' });
  // The text alternative is plain text: a CHSI label in quotes, with its gloss where the language has one.
  const plain = (s: string) =>
    s.replace(/\[\[([^\]]+)\]\]/g, (_, label: string) =>
      i18n.exists(label, { ns: 'glossary' }) ? `“${label}” (${tl(label, { ns: 'glossary' })})` : `“${label}”`,
    );
  const note = text('common.note');
  return (
    <>
      {ids.map((id) => {
        const Drawing: ComponentType<DrawingProps> = drawings[id];
        return (
          <figure className="drawing" key={id} data-drawing={id}>
            <Drawing alt={plain(text(`${id}.alt`))} school={school} />
            <figcaption className="drawing__caption">
              <RichText text={text(`${id}.caption`)} />
              {note ? <span className="drawing__note">{note}</span> : null}
            </figcaption>
          </figure>
        );
      })}
    </>
  );
}
