/**
 * Build only: lays out the flow map's diagrams (src/map/graph.ts) with ELK's layered algorithm
 * (elkjs, a devDependency), boxes sized for the longest words of any language, and hands the
 * coordinates to the page as the virtual module `virtual:map-layout`. No layout code reaches
 * the phone: the page draws static SVG from the numbers.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Plugin } from 'vite';
import { mapGraphs, rulesKey, unlabelled, type MapGraph } from '../src/map/graph';
import { box, edgeLabelWidth, nodeHeight, nodeLines, type DiagramLayout, type MapLayouts } from '../src/map/geometry';
import { schoolSchema, type SchoolRules } from '../src/school/schema';
import { START } from '../src/flow/steps';

type Json = Record<string, unknown>;

/** A value deep inside a locale bundle, or undefined. */
const at = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Json)[k] : undefined), value);

const root = import.meta.dirname ? join(import.meta.dirname, '..') : process.cwd();
const cacheDir = join(root, 'node_modules/.cache/map-layout');
const elkVersion = JSON.parse(readFileSync(join(root, 'node_modules/elkjs/package.json'), 'utf8')).version;

/**
 * ELK takes seconds for a school's diagrams on a busy 2-core machine; the same input gives the
 * same layout, so it is kept in node_modules/.cache, keyed by ELK's version and the input.
 */
async function cached(input: ElkNode, layout: () => Promise<ElkNode>): Promise<ElkNode> {
  const key = createHash('sha256')
    .update(`${elkVersion}\n${JSON.stringify(input)}`)
    .digest('hex')
    .slice(0, 32);
  const file = join(cacheDir, `${key}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ElkNode;
  } catch {
    const out = await layout();
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(file, JSON.stringify(out));
    return out;
  }
}

const layoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.padding': '[top=4,left=4,bottom=4,right=4]',
  'elk.spacing.nodeNode': '18',
  'elk.spacing.edgeNode': '12',
  'elk.spacing.edgeEdge': '8',
  'elk.spacing.edgeLabel': '3',
  'elk.layered.spacing.nodeNodeBetweenLayers': '26',
  'elk.layered.spacing.edgeNodeBetweenLayers': '12',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '8',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
};

const plain = (s: string) => s.replace(/\[\[([^\]]+)\]\]/g, '“$1”').replace(/\{\{[^}]+\}\}/g, '0000000000');

/** Looks up a step's title and an answer's label in one language's words. */
function wordsOf(locale: Json) {
  return {
    // the start page is "start" in the diagrams (its title is the app's name)
    title: (step: string) =>
      plain(String((step === START ? at(locale, 'common', 'map', 'start') : at(locale, 'steps', step, 'title')) ?? step)),
    label: (step: string, option: string) =>
      plain(String(at(locale, 'steps', step, 'options', option) ?? at(locale, 'common', 'options', option) ?? option)),
  };
}

async function layoutGraph(elk: InstanceType<typeof ELK>, graph: MapGraph, locales: Json[]): Promise<DiagramLayout> {
  const words = locales.map(wordsOf);
  const children: ElkNode[] = graph.nodes.map((n) => {
    const kind = n.kind === 'exit' ? 'exit' : 'step';
    const lines = Math.max(...words.map((w) => nodeLines(kind, w.title(n.step)).length));
    return { id: n.id, width: box[kind].width, height: nodeHeight(kind, lines) };
  });
  const edges: ElkExtendedEdge[] = graph.edges.map((e) => {
    if (unlabelled(e)) return { id: e.id, sources: [e.from], targets: [e.to] };
    const width = Math.max(...words.map((w) => edgeLabelWidth(e.options.map((o) => w.label(e.step, o)).join(' / '))));
    return {
      id: e.id,
      sources: [e.from],
      targets: [e.to],
      labels: [{ id: `${e.id}#label`, text: e.id, width, height: box.label.line + 2 }],
    };
  });
  const input: ElkNode = { id: graph.area, layoutOptions, children, edges };
  const out = await cached(input, () => elk.layout(input));
  const r = (v: number | undefined) => Math.round(v ?? 0);
  const nodes = Object.fromEntries((out.children ?? []).map((c) => [c.id, [r(c.x), r(c.y), r(c.width), r(c.height)] as const]));
  const laidEdges = Object.fromEntries(
    ((out.edges ?? []) as ElkExtendedEdge[]).map((e) => {
      const points = (e.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]);
      const xy = points.map((p) => [r(p.x), r(p.y)] as const);
      const l = e.labels?.[0];
      return [e.id, l ? { points: xy, label: [r(l.x), r(l.y), r(l.width), r(l.height)] as const } : { points: xy }];
    }),
  );
  return { width: r(out.width), height: r(out.height), nodes, edges: laidEdges };
}

/** Every area's diagram for each set of rules. */
export async function mapLayouts(ruleSets: ReadonlyArray<SchoolRules>, locales: Json[]): Promise<MapLayouts> {
  const elk = new ELK();
  const out: Record<string, Record<string, DiagramLayout>> = {};
  for (const rules of ruleSets) {
    const key = rulesKey(rules);
    if (out[key]) continue;
    out[key] = {};
    for (const graph of mapGraphs(rules)) out[key][graph.area] = await layoutGraph(elk, graph, locales);
  }
  return out;
}

/**
 * Every set of rules a school file can have (each rule on or off): the map's scripts hold all their
 * diagrams, so they are the same for every school and the school kit can show any school's map.
 */
export function everyRuleSet(): SchoolRules[] {
  const names = Object.keys(schoolSchema.shape.rules.shape) as Array<keyof SchoolRules>;
  return Array.from(
    { length: 2 ** names.length },
    (_, i) => Object.fromEntries(names.map((n, b) => [n, Boolean(i & (1 << b))])) as SchoolRules,
  );
}

/**
 * The layouts as a module: each distinct diagram once (most areas look the same under many sets of
 * rules: 17 diagrams for 32 sets of 6 areas), each set of rules pointing at its areas' diagrams.
 */
export function layoutsModule(layouts: MapLayouts): string {
  const diagrams: string[] = [];
  const index = new Map<string, number>();
  const table = Object.entries(layouts).map(([key, areas]) => {
    const entries = Object.entries(areas).map(([area, diagram]) => {
      const json = JSON.stringify(diagram);
      if (!index.has(json)) index.set(json, diagrams.push(json) - 1);
      return `${JSON.stringify(area)}:d[${index.get(json)}]`;
    });
    return `${JSON.stringify(key)}:{${entries.join(',')}}`;
  });
  return `const d = JSON.parse(${JSON.stringify(`[${diagrams.join(',')}]`)});
export default {${table.join(',')}};
`;
}

/** `virtual:map-layout`: the layouts for every set of rules (everyRuleSet). */
export function mapLayoutPlugin(opts: { rules: () => SchoolRules[]; locales: () => Json[] }): Plugin {
  const id = 'virtual:map-layout';
  let layouts: Promise<MapLayouts> | undefined;
  const compute = () => (layouts ??= mapLayouts(opts.rules(), opts.locales()));
  return {
    name: 'xueji-map-layout',
    // laid out while the build (or Vitest) starts, not when the map is first imported
    async buildStart() {
      layouts = undefined;
      await compute();
    },
    resolveId: (source) => (source === id ? `\0${id}` : null),
    async load(resolved) {
      if (resolved !== `\0${id}`) return null;
      return layoutsModule(await compute());
    },
  };
}
