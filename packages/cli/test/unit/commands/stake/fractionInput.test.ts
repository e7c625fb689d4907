import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromU16, fromU64, parseFraction } from '../../../../src/commands/stake/fractionInput.js';
import { readChildren } from '../../../../src/commands/stake/stakeChildSet.js';
import type { CommandInput } from '../../../../src/program/commandSpec.js';

const input = (opts: Record<string, unknown>): CommandInput => ({ opts, given: (k) => k in opts, args: [] });
const PARENT = '5GNJqTPyNqANBkUVMN1LPPrxXnFouWXoe2wNSmmEoLctxiZY';
const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
const CHARLIE = '5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y';

describe('parseFraction', () => {
  it('reads fractions and percentages within the bound', () => {
    assert.equal(parseFraction('0.18', '--take'), 0.18);
    assert.equal(parseFraction('18%', '--take'), 0.18);
    assert.equal(parseFraction('1', '--proportions'), 1);
    assert.throws(() => parseFraction('1.01', '--take'), { code: 'USAGE' });
    assert.throws(() => parseFraction('-1', '--take'), { code: 'USAGE' });
    assert.throws(() => parseFraction('x', '--take'), /--take must be a fraction/);
  });
  it('shows chain fractions as numbers', () => {
    assert.equal(fromU16(65_535), 1);
    assert.ok(Math.abs(fromU16(11_796) - 0.18) < 1e-4);
    assert.equal(fromU64((1n << 64n) - 1n), 1);
    assert.equal(fromU64(0n), 0);
  });
});

describe('readChildren', () => {
  it('pairs --children with --proportions (lists or comma separated)', () => {
    assert.deepEqual(readChildren(input({ children: [BOB, CHARLIE], proportions: ['0.3', '20%'] }), PARENT), [
      { hotkey: BOB, proportion: 0.3 },
      { hotkey: CHARLIE, proportion: 0.2 },
    ]);
    assert.equal(
      readChildren(input({ children: `${BOB},${CHARLIE}`, proportions: '0.5,0.5' }), PARENT).length,
      2,
    );
  });
  it('--revoke means no children', () => {
    assert.deepEqual(readChildren(input({ revoke: true }), PARENT), []);
  });
  it('refuses what the chain would refuse', () => {
    assert.throws(
      () => readChildren(input({ children: [BOB], proportions: [] }), PARENT),
      /one --proportions value per child/,
    );
    assert.throws(
      () => readChildren(input({ children: [BOB, BOB], proportions: ['0.1', '0.1'] }), PARENT),
      /twice/,
    );
    assert.throws(
      () => readChildren(input({ children: [PARENT], proportions: ['0.1'] }), PARENT),
      /own child/,
    );
    assert.throws(
      () => readChildren(input({ children: [BOB, CHARLIE], proportions: ['0.7', '0.6'] }), PARENT),
      /more than 1/,
    );
    assert.throws(() => readChildren(input({}), PARENT), { code: 'MISSING_INPUT' });
    const six = Array.from({ length: 6 }, (_, i) => `${BOB}${i}`);
    assert.throws(
      () => readChildren(input({ children: six, proportions: six.map(() => '0.1') }), PARENT),
      /at most 5/,
    );
  });
});
