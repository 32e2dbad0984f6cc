/** The whole page for one address: a step, the counselor page, the map, or "not found". */
import { useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import type { TrailEntry } from './flow/options';
import { canonicalTrail } from './flow/paths';
import { isStepId, type StepId } from './flow/steps';
import { useWizard, WizardProvider } from './routing/wizard-context';
import { Layout } from './components/layout';
import { NotFound } from './screens/not-found';
import { part } from './screens/page-parts';
import { StepScreen } from './screens/step-screen';
import type { Lang } from './i18n/languages';
import { PageProvider } from './routing/page-context';
import type { PageId } from './routing/paths';
import { useUrlSync } from './routing/use-url-sync';
import { saveResume, saveTrail } from './routing/storage';
import { afterPaint } from './routing/after-paint';
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
  /** Client only: the answers this student gave on the way to this page (see WizardProvider). */
  ownTrail?: TrailEntry[] | null;
  /** Client only: load the words of every step. */
  loadWords?: () => Promise<unknown>;
  /** Client only: keep the address bar in step. Off when rendering to HTML. */
  syncUrl?: boolean;
  /** Client only: what must be loaded before the first change of step (see WizardProvider). */
  prepare?: () => Promise<unknown>;
  /** Client only: called once the page can change steps in place. */
  onReady?: () => void;
}

export function App({ school, lang, page, i18n, trail, ownTrail, loadWords, syncUrl = false, prepare, onReady }: AppProps) {
  const wizardPage = page !== null && isStepId(page);
  // pages without the wizard are ready once hydrated
  useEffect(() => {
    if (!wizardPage) onReady?.();
  }, [wizardPage, onReady]);
  return (
    <I18nextProvider i18n={i18n}>
      <SchoolProvider value={school}>
        {wizardPage ? (
          <WizardProvider
            rules={school.rules}
            step={page}
            trail={trail ?? canonicalTrail(page, school.rules)}
            ownTrail={ownTrail}
            loadWords={loadWords}
            prepare={prepare}
            onReady={onReady}
          >
            <WizardPage school={school} lang={lang} syncUrl={syncUrl} />
          </WizardProvider>
        ) : (
          <PageProvider value={{ page: page ?? 'start', lang }}>
            <Layout school={school}>
              <OtherPage page={page} />
            </Layout>
          </PageProvider>
        )}
      </SchoolProvider>
    </I18nextProvider>
  );
}

/** The counselor page and the map come in chunks of their own (./screens/page-parts). */
function OtherPage({ page }: { page: PageId | null }) {
  if (page === 'counselor') {
    const counselor = part('counselor');
    return counselor ? <counselor.CounselorPage /> : null;
  }
  if (page === 'map') {
    const map = part('map');
    return map ? <map.MapPage /> : null;
  }
  return <NotFound />;
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
  const { step, trail, usual } = wizard;
  useUrlSync(wizard, lang, (at) => {
    if (at !== 'start') saveResume(at, trail);
  });
  // the student's own way to each step travels with this tab across page loads (WeChat, reloads)
  useEffect(() => {
    if (!usual) afterPaint(() => saveTrail(step, trail));
  }, [step, trail, usual]);
  return null;
}

export type { StepId };
