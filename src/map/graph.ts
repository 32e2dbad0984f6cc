/**
 * The flow map's diagrams, as graphs: one per problem area, read from the routing table for one
 * school's rules (so a school sees only the branches its rules turn on). No React, no words, no
 * layout: scripts/map-layout.ts lays them out at build, src/map/map-diagram.tsx draws them.
 *
 * - A diagram holds its area's steps; the start question sits on top where its answers lead in.
 * - An answer that leads into another area ends at an exit node for that step (a link to it),
 *   one per step and area, so each diagram stays readable on its own.
 * - Answers from one step to the same step share one edge.
 * - A fix's "it worked" (back to the normal way) and "it still does not work" (to the other-problem
 *   step) are left out where they leave the area: every fix has them, and drawn they would bury
 *   the branches; the legend says so, and the list under the diagrams has each of them.
 */
import { optionsFor } from '../flow/options';
import { shortestTrails } from '../flow/paths';
import { START, steps, type Area, type StepId, type StepKind } from '../flow/steps';
import type { SchoolRules } from '../school/schema';

export type MapNodeKind = StepKind | 'exit';

export interface MapNode {
  /** Unique in its diagram: the step id, or `exit:<step id>`. */
  readonly id: string;
  readonly step: StepId;
  readonly kind: MapNodeKind;
}

export interface MapEdge {
  /** `<from node>><to node>` */
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** The step whose answers these are. */
  readonly step: StepId;
  /** The answers (option ids) that take this edge. */
  readonly options: ReadonlyArray<string>;
}

export interface MapGraph {
  readonly area: Area;
  readonly nodes: ReadonlyArray<MapNode>;
  readonly edges: ReadonlyArray<MapEdge>;
}

/** The areas that get a diagram, in the order the map shows them (the start joins each). */
export const mapAreas = ['happy', 'register', 'login', 'record', 'wrong-info', 'other'] as const satisfies ReadonlyArray<Area>;

/** The answers of every fix that the diagrams leave out where they lead out of the area. */
export const leftOut = new Set(['worked', 'not-worked']);

/** An edge drawn without words: "done, next step" on the normal way (the legend says so). */
export const unlabelled = (edge: MapEdge) => edge.options.every((o) => o === 'next');

export const exitId = (step: StepId) => `exit:${step}`;

/** A school's rules as a short key (the build lays out one diagram set per set of rules). */
export const rulesKey = (rules: SchoolRules) =>
  (Object.keys(rules) as Array<keyof SchoolRules>)
    .sort()
    .map((k) => `${k}=${rules[k] ? 1 : 0}`)
    .join(',');

export function mapGraphs(rules: SchoolRules): MapGraph[] {
  const reachable = [...shortestTrails(rules).keys()];
  return mapAreas
    .map((area) => areaGraph(area, reachable, rules))
    .filter((g) => g.nodes.some((n) => n.kind !== 'exit' && n.step !== START));
}

function areaGraph(area: Area, reachable: ReadonlyArray<StepId>, rules: SchoolRules): MapGraph {
  const nodes = new Map<string, MapNode>();
  const edges = new Map<string, { id: string; from: string; to: string; step: StepId; options: string[] }>();
  const own = reachable.filter((s) => steps[s].area === area);
  const link = (from: StepId, option: string, to: StepId) => {
    const inside = steps[to].area === area;
    if (!inside && leftOut.has(option)) return;
    const toId = inside ? to : exitId(to);
    if (!inside && !nodes.has(toId)) nodes.set(toId, { id: toId, step: to, kind: 'exit' });
    const id = `${from}>${toId}`;
    const edge = edges.get(id) ?? { id, from, to: toId, step: from, options: [] };
    edge.options.push(option);
    edges.set(id, edge);
  };
  const entries = optionsFor(START, rules).filter((o) => steps[o.to].area === area);
  if (entries.length) nodes.set(START, { id: START, step: START, kind: steps[START].kind });
  for (const s of own) nodes.set(s, { id: s, step: s, kind: steps[s].kind });
  for (const o of entries) link(START, o.id, o.to);
  for (const s of own) for (const o of optionsFor(s, rules)) link(s, o.id, o.to);
  // exits after the area's own steps, so the layout keeps them at the edges of the reading order
  const sorted = [...nodes.values()].sort((a, b) => Number(a.kind === 'exit') - Number(b.kind === 'exit'));
  return { area, nodes: sorted, edges: [...edges.values()] };
}
