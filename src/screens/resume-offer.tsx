/** "Continue where you left off": offered on the start page when this phone kept a place. */
import { useMemo, useState } from 'react';
import { useT } from '../i18n/use-t';
import { RichText } from '../components/rich-text';
import type { WizardView } from '../routing/wizard-context';
import { useLooseT } from '../i18n/loose';
import { interceptClick, useHref } from '../routing/page-context';
import { clearResume, loadResume, saveTrail, type ResumeRecord } from '../routing/storage';
import { useSchool } from '../school/school-context';
import { schoolVars } from '../school/vars';

export function ResumeOffer({ wizard }: { wizard: WizardView }) {
  const t = useT();
  const ts = useLooseT('steps');
  const tc = useLooseT('common');
  const school = useSchool();
  const href = useHref();
  const [dismissed, setDismissed] = useState(false);
  // offered once the page can change steps in place (and has every step's words)
  const record = useMemo((): ResumeRecord | null => {
    if (!wizard.ready) return null;
    const r = loadResume();
    return r && r.step !== 'start' && r.step !== 'done' ? r : null;
  }, [wizard.ready]);
  if (!record || dismissed) return null;
  const title = ts(`${record.step}.title`, schoolVars(school, tc));
  return (
    <aside className="resume" aria-label={t('nav.continue', { step: '' })}>
      <a
        className="resume__link"
        href={href(record.step)}
        onClick={(e) => {
          // where the link is a real page load (WeChat), the page it opens shows these answers
          saveTrail(record.step, record.trail);
          interceptClick(e, () => wizard.goto(record.step, record.trail), wizard.ready);
        }}
      >
        <RichText text={t('nav.continue', { step: title })} />
      </a>
      <button
        type="button"
        className="button resume__dismiss"
        onClick={() => {
          clearResume();
          setDismissed(true);
        }}
      >
        {t('nav.dismiss')}
      </button>
    </aside>
  );
}
