/**
 * Small helpers shared by the checkers. No state, no DOM.
 */
import type { TFunction } from 'i18next';

/** Every kind of space a phone keyboard or a copy-paste can bring in, visible or not: ASCII, full-width U+3000, tab, NBSP, zero-width. */
export const SPACE = /[\s\u200B-\u200D\u2060\uFEFF]/u;
/** Runs of them, everywhere in a text. */
export const SPACES = new RegExp(`${SPACE.source}+`, 'gu');

/** A character as the student can see it: itself, or `U+XXXX` for an invisible or control one. */
export function showChar(ch: string): string {
  if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(ch)) return ch;
  const code = ch.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** 「a」、「b」: each character quoted, in the locale's list style. */
export function quoteChars(t: TFunction<'tools'>, chars: readonly string[]): string {
  return chars.map((ch) => t('quoted', { text: showChar(ch) })).join(t('listSeparator'));
}
