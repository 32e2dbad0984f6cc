/**
 * Text sizes for the flow map's diagrams, estimated from the characters (no fonts, no DOM), so the
 * build (scripts/map-layout.ts) and the page agree on how a title wraps: a CJK character is 1em,
 * Latin letters about half that. Estimates err wide, so text stays inside its box on any font.
 */

/** Width of a string in em. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x2e80 || (c >= 0x2010 && c <= 0x201f && c !== 0x2014)) w += c >= 0x2e80 ? 1 : 0.4;
    else if (/[ilj.,:;'!|()[\]]/.test(ch)) w += 0.3;
    else if (ch === ' ') w += 0.3;
    else if (/[mwMW@]/.test(ch)) w += 0.9;
    else if (/[A-Z0-9]/.test(ch)) w += 0.66;
    else w += 0.56;
  }
  return w;
}

/** Break points: after a space, or between two CJK characters (never before closing punctuation). */
function pieces(text: string): string[] {
  return text.match(/[^\s\u2e80-\uffff]+\s*|[\u2e80-\uffff][，。、：；！？）」』”’]*\s*|\s+/g) ?? [text];
}

/** Lines of at most `maxEm` (a longer word gets a line of its own), at most `maxLines`, the last ending in … if cut. */
export function wrapText(text: string, maxEm: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(text)) {
    if (line && textWidth((line + piece).trimEnd()) > maxEm) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line += piece;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = shorten(`${kept[maxLines - 1]} ${lines[maxLines]}`, maxEm);
  return kept;
}

/** The text cut to `maxEm`, ending in … when cut. */
export function shorten(text: string, maxEm: number): string {
  if (textWidth(text) <= maxEm) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`) > maxEm) break;
    out += ch;
  }
  return `${out.trimEnd().replace(/[，、,;；:：(（]$/, '')}…`;
}
