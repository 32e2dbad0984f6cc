/**
 * What a page loads before it hydrates is enough to render it exactly as the server did:
 * - its words: a page rendered with only the words its server render looked up (#page-words)
 *   gives the same HTML as with the whole locale, for every step, language and school;
 * - its parts: every step that shows methods, sources or drawings lists that part in `partsFor`,
 *   so main.tsx loads it before hydrating (the rest load before the first change of step).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { App } from '../../src/app';
import { steps, stepIds, START } from '../../src/flow/steps';
import { createI18n, type LocaleBundle } from '../../src/i18n/i18n';
import { langCodes } from '../../src/i18n/languages';
import { inlineJson, pageWords, recordLookups } from '../../src/i18n/page-words';
import { drawingsFor } from '../../src/drawings/which';
import { laterParts, loadParts, partsFor } from '../../src/screens/page-parts';
import { methodsFor } from '../../src/school/methods';
import { readLocale, readSchool } from '../../scripts/content-plugin';
import { schoolIds } from '../helpers/schools';

beforeAll(() => loadParts());

/**
 * Each word test renders every step of one language twice on the server (about 120 renders,
 * 40 ms each on this 2-core machine when other work runs beside it, so 2–10 s). Nothing here
 * measures time: the explicit timeout only stops a hang, without racing Vitest's 5 s default.
 */
const RENDER_EVERY_STEP_TIMEOUT = 60_000;

describe.each(schoolIds.map((id) => [id, readSchool(id)] as const))('school %s', (_id, school) => {
  it.each(langCodes)(
    'a %s page rendered with only its own words is the page rendered with every word',
    (lang) => {
      const full = readLocale(lang) as LocaleBundle;
      const allSteps = JSON.stringify(full.steps).length;
      let checked = 0;
      for (const step of stepIds) {
        const server = createI18n(lang, full);
        const seen = recordLookups(server);
        const html = renderToString(<App school={school} lang={lang} page={step} i18n={server} />);
        const own = JSON.parse(inlineJson(pageWords(full, seen))) as LocaleBundle;
        // far fewer words than the whole locale (the point of it), but not none
        expect(JSON.stringify(own.steps).length).toBeLessThan(allSteps / 4);
        expect(Object.keys(own.steps ?? {})).toContain(step);
        const client = renderToString(<App school={school} lang={lang} page={step} i18n={createI18n(lang, own)} />);
        expect(client, `${lang} ${step}`).toBe(html);
        checked += 1;
      }
      expect(checked).toBe(stepIds.length);
    },
    RENDER_EVERY_STEP_TIMEOUT,
  );

  it('every step lists the parts it shows', () => {
    for (const step of stepIds) {
      const parts = partsFor(step, school);
      const showsSources = steps[step].kind !== 'question' && step !== START;
      if (methodsFor(step, school).methods.length > 0 || showsSources) expect(parts, step).toContain('fix');
      if (drawingsFor(step, school).length > 0) expect(parts, step).toContain('drawings');
    }
    expect(partsFor('counselor', school)).toEqual(['counselor']);
    expect(partsFor('map', school)).toEqual(['map']);
    expect(partsFor(START, school)).not.toContain('fix');
  });

  it('a step page loads, once idle, every part another step may show, and not the counselor page or the map', () => {
    const later = laterParts(START);
    for (const step of stepIds) for (const part of partsFor(step, school)) expect(later, `${step} shows ${part}`).toContain(part);
    expect(later).not.toContain('counselor');
    expect(later).not.toContain('map');
    // the counselor page and the map change no step: they load nothing more
    expect(laterParts('counselor')).toEqual([]);
    expect(laterParts('map')).toEqual([]);
  });
});

describe('inlineJson', () => {
  it('cannot close the script element it sits in', () => {
    const text = inlineJson({ a: '</script><script>alert(1)</script>', b: '\u2028' });
    expect(text).not.toMatch(/<\/?script/i);
    expect(JSON.parse(text)).toEqual({ a: '</script><script>alert(1)</script>', b: '\u2028' });
  });
});
