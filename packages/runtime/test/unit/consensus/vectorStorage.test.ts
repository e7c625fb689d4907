/**
 * The epoch reads and writes these items through the hand-written vector codecs: each item's own codec
 * must produce the same bytes, so that typed readers elsewhere see exactly what the epoch wrote.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { netUid } from '@taonet/primitives';
import fc from 'fast-check';
import type { Codec } from 'scale-ts';
import { readVector, writeRow, writeVector } from '../../../src/consensus/vectorStorage.js';
import {
  Active,
  Consensus,
  Dividends,
  Emission,
  Incentive,
  LastUpdate,
  StakeWeight,
  ValidatorPermit,
  ValidatorTrust,
} from '../../../src/neurons/schema.js';
import { MemoryBackend } from '../../../src/state/memoryBackend.js';
import { OverlayState } from '../../../src/state/overlayState.js';
import { VecBool, VecU16, VecU16Pairs, VecU64 } from '../../../src/state/vectorCodecs.js';
import { Bonds, Weights } from '../../../src/weights/schema.js';

const u16s = fc.array(fc.nat(65535), { maxLength: 300 });
const u64s = fc.array(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), { maxLength: 300 });
const bools = fc.array(fc.boolean(), { maxLength: 300 });
const rows = fc.array(fc.tuple(fc.nat(65535), fc.nat(65535)), { maxLength: 300 });

function sameBytes<V>(
  item: { readonly name: string; readonly codec: Codec<V> },
  fast: Codec<V>,
  values: fc.Arbitrary<V>,
) {
  fc.assert(
    fc.property(values, (value) => {
      const bytes = item.codec.enc(value);
      assert.deepEqual(fast.enc(value), bytes, item.name);
      assert.deepEqual(fast.dec(bytes), item.codec.dec(bytes), item.name);
    }),
    { numRuns: 30 },
  );
}

describe('the epoch items and their fast codecs', () => {
  it('Vec<u16> items: Incentive, Consensus, Dividends, ValidatorTrust, StakeWeight', () => {
    for (const item of [Incentive, Consensus, Dividends, ValidatorTrust, StakeWeight])
      sameBytes(item, VecU16, u16s);
  });
  it('Vec<u64> items: Emission, LastUpdate', () => {
    for (const item of [Emission, LastUpdate]) sameBytes(item, VecU64, u64s);
  });
  it('Vec<bool> items: Active, ValidatorPermit', () => {
    for (const item of [Active, ValidatorPermit]) sameBytes(item, VecBool, bools);
  });
  it('Vec<(u16, u16)> rows: Weights, Bonds', () => {
    for (const item of [Weights, Bonds]) sameBytes(item, VecU16Pairs, rows);
  });

  it('read the default of an absent key and what the typed accessors wrote, and write what they read', () => {
    const state = new OverlayState(new MemoryBackend());
    const net = netUid(3);
    assert.deepEqual(readVector(state, Emission, [net], VecU64), []);
    assert.deepEqual(readVector(state, Bonds, [3, 1], VecU16Pairs), []);
    Emission.set(state, [net], [1n, 2n ** 64n - 1n]);
    assert.deepEqual(readVector(state, Emission, [net], VecU64), [1n, 2n ** 64n - 1n]);
    writeVector(state, Active, [net], [true, false], VecBool);
    assert.deepEqual(Active.get(state, [net]), [true, false]);
    writeRow(state, Bonds, [3, 1], [[2, 65535] as const, [0, 1] as const]);
    assert.deepEqual(Bonds.get(state, [3, 1]), [
      [2, 65535],
      [0, 1],
    ]);
  });
});
