/** The kinds of space a phone keyboard or a copy-paste brings in, for the checkers' tests (name, character). */
export const spaceKinds: ReadonlyArray<readonly [string, string]> = [
  ['ASCII space', ' '],
  ['full-width space U+3000', '\u3000'],
  ['tab', '\t'],
  ['no-break space', '\u00A0'],
  ['zero-width space', '\u200B'],
];
