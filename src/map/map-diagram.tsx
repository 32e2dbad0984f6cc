/**
 * The flow map as pictures: one diagram per problem area, drawn as static SVG from coordinates
 * laid out at build (scripts/map-layout.ts, `virtual:map-layout`). Every box is a link to its
 * step; questions, fixes, steps of the normal way and exits to another diagram each have their
 * own shape (see the legend); answers label the arrows, shortened, in full on hover (title).
 */
import { useEffect, useRef } from 'react';
import layouts from 'virtual:map-layout';
import { useT } from '../i18n/use-t';
import { useLooseT } from '../i18n/loose';
import { useHref } from '../routing/page-context';
import type { StepId } from '../flow/steps';
import type { SchoolRules } from '../school/schema';
import { mapGraphs, rulesKey, type MapEdge, type MapGraph, type MapNode, type MapNodeKind } from './graph';
import { box, edgeLabel, nodeLines, type DiagramLayout } from './geometry';

export interface MapWords {
  /** A step's title, plain text. */
  title: (step: StepId) => string;
  /** An answer's label, plain text. */
  label: (step: StepId, option: string) => string;
}

export function MapDiagrams({ rules, words }: { rules: SchoolRules; words: MapWords }) {
  const t = useT();
  const laid = layouts[rulesKey(rules)];
  if (!laid) throw new Error(`virtual:map-layout has no diagrams for the rules ${rulesKey(rules)}`);
  return (
    <section className="map-diagrams" aria-labelledby="map-diagrams">
      <h2 id="map-diagrams">{t('map.diagrams')}</h2>
      <Legend />
      <p className="map-diagrams__note">{t('map.legend.answers')}</p>
      <p className="map-diagrams__note map-diagrams__scroll">{t('map.scroll')}</p>
      {mapGraphs(rules).map((graph) => (
        <Diagram key={graph.area} graph={graph} layout={laid[graph.area]} words={words} />
      ))}
    </section>
  );
}

function Legend() {
  const t = useLooseT('common');
  const kinds: MapNodeKind[] = ['question', 'fix', 'info', 'exit'];
  return (
    <ul className="map-legend">
      {kinds.map((kind) => (
        <li key={kind}>
          <svg className={`map-legend__key map-n--${kind}`} viewBox="0 0 40 24" width="40" height="24" aria-hidden="true">
            <g transform="translate(1 1)">
              <NodeShape kind={kind} w={38} h={22} />
            </g>
          </svg>
          {t(`map.legend.${kind}`)}
        </li>
      ))}
    </ul>
  );
}

function Diagram({ graph, layout, words }: { graph: MapGraph; layout: DiagramLayout; words: MapWords }) {
  const t = useLooseT('common');
  const heading = `map-area-${graph.area}`;
  const scroller = useRef<HTMLDivElement>(null);
  const [x, , w] = layout.nodes[graph.nodes[0].id];
  // on a narrow screen a diagram pans inside its box: start with its first box (the top) in view
  useEffect(() => {
    const el = scroller.current;
    if (el && el.scrollWidth > el.clientWidth) el.scrollLeft = x + w / 2 - el.clientWidth / 2;
  }, [x, w]);
  return (
    <section className="map-fig" aria-labelledby={heading} data-area={graph.area}>
      <h3 id={heading}>{t(`map.areas.${graph.area}`)}</h3>
      <div className="map-fig__scroll" ref={scroller}>
        <svg
          className="map-svg"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          role="group"
          aria-labelledby={heading}
        >
          <path className="map-svg__lines" d={graph.edges.map((e) => edgePath(layout.edges[e.id].points)).join('')} />
          {graph.nodes.map((node) => (
            <Node key={node.id} node={node} at={layout.nodes[node.id]} title={words.title(node.step)} />
          ))}
          <g className="map-svg__labels" aria-hidden="true">
            {graph.edges.map((e) => (
              <EdgeLabel key={e.id} edge={e} layout={layout} text={e.options.map((o) => words.label(e.step, o)).join(' / ')} />
            ))}
          </g>
        </svg>
      </div>
    </section>
  );
}

/**
 * An edge's path, relative after its first point (orthogonal segments become short h/v steps,
 * which keeps the page small), with an open arrowhead at its end pointing the way it runs.
 */
export function edgePath(points: ReadonlyArray<readonly [number, number]>): string {
  const [[x0, y0], ...rest] = points;
  let d = `M${x0} ${y0}`;
  let [px, py] = [x0, y0];
  for (const [x, y] of rest) {
    if (x === px) d += `v${y - py}`;
    else if (y === py) d += `h${x - px}`;
    else d += `l${x - px} ${y - py}`;
    [px, py] = [x, y];
  }
  const [ax, ay] = points.length > 1 ? points[points.length - 2] : [px, py - 1];
  const dx = Math.sign(px - ax);
  const dy = Math.sign(py - ay);
  // from 6 back along the last segment and 4 to one side, to the end, to 4 to the other side
  return `${d}m${-dx * 6 - dy * 4} ${-dy * 6 - dx * 4}l${dx * 6 + dy * 4} ${dy * 6 + dx * 4}l${-dx * 6 + dy * 4} ${-dy * 6 - dx * 4}`;
}

type Box = readonly [number, number, number, number];

/** An SVG link's transform (React types `<a>` as HTML's, which has none). */
const moveTo = (x: number, y: number) => ({ transform: `translate(${x} ${y})` }) as object;

function Node({ node, at, title }: { node: MapNode; at: Box; title: string }) {
  const href = useHref();
  const [x, y, w, h] = at;
  const kind = node.kind === 'exit' ? 'exit' : 'step';
  const lines = nodeLines(kind, title);
  const size = box[kind];
  const top = Math.round(h / 2 - (lines.length * size.line) / 2 + size.line * 0.78);
  // drawn at 0 0 and moved into place: the boxes' markup repeats, which the page's gzip likes
  return (
    <a href={href(node.step)} className={`map-n map-n--${node.kind}`} {...moveTo(x, y)}>
      <NodeShape kind={node.kind} w={w} h={h} />
      <text x={w / 2} y={top}>
        {lines.length === 1
          ? lines[0]
          : lines.map((line, i) => (
              <tspan key={i} x={w / 2} dy={i ? size.line : 0}>
                {line}
              </tspan>
            ))}
      </text>
    </a>
  );
}

/** A question is a hexagon, a fix a box with a bar, a step of the normal way a rounded box, an exit a dashed pill. */
function NodeShape({ kind, w, h }: { kind: MapNodeKind; w: number; h: number }) {
  if (kind === 'question') {
    const k = Math.min(10, h / 2);
    return <path d={`M${k} 0h${w - 2 * k}l${k} ${h / 2}l${-k} ${h / 2}h${2 * k - w}l${-k} ${-h / 2}z`} />;
  }
  if (kind === 'fix')
    return (
      <>
        <rect width={w} height={h} rx={2} />
        <rect width={Math.min(5, w / 6)} height={h} />
      </>
    );
  return <rect width={w} height={h} rx={kind === 'exit' ? Math.min(h / 2, 14) : 8} />;
}

function EdgeLabel({ edge, layout, text }: { edge: MapEdge; layout: DiagramLayout; text: string }) {
  const at = layout.edges[edge.id].label;
  if (!at) return null;
  const [x, y, w, h] = at;
  const short = edgeLabel(text);
  return (
    <text x={x + w / 2} y={Math.round(y + h / 2 + box.label.font * 0.36)}>
      {short}
      {short === text ? null : <title>{text}</title>}
    </text>
  );
}
