/**
 * The start page's 「输入你看到的提示」: type a few characters of a CHSI message or a symptom and
 * the matching steps appear as links. The field is part of the prerendered page, so it takes its
 * place before the app starts (nothing moves when it does); it shows only where scripts run (the
 * head's js-flag script marks <html class="js"> before the first paint), and the index and the results (./step-search) load once the
 * page is interactive and something is typed. What is typed stays in this component's state:
 * never sent, stored or logged.
 */
import { lazy, Suspense, useId, useState } from 'react';
import { useT } from '../i18n/use-t';

const SearchResults = lazy(() => import('./step-search'));

export function SearchField({ ready }: { ready: boolean }) {
  const t = useT();
  const id = useId();
  const [query, setQuery] = useState('');
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
        onChange={(e) => setQuery(e.target.value)}
      />
      <div id={`${id}-results`} aria-live="polite">
        {ready && query.trim() ? (
          <Suspense fallback={null}>
            <SearchResults query={query} />
          </Suspense>
        ) : null}
      </div>
    </section>
  );
}
