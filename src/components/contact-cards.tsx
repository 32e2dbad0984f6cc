import { useT } from '../i18n/use-t';
import type { School } from '../school/schema';
import { ExternalLink, RichText } from './rich-text';

/** CHSI customer service, as far as one school's notice gives it (who shows it: ./fact-cards). */
export function CsCard({ cs }: { cs: School['customerService'] }) {
  const t = useT();
  return (
    <div className="card card--cs">
      <p className="card__title">{t('cs.title')}</p>
      {cs.phone || cs.wechat ? (
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
        <p>{t('cs.noContact')}</p>
      )}
      {/* the number changed between notices (2020 vs 2023): never shown as current without that */}
      {cs.phone ? <p className="card__note card__note--dated">{t('cs.phoneChanged')}</p> : null}
      {cs.helpCenter ? (
        <p>
          <RichText text={t('cs.helpCenter')} />
        </p>
      ) : null}
      {cs.slow ? <p className="card__note">{t('cs.slow')}</p> : null}
    </div>
  );
}

/** One school's own academic system (HN20 names one). */
export function SystemCard({ sys }: { sys: NonNullable<School['localSystem']> }) {
  const t = useT();
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

/** What one notice asks of a classmate-assist request. */
export function ClassmateCard({ rules }: { rules: NonNullable<School['classmateAssist']> }) {
  const t = useT();
  return (
    <ul className="warnings">
      {rules.bothPhones ? <li>{t('fix.classmateBothPhones')}</li> : null}
      {rules.maxPerDay ? <li>{t('fix.classmateLimit', { count: rules.maxPerDay })}</li> : null}
    </ul>
  );
}

/** The school's joint programmes and the partner university each one's record names (N6). */
export function JointProgrammesCard({ programmes }: { programmes: School['jointProgrammes'] }) {
  const t = useT();
  return (
    <div className="card card--joint">
      <p className="card__title">{t('joint.title')}</p>
      <dl className="facts">
        {programmes.map((p) => (
          <div key={p.programme}>
            <dt>{p.programme}</dt>
            <dd>{p.recordSchool}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
