/**
 * The traditional → simplified converter for names. Loaded only through `loadToSimplified()`
 * in name-check.ts, so this module and the dictionaries (about 25 KiB gzip) end up in their own
 * chunk, fetched only on the steps that show the name checker.
 *
 * Chain: Hong Kong variants → OpenCC standard, Taiwan variants → OpenCC standard, then
 * OpenCC standard traditional → simplified (opencc-js `from/hk`, `from/tw`, `to/cn`). That
 * covers both Hong Kong (綫, 衞) and Taiwan (臺, 裏) habits as well as plain traditional (張, 陳).
 * Full imports (`opencc-js`) would pull about 500 KiB gzip; these deep imports stay small.
 */
import { ConverterFactory } from 'opencc-js/core';
import fromHk from 'opencc-js/from/hk';
import fromTw from 'opencc-js/from/tw';
import toCn from 'opencc-js/to/cn';

/**
 * Characters that are standard in mainland China but that OpenCC would still change, because
 * in running text they are sometimes the traditional form of another character. In a name they
 * are real, standard characters, so the name checker must never call them traditional:
 * - GB 2312 hanzi the chain changes (乾→干, 於→于, 著→着…; surnames 於, 麴, given name 乾…);
 *   tests/unit/tools-name-check.test.ts regenerates this part from GB 2312 and fails if it drifts;
 * - variants that 《通用规范汉字表》(2013) made standard for names (毕昇's 昇, 陞, 祕, 頫, 脩…).
 */
export const KEEP_AS_SIMPLIFIED: ReadonlySet<string> = new Set([
  // GB 2312
  '么',
  '乾',
  '著',
  '菸',
  '薹',
  '拚',
  '捱',
  '摺',
  '吒',
  '後',
  '徵',
  '夥',
  '榘',
  '於',
  '袷',
  '麴',
  '醣',
  '麽',
  // 《通用规范汉字表》 variants restored for names and specific uses
  '昇',
  '陞',
  '氾',
  '祕',
  '頫',
  '蒐',
  '脩',
  '剋',
  '扞',
]);

/** Builds the converter: one character at a time (a name is not a phrase), keeping KEEP_AS_SIMPLIFIED. */
export function createToSimplified(): (s: string) => string {
  const convert = ConverterFactory(fromHk, fromTw, toCn);
  return (s: string) => Array.from(s, (ch) => (KEEP_AS_SIMPLIFIED.has(ch) ? ch : convert(ch))).join('');
}
