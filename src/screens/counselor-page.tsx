/**
 * For counselors: every problem branch of the machine, grouped by where it happens, each with its
 * link, a QR code, a ready-to-paste class-group message and a print view. Generated from the
 * routing table, so a new branch appears here without anyone editing this page.
 */
import { useT } from '../i18n/use-t';
import { CopyText } from '../components/copy-button';
import { QrCode } from '../components/qr-code';
import { RichText } from '../components/rich-text';
import type { StepId } from '../flow/steps';
import { useLooseT } from '../i18n/loose';
import { useHref, usePage } from '../routing/page-context';
import { useAbsoluteUrl } from '../routing/use-absolute-url';
import { useSchool } from '../school/school-context';
import { schoolVars } from '../school/vars';
import { problemsByArea } from './problem-list';
import { plain } from '../i18n/plain';
import { useStepFocus } from '../a11y/use-step-focus';

export function CounselorPage() {
  const t = useT();
  const school = useSchool();
  const groups = problemsByArea(school.rules);
  const ref = useStepFocus('counselor', t('counselor.title'));
  return (
    <article className="counselor">
      <h1 ref={ref} tabIndex={-1} className="step__title">
        {t('counselor.title')}
      </h1>
      <p className="step__body">{t('counselor.intro')}</p>
      <p className="counselor__actions">
        <button type="button" className="button" data-print-all="" onClick={() => window.print()}>
          {t('counselor.printAll')}
        </button>
      </p>
      <nav className="counselor__toc" aria-labelledby="toc-heading">
        <h2 id="toc-heading">{t('counselor.contents')}</h2>
        <ul>
          {groups.map((g) => (
            <li key={g.area}>
              <a href={`#area-${g.area}`}>{t(`counselor.areas.${g.area}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.area} className="counselor__area" aria-labelledby={`area-${g.area}`}>
          <h2 id={`area-${g.area}`}>{t(`counselor.areas.${g.area}`)}</h2>
          <ul className="counselor__list">
            {g.steps.map((id) => (
              <li key={id}>
                <ShareCard step={id} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}

function ShareCard({ step }: { step: StepId }) {
  const t = useT();
  const tc = useLooseT('common');
  const ts = useLooseT('steps');
  const school = useSchool();
  const { lang } = usePage();
  const href = useHref();
  const absolute = useAbsoluteUrl();
  const vars = schoolVars(school, tc);
  const title = ts(`${step}.title`, vars);
  const symptom = ts(`${step}.description`, vars);
  const advice = ts(`${step}.advice`, { ...vars, defaultValue: ts(`${step}.body`, { ...vars, defaultValue: '' }) });
  const url = absolute(step, lang);
  const message = url ? t('counselor.messageTemplate', { symptom: plain(symptom), advice: plain(advice), link: url }) : '';
  return (
    <article className="share" id={`share-${step}`} data-step={step}>
      <h3 className="share__title">
        <a href={href(step)}>
          <RichText text={title} />
        </a>
      </h3>
      <p className="share__symptom">
        <span className="share__label">{t('counselor.symptomLabel')}</span>
        <RichText text={symptom} />
      </p>
      <div className="share__body">
        <QrCode text={url} label={t('counselor.qr', { link: url ?? '' })} className="qr share__qr" />
        <div className="share__actions">
          {url ? (
            <CopyText text={url} label={t('counselor.copyLink')} className="share__link" />
          ) : (
            <p className="share__link share__link--pending">{t('counselor.linkPending')}</p>
          )}
          {url ? (
            <details className="share__message">
              <summary>{t('counselor.message')}</summary>
              <CopyText text={message} label={t('counselor.copyMessage')} as="pre" />
            </details>
          ) : null}
          <a className="button share__print" href={`${href(step)}?print=1`}>
            {t('counselor.print')}
          </a>
        </div>
      </div>
    </article>
  );
}
