/**
 * Generates content/locales/zh-Hant/*.json from content/locales/zh-CN/*.json with opencc-js.
 *
 *   node scripts/to-hant.mjs          regenerate zh-Hant (never touches en or zh-CN)
 *
 * Conversion is character-level Taiwan standard (`cn` → `tw`), not the `twp` phrase set: `twp`
 * swaps vocabulary (信息→資訊, 用户名→使用者名稱, 审核→稽核, 项目→專案), which would no longer
 * match the words on CHSI's own pages that students look for.
 *
 * Text is split on `[[CHSI label]]` and `{{var}}` tokens; only the text between them is converted,
 * so a CHSI label stays byte-for-byte simplified and placeholders keep their names. A small
 * override table then fixes the few results that read wrong. Keys are never converted.
 *
 * zh-Hant is generated, not edited: tests/unit/locales.test.ts compares it with `convertLocale()`.
 */
import { readFileSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCCModule from 'opencc-js';

const OpenCC = OpenCCModule.default ?? OpenCCModule;
const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
export const sourceDir = join(root, 'content', 'locales', 'zh-CN');
export const targetDir = join(root, 'content', 'locales', 'zh-Hant');

/** Segments never converted: CHSI's own labels and interpolation placeholders. */
const TOKEN = /(\[\[[^\]]+\]\]|\{\{[^}]+\}\})/;

/**
 * Applied to converted text, longest first. Keep it small: only what opencc gets wrong or what
 * reads as mainland usage in traditional characters.
 */
export const OVERRIDES = [
  // Taiwan and Hong Kong write 帳號 for an account; opencc keeps the mainland 賬.
  ['賬號', '帳號'],
  ['賬戶', '帳戶'],
  // 亲自注册 comes out as 親自注冊 (the phrase table splits it as 親自 + 注冊).
  ['注冊', '註冊'],
  // A web link is 連結; 鏈接 reads as mainland usage.
  ['鏈接', '連結'],
  // Traditional-Chinese quotation marks.
  ['“', '「'],
  ['”', '」'],
];

function applyOverrides(text) {
  let out = text;
  for (const [from, to] of OVERRIDES) out = out.split(from).join(to);
  return out;
}

/** Converts one string, leaving every `[[…]]` and `{{…}}` exactly as it was. */
export function convertString(text) {
  return text
    .split(TOKEN)
    .map((part, i) => (i % 2 === 1 ? part : applyOverrides(toTw(part))))
    .join('');
}

/** Converts every string value of a locale file (keys and structure unchanged). */
export function convertLocale(value) {
  if (typeof value === 'string') return convertString(value);
  if (Array.isArray(value)) return value.map(convertLocale);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convertLocale(v)]));
  }
  return value;
}

/** The zh-CN file names, sorted, e.g. ['common.json', …]. */
export function sourceFiles() {
  return readdirSync(sourceDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/** File name → the exact text zh-Hant/<file> should contain. */
export function generate() {
  return Object.fromEntries(
    sourceFiles().map((f) => {
      const data = JSON.parse(readFileSync(join(sourceDir, f), 'utf8'));
      return [f, `${JSON.stringify(convertLocale(data), null, 2)}\n`];
    }),
  );
}

function main() {
  mkdirSync(targetDir, { recursive: true });
  for (const [file, text] of Object.entries(generate())) {
    writeFileSync(join(targetDir, file), text);
    console.log(`zh-Hant/${file}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
