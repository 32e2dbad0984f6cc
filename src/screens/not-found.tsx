import { useT } from '../i18n/use-t';
import { useHref } from '../routing/page-context';

/** Any address that names no step: say so, and offer the start. Nothing from the address is shown. */
export function NotFound() {
  const t = useT();
  const href = useHref();
  return (
    <article className="step step--not-found">
      <h1 className="step__title" tabIndex={-1}>
        {t('notFound.title')}
      </h1>
      <p className="step__body">{t('notFound.body')}</p>
      <p>
        <a className="button button--primary" href={href('start')} data-to-start="">
          {t('notFound.toStart')}
        </a>
      </p>
    </article>
  );
}
