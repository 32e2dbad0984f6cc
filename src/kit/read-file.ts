/**
 * Reading an imported school file: JSON with a place (line, column) when it is not, and a clear
 * answer for a file of another kind (a Word file, a picture). Nothing is lost: the caller keeps the
 * form as it was unless the result is `ok`.
 */
import { jsonErrorPlace } from '../school/validate';

export type ReadResult =
  | { kind: 'ok'; data: Record<string, unknown> }
  | { kind: 'not-json'; line?: number; column?: number }
  | { kind: 'other-kind'; what: 'binary' | 'text' }
  | { kind: 'not-school' };

export function readSchoolText(bytes: Uint8Array, name: string): ReadResult {
  // a NUL byte, or a known signature: not a text file at all (PNG, JPEG, PDF, zip/docx/xlsx, old Office)
  const head = Array.from(bytes.slice(0, 8));
  const starts = (...sig: number[]) => sig.every((b, i) => head[i] === b);
  if (
    bytes.includes(0) ||
    starts(0x89, 0x50, 0x4e, 0x47) ||
    starts(0xff, 0xd8, 0xff) ||
    starts(0x25, 0x50, 0x44, 0x46) ||
    starts(0x50, 0x4b, 0x03, 0x04) ||
    starts(0xd0, 0xcf, 0x11, 0xe0)
  ) {
    return { kind: 'other-kind', what: 'binary' };
  }
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    // a text file that does not even start like JSON and is not named .json: another kind of file
    if (!/\.json$/i.test(name) && !/^[{[]/.test(trimmed)) return { kind: 'other-kind', what: 'text' };
    const place = jsonErrorPlace(text, err);
    return place ? { kind: 'not-json', ...place } : { kind: 'not-json' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { kind: 'not-school' };
  return { kind: 'ok', data: data as Record<string, unknown> };
}
