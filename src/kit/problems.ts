/** A validation problem (src/school/validate.ts) in the kit's words, naming the field as the form does. */
import type { LooseT } from '../i18n/loose';
import type { Problem } from '../school/validate';
import { blockWords, fieldId, groups } from './fields';

type T = LooseT;

/** What is wrong, in the kit's language. */
export function problemText(t: T, p: Problem): string {
  const last = String(p.path.at(-1) ?? '');
  if (p.kind === 'bad-format' && p.path.length === 1 && last === 'id') return t('problem.badId');
  if (p.kind === 'bad-format' && /url$/i.test(last)) return t('problem.badUrl');
  return t(`problem.${p.kind ?? 'other'}`);
}

/** The field's name as the form shows it: 「办事部门 · 学籍状态显示“放弃入学资格”去哪里办 · 地点、房间号」. */
export function fieldName(t: T, path: ReadonlyArray<PropertyKey>): string {
  const keys = path.map(String);
  for (const group of groups) {
    for (const def of group.fields) {
      const n = def.path.length;
      if (def.path.join('.') !== keys.slice(0, n).join('.')) continue;
      const parts = [t(`groups.${group.id}`), t(`field.${def.path.join('.')}.label`)];
      const rest = keys.slice(n);
      if (rest.length > 0 && def.kind in blockWords) parts.push(t(`${blockWords[def.kind as keyof typeof blockWords]}.${rest[0]}.label`));
      const index = rest.find((k) => /^\d+$/.test(k) && def.kind !== 'methods');
      if (index !== undefined) parts.push(t('list.item', { n: Number(index) + 1 }));
      if (def.kind === 'methods' && rest.length > 0) parts.push(rest.join(' · '));
      return parts.join(' · ');
    }
  }
  return keys.join('.') || '—';
}

/** The id of the nearest input a problem can link to. */
export function problemTarget(path: ReadonlyArray<PropertyKey>): string {
  for (let n = path.length; n > 0; n -= 1) {
    const id = fieldId(path.slice(0, n));
    if (typeof document !== 'undefined' && document.getElementById(id)) return id;
  }
  return fieldId(path.slice(0, 1));
}
