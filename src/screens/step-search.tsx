/**
 * What 「输入你看到的提示」 finds (./search-field is the field): the index of every step's words and
 * the matching steps as links. Loaded once the page is interactive and something is typed (never on
 * the start page's critical path). The query stays in memory: never sent, stored or logged.
 */
import { useMemo } from 'react';
import { useT } from '../i18n/use-t';
import { useLooseT } from '../i18n/loose';
import { useHref } from '../routing/page-context';
import { useSchool } from '../school/school-context';
import { schoolVars } from '../school/vars';
import { buildIndex, findSteps } from '../search/find-steps';
import { RichText } from '../components/rich-text';
import { stepTitle } from './step-text';

export default function StepSearch({ query }: { query: string }) {
  const t = useT();
  const ts = useLooseT('steps');
  const tc = useLooseT('common');
  const school = useSchool();
  const href = useHref();
  const vars = useMemo(() => schoolVars(school, tc), [school, tc]);
  // built once, from the words the page has by now (the whole language)
  const index = useMemo(() => buildIndex(school.rules, (k) => String(ts(k, { ...vars, defaultValue: '' }))), [school.rules, ts, vars]);
  const found = findSteps(index, query);
  return found.length ? (
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
  );
}
