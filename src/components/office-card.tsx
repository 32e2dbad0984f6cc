import { useT } from '../i18n/use-t';
import type { Office } from '../school/schema';
import { formatDate } from './format-date';

/** A school office that handles this, from a school file (who shows it: ./fact-cards). */
export function OfficeCard({ office }: { office: Office }) {
  const t = useT();
  return (
    <div className="card card--office">
      <p className="card__title">{t('office.title')}</p>
      <dl className="facts">
        <dt>{t('office.name')}</dt>
        <dd lang="zh-CN">{office.name}</dd>
        {office.room ? (
          <>
            <dt>{t('office.room')}</dt>
            <dd lang="zh-CN">{office.room}</dd>
          </>
        ) : null}
        {office.via ? (
          <>
            <dt>{t('office.via')}</dt>
            <dd lang="zh-CN">{office.via}</dd>
          </>
        ) : null}
        {office.bring.length ? (
          <>
            <dt>{t('office.bring')}</dt>
            <dd lang="zh-CN">{office.bring.join('、')}</dd>
          </>
        ) : null}
        {office.deadline ? (
          <>
            <dt>{t('office.deadline')}</dt>
            <dd>{formatDate(office.deadline, t)}</dd>
          </>
        ) : null}
      </dl>
      {office.inPerson ? <p className="card__note">{t('office.inPerson')}</p> : null}
    </div>
  );
}
