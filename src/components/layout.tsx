import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { DeadlineBanner } from './deadline-banner';
import { LanguageSwitch } from './language-switch';
import { ExternalLink } from './rich-text';
import { useHref } from '../routing/page-context';
import type { School } from '../school/schema';

/** The frame of every page: header with the school, language switch, deadline, footer. */
export function Layout({ school, children }: { school: School; children: ReactNode }) {
  const t = useT();
  const href = useHref();
  return (
    <div className="page">
      <a className="skip" href="#main">
        {t('nav.skip')}
      </a>
      <header className="masthead">
        <div className="masthead__inner">
          <a className="masthead__brand" href={href('start')}>
            <span className="masthead__logo" aria-hidden="true" />
            <span className="masthead__name">{t('app.name')}</span>
          </a>
          {school.name ? <p className="masthead__school">{t('app.schoolLine', { school: school.name })}</p> : null}
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <DeadlineBanner school={school} />
        {children}
      </main>
      <footer className="footer">
        <p>{t('footer.privacy')}</p>
        <p>{t('footer.notOfficial')}</p>
        <p>
          <ExternalLink href={school.chsi.entryUrl}>
            {t('footer.official', { url: school.chsi.entryUrl.replace(/^https?:\/\//, '').replace(/\/$/, '') })}
          </ExternalLink>
        </p>
        <p className="footer__links">
          <a href={href('counselor')}>{t('footer.counselor')}</a>
          <a href={href('map')}>{t('nav.map')}</a>
        </p>
      </footer>
    </div>
  );
}
