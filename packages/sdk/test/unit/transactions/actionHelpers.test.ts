import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  computeLimitPrice,
  encodeIp,
  formatIp,
  InvalidParameterError,
  normalizeWeights,
  toU16Fraction,
  toU64Proportion,
} from '../../../src/index.js';

describe('action helpers', () => {
  it('scales weights so that the largest is 65535, dropping zeros (as btcli)', () => {
    assert.deepEqual(normalizeWeights([0, 1, 2, 3], [0.5, 0.25, 0, 0.25]), {
      uids: [0, 1, 3],
      weights: [65_535, 32_768, 32_768],
    });
    assert.deepEqual(normalizeWeights([4], [0]), { uids: [], weights: [] });
    assert.throws(() => normalizeWeights([1, 2], [1]), InvalidParameterError);
    assert.throws(() => normalizeWeights([1], [-1]), InvalidParameterError);
    assert.throws(() => normalizeWeights([70_000], [1]), InvalidParameterError);
  });

  it('encodes IPv4 and IPv6 addresses as the chain stores them, and back', () => {
    assert.deepEqual(encodeIp('1.2.3.4'), { ip: 0x01020304n, ipType: 4 });
    assert.equal(formatIp(0x01020304n, 4), '1.2.3.4');
    assert.deepEqual(encodeIp('::1'), { ip: 1n, ipType: 6 });
    assert.deepEqual(encodeIp('2001:db8::ff00:42:8329'), {
      ip: 0x20010db8000000000000ff0000428329n,
      ipType: 6,
    });
    assert.equal(formatIp(0x20010db8000000000000ff0000428329n, 6), '2001:db8:0:0:0:ff00:42:8329');
    for (const bad of ['256.1.1.1', 'localhost', '1:2:3', '1::2::3'])
      assert.throws(() => encodeIp(bad), InvalidParameterError);
  });

  it('computes limit prices from a tolerance', () => {
    assert.equal(computeLimitPrice(1_000_000_000n, 0.005, 'buy'), 1_005_000_000n);
    assert.equal(computeLimitPrice(1_000_000_000n, 0.005, 'sell'), 995_000_000n);
    assert.throws(() => computeLimitPrice(1n, 1.5, 'buy'), InvalidParameterError);
  });

  it('turns fractions into u16 takes and u64 proportions', () => {
    assert.equal(toU16Fraction(0.18), 11_796);
    assert.equal(toU64Proportion(1), (1n << 64n) - 1n);
    assert.equal(toU64Proportion(0.5), ((1n << 64n) - 1n) / 2n);
    assert.equal(toU64Proportion(7n), 7n);
    assert.throws(() => toU16Fraction(2), InvalidParameterError);
    assert.throws(() => toU64Proportion(-1n), InvalidParameterError);
  });
});
