/**
 * Page layout of a synthesized document, before rotation: a title, then blocks stacked down the page until
 * it is full: paragraphs (word-wrapped prose), two columns, a table (one text line per cell, a rule under the
 * header) and form fields (`Name: value` lines). Pure: it sees fonts only through `measure`, so the same
 * seed and the same font metrics give the same layout.
 */
import { type DocumentText, TABLE_HEADERS } from './documentText.js';
import type { FontFace } from './fontCatalog.js';
import type { Aabb } from './quadGeometry.js';
import type { SeededRandom } from './seededRandom.js';

export type BlockKind = 'title' | 'paragraph' | 'columns' | 'table' | 'fields';
export const BODY_BLOCKS: readonly BlockKind[] = ['paragraph', 'columns', 'table', 'fields'];

export interface TextMetrics {
  /** ink extent left of the start point (usually about 0) */
  readonly left: number;
  /** ink extent right of the start point */
  readonly right: number;
  readonly ascent: number;
  readonly descent: number;
}

export type MeasureText = (text: string, face: FontFace, size: number) => TextMetrics;

export interface PlacedLine {
  readonly text: string;
  readonly face: FontFace;
  readonly size: number;
  /** start of the baseline */
  readonly x: number;
  readonly y: number;
  readonly block: BlockKind;
  /** the ink box, before rotation */
  readonly box: Aabb;
}

export interface PageLayout {
  readonly lines: PlacedLine[];
  /** thin horizontal rules (table header separators), before rotation */
  readonly rules: Aabb[];
}

export interface LayoutOpts {
  readonly width: number;
  readonly height: number;
  readonly margin: number;
  readonly minFontSize: number;
  readonly maxFontSize: number;
  readonly blocks: readonly BlockKind[];
}

interface Cursor {
  y: number;
  readonly bottom: number;
}

class PageBuilder {
  readonly lines: PlacedLine[] = [];
  readonly rules: Aabb[] = [];

  constructor(
    readonly rng: SeededRandom,
    readonly text: DocumentText,
    readonly fonts: readonly FontFace[],
    readonly measure: MeasureText,
    readonly opts: LayoutOpts,
  ) {}

  face(bold = false): FontFace {
    const wanted = this.fonts.filter((f) => /Bold/.test(f.file) === bold);
    return this.rng.pick(wanted.length > 0 ? wanted : this.fonts);
  }

  bodySize(): number {
    return this.rng.int(this.opts.minFontSize, this.opts.maxFontSize);
  }

  /** Places one line with its baseline at `y`; returns false (placing nothing) when it would cross `bottom`. */
  place(text: string, face: FontFace, size: number, x: number, y: number, block: BlockKind, bottom: number) {
    const m = this.measure(text, face, size);
    const box = { x0: x - m.left, y0: y - m.ascent, x1: x + m.right, y1: y + m.descent };
    if (box.y1 > bottom || text.trim() === '') return false;
    this.lines.push({ text, face, size, x, y, block, box });
    return true;
  }

  /** Word-wraps prose into at most `maxLines` lines no wider than `width`. */
  wrap(words: Iterator<string>, face: FontFace, size: number, width: number, maxLines: number): string[] {
    const out: string[] = [];
    let line = '';
    while (out.length < maxLines) {
      const word = words.next().value as string;
      const next = line === '' ? word : `${line} ${word}`;
      if (line !== '' && this.measure(next, face, size).right > width) {
        out.push(line);
        line = word;
      } else {
        line = next;
      }
    }
    return out;
  }
}

function layoutTitle(b: PageBuilder, cursor: Cursor): void {
  const size = Math.round(b.opts.maxFontSize * b.rng.range(1.3, 1.6));
  const face = b.face(b.rng.chance(0.7));
  const text = b.text.title();
  const width = b.measure(text, face, size).right;
  const inner = b.opts.width - 2 * b.opts.margin;
  const x = b.rng.chance(0.5) ? b.opts.margin : b.opts.margin + Math.max(0, (inner - width) / 2);
  const y = cursor.y + size;
  if (b.place(text, face, size, x, y, 'title', cursor.bottom)) cursor.y = y + Math.round(size * 0.6);
}

