import { useT } from '../i18n/use-t';
import type { School } from '../school/schema';
import { ExternalLink } from './rich-text';

/** CHSI customer service, as far as the school's notice gives it. */
export function CsCard({ school }: { school: School }) {
  const t = useT();
  const cs = school.customerService;
  const any = cs.phone || cs.wechat || cs.helpCenter;
  return (
    <div className="card card--cs">
      <p className="card__title">{t('cs.title')}</p>
      {any ? (
        <dl className="facts">
          {cs.phone ? (
            <>
              <dt>{t('cs.phone')}</dt>
              <dd>
                <a href={`tel:${cs.phone.replace(/[^\d+]/g, '')}`}>{cs.phone}</a>
              </dd>
            </>
          ) : null}
          {cs.wechat ? (
            <>
              <dt>{t('cs.wechat')}</dt>
              <dd>{cs.wechat}</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p>{t('cs.none')}</p>
      )}
      {cs.helpCenter ? <p>{t('cs.helpCenter')}</p> : null}
      {cs.slow ? <p className="card__note">{t('cs.slow')}</p> : null}
    </div>
  );
}

/** The school's own academic system (HN20 names one), or nothing. */
export function SystemCard({ school }: { school: School }) {
  const t = useT();
  const sys = school.localSystem;
  if (!sys) return <p className="card card--missing">{t('office.none')}</p>;
  return (
    <div className="card card--system">
      <p className="card__title">{t('system.title')}</p>
      <dl className="facts">
        <dt>{t('system.name')}</dt>
        <dd lang="zh-CN">{sys.name}</dd>
        <dt>{t('system.url')}</dt>
        <dd>
          <ExternalLink href={sys.url} />
        </dd>
        <dt>{t('system.account')}</dt>
        <dd lang="zh-CN">{sys.account}</dd>
        <dt>{t('system.password')}</dt>
        <dd lang="zh-CN">{sys.password}</dd>
      </dl>
    </div>
  );
}
