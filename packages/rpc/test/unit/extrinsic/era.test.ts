import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  createMortalEra,
  encodeEra,
  getEraBirth,
  getEraDeath,
  IMMORTAL_ERA,
  readEra,
  ScaleReader,
} from '../../../src/index.js';

const decode = (bytes: Uint8Array) => readEra(new ScaleReader(bytes));

describe('era (known answers from sp_runtime::generic::era tests)', () => {
  it('immortal is one zero byte', () => {
    assert.deepEqual(encodeEra(IMMORTAL_ERA), Uint8Array.of(0));
    assert.deepEqual(decode(Uint8Array.of(0)), IMMORTAL_ERA);
  });

  it('mortal(64, 42) encodes as [5 + 42 % 16 * 16, 42 / 16]', () => {
    const era = createMortalEra(64, 42);
    assert.deepEqual(era, { kind: 'mortal', period: 64, phase: 42 });
    const expected = Uint8Array.of(5 + (42 % 16) * 16, Math.floor(42 / 16));
    assert.deepEqual(encodeEra(era), expected);
    assert.deepEqual(decode(expected), era);
  });

  it('mortal(32768, 20000) encodes with quantized phase', () => {
    const era = createMortalEra(32768, 20000);
    assert.deepEqual(era, { kind: 'mortal', period: 32768, phase: 20000 });
    const expected = Uint8Array.of(14 + (2500 % 16) * 16, Math.floor(2500 / 16));
    assert.deepEqual(encodeEra(era), expected);
    assert.deepEqual(decode(expected), era);
  });

  it('rounds the period up to a power of two and clamps it', () => {
    assert.deepEqual(createMortalEra(200, 513), { kind: 'mortal', period: 256, phase: 1 });
    assert.deepEqual(createMortalEra(2, 1), { kind: 'mortal', period: 4, phase: 1 });
    assert.deepEqual(createMortalEra(4, 5), { kind: 'mortal', period: 4, phase: 1 });
    assert.deepEqual(createMortalEra(1_000_000, 1_000_001), {
      kind: 'mortal',
      period: 65536,
      phase: Math.floor((1_000_001 % 65536) / 4) * 4,
    });
  });

  it('birth and death', () => {
    const era = createMortalEra(4, 6);
    for (let i = 6; i < 10; i++) {
      assert.equal(getEraBirth(era, i), 6);
      assert.equal(getEraDeath(era, i), 10);
    }
    assert.notEqual(getEraBirth(era, 10), 6);
    assert.notEqual(getEraBirth(era, 5), 6);
    assert.equal(getEraDeath(IMMORTAL_ERA, 5), Number.POSITIVE_INFINITY);
  });

  it('round-trips every mortal era', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 16 }), fc.nat(), (log, current) => {
        const era = createMortalEra(2 ** log, current);
        assert.deepEqual(decode(encodeEra(era)), era);
      }),
    );
  });

  it('refuses a phase beyond the period', () => {
    assert.throws(() => decode(Uint8Array.of(0x01 | (15 << 4), 0)), { code: 'BAD_FORMAT' });
  });
});
