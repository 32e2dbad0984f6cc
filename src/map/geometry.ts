/**
 * Sizes of the flow map's boxes, shared by the build (scripts/map-layout.ts sizes the boxes for
 * the longest words of any language, then lays them out) and the page (which wraps the words the
 * same way). One unit is one CSS pixel at the default font size.
 */
import { textWidth, wrapText, shorten } from './text';

export const box = {
  step: { width: 150, pad: 9, font: 13, line: 17, maxLines: 4 },
  exit: { width: 124, pad: 7, font: 12, line: 15, maxLines: 3 },
  label: { font: 11, line: 14, maxEm: 7, pad: 2 },
} as const;

type BoxKind = 'step' | 'exit';
const textEm = (kind: BoxKind) => (box[kind].width - 2 * box[kind].pad) / box[kind].font;

/** A node's title as the lines it is drawn in. */
export const nodeLines = (kind: BoxKind, title: string) => wrapText(title, textEm(kind), box[kind].maxLines);

/** A node's height for a number of lines. */
export const nodeHeight = (kind: BoxKind, lines: number) => Math.max(minTap, lines * box[kind].line + 2 * box[kind].pad);
/** Every node is a link: at least 44 px tall, a phone's tap target. */
const minTap = 44;

/** An answer label as drawn on its edge (the full text is its title). */
export const edgeLabel = (text: string) => shorten(text, box.label.maxEm);
export const edgeLabelWidth = (text: string) => Math.ceil(textWidth(edgeLabel(text)) * box.label.font) + 2 * box.label.pad;

/** One diagram, laid out: boxes as [x, y, width, height], edges as their points and label boxes. */
export interface DiagramLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: Readonly<Record<string, readonly [number, number, number, number]>>;
  readonly edges: Readonly<
    Record<
      string,
      { readonly points: ReadonlyArray<readonly [number, number]>; readonly label?: readonly [number, number, number, number] }
    >
  >;
}

/** Per set of school rules (src/map/graph.ts rulesKey), per area, its diagram. */
export type MapLayouts = Readonly<Record<string, Readonly<Record<string, DiagramLayout>>>>;
