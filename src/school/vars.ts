/** The school facts that content text may interpolate (`{{school}}`, `{{entryUrl}}` …). */
import type { LooseT } from '../i18n/loose';
import type { School } from './schema';

const chsiLabels = (labels: string[]) => labels.map((l) => `[[${l}]]`).join(' → ');

export function schoolVars(school: School, t: LooseT) {
  return {
    school: school.name ?? t('school.generic'),
    entryUrl: school.chsi.entryUrl,
    registerPath: chsiLabels(school.chsi.registerPath),
    recordNav: chsiLabels(school.chsi.recordNav),
    successStatus: school.successStatusLabels.length
      ? school.successStatusLabels.map((l) => `[[${l}]]`).join(' / ')
      : t('vars.successUnknown'),
    checkItems: school.checkItems.length ? school.checkItems.join('、') : t('vars.checkItemsAll'),
  };
}
