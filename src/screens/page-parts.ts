/**
 * Parts of the wizard that only some pages show, each in a chunk of its own, so a page loads only
 * what it shows: the fix methods and sources (fix and info steps), the where-to-tap drawings, the
 * counselor page and the map.
 *
 * - A page loads its own parts before it hydrates (main.tsx); the prerenderer links them with
 *   `<link rel="modulepreload">` so they arrive together with the main script.
 * - On a step page, the other parts a step may show (fix, drawings: `laterParts`) load right after
 *   the page is interactive, before the first change of step (they are part of WizardProvider's
 *   `prepare`). The counselor page and the map are only ever opened by a page load of their own
 *   (a link, not a change of step), so a student's page never fetches them.
 * - The server loads every part before it renders.
 * Screens read a part with `part(name)`, which is synchronous: by the rules above a part a page
 * shows (`partsFor`) is always loaded when the page renders, so screens ask only for those.
 */
import { steps, isStepId, START } from '../flow/steps';
import { hasDrawings } from '../drawings/which';
import type { PageId } from '../routing/paths';
import type { School } from '../school/schema';

const loaders = {
  fix: () => import('./fix-parts'),
  drawings: () => import('../drawings'),
  counselor: () => import('./counselor-page'),
  map: () => import('./map-page'),
};

export type PartName = keyof typeof loaders;
type Parts = { [N in PartName]: Awaited<ReturnType<(typeof loaders)[N]>> };
export const partNames = Object.keys(loaders) as PartName[];

/** The source module of each part (the prerenderer finds its built chunk in Vite's manifest). */
export const partSources: Record<PartName, string> = {
  fix: 'src/screens/fix-parts.tsx',
  drawings: 'src/drawings/index.tsx',
  counselor: 'src/screens/counselor-page.tsx',
  map: 'src/screens/map-page.tsx',
};

const loaded: Partial<Parts> = {};
const pending = new Map<PartName, Promise<unknown>>();

export function loadParts(names: ReadonlyArray<PartName> = partNames): Promise<unknown> {
  return Promise.all(
    names.map((name) => {
      let p = pending.get(name);
      if (!p) {
        p = loaders[name]().then((m) => ((loaded as Record<PartName, unknown>)[name] = m));
        // a failed load (offline, a new deploy) may be tried again
        p.catch(() => pending.delete(name));
        pending.set(name, p);
      }
      return p;
    }),
  );
}

/**
 * A loaded part. One that has not loaded is a bug in the loading rules above (or a screen asking
 * for a part its page does not list in `partsFor`): development and tests throw, so it cannot go
 * unnoticed; in production the page renders without the part rather than not at all.
 */
export function part<N extends PartName>(name: N): Parts[N] | undefined {
  const loadedPart = loaded[name];
  if (!loadedPart && import.meta.env.DEV) {
    throw new Error(
      `page part "${name}" is not loaded: load it before rendering a page that shows it (partsFor, src/screens/page-parts.ts)`,
    );
  }
  return loadedPart;
}

/** What a page loads once it is interactive, for the changes of step it may make (see above). */
export function laterParts(page: PageId | null): PartName[] {
  return page !== null && isStepId(page) ? ['fix', 'drawings'] : [];
}

/** The parts a page shows. */
export function partsFor(page: PageId | null, school: School): PartName[] {
  if (page === 'counselor' || page === 'map') return [page];
  if (page === null || !isStepId(page)) return [];
  const out: PartName[] = [];
  if (steps[page].kind !== 'question' && page !== START) out.push('fix');
  if (hasDrawings(page, school)) out.push('drawings');
  return out;
}
