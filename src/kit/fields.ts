/**
 * The school file's fields as the kit's form shows them, grouped the way content/README.md explains
 * them. Words (labels, help) are in content/locales/<lng>/kit.json under `field.<path>`; the shape
 * and the checks are src/school/schema.ts and validate.ts, the same as the build's.
 */
export type FieldKind = 'id' | 'text?' | 'date?' | 'url' | 'bool' | 'list' | 'source' | 'office?' | 'assist?' | 'local?' | 'methods';

export interface FieldDef {
  readonly path: readonly string[];
  readonly kind: FieldKind;
}

export interface GroupDef {
  readonly id: 'school' | 'time' | 'chsi' | 'offices' | 'rules' | 'methods';
  readonly fields: readonly FieldDef[];
}

const f = (path: string, kind: FieldKind): FieldDef => ({ path: path.split('.'), kind });

export const groups: readonly GroupDef[] = [
  {
    id: 'school',
    fields: [
      f('id', 'id'),
      f('name', 'text?'),
      f('source', 'source'),
      f('notice.title', 'text?'),
      f('notice.issuer', 'text?'),
      f('notice.docNo', 'text?'),
      f('notice.date', 'date?'),
      f('cohorts', 'list'),
      f('excludedCohorts', 'list'),
      f('pendingUploadCohorts', 'list'),
    ],
  },
  { id: 'time', fields: [f('window.start', 'date?'), f('window.end', 'date?')] },
  {
    id: 'chsi',
    fields: [
      f('chsi.entryUrl', 'url'),
      f('chsi.registerPath', 'list'),
      f('chsi.recordNav', 'list'),
      f('checkItems', 'list'),
      f('successStatusLabels', 'list'),
      f('logoutByClosingAllowed', 'bool'),
      f('accountIsPhone', 'bool'),
      f('classmateAssist', 'assist?'),
      f('customerService.phone', 'text?'),
      f('customerService.wechat', 'text?'),
      f('customerService.helpCenter', 'bool'),
      f('customerService.slow', 'bool'),
    ],
  },
  {
    id: 'offices',
    fields: [
      f('offices.errorReport', 'office?'),
      f('offices.forfeit', 'office?'),
      f('offices.admissions', 'office?'),
      f('offices.hukouChange', 'office?'),
      f('offices.cannotLink', 'office?'),
      f('offices.nameChangeFiling', 'office?'),
      f('localSystem', 'local?'),
    ],
  },
  {
    id: 'rules',
    fields: [
      f('rules.idConflictSplit', 'bool'),
      f('rules.conscriptionRoute', 'bool'),
      f('rules.hasLocalSystem', 'bool'),
      f('rules.uploadPending', 'bool'),
      f('rules.recordInfoMethod', 'bool'),
    ],
  },
  { id: 'methods', fields: [f('methods', 'methods')] },
];

/** The sub-fields of the block kinds, in form order. */
export const subFields = {
  'office?': [
    { key: 'name', kind: 'text' },
    { key: 'room', kind: 'text?' },
    { key: 'via', kind: 'text?' },
    { key: 'inPerson', kind: 'bool' },
    { key: 'bring', kind: 'list' },
    { key: 'deadline', kind: 'date?' },
  ],
  'assist?': [
    { key: 'maxPerDay', kind: 'int?' },
    { key: 'bothPhones', kind: 'bool' },
  ],
  'local?': [
    { key: 'name', kind: 'text' },
    { key: 'url', kind: 'url' },
    { key: 'account', kind: 'text' },
    { key: 'password', kind: 'text' },
  ],
} as const;

/** What a block holds when the teacher says the notice does say something. */
export const emptyBlock = {
  'office?': { name: '', room: null, via: null, inPerson: false, bring: [], deadline: null },
  'assist?': { maxPerDay: null, bothPhones: false },
  'local?': { name: '', url: 'https://', account: '', password: '' },
} as const;

/** The word-key prefix of a block's sub-fields in kit.json. */
export const blockWords = { 'office?': 'office', 'assist?': 'assist', 'local?': 'local' } as const;

/** The DOM id of a field's input (problems link to it). */
export const fieldId = (path: ReadonlyArray<PropertyKey>) => `f-${path.map(String).join('.')}`;

type Json = Record<string, unknown>;

export function getAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v = data;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** A copy of data with the value at path replaced (objects and arrays along the way copied). */
export function setAt<T>(data: T, path: ReadonlyArray<PropertyKey>, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const base: Json | unknown[] = Array.isArray(data) ? [...data] : { ...((data as Json) ?? {}) };
  (base as Record<PropertyKey, unknown>)[head] = setAt((base as Record<PropertyKey, unknown>)[head], rest, value);
  return base as T;
}

/** A copy of data without the key at path. */
export function removeAt<T>(data: T, path: ReadonlyArray<PropertyKey>): T {
  if (path.length === 1) {
    const copy = { ...(data as Json) };
    delete copy[String(path[0])];
    return copy as T;
  }
  return setAt(data, path.slice(0, -1), removeAt(getAt(data, path.slice(0, -1)), path.slice(-1)));
}
