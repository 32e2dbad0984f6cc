/**
 * The translations mirror zh-CN: same keys, same array lengths, the same CHSI `[[labels]]` (kept in
 * simplified characters), the same `{{vars}}`; en glosses every CHSI label; zh-Hant is exactly what
 * scripts/to-hant.mjs generates.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createI18n, namespaces } from '../../src/i18n/i18n';

const root = join(import.meta.dirname, '..', '..');
const localesDir = join(root, 'content', 'locales');
const SOURCE = 'zh-CN';
const TRANSLATIONS = ['en', 'zh-Hant'] as const;

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
type Leaf = { path: string; value: string };

const jsonFiles = (lng: string) =>
  existsSync(join(localesDir, lng))
    ? readdirSync(join(localesDir, lng))
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
const readJson = (...parts: string[]): Json => JSON.parse(readFileSync(join(...parts), 'utf8')) as Json;
const readLocaleFile = (lng: string, file: string) => readJson(localesDir, lng, file);

const sourceFiles = jsonFiles(SOURCE);

/** Every node's path with its kind; arrays record their length, so a shorter array differs. */
function shape(value: Json, path = ''): string[] {
  if (Array.isArray(value)) return [`${path} [array:${value.length}]`, ...value.flatMap((v, i) => shape(v, `${path}[${i}]`))];
  if (value !== null && typeof value === 'object') {
    return [`${path} {object}`, ...Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k))];
  }
  return [`${path} <${typeof value}>`];
}

function leaves(value: Json, path = ''): Leaf[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [];
}

const labelsOf = (s: string) => [...s.matchAll(/\[\[([^\]]+)\]\]/g)].map((m) => m[1]).sort();
const varsOf = (s: string) => [...new Set([...s.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1]))].sort();

/** Leaves of a translation file by path, for lookups against zh-CN. */
const leafMap = (lng: string, file: string) => new Map(leaves(readLocaleFile(lng, file)).map((l) => [l.path, l.value]));

/** CHSI labels the school files put into text through {{registerPath}}, {{recordNav}}, {{successStatus}}. */
function schoolLabels(): string[] {
  const dir = join(root, 'content', 'schools');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const s = readJson(dir, f) as { chsi: { registerPath: string[]; recordNav: string[] }; successStatusLabels: string[] };
      return [...s.chsi.registerPath, ...s.chsi.recordNav, ...s.successStatusLabels];
    });
}

describe('locale files', () => {
  it('zh-CN has a file for every namespace the app loads (except the English-only glossary)', () => {
    expect(sourceFiles).toEqual(
      namespaces
        .filter((n) => n !== 'glossary')
        .map((n) => `${n}.json`)
        .sort(),
    );
  });

  it('en has the zh-CN files plus glossary.json; zh-Hant has exactly the zh-CN files', () => {
    expect(jsonFiles('en')).toEqual([...sourceFiles, 'glossary.json'].sort());
    expect(jsonFiles('zh-Hant')).toEqual(sourceFiles);
    expect(jsonFiles(SOURCE)).not.toContain('glossary.json');
  });

  it('no string is empty in any locale', () => {
    const empty: string[] = [];
    for (const lng of [SOURCE, ...TRANSLATIONS]) {
      for (const file of jsonFiles(lng)) {
        for (const l of leaves(readLocaleFile(lng, file))) if (l.value.trim() === '') empty.push(`${lng}/${file} ${l.path}`);
      }
    }
    expect(empty).toEqual([]);
  });
});

