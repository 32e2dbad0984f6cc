/**
 * Every notice the content cites is a stored copy in ../shared (seeds/ or sources/, read-only,
 * beside the clone in CI), and the facts a sentence gives after `{{by_<notice>}}` that can be
 * checked letter for letter (phone numbers, e-mail and web addresses) are in that notice's copy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const shared = join(root, '..', 'shared');
const read = (p: string) => readFileSync(p, 'utf8');
interface Notice {
  school: string;
  date: string;
  url: string | null;
  file: string;
  inferred?: true;
  unverified?: true;
}
const notices = JSON.parse(read(join(root, 'content/notices.json'))) as Record<string, Notice>;
const wordFiles = ['steps', 'procedures', 'common', 'tools'].flatMap((f) => ['zh-CN', 'en'].map((l) => `content/locales/${l}/${f}.json`));

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}
const allWords = wordFiles.flatMap((f) => strings(JSON.parse(read(join(root, f)))).map((text) => ({ file: f, text })));
/** The stored copy's header (above `---`) and body. */
const copy = (n: Notice) => {
  const [header, ...rest] = read(join(shared, n.file)).split('\n---\n');
  return { header: header!, body: rest.join('\n---\n') };
};

describe('content/notices.json', () => {
  it('has the three seeds and the eleven later notices', () => {
    expect(Object.keys(notices)).toHaveLength(14);
  });

  it.each(Object.entries(notices))('%s: its stored copy exists in ../shared', (_, n) => {
    expect(existsSync(join(shared, n.file)), n.file).toBe(true);
  });

  it.each(Object.entries(notices).filter(([, n]) => n.file.startsWith('sources/')))(
    '%s: address, year and issuer flags as its stored copy says',
    (_, n) => {
      const { header } = copy(n);
      expect(header).toContain(`source: ${n.url}`);
      expect(n.file).toContain(`_${n.date.slice(0, 4)}_`);
      const issuer = header.split('\n').find((l) => l.startsWith('issuer:')) ?? '';
      expect(/domain|inferred|inference/.test(issuer), `inferred ⇔ the header reads the school from the address: ${issuer}`).toBe(
        Boolean(n.inferred),
      );
      expect(/unverified/.test(issuer), `unverified ⇔ the header says so: ${issuer}`).toBe(Boolean(n.unverified));
    },
  );
});

describe('the words cite only notices that exist, and hold only what they say', () => {
  it('every {{by_<notice>}} names a notice', () => {
    const unknown = allWords.flatMap(({ file, text }) =>
      [...text.matchAll(/\{\{by_([^}]+)\}\}/g)].filter((m) => !(m[1]! in notices)).map((m) => `${file}: ${m[0]}`),
    );
    expect(unknown).toEqual([]);
  });

  it('phone numbers, e-mail and web addresses after {{by_<notice>}} are in that notice', () => {
    const facts = /0\d{2,3}[-—]\d{7,8}|[\w.]+@[\w.]+\.[a-z]+|https?:\/\/[A-Za-z0-9./_?=&-]+[A-Za-z0-9/]/g;
    const missing: string[] = [];
    let checked = 0;
    for (const { file, text } of allWords) {
      // each part: from one {{by_…}} to the next
      for (const part of text.split(/(?=\{\{by_)/)) {
        const m = /^\{\{by_([a-z0-9-]+)\}\}/.exec(part);
        if (!m || !notices[m[1]!]) continue;
        const body = copy(notices[m[1]!]!).body.replace(/\s+/g, '');
        for (const fact of part.match(facts) ?? []) {
          checked++;
          if (!body.includes(fact.replace(/—/g, '-')) && !body.includes(fact)) missing.push(`${file}: ${m[1]} does not say ${fact}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(5);
  });
});
