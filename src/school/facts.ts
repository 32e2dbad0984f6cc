/**
 * Which school's facts a card shows. A school's own fact, when its file has one; where its notice
 * is silent, the same fact from each school whose notice gives it (content/schools/*.json with a
 * `source`), each to be introduced by that school's name and year. The generic build has no facts
 * of its own, so it shows every school's version side by side.
 */
import type { School, SourceId } from './schema';
import type { NoticeSchools } from './attribution';
import { cards, notices } from '../catalogue/fix-data';
import type { CardId } from '../catalogue/schema';

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

/** What a fact card shows, by the card a procedure names (content/catalogue/procedure-cards.json). */
export const pickFact =
  (card: CardId) =>
  (s: School): unknown => {
    if (card.startsWith('office.')) return s.offices[card.slice('office.'.length) as keyof School['offices']];
    if (card === 'customer-service') {
      const c = s.customerService;
      return c.phone || c.wechat || c.helpCenter || c.slow ? c : null;
    }
    if (card === 'school-system') return s.localSystem;
    if (card === 'joint-programmes') return s.jointProgrammes.length ? s.jointProgrammes : null;
    return s.classmateAssist && (s.classmateAssist.maxPerDay || s.classmateAssist.bothPhones) ? s.classmateAssist : null;
  };

export const cardOf = (procedure: string): CardId | undefined => cards[procedure as keyof typeof cards];

/** The notices whose facts a procedure's card cites in this build. */
export function factSources(procedure: string, school: School, others: NoticeSchools): SourceId[] {
  const card = cardOf(procedure);
  if (!card) return [];
  return factsFrom(school, others, pickFact(card)).flatMap((f) => (f.from ? [f.from] : school.source ? [school.source] : []));
}