describe.each(TRANSLATIONS)('%s mirrors zh-CN', (lng) => {
  it.each(sourceFiles)('%s: same keys and array lengths (nothing missing, no orphans)', (file) => {
    const source = shape(readLocaleFile(SOURCE, file));
    const target = shape(readLocaleFile(lng, file));
    const missing = source.filter((p) => !target.includes(p));
    const orphans = target.filter((p) => !source.includes(p));
    expect({ missing, orphans }).toEqual({ missing: [], orphans: [] });
  });

  it.each(sourceFiles)('%s: every string keeps the same [[CHSI labels]], in simplified characters', (file) => {
    const target = leafMap(lng, file);
    const wrong = leaves(readLocaleFile(SOURCE, file))
      .filter((l) => target.has(l.path))
      .filter((l) => labelsOf(l.value).join('|') !== labelsOf(target.get(l.path)!).join('|'))
      .map((l) => ({ path: l.path, zhCN: labelsOf(l.value), [lng]: labelsOf(target.get(l.path)!) }));
    expect(wrong).toEqual([]);
  });

  it.each(sourceFiles)('%s: every string keeps the same {{vars}}', (file) => {
    const target = leafMap(lng, file);
    const wrong = leaves(readLocaleFile(SOURCE, file))
      .filter((l) => target.has(l.path))
      .filter((l) => !(file === 'common.json' && l.path === 'date'))
      .filter((l) => varsOf(l.value).join('|') !== varsOf(target.get(l.path)!).join('|'))
      .map((l) => ({ path: l.path, zhCN: varsOf(l.value), [lng]: varsOf(target.get(l.path)!) }));
    expect(wrong).toEqual([]);
  });
});

it.each(TRANSLATIONS)('%s: the date pattern uses only the parts formatDate passes', (lng) => {
  // A date is written differently per language (2023年10月7日, 2023-10-07), so this key may use
  // any of the parts src/components/format-date.ts provides, and no other.
  const allowed = ['day', 'dd', 'mm', 'month', 'year'];
  const date = (readLocaleFile(lng, 'common.json') as { date: string }).date;
  expect(varsOf(date).filter((v) => !allowed.includes(v))).toEqual([]);
  expect(varsOf(date).length).toBe(3);
});

describe('en glossary', () => {
  const glossary = readLocaleFile('en', 'glossary.json') as Record<string, Json>;
  const used = new Set([
    ...sourceFiles.flatMap((f) => leaves(readLocaleFile(SOURCE, f)).flatMap((l) => labelsOf(l.value))),
    ...schoolLabels(),
  ]);

  it('is a flat map of label → non-empty English text', () => {
    const bad = Object.entries(glossary).filter(([, v]) => typeof v !== 'string' || v.trim() === '');
    expect(bad).toEqual([]);
  });

  it('covers every [[label]] in zh-CN and every CHSI label in the school files', () => {
    expect([...used].filter((l) => !(l in glossary)).sort()).toEqual([]);
  });

  it('has no entry for a label nobody uses', () => {
    expect(
      Object.keys(glossary)
        .filter((l) => !used.has(l))
        .sort(),
    ).toEqual([]);
  });

  it('every label resolves through i18next as the app looks it up (labels may contain “.”)', () => {
    const i18n = createI18n('en', { glossary: glossary as Record<string, unknown> });
    const unresolved = Object.entries(glossary).filter(
      ([label, gloss]) => !i18n.exists(label, { ns: 'glossary' }) || i18n.t(label, { ns: 'glossary' }) !== gloss,
    );
    expect(unresolved).toEqual([]);
  });
});

describe('zh-Hant is generated by scripts/to-hant.mjs', () => {
  let hant: {
    generate: () => Record<string, string>;
    convertString: (s: string) => string;
  };
  beforeAll(async () => {
    const script: string = join(root, 'scripts', 'to-hant.mjs');
    hant = await import(/* @vite-ignore */ script);
  });

  it('every zh-Hant file is exactly what the script produces (run `node scripts/to-hant.mjs`)', () => {
    const expected = hant.generate();
    expect(Object.keys(expected).sort()).toEqual(sourceFiles);
    for (const [file, text] of Object.entries(expected)) {
      expect(readFileSync(join(localesDir, 'zh-Hant', file), 'utf8'), `zh-Hant/${file} is stale or hand-edited`).toBe(text);
    }
  });

  it('converts the text around CHSI labels and vars, never the tokens themselves', () => {
    expect(hant.convertString('点击 [[找回用户名]]，填写{{school}}的账号后再登录。')).toBe(
      '點擊 [[找回用户名]]，填寫{{school}}的帳號後再登錄。',
    );
  });

  it('is deterministic', () => {
    expect(hant.generate()).toEqual(hant.generate());
  });
});
