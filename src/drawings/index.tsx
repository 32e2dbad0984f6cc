/**
 * "Where to tap" drawings: small schematic SVGs of our own (never CHSI screenshots), one per
 * thing a step asks the student to find on CHSI. Rendered on the server like the rest of the
 * step, so they show without JavaScript. Words (text alternative, caption) live in
 * content/locales/<lng>/drawings.json; the CHSI labels inside a drawing stay simplified Chinese.
 */
import type { ComponentType } from 'react';
import { useT, useI18n } from '../i18n/use-t';
import type { StepId } from '../flow/steps';
import { loose } from '../i18n/loose';
import { RichText } from '../components/rich-text';
import { useSchool } from '../school/school-context';
import { schoolVars } from '../school/vars';
import type { DrawingProps } from './parts';
import { drawingsByStep, drawingsFor, hasDrawings, type DrawingId } from './which';
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
} satisfies Record<DrawingId, ComponentType<DrawingProps>>;

export const drawingIds = Object.keys(drawings) as DrawingId[];

export { drawingsByStep, drawingsFor, hasDrawings, type DrawingId };

export function StepDrawings({ step }: { step: StepId }) {
  const school = useSchool();
  const t = useT();
  const i18n = useI18n();
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
