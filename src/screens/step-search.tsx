/**
 * The start page's 「输入你看到的提示」: type a few characters of a CHSI message or a symptom and
 * the matching steps appear as links. Loaded once the page is interactive (never on the start
 * page's critical path); the prerendered page lists every answer and message without it. What is
 * typed stays in this component's state: never sent, stored or logged.
 */
import { useId, useMemo, useState } from 'react';
import { useT } from '../i18n/use-t';
import { useLooseT } from '../i18n/loose';
import { useHref } from '../routing/page-context';
import { useSchool } from '../school/school-context';
import { schoolVars } from '../school/vars';
import { buildIndex, findSteps, type Entry } from '../search/find-steps';
import { RichText } from '../components/rich-text';
import { stepTitle } from './step-text';

export default function StepSearch() {
  const t = useT();
  const ts = useLooseT('steps');
  const tc = useLooseT('common');
  const school = useSchool();
  const href = useHref();
  const id = useId();
  const [query, setQuery] = useState('');
  const vars = useMemo(() => schoolVars(school, tc), [school, tc]);
  // built from the words the page has when the field is first used (the whole language by then)
  // built when the field is first used, from the words the page has then (the whole language)
  const [index, setIndex] = useState<Entry[] | null>(null);
  const prepare = () => index ?? buildIndex(school.rules, (k) => String(ts(k, { ...vars, defaultValue: '' })));
  const found = index ? findSteps(index, query) : [];
  return (
    <section className="search" role="search" aria-labelledby={`${id}-label`}>
      <label className="search__label" id={`${id}-label`} htmlFor={`${id}-input`}>
        {t('search.label')}
      </label>
      <p className="search__hint" id={`${id}-hint`}>
        {t('search.hint')}
      </p>
      <input
        className="search__input"
        id={`${id}-input`}
        type="search"
        enterKeyHint="search"
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        aria-controls={`${id}-results`}
        value={query}
        onFocus={() => setIndex(prepare())}
        onChange={(e) => {
          setIndex(prepare());
          setQuery(e.target.value);
        }}
      />
      <div id={`${id}-results`} aria-live="polite">
        {query.trim() ? (
          found.length ? (
            <>
              <p className="search__count">{t('search.results', { count: found.length })}</p>
              <ul className="options__list search__results">
                {found.map((step) => (
                  <li key={step}>
                    <a className="option" href={href(step)} data-step-link={step}>
                      <span className="option__label">
                        <RichText text={stepTitle(ts, step, vars)} />
                        <span className="search__desc">
                          <RichText text={String(ts(`${step}.description`, vars))} />
                        </span>
                      </span>
                      <span className="option__chevron" aria-hidden="true" />
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="search__none">{t('search.none')}</p>
          )
        ) : null}
      </div>
    </section>
  );
}
