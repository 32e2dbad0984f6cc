// @vitest-environment jsdom
/**
 * The flow map's diagrams (src/map/): every step a school's students can reach is a box linking
 * to its page, in every language; branches the school's rules turn off are not drawn; every
 * answer is an arrow, except a fix's "it worked" / "it still does not work" where they leave the
 * area (the legend says so); the boxes fit the words they carry.
 */
import { describe, expect, it } from 'vitest';
import { optionsFor } from '../../src/flow/options';
import { shortestTrails } from '../../src/flow/paths';
import { stepIds, steps, type StepId } from '../../src/flow/steps';
import { exitId, leftOut, mapGraphs, rulesKey } from '../../src/map/graph';
import { everyRuleSet } from '../../scripts/map-layout';
import { langCodes } from '../../src/i18n/languages';
import { renderApp } from '../helpers/render-app';
import { schools } from '../helpers/schools';

/** The step a diagram box links to, from its href (relative to <lang>/map/). */
const linked = (a: Element) =>
  a
    .getAttribute('href')!
    .replace(/^(\.\.\/)+/, '')
    .replace(/^(en|zh-hant)\//, '')
    .replace(/\/$/, '') || 'start';

describe.each(schools.map((s) => [s.id, s] as const))('school %s', (_id, school) => {
  const reachable = [...shortestTrails(school.rules).keys()];

  it('every answer a student can give is an edge of its area, or a left-out outcome that leaves it', () => {
    const graphs = mapGraphs(school.rules);
    for (const from of reachable) {
      for (const o of optionsFor(from, school.rules)) {
        const areas =
          from === 'start' ? graphs.filter((g) => g.area === steps[o.to].area) : graphs.filter((g) => g.area === steps[from].area);
        const leaves = steps[o.to].area !== steps[from].area;
        if (from !== 'start' && leaves && leftOut.has(o.id)) continue;
        expect(areas, `${from} —${o.id}→ ${o.to}`).toHaveLength(1);
        const to = areas[0].area === steps[o.to].area ? o.to : exitId(o.to);
        const edge = areas[0].edges.find((e) => e.from === from && e.to === to);
        expect(edge?.options, `${from} —${o.id}→ ${o.to}`).toContain(o.id);
      }
    }
  });

  describe.each(langCodes)('%s', (lang) => {
    it('draws every step it can reach as a linked box, and nothing its rules turn off', async () => {
      await renderApp({ school: school.id, page: 'map', lang });
      const boxes = [...document.querySelectorAll('.map-svg a.map-n')];
      const drawn = new Set(boxes.filter((a) => !a.classList.contains('map-n--exit')).map(linked));
      expect([...drawn].sort()).toEqual([...reachable].sort());
      const off = stepIds.filter((s) => !reachable.includes(s));
      for (const s of off) expect(boxes.map(linked), `${s} is off for ${school.id}`).not.toContain(s);
      // every box names its step
      for (const a of boxes) expect(a.textContent!.trim().length, linked(a)).toBeGreaterThan(1);
    });
  });
});

it('a school build leaves out the branches its rules turn off (cqwu has no conscription or local-system steps)', () => {
  const cqwu = schools.find((s) => s.id === 'cqwu')!;
  const generic = schools.find((s) => s.id === 'generic')!;
  const stepsIn = (rules: typeof cqwu.rules) => new Set(mapGraphs(rules).flatMap((g) => g.nodes.map((n) => n.step)));
  const all = stepsIn(generic.rules);
  expect([...all].sort()).toEqual([...stepIds].sort());
  const some = stepsIn(cqwu.rules);
  for (const s of ['id-conscription', 'school-system-login', 'id-message-when'] as StepId[]) {
    expect(all.has(s)).toBe(true);
    expect(some.has(s), s).toBe(false);
  }
});

describe('the map script holds every set of rules (the scripts are every school’s, the kit’s schools included)', () => {
  it('has each area of each of the 2^n sets of rules laid out', async () => {
    const { default: layouts } = await import('virtual:map-layout');
    const sets = everyRuleSet();
    expect(sets.length).toBe(2 ** Object.keys(schools[0]!.rules).length);
    for (const rules of sets) {
      const laid = layouts[rulesKey(rules)];
      expect(laid, rulesKey(rules)).toBeTruthy();
      for (const graph of mapGraphs(rules)) expect(laid![graph.area], `${rulesKey(rules)} ${graph.area}`).toBeTruthy();
    }
  });
});
