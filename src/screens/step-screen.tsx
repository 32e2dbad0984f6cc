/** One generic screen per kind of step (question, info, fix), chosen by the step's kind. */
import { type MouseEvent } from 'react';
import { useT } from '../i18n/use-t';
import { Breadcrumb, type Crumb } from '../components/breadcrumb';
import { TextList } from '../components/text-list';
import { OptionList, type OptionItem } from '../components/option-list';
import { RichText } from '../components/rich-text';
import { useStepFocus } from '../a11y/use-step-focus';
import { steps, type StepDef, type StepId, START } from '../flow/steps';
import { TrailSummary } from '../components/trail-summary';
import { NoticeAge } from '../components/notice-age';
import type { WizardView } from '../routing/wizard-context';
import { interceptClick, useHref } from '../routing/page-context';
import { flushAfterPaint } from '../routing/after-paint';
import { useSchool } from '../school/school-context';
import { schoolVars } from '../school/vars';
import { StepHelpers } from './step-helpers';
import { PrintSheet } from './print-sheet';
import { part, partsFor } from './page-parts';
import { stepTitle } from './step-text';
import { useLooseT } from '../i18n/loose';
import { useRestAfterPaint } from './use-rest-after-paint';
import { SearchField } from './search-field';

// the start page's search field: only once the page is interactive, so never on its critical path

export function StepScreen({ wizard }: { wizard: WizardView }) {
  const t = useT();
  const ts = useLooseT('steps');
  const tc = useLooseT('common');
  const school = useSchool();
  const href = useHref();
  const { step } = wizard;
  const def = steps[step];
  // a build may word a step differently: `<key>_<notice>` in the build of that notice's school (only
  // its own version where its notice speaks), `<key>_generic` in the generic build (every version)
  const vars = { ...schoolVars(school, tc), context: school.source ?? 'generic' };
  const title = stepTitle(ts, step, vars);
  const headingRef = useStepFocus(step, title);
  // After a tap, the first frame shows the heading and the opening text (for a question, down to
  // its answers); what follows comes a frame later, below what is already there.
  const rest = useRestAfterPaint(step);

  const key = (k: string) => `${step}.${k}`;
  const text = (k: string) => ts(key(k), { ...vars, defaultValue: '' });
  const list = (k: string) => {
    const v = ts(key(k), { ...vars, returnObjects: true, defaultValue: [] }) as unknown;
    return Array.isArray(v) ? (v as string[]) : [];
  };
  const optionLabel = (id: string) => ts(key(`options.${id}`), { ...vars, defaultValue: tc(`options.${id}`, { defaultValue: id }) });

  const items = (group: string): OptionItem[] =>
    wizard.options
      .filter((o) => o.group === group)
      .map((o) => ({
        id: o.id,
        to: o.to,
        label: optionLabel(o.id),
        href: href(o.to),
        onClick: (e: MouseEvent<HTMLAnchorElement>) => interceptClick(e, () => wizard.choose(o.id), wizard.ready),
      }));

  const crumbs: Crumb[] = wizard.trail.map((c) => ({
    step: c.step,
    option: c.option,
    question: stepTitle(ts, c.step, vars),
    answer: ts(`${c.step}.options.${c.option}`, { ...vars, defaultValue: tc(`options.${c.option}`, { defaultValue: c.option }) }),
    href: href(c.step),
  }));

  const shows = partsFor(step, school);
  const fix = shows.includes('fix') ? part('fix') : undefined;
  const drawings = shows.includes('drawings') ? part('drawings') : undefined;
  const legend = text('legend');
  const body = text('body');
  const infoSteps = list('steps');
  const warnings = list('warnings');
  const previous: StepId | undefined = wizard.trail.at(-1)?.step;
  // back through the browser's history where the wizard wrote it (its writes may still wait)
  const goBack = () => {
    flushAfterPaint();
    if (history.state?.idx > 0) history.back();
    else wizard.back();
  };

  return (
    <article className={`step step--${def.kind}`} data-step={step} data-partial={rest ? undefined : ''}>
      <Breadcrumb
        heading={t(wizard.usual ? 'nav.trailUsual' : 'nav.trail')}
        note={wizard.usual ? t('nav.trailUsualNote') : undefined}
        crumbs={crumbs}
      />
      <PrintSheet step={step} />
      <h1 ref={headingRef} tabIndex={-1} className="step__title">
        <RichText text={def.kind === 'question' && legend ? legend : title} />
      </h1>
      {body ? (
        <p className="step__body">
          <RichText text={body} />
        </p>
      ) : null}
      {step === START ? <NoticeAge school={school} /> : null}
      {rest || def.kind === 'question' ? (
        <>
          <TextList items={infoSteps} ordered className="steps steps--info" label={t('groups.steps')} />
          {drawings ? <drawings.StepDrawings step={step} /> : null}
          {fix ? <fix.StepMethods step={step} vars={vars} /> : null}
          {warnings.length ? (
            <section className="warnings-block" aria-labelledby="warnings-heading">
              <h2 id="warnings-heading">{t('fix.warnings')}</h2>
              <TextList items={warnings} className="warnings" />
            </section>
          ) : null}
          {def.kind !== 'question' ? <StepHelpers step={step} /> : null}
          {(def as StepDef).summary ? <TrailSummary crumbs={crumbs} current={title} usual={wizard.usual} /> : null}
          <OptionList items={items('main')} headingId="options-main" variant={def.kind === 'info' ? 'primary' : 'list'} />
        </>
      ) : null}
      {rest ? (
        <>
          {def.kind === 'question' ? <StepHelpers step={step} /> : null}
          <OptionList heading={t('groups.outcome')} items={items('outcome')} headingId="options-outcome" />
          {step === START ? (
            <>
              <SearchField ready={wizard.ready} />
              <details className="more">
                <summary className="more__summary">{t('search.more')}</summary>
                <OptionList items={items('problem')} headingId="options-problem" />
              </details>
              <details className="more">
                <summary className="more__summary">{t('search.messages')}</summary>
                <OptionList items={items('message')} headingId="options-message" variant="chips" />
              </details>
            </>
          ) : (
            <>
              <OptionList heading={t('groups.problem')} items={items('problem')} headingId="options-problem" />
              <OptionList heading={t('groups.message')} items={items('message')} headingId="options-message" variant="chips" />
            </>
          )}
          {fix && def.kind !== 'question' && step !== START ? <fix.StepSources step={step} /> : null}
          <nav className="step-nav" aria-label={t('nav.back')}>
            {step !== START ? (
              <a className="step-nav__back" href={href(previous ?? START)} onClick={(e) => interceptClick(e, goBack, wizard.ready)}>
                {t('nav.back')}
              </a>
            ) : null}
            {step !== START ? (
              <a className="step-nav__restart" href={href(START)} onClick={(e) => interceptClick(e, wizard.restart, wizard.ready)}>
                {t('nav.restart')}
              </a>
            ) : null}
          </nav>
        </>
      ) : null}
    </article>
  );
}
