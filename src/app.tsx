/** The whole page for one address: a step, the counselor page, the map, or "not found". */
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import { wizardMachine, type TrailEntry } from './flow/machine';
import { canonicalTrail } from './flow/paths';
import { isStepId, type StepId } from './flow/steps';
import { useWizard } from './flow/use-wizard';
import { WizardActor } from './flow/wizard-context';
import { Layout } from './components/layout';
import { NotFound } from './screens/not-found';
import { CounselorPage } from './screens/counselor-page';
import { MapPage } from './screens/map-page';
import { StepScreen } from './screens/step-screen';
import type { Lang } from './i18n/languages';
import { PageProvider } from './routing/page-context';
import type { PageId } from './routing/paths';
import { useUrlSync } from './routing/use-url-sync';
import { saveResume } from './routing/storage';
import { ResumeOffer } from './screens/resume-offer';
import { SchoolProvider } from './school/school-context';
import type { School } from './school/schema';

export interface AppProps {
  school: School;
  lang: Lang;
  /** The page this HTML file is for; null for the 404 page. */
  page: PageId | null;
  i18n: i18n;
  /** Answers already given (a resumed visit); a cold open starts from the shortest way there. */
  trail?: TrailEntry[];
  /** Client only: keep the address bar in step. Off when rendering to HTML. */
  syncUrl?: boolean;
}

export function App({ school, lang, page, i18n, trail, syncUrl = false }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <SchoolProvider value={school}>
        {page && isStepId(page) ? (
          <WizardActor.Provider
            options={{
              snapshot: wizardMachine.resolveState({
                value: page,
                context: { rules: school.rules, trail: trail ?? canonicalTrail(page, school.rules) },
              }),
            }}
          >
            <WizardPage school={school} lang={lang} syncUrl={syncUrl} />
          </WizardActor.Provider>
        ) : (
          <PageProvider value={{ page: page ?? 'start', lang }}>
            <Layout school={school}>
              {page === 'counselor' ? <CounselorPage /> : page === 'map' ? <MapPage /> : <NotFound />}
            </Layout>
          </PageProvider>
        )}
      </SchoolProvider>
    </I18nextProvider>
  );
}

function WizardPage({ school, lang, syncUrl }: { school: School; lang: Lang; syncUrl: boolean }) {
  const wizard = useWizard();
  return (
    <PageProvider value={{ page: wizard.step, lang }}>
      {syncUrl ? <UrlSync wizard={wizard} lang={lang} /> : null}
      <Layout school={school}>
        {wizard.step === 'start' && syncUrl ? <ResumeOffer wizard={wizard} /> : null}
        <StepScreen wizard={wizard} />
      </Layout>
    </PageProvider>
  );
}

function UrlSync({ wizard, lang }: { wizard: ReturnType<typeof useWizard>; lang: Lang }) {
  const { trail } = wizard;
  useUrlSync(wizard, lang, (step) => {
    if (step !== 'start') saveResume(step, trail);
  });
  return null;
}

export type { StepId };
