import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinColumns, writeWideTable } from '../../../../src/commands/subnets/subnetsMetagraphTable.js';
import { createHumanOutput } from '../../../../src/output/humanOutput.js';

const HEAD = ['uid', 'hotkey', 'stake', 'permit', 'axon'];
const ROWS = [
  ['0', '5GTwfw…KzNucC', '228.457265520', '✔', '-'],
  ['1', '5Enqya…nK5NuL', '25.4', '', '127.0.0.1:8091'],
  ['12', '5GbR2r…LxRFWL', '0.000000001', '✔', '-'],
];

function capture(tty: boolean, color: boolean, draw: (out: ReturnType<typeof createHumanOutput>) => void) {
  let text = '';
  draw(createHumanOutput({ write: (chunk: string) => (text += chunk), isTTY: tty }, color));
  return text;
}

describe('subnets metagraph table', () => {
  it('without a terminal, prints exactly what the cell-per-column table prints', () => {
    const wide = capture(false, false, (out) => writeWideTable(out, HEAD, ROWS));
    const cells = capture(false, false, (out) => out.table(HEAD, ROWS));
    assert.equal(wide, cells);
  });

  it('pads by visible width (colour codes take none) and boxes the columns in a colour terminal', () => {
    const green = (s: string) => `\u001b[32m${s}\u001b[39m`;
    const joined = joinColumns(
      ['a', 'b'],
      [
        [green('✔'), 'x'],
        ['long', 'y'],
      ],
      '  ',
    );
    assert.deepEqual(joined.rows, [`${green('✔')}     x`, 'long  y']);
    assert.equal(joined.head, 'a     b');
    const boxed = capture(true, true, (out) => writeWideTable(out, ['a', 'b'], [['1', '22']]));
    assert.match(boxed, /│ 1 │ 22 │/);
  });
});
