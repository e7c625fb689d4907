import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createNonceStore, nonceKey } from '../../../src/index.js';
import { tempDir } from '../../axonHarness.js';

const S = 1_000_000_000n;

describe('nonceStore', () => {
  it('accepts each nonce once per key, in any order', () => {
    const now = 1000n * S;
    const store = createNonceStore({ dir: tempDir(), maxAgeNs: 16n * S, maxEntries: 100, nowNs: () => now });
    const a = nonceKey('5Alice', 'u1');
    for (const n of [now - 3n, now - 1n, now - 2n]) {
      assert.equal(store.check(a, n), 'fresh');
      store.record(a, n);
    }
    assert.equal(store.check(a, now - 2n), 'replayed');
    assert.equal(store.check(nonceKey('5Alice', 'u2'), now - 2n), 'fresh');
    assert.equal(store.size, 3);
    store.close();
  });

  it('forgets nonces once they leave the widest window', () => {
    let now = 1000n * S;
    const store = createNonceStore({ dir: tempDir(), maxAgeNs: 10n * S, maxEntries: 100, nowNs: () => now });
    store.record(nonceKey('k', 'u'), now);
    now += 5n * S;
    store.record(nonceKey('k', 'u'), now);
    now += 6n * S;
    store.record(nonceKey('k', 'u'), now);
    assert.equal(store.size, 2);
    store.close();
  });

  it('evicts the oldest past maxEntries and never accepts at or below them again', () => {
    const now = 1000n * S;
    const store = createNonceStore({ dir: tempDir(), maxAgeNs: 100n * S, maxEntries: 3, nowNs: () => now });
    for (let i = 1n; i <= 5n; i++) store.record(nonceKey('k', 'u'), now - 100n + i);
    assert.equal(store.size, 3);
    assert.equal(store.floor, now - 100n + 2n);
    assert.equal(store.check(nonceKey('other', 'u'), now - 100n + 2n), 'belowFloor');
    store.close();
  });

  it('reloads the entries still in the window after a restart, and compacts its file', () => {
    const dir = tempDir();
    let now = 1000n * S;
    const first = createNonceStore({ dir, maxAgeNs: 10n * S, maxEntries: 100, nowNs: () => now });
    first.record(nonceKey('5Old', 'u'), now - 9n * S);
    first.record(nonceKey('5New', 'u'), now);
    first.close();
    now += 2n * S;
    const second = createNonceStore({ dir, maxAgeNs: 10n * S, maxEntries: 100, nowNs: () => now });
    assert.equal(second.size, 1);
    assert.equal(second.check(nonceKey('5New', 'u'), now - 2n * S), 'replayed');
    const lines = readFileSync(join(dir, 'nonces.log'), 'utf8').trim().split('\n');
    assert.equal(lines.length, 2);
    second.close();
  });

  it('without a dir, refuses anything signed before it was created', () => {
    const now = 1000n * S;
    const store = createNonceStore({ maxAgeNs: 16n * S, maxEntries: 100, nowNs: () => now });
    assert.equal(store.check(nonceKey('k', 'u'), now - 1n), 'belowFloor');
    assert.equal(store.check(nonceKey('k', 'u'), now + 1n), 'fresh');
    assert.equal(existsSync(join(tempDir(), 'nonces.log')), false);
  });
});
