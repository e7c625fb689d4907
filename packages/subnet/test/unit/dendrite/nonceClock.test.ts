import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nextNonce, nowNs } from '../../../src/index.js';

describe('nonceClock', () => {
  it('gives strictly increasing nanosecond nonces, even in a tight loop', () => {
    const nonces = Array.from({ length: 10_000 }, () => nextNonce());
    for (let i = 1; i < nonces.length; i++) assert.ok(nonces[i]! > nonces[i - 1]!);
    assert.equal(new Set(nonces).size, nonces.length);
  });

  it('follows the wall clock in Unix nanoseconds', () => {
    const wall = BigInt(Date.now()) * 1_000_000n;
    const diff = nowNs() - wall;
    assert.ok(diff > -5_000_000n && diff < 5_000_000n, String(diff));
    assert.equal(String(nextNonce()).length, 19);
  });
});
