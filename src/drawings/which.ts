/**
 * Which drawings a step shows for a school: the step's catalogue entry lists them
 * (content/catalogue/steps/<step-id>.json, `drawings`), each with the condition on the school's
 * facts it needs, if any. Small and kept with the page's main script (it decides whether a page
 * needs the drawings' chunk, ./index.tsx); the drawings' styles too, so a page with drawings looks
 * right before scripts run.
 */
import { drawingsOfStep as drawings } from '../catalogue/page-data';
import { holds } from '../catalogue/conditions';
import type { DrawingId } from '../catalogue/ids';
import type { StepId } from '../flow/steps';
import type { School } from '../school/schema';
import './drawings.css';

export type { DrawingId };

/** The drawings each step may show, in order; `drawingsFor` keeps the ones that fit the school. */
export const drawingsByStep: Partial<Record<StepId, DrawingId[]>> = Object.fromEntries(
  Object.entries(drawings).map(([step, list]) => [step, list.map((d) => d.drawing)]),
);

export const drawingsFor = (step: StepId, school: School): DrawingId[] =>
  (drawings[step] ?? []).filter((d) => holds(d.when, school)).map((d) => d.drawing);

export const hasDrawings = (step: StepId, school: School) => drawingsFor(step, school).length > 0;
