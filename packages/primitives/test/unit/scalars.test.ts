import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  formatTao,
  fromHex,
  hash,
  netUid,
  parseUnits,
  rao,
  TaonetError,
  tao,
  toHex,
  uid,
} from '../../src/index.js';

describe('scalars', () => {
  it('parses TAO amounts exactly', () => {
    assert.equal(tao('1.5'), 1_500_000_000n);
    assert.equal(tao('0.000000001'), 1n);
    assert.equal(tao('21000000'), 21_000_000_000_000_000n);
    assert.equal(rao(1_500_000_000n), 1_500_000_000n);
  });

  it('rejects bad amounts with a clear error', () => {
    assert.throws(() => tao('1.0000000001'), /more than 9 decimals/);
    assert.throws(() => tao('abc'), /not a decimal number/);
    assert.throws(() => tao('-1'), /not a decimal number/);
    assert.throws(() => rao(-1n), TaonetError);
    assert.throws(() => rao(1n << 64n), /2\^64-1/);
  });

  it('formats TAO without rounding up', () => {
    assert.equal(formatTao(1_500_000_000n), '1.5');
    assert.equal(formatTao(0n), '0');
    assert.equal(formatTao(1_999_999_999n, { decimals: 4, symbol: 'τ' }), 'τ1.9999');
    assert.equal(formatTao(1_234_567_000_000_000n, { grouping: true }), '1,234,567');
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), (x) => parseUnits(formatTao(x)) === x),
    );
  });

  it('validates ids', () => {
    assert.equal(netUid(3), 3);
    assert.throws(() => netUid(70000), /netuid/);
    assert.throws(() => uid(-1), /uid/);
    assert.throws(() => uid(1.5), /integer/);
  });

  it('validates hashes and hex', () => {
    assert.throws(() => hash('0x12'), /32-byte hash/);
    assert.equal(toHex(fromHex('0xdeadBEEF')), '0xdeadbeef');
    assert.throws(() => fromHex('0xabc'), /odd number/);
    assert.throws(() => fromHex('0xzz'), /not hex/);
  });
});
