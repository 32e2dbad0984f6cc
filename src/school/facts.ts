/**
 * Which school's facts a card shows. A school's own fact, when its file has one; where its notice
 * is silent, the same fact from each school whose notice gives it (content/schools/*.json with a
 * `source`), each to be introduced by that school's name and year. The generic build has no facts
 * of its own, so it shows every school's version side by side.
 */
import { cards, notices } from '../catalogue/fix-data';
import type { CardId } from '../catalogue/schema';
import type { School, SourceId } from './schema';
import type { NoticeSchools } from './attribution';

export interface FactFrom<T> {
  /** null: the school's own fact; otherwise the notice it comes from. */
  from: SourceId | null;
  value: T;
}

export function factsFrom<T>(school: School, others: NoticeSchools, pick: (s: School) => T | null | undefined): FactFrom<T>[] {
  const own = pick(school);
  if (own != null) return [{ from: null, value: own }];
  const out: FactFrom<T>[] = [];
  for (const s of Object.keys(notices) as SourceId[]) {
    const other = others[s];
    if (s === school.source || !other) continue;
    const value = pick(other);
    if (value != null) out.push({ from: s, value });
  }
  return out;
}

/** The fact cards a procedure shows beside its steps. */
export type FactKind = keyof School['offices'] | 'customerService' | 'localSystem' | 'classmateAssist';

export const pickFact: Record<FactKind, (s: School) => unknown> = {
  errorReport: (s) => s.offices.errorReport,
  forfeit: (s) => s.offices.forfeit,
  admissions: (s) => s.offices.admissions,
  hukouChange: (s) => s.offices.hukouChange,
  cannotLink: (s) => s.offices.cannotLink,
  nameChangeFiling: (s) => s.offices.nameChangeFiling,
  customerService: (s) => {
    const c = s.customerService;
    return c.phone || c.wechat || c.helpCenter || c.slow ? c : null;
  },
  localSystem: (s) => s.localSystem,
  classmateAssist: (s) => (s.classmateAssist && (s.classmateAssist.maxPerDay || s.classmateAssist.bothPhones) ? s.classmateAssist : null),
};

/** The card a procedure shows (content/catalogue/procedure-cards.json), as the school fact it reads. */
const kindOfCard = (card: CardId): FactKind =>
  card === 'customer-service' ? 'customerService' : card === 'school-system' ? 'localSystem' : card === 'classmate-assist' ? 'classmateAssist' : (card.slice('office.'.length) as FactKind);

export const factFor: Partial<Record<string, FactKind>> = Object.fromEntries(Object.entries(cards).map(([p, c]) => [p, kindOfCard(c!)]));

/** The notices whose facts a procedure's card cites in this build. */
export function factSources(procedure: string, school: School, others: NoticeSchools): SourceId[] {
  const kind = factFor[procedure];
  if (!kind) return [];
  return factsFrom(school, others, pickFact[kind]).flatMap((f) => (f.from ? [f.from] : school.source ? [school.source] : []));
}
