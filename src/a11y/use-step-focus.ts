import { useEffect, useRef } from 'react';
import { useT } from '../i18n/use-t';
import { plain } from '../i18n/plain';
import { useSchool } from '../school/school-context';
import { pageTitle } from './page-title';
import { afterPaint } from '../routing/after-paint';

/**
 * On every step change (not the first paint): name the step in `document.title` and move focus
 * to its heading, so screen-reader and keyboard users land on the new step.
 */
export function useStepFocus(step: string, title: string) {
  const ref = useRef<HTMLHeadingElement>(null);
  const t = useT();
  const school = useSchool();
  const first = useRef(true);
  useEffect(() => {
    const name = pageTitle(plain(title), t('app.name'), school.name);
    afterPaint(() => (document.title = name));
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus();
  }, [step, title, t, school.name]);
  return ref;
}
