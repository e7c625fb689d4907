/**
 * Output for people on stdout: lines, tables (cli-table3, loaded on first use; no borders or colours
 * when stdout is not a terminal, so piped output stays plain) and colours (picocolors).
 */
import { createRequire } from 'node:module';
import picocolors from 'picocolors';
import type { CliWritable } from '../program/cliIo.js';
import type { Colors, HumanOutput } from '../program/commandSpec.js';

type TableCtor = new (
  opts: Record<string, unknown>,
) => { push(row: readonly string[]): void; toString(): string };

export function createColors(enabled: boolean): Colors {
  const pc = picocolors.createColors(enabled);
  return {
    bold: pc.bold,
    dim: pc.dim,
    green: pc.green,
    yellow: pc.yellow,
    red: pc.red,
    cyan: pc.cyan,
    magenta: pc.magenta,
  };
}

/** Colours on a stream: a terminal, no NO_COLOR, no --no-color. */
export function isColorEnabled(
  stream: CliWritable,
  env: Readonly<Record<string, string | undefined>>,
  flag: boolean,
): boolean {
  return flag && stream.isTTY === true && (env.NO_COLOR ?? '') === '' && env.TERM !== 'dumb';
}

const PLAIN_CHARS = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '',
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '',
  'right-mid': '',
  middle: '  ',
};

export function createHumanOutput(stdout: CliWritable, color: boolean): HumanOutput {
  const colors = createColors(color);
  const tty = stdout.isTTY === true;
  return {
    color: colors,
    line(text = '') {
      stdout.write(`${text}\n`);
    },
    table(head, rows) {
      const Table = createRequire(import.meta.url)('cli-table3') as TableCtor;
      const opts: Record<string, unknown> = tty
        ? { head: head.map((h) => colors.bold(h)), style: { head: [], border: [] } }
        : {
            head: [...head],
            chars: PLAIN_CHARS,
            style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
          };
      const table = new Table(opts);
      for (const row of rows) table.push(row);
      stdout.write(`${table.toString()}\n`);
    },
  };
}
