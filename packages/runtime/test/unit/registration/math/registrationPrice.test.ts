import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { U64F64 } from '@taonet/primitives';
import fc from 'fast-check';
import {
  bumpBurnAfterRegistration,
  DEFAULT_BURN_INCREASE_MULT,
  decayBurnForBlock,
  decayFactorQ32,
  HALF_Q32,
  powQ32,
  updateRegistrationPriceForBlock,
} from '../../../../src/registration/math/index.js';

const U64_MAX = (1n << 64n) - 1n;
const OPEN = { minBurn: 0n, maxBurn: U64_MAX };

describe('registration price', () => {
  it('decay factors: f(1) = 2^31, f(2) = 3_037_000_500, f(360) = 4_286_705_684, f(1000) = 4_291_991_283', () => {
    assert.equal(decayFactorQ32(0n), 1n << 32n);
    assert.equal(decayFactorQ32(1n), 1n << 31n);
    assert.equal(decayFactorQ32(2n), 3_037_000_500n);
    assert.equal(decayFactorQ32(360n), 4_286_705_684n);
    assert.equal(decayFactorQ32(1000n), 4_291_991_283n);
  });

  it('the factor is the largest whose h-th power is at most one half', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 65_535n }), (h) => {
        const f = decayFactorQ32(h);
        assert.ok(powQ32(f, h) <= HALF_Q32);
        assert.ok(powQ32(f + 1n, h) > HALF_Q32);
      }),
      { numRuns: 30 },
    );
  });

  it('halves (rounding down) every half life: 1024 -> 724 -> 511 -> 361 -> 255 with h = 2', () => {
    let burn = 1024n;
    const seen: bigint[] = [];
    for (let block = 2n; block <= 5n; block++) {
      burn = decayBurnForBlock(burn, 2n, block, OPEN);
      seen.push(burn);
    }
    assert.deepEqual(seen, [724n, 511n, 361n, 255n]);
  });

  it('does not decay at block 1 and resets the per-block counter', () => {
    assert.equal(decayBurnForBlock(1000n, 1000n, 1n, OPEN), 1000n);
    const next = updateRegistrationPriceForBlock(
      { burn: 1000n, halfLife: 1000n, registrationsThisBlock: 3n, ...OPEN },
      2n,
    );
    assert.deepEqual([next.burn, next.registrationsThisBlock], [999n, 0n]);
  });

  it('bumps by x1.26 per registration, clamped, and never below x1', () => {
    assert.equal(bumpBurnAfterRegistration(1_000_000_000n, DEFAULT_BURN_INCREASE_MULT, OPEN), 1_260_000_000n);
    assert.equal(bumpBurnAfterRegistration(1000n, U64F64.ZERO, OPEN), 1000n);
    assert.equal(
      bumpBurnAfterRegistration(100_000n, U64F64.fromInt(2), { minBurn: 0n, maxBurn: 150_000n }),
      150_000n,
    );
    assert.equal(
      bumpBurnAfterRegistration(0n, U64F64.fromInt(2), { minBurn: 100_000n, maxBurn: U64_MAX }),
      100_000n,
    );
  });
});