function layoutProse(b: PageBuilder, cursor: Cursor, x: number, width: number, block: BlockKind): number {
  const face = b.face();
  const size = b.bodySize();
  const leading = Math.round(size * b.rng.range(1.4, 1.75));
  const texts = b.wrap(b.text.prose(), face, size, width, b.rng.int(2, 5));
  let y = cursor.y + size;
  for (const text of texts) {
    if (!b.place(text, face, size, x, y, block, cursor.bottom)) break;
    y += leading;
  }
  return y - leading + Math.round(size * 0.4);
}

function layoutParagraph(b: PageBuilder, cursor: Cursor): void {
  cursor.y = layoutProse(b, cursor, b.opts.margin, b.opts.width - 2 * b.opts.margin, 'paragraph');
}

function layoutColumns(b: PageBuilder, cursor: Cursor): void {
  const gutter = b.rng.int(40, 90);
  const width = (b.opts.width - 2 * b.opts.margin - gutter) / 2;
  const left = layoutProse(b, cursor, b.opts.margin, width, 'columns');
  const right = layoutProse(b, cursor, b.opts.margin + width + gutter, width, 'columns');
  cursor.y = Math.max(left, right);
}

function layoutFields(b: PageBuilder, cursor: Cursor): void {
  const face = b.face();
  const size = b.bodySize();
  const leading = Math.round(size * b.rng.range(1.5, 1.9));
  const x = b.opts.margin + b.rng.int(0, 1) * Math.round((b.opts.width - 2 * b.opts.margin) / 2);
  let y = cursor.y + size;
  for (let i = b.rng.int(2, 4); i > 0; i--) {
    if (!b.place(b.text.field(), face, size, x, y, 'fields', cursor.bottom)) break;
    y += leading;
  }
  cursor.y = y - leading + Math.round(size * 0.4);
}

function layoutTable(b: PageBuilder, cursor: Cursor): void {
  const header = b.rng.pick(TABLE_HEADERS);
  const rows = [header, ...Array.from({ length: b.rng.int(2, 5) }, () => header.map((h) => b.text.cell(h)))];
  const body = b.face();
  const bold = b.face(true);
  const inner = b.opts.width - 2 * b.opts.margin;
  let size = b.bodySize();
  const pad = b.rng.int(28, 60);
  const widthsAt = (s: number) =>
    header.map((_, c) =>
      Math.max(...rows.map((r, i) => b.measure(r[c] ?? '', i === 0 ? bold : body, s).right)),
    );
  let widths = widthsAt(size);
  while (size > b.opts.minFontSize && widths.reduce((a, w) => a + w + pad, 0) > inner)
    widths = widthsAt(--size);
  const leading = Math.round(size * b.rng.range(1.6, 2));
  let y = cursor.y + size;
  for (const [r, row] of rows.entries()) {
    let x = b.opts.margin;
    const before = b.lines.length;
    for (const [c, cell] of row.entries()) {
      if (!b.place(cell, r === 0 ? bold : body, size, x, y, 'table', cursor.bottom)) break;
      x += (widths[c] ?? 0) + pad;
    }
    if (b.lines.length - before < row.length) {
      b.lines.length = before;
      break;
    }
    if (r === 0) {
      const ruleY = y + Math.round(size * 0.45);
      b.rules.push({ x0: b.opts.margin, y0: ruleY, x1: x - pad, y1: ruleY + 1 });
    }
    y += leading;
  }
  cursor.y = y - leading + Math.round(size * 0.4);
}

const BLOCK_LAYOUTS: Record<Exclude<BlockKind, 'title'>, (b: PageBuilder, cursor: Cursor) => void> = {
  paragraph: layoutParagraph,
  columns: layoutColumns,
  table: layoutTable,
  fields: layoutFields,
};

/** Lays a page out; stops when a block adds no line (the page is full) or after 12 blocks. */
export function layoutDocument(
  rng: SeededRandom,
  text: DocumentText,
  fonts: readonly FontFace[],
  measure: MeasureText,
  opts: LayoutOpts,
): PageLayout {
  const builder = new PageBuilder(rng, text, fonts, measure, opts);
  const cursor: Cursor = { y: opts.margin, bottom: opts.height - opts.margin };
  layoutTitle(builder, cursor);
  const kinds = opts.blocks.filter((k): k is Exclude<BlockKind, 'title'> => k !== 'title');
  for (let i = 0; i < 12 && kinds.length > 0; i++) {
    const before = builder.lines.length;
    cursor.y += rng.int(12, 36);
    BLOCK_LAYOUTS[rng.pick(kinds)](builder, cursor);
    if (builder.lines.length === before) break;
  }
  return { lines: builder.lines, rules: builder.rules };
}
