/**
 * Who says so: every sentence that comes from one notice starts with `{{by_<notice>}}` in the
 * locale files (e.g. `{{by_jx22}}注册用的手机号就是你的学信网账号`). In that school's own build it
 * reads as the school's own rule (「本校通知：」); in every other build, the generic one included,
 * it names the school and the year of its notice (「江西服装学院 2022 年的通知：」), taken from
 * content/notices.json. Nothing is written per sentence, and a page's sources list names exactly
 * the notices its words and methods use (see usedSources).
 */
import { notices } from '../catalogue/fix-data';
import type { School, SourceId } from './schema';
import type { LooseT } from '../i18n/loose';

export const noticeYear = (s: SourceId) => notices[s].date.slice(0, 4);

/** How another school's fact card is introduced (「重庆文理学院 2023 年的通知写明：」). */
export const otherSchoolLine = (s: SourceId, t: LooseT) => t('attrib.card', { school: notices[s].school, year: noticeYear(s) });

const TOKEN = /\{\{by_([a-z0-9-]+)\}\}/g;

/**
 * The notices a piece of content text cites through `{{by_…}}`, in the build whose words are
 * looked up with `context` (a notice id, or `generic`): of a key and its variants `<key>_<context>`
 * only the one that build shows counts.
 */
export function citedIn(text: unknown, context: string, into: Set<SourceId> = new Set()): Set<SourceId> {
  if (typeof text === 'string') {
    for (const m of text.matchAll(TOKEN)) if (m[1]! in notices) into.add(m[1] as SourceId);
  } else if (Array.isArray(text)) for (const v of text) citedIn(v, context, into);
  else if (text && typeof text === 'object') {
    const obj = text as Record<string, unknown>;
    const contexts = ['generic', ...Object.keys(notices)];
    for (const [k, v] of Object.entries(obj)) {
      const variant = contexts.find((c) => k.endsWith(`_${c}`));
      if (variant ? variant !== context : `${k}_${context}` in obj) continue;
      citedIn(v, context, into);
    }
  }
  return into;
}

/** Schools whose notice is one of the sources, by notice: the facts other builds may cite. */
export type NoticeSchools = Partial<Record<SourceId, School>>;
