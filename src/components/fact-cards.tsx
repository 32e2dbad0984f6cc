/**
 * A procedure's fact card (office, CHSI customer service, school system, classmate rules): the
 * school's own, or, where its notice is silent, each other school's version introduced by that
 * school's name and year (src/school/facts.ts). Nothing of another school is shown unattributed.
 */
import type { ReactNode } from 'react';
import noticeSchools from 'virtual:notice-schools';
import { useT } from '../i18n/use-t';
import { useLooseT } from '../i18n/loose';
import { otherSchoolLine } from '../school/attribution';
import { cardOf, factsFrom, pickFact } from '../school/facts';
import type { CardId } from '../catalogue/schema';
import type { Office, School } from '../school/schema';
import { OfficeCard } from './office-card';
import { ClassmateCard, CsCard, JointProgrammesCard, SystemCard } from './contact-cards';

function card(kind: CardId, value: unknown): ReactNode {
  if (kind === 'customer-service') return <CsCard cs={value as School['customerService']} />;
  if (kind === 'school-system') return <SystemCard sys={value as NonNullable<School['localSystem']>} />;
  if (kind === 'classmate-assist') return <ClassmateCard rules={value as NonNullable<School['classmateAssist']>} />;
  if (kind === 'joint-programmes') return <JointProgrammesCard programmes={value as School['jointProgrammes']} />;
  return <OfficeCard office={value as Office} />;
}

const noneKey = (kind: CardId) =>
  kind === 'customer-service' ? 'cs' : kind === 'school-system' ? 'system' : kind === 'joint-programmes' ? 'joint' : 'office';

export function FactCards({ procedure, school }: { procedure: string; school: School }) {
  const t = useT();
  const tc = useLooseT('common');
  const kind = cardOf(procedure);
  if (!kind) return null;
  const facts = factsFrom(school, noticeSchools, pickFact(kind));
  const own = facts.length === 1 && facts[0]!.from === null;
  if (own) return <>{card(kind, facts[0]!.value)}</>;
  const generic = !school.source && !school.name;
  // the classmate rules are only a note beside the steps: nothing to say when no notice has one
  const none =
    kind === 'classmate-assist' ? null : <p className="card card--missing">{tc(`${noneKey(kind)}.${generic ? 'noneGeneric' : 'none'}`)}</p>;
  return (
    <>
      {generic ? null : none}
      {facts.length ? (
        <div className="fact-others">
          {!generic && kind !== 'classmate-assist' ? <p className="fact-others__intro">{t('attrib.othersIntro')}</p> : null}
          {facts.map((f) => (
            <div className="fact-from" data-source={f.from ?? undefined} key={f.from}>
              <p className="fact-from__who">{otherSchoolLine(f.from!, tc)}</p>
              {card(kind, f.value)}
            </div>
          ))}
        </div>
      ) : null}
      {generic ? none : null}
    </>
  );
}
