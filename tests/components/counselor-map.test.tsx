// @vitest-environment jsdom
/**
 * The counselor page and the map are generated from the machine: every branch a school routes to
 * appears on both, with every answer as an arrow to the step the machine really goes to.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getNextSnapshot } from 'xstate';
import { wizardMachine } from '../../src/flow/machine';
import { optionsFor } from '../../src/flow/options';
import { shortestTrails } from '../../src/flow/paths';
import { steps, type StepId } from '../../src/flow/steps';
import { renderApp } from '../helpers/render-app';
import { schools } from '../helpers/schools';

describe.each(schools.map((s) => [s.id, s] as const))('school %s', (id, school) => {
  const reachable = [...shortestTrails(school.rules).keys()];

  it('the counselor page has every problem branch, each with a link and a print view', async () => {
    await renderApp({ school: id, page: 'counselor' });
    const shown = [...document.querySelectorAll<HTMLElement>('[data-step]')].map((e) => e.dataset.step);
    const problems = reachable.filter((s) => steps[s].area !== 'start' && steps[s].area !== 'happy');
    expect(shown.sort()).toEqual(problems.sort());
    for (const s of problems) {
      const card = document.querySelector(`[data-step="${s}"]`)!;
      expect(card.querySelector('h3 a')?.getAttribute('href')).toBe(`../${s}/`);
      expect(card.querySelector('.share__print')?.getAttribute('href')).toBe(`../${s}/?print=1`);
    }
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('the map shows every state of the machine and every answer as the transition the machine takes', async () => {
    await renderApp({ school: id, page: 'map' });
    const nodes = [...document.querySelectorAll<HTMLElement>('[data-node]')].map((e) => e.dataset.node);
    expect(nodes.sort()).toEqual([...reachable].sort());
    // the answers under each step, in the order optionsFor gives them (the page carries no test hooks)
    const edges = new Set(
      reachable.flatMap((from) => {
        const items = [...document.querySelectorAll(`[data-node="${from}"] .map__edges > li`)];
        const options = optionsFor(from, school.rules);
        expect(items, from).toHaveLength(options.length);
        return items.map((li, i) => `${from}>${options[i].id}>${li.querySelector('a')!.getAttribute('href')!.replace('#node-', '')}`);
      }),
    );
    let count = 0;
    for (const from of reachable) {
      const snapshot = wizardMachine.resolveState({ value: from, context: { rules: school.rules, trail: [] } });
      for (const option of new Set(steps[from].options.map((o) => o.id))) {
        const next = getNextSnapshot(wizardMachine, snapshot, { type: 'answer.select', option });
        if (next.value === from && next.context.trail.length === 0) continue; // not offered to this school
        expect(edges.has(`${from}>${option}>${String(next.value) as StepId}`), `${from} —${option}→ ${String(next.value)}`).toBe(true);
        count++;
      }
    }
    expect(edges.size).toBe(count);
  });
});
