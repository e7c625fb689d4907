/**
 * The metagraph as a table, fast: cli-table3 (behind `out.table`) spends ~0.05 ms per cell and checks
 * every cell against every other for spans, ~140 ms for 256 neurons × 10 columns. Here the columns are
 * padded and joined here, and `out.table` gets one cell per row: without a terminal the output is the
 * same text as the ten-column table (columns two spaces apart, each padded to its widest cell); in a
 * terminal with colours the columns are separated by `│` inside cli-table3's box.
 */
import type { HumanOutput } from '../../program/commandSpec.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes
const ANSI = /\u001b\[[0-9;]*m/g;

/** Width on screen: colour codes take none (every other character here takes one column). */
function visibleWidth(text: string): number {
  return (text.includes('\u001b') ? text.replace(ANSI, '') : text).length;
}

/** Each row's cells padded to their column's width and joined with `separator`. */
export function joinColumns(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  separator: string,
): { head: string; rows: string[] } {
  const widths = head.map(visibleWidth);
  for (const row of rows) {
    for (let c = 0; c < widths.length; c++) {
      const width = visibleWidth(row[c] ?? '');
      if (width > (widths[c] ?? 0)) widths[c] = width;
    }
  }
  const line = (cells: readonly string[]) =>
    widths
      .map((width, c) => {
        const cell = cells[c] ?? '';
        return cell + ' '.repeat(width - visibleWidth(cell));
      })
      .join(separator);
  return { head: line(head), rows: rows.map(line) };
}

/** Writes the table through `out.table`, one cell per row. */
export function writeWideTable(
  out: HumanOutput,
  head: readonly string[],
  rows: readonly (readonly string[])[],
): void {
  // Colours are on only in a terminal, where cli-table3 draws its box: columns get its `│` too.
  const boxed = out.color.bold('x') !== 'x';
  const joined = joinColumns(head, rows, boxed ? ' │ ' : '  ');
  out.table(
    [joined.head],
    joined.rows.map((row) => [row]),
  );
}
