/** The school facts that content text may interpolate (`{{school}}`, `{{entryUrl}}`, `{{by_cq23}}` …). */
import type { LooseT } from '../i18n/loose';
import type { School } from './schema';
import { attributionVars } from './attribution-vars';

const chsiLabels = (labels: string[]) => labels.map((l) => `[[${l}]]`).join(' → ');

export function schoolVars(school: School, t: LooseT) {
  const labels = school.successStatusLabels.map((l) => `[[${l}]]`).join(' / ');
  return {
    school: school.name ?? t('school.generic'),
    entryUrl: school.chsi.entryUrl,
    registerPath: chsiLabels(school.chsi.registerPath),
    recordNav: chsiLabels(school.chsi.recordNav),
    // whole sentences: a notice that names no success label gets its own wording, not a blank
    successStep: labels ? t('vars.successStep', { labels }) : t('vars.successStepUnknown'),
    successOption: labels ? t('vars.successOption', { labels }) : t('vars.successOptionUnknown'),
    checkItems: school.checkItems.length ? school.checkItems.join('、') : t('vars.checkItemsAll'),
    ...attributionVars(t, school.source),
  };
}
