/**
 * The pieces every drawing is built from: a phone-sized page (240 units wide), grey boxes for
 * what does not matter, inputs, buttons, CHSI label text, and the accent ring + numbered marker
 * on what to tap. Colours come from classes in drawings.css (design tokens), so dark mode works.
 * Text is 11 units high; a CJK character is about as wide as it is high (see `tw`).
 */
import { useId, type ReactNode } from 'react';
import type { School } from '../school/schema';

export interface DrawingProps {
  /** The text alternative (from content/locales/<lng>/drawings.json), already plain text. */
  alt: string;
  school: School;
}

/** Width of a CHSI label at 11 units per (CJK) character. */
export const tw = (label: string) => label.length * 11;

/** The page: an SVG with its text alternative as <title>, a frame and a header bar. */
export function Sketch({ h, alt, bar, children }: { h: number; alt: string; bar?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <svg className="drawing__svg" viewBox={`0 0 240 ${h}`} role="img" aria-labelledby={id}>
      <title id={id}>{alt}</title>
      <g lang="zh-CN">
        <rect className="dw-frame" x="1.5" y="1.5" width="237" height={h - 3} rx="10" />
        <rect className="dw-g" x="12" y="11" width="40" height="8" rx="2" />
        <path className="dw-line" d="M2 29H238" />
        {bar}
        {children}
      </g>
    </svg>
  );
}

/** A grey box: something on the page that does not matter here. */
export const G = ({ x, y, w, h = 7 }: { x: number; y: number; w: number; h?: number }) => (
  <rect className="dw-g" x={x} y={y} width={w} height={h} rx="2" />
);

/** CHSI text; `c` centres it on x, `k` picks the class (dw-t text, dw-a accent/link). */
export const T = ({ x, y, c, k = 'dw-t', children }: { x: number; y: number; c?: boolean; k?: string; children: string }) => (
  <text className={c ? `${k} dw-c` : k} x={x} y={y}>
    {children}
  </text>
);

/** An input box. */
export const In = ({ x, y, w, h = 18 }: { x: number; y: number; w: number; h?: number }) => (
  <rect className="dw-in" x={x} y={y} width={w} height={h} rx="3" />
);

/** A button with its CHSI caption. */
export const Btn = ({ x, y, w, h = 20, t }: { x: number; y: number; w: number; h?: number; t: string }) => (
  <>
    <rect className="dw-btn" x={x} y={y} width={w} height={h} rx="4" />
    <T x={x + w / 2} y={y + h / 2 + 4} c>
      {t}
    </T>
  </>
);

/** A labelled field: label text at x, input box from ix, w wide (to 228 by default). */
export const Field = ({ y, t, ix = 72, x = 14, w = 228 - ix }: { y: number; t: string; ix?: number; x?: number; w?: number }) => (
  <>
    <T x={x} y={y + 13}>
      {t}
    </T>
    <In x={ix} y={y} w={w} />
  </>
);

/** A link: accent text, underlined. */
export const Link = ({ x, y, t }: { x: number; y: number; t: string }) => (
  <>
    <T x={x} y={y} k="dw-a">
      {t}
    </T>
    <path className="dw-ul" d={`M${x} ${y + 3}h${tw(t)}`} />
  </>
);

/**
 * The accent ring around what to tap (3 units outside the box x, y, w, h) and its numbered
 * marker, by default on the ring's top-right corner; `m` moves the marker to another point.
 */
export function Ring({ x, y, w, h, n, m }: { x: number; y: number; w: number; h: number; n: number; m?: [number, number] }) {
  const [mx, my] = m ?? [x + w + 3, y - 3];
  return (
    <>
      <rect className="dw-hl" x={x - 3} y={y - 3} width={w + 6} height={h + 6} rx="5" />
      <circle className="dw-mk" cx={mx} cy={my} r="8" />
      <text className="dw-mkt dw-c" x={mx} y={my + 3.5}>
        {n}
      </text>
    </>
  );
}

/** A dashed line with a chevron: "the next screen". */
export const Next = ({ y }: { y: number }) => (
  <>
    <path className="dw-next" d={`M12 ${y}H104M136 ${y}H228`} />
    <path className="dw-chev" d={`M112 ${y - 4}l8 8 8-8`} />
  </>
);

/** A CHSI label at the top right of the page's bar, ringed as the thing to tap (退出, 注册). */
export const TopRight = ({ t }: { t: string }) => (
  <>
    <T x={205} y={19} c>
      {t}
    </T>
    <Ring x={192} y={8} w={26} h={15} n={1} m={[176, 15.5]} />
  </>
);
