// What the sections hand the layout: blocks of plain data that say what to
// show and how it holds together across pages, never where on a page it goes.
// The layout (lay-out-blocks.ts) measures them at a width and the page flow
// (paginate.ts) places them.
import type { SkillRadar } from '../../facts/skill-radar.js';
import type { StepState } from '../../facts/types.js';
import type { Span } from './text-layout.js';
import type { PdfLogo, Tone } from './theme.js';

/** A bookmark: an entry of the PDF's outline, nested under the entry with id `parent`. */
export interface Mark {
  id: string;
  title: string;
  parent?: string;
}

/** What any block may say about how it sits on pages. */
interface Flow {
  /** Space above it, in points; dropped at the top of a page. */
  before?: number;
  /** Never ends a page: stays on the page of what follows it. */
  keepWithNext?: boolean;
  /** Blocks put at the top of a page it continues on (a table's header, "Goal 2, continued"). */
  carry?: Block[];
  /** A bookmark at its top. */
  mark?: Mark;
  /** Clicking it goes to this named destination. */
  goTo?: string;
}

/** Text in lines: long text flows across pages, never leaving one line alone. */
export interface TextBlock extends Flow {
  kind: 'text';
  spans: Span[];
  /** Line height as a multiple of the largest size on a line. */
  lineHeight?: number;
  align?: 'left' | 'center' | 'right';
  /** A bullet or a number hung in the space left of the text (`indent` of its stack). */
  marker?: Marker;
}

/** What hangs left of a list item's first line. */
export type Marker = { kind: 'bullet'; color: string } | { kind: 'text'; spans: Span[] };

/** Blocks one under the other, optionally indented, padded, tinted or barred at the left. */
export interface StackBlock extends Flow {
  kind: 'stack';
  children: Block[];
  /** Kept on one page when it fits on one (a step, a goal's header with its first step). */
  keep?: boolean;
  indent?: number;
  /** Space inside its edges, in points: left and right, above and below its children. */
  pad?: { x?: number; top?: number; bottom?: number };
  fill?: string;
  radius?: number;
  /** A coloured bar down its left edge. */
  bar?: { color: string; width: number };
}

/** Cells side by side; kept on one page when it fits, else its cells flow together line by line. */
export interface RowBlock extends Flow {
  kind: 'row';
  cells: Cell[];
  gap?: number;
}

/** A cell of a row: a fixed width, a share of what is left (`grow`), or as wide as its text or pills (`fit`). */
export interface Cell {
  width?: number;
  grow?: number;
  fit?: boolean;
  blocks: Block[];
}

/** Rounded labels ("In progress", "#data"), wrapping like words. */
export interface PillsBlock extends Flow {
  kind: 'pills';
  pills: { text: string; tone: Tone }[];
  align?: 'left' | 'right';
}

/** A progress bar of a 0-1 share, at most `width` wide (default the whole width). */
export interface BarBlock extends Flow {
  kind: 'bar';
  ratio: number;
  tone: Tone;
  width?: number;
}

/** A skill's five level cells: held, still to learn, or neither. */
export interface LevelsBlock extends Flow {
  kind: 'levels';
  cells: readonly ('have' | 'gap' | 'empty')[];
}

/** A step's check box, as its state says. */
export interface CheckBlock extends Flow {
  kind: 'check';
  state: StepState;
}

/** The skills radar of the facts (a 100 x 100 box), drawn at most `size` across with its spoke labels around it. */
export interface RadarBlock extends Flow {
  kind: 'radar';
  radar: SkillRadar;
  size: number;
}

/** A horizontal line across the width. */
export interface RuleBlock extends Flow {
  kind: 'rule';
  color: string;
  width: number;
}

/** A theme's logo, `height` tall and as wide as its shape makes it (at most the width), at the left. */
export interface LogoBlock extends Flow {
  kind: 'logo';
  logo: PdfLogo;
  height: number;
}

/** Anything a section can say. */
export type Block = TextBlock | StackBlock | RowBlock | PillsBlock | BarBlock | LevelsBlock | CheckBlock | RuleBlock | RadarBlock | LogoBlock;
