import { useT } from '../i18n/use-t';
import { languages } from '../i18n/languages';
import { useHref, usePage } from '../routing/page-context';
import { saveLangChoice } from '../routing/storage';

/** The same page in the other languages: plain links, so the step is kept with or without scripts. */
export function LanguageSwitch() {
  const t = useT();
  const page = usePage();
  const href = useHref();
  return (
    <nav className="lang" aria-label={t('nav.language')}>
      <ul className="lang__list">
        {languages.map((l) => (
          <li key={l.code}>
            {l.code === page.lang ? (
              <span className="lang__current" aria-current="true" lang={l.htmlLang}>
                {l.label}
              </span>
            ) : (
              <a
                href={href(page.page, l.code)}
                lang={l.htmlLang}
                hrefLang={l.htmlLang}
                data-lang={l.code}
                onClick={() => saveLangChoice(l.code)}
              >
                {l.label}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
