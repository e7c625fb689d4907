/** yuma.md §1.16: the edge cases of the sparse epoch, each as subtensor behaves. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { I32F32 } from '@taonet/primitives';
import { yuma } from '../../../src/epoch/index.js';
import { inplaceNormalize } from '../../../src/epoch/math/index.js';
import { inputs, params } from './epochFixture.js';

const E9 = 1_000_000_000n;

describe('yuma edge cases (yuma.md §1.16)', () => {
  it('a stored permit vector shorter than n counts the missing uids as not permitted', () => {
    const out = yuma(inputs([E9, E9], { validatorPermit: [true] }), params());
    assert.deepEqual(out.validatorEmission, [E9, 0n]);
    assert.deepEqual(out.validatorPermit, [true, true]);
  });

  it('an empty stored permit vector masks every weight row but not the active stake', () => {
    const weights = [[[1, 65535]] as const, [[0, 65535]] as const];
    const out = yuma(inputs([1n, 3n], { validatorPermit: [], weights }), params());
    assert.deepEqual(out.incentive, [0, 0]);
    assert.deepEqual(out.validatorEmission, [250_000_000n, 750_000_000n]);
  });

  it('LastUpdate shorter than n is padded with 0 (inactive), longer is tolerated', () => {
    const base = inputs([E9, E9], { currentBlock: 6000n });
    const short = yuma({ ...base, lastUpdate: [5990n] }, params({ activityCutoffBlocks: 100n }));
    assert.deepEqual(short.active, [true, false]);
    const long = yuma(
      { ...base, lastUpdate: [5990n, 5990n, 5990n, 5990n] },
      params({ activityCutoffBlocks: 100n }),
    );
    assert.deepEqual(long.active, [true, true]);
    assert.equal(long.dividends.length, 2);
  });

  it('a row of zero weights stays (not normalised) and earns nothing', () => {
    const weights = [[[2, 0]] as const, [[2, 65535]] as const, []];
    const out = yuma(inputs([E9, E9, 0n], { weights }), params());
    assert.deepEqual(out.consensus, [0, 0, 65535]);
    assert.deepEqual(out.validatorTrust, [0, 65535, 0]);
    assert.deepEqual(out.dividends, [0, 65535, 0]);
    assert.deepEqual(out.serverEmission, [0n, 0n, 500_000_000n]);
    assert.deepEqual(out.validatorEmission, [0n, 500_000_000n, 0n]);
  });

  it('col_clip drops a weight on a column whose consensus is 0 (its Yuma 3 bond vanishes)', () => {
    // uid1 (a quarter of the stake) alone weights uid3: consensus 0 there, the clipped entry is dropped,
    // so with liquid alpha its bond on uid3 is not decayed but removed.
    const weights = [[[2, 65535]] as const, [[3, 65535]] as const, [], []];
    const bonds = [[], [[3, 30000]] as const, [], []];
    const out = yuma(
      inputs([3n, 1n, 0n, 0n], { weights, bonds }),
      params({ yuma3: true, liquidAlpha: true }),
    );
    assert.equal(out.consensus[3], 0);
    assert.equal(out.validatorTrust[1], 0);
    assert.deepEqual(out.bonds[1], []);
  });

  it('safe_div returns 0 on overflow, not a saturated value', () => {
    const big = I32F32.fromInt(1_000_000);
    const x = [big, I32F32.add(I32F32.neg(big), I32F32.DELTA)];
    inplaceNormalize(x);
    assert.deepEqual(x, [I32F32.ZERO, I32F32.ZERO]);
  });

  it('weights to a uid registered at or after the validator last updated are outdated', () => {
    const weights = [
      [
        [1, 65535],
        [2, 65535],
      ] as const,
      [],
      [],
    ];
    const out = yuma(
      inputs([E9, 0n, 0n], { weights, blockAtRegistration: [1n, 1n, 500n], lastUpdate: [500n, 500n, 500n] }),
      params(),
    );
    assert.deepEqual(out.incentive, [0, 65535, 0]);
  });

  it('bonds on a column (re)registered since the last epoch are reset', () => {
    const weights = [[[1, 65535]] as const, []];
    const bonds = [[[1, 65535]] as const, []];
    const kept = yuma(inputs([E9, 0n], { weights, bonds }), params({ yuma3: true }));
    // registered at 700 > last_tempo = 1000 - 360: the stored bond is dropped before the EMA
    const reset = yuma(
      inputs([E9, 0n], { weights, bonds, blockAtRegistration: [1n, 700n], lastUpdate: [800n, 800n] }),
      params({ yuma3: true }),
    );
    assert.deepEqual(kept.bonds[0], [[1, 65535]]);
    assert.deepEqual(reset.bonds[0], [[1, 6553]]);
  });

  it('top-k permits: among equal stakes the lower uid loses; with n < k every non-zero stake wins', () => {
    assert.deepEqual(yuma(inputs([5n, 5n, 5n]), params({ maxAllowedValidators: 2 })).validatorPermit, [
      false,
      true,
      true,
    ]);
    assert.deepEqual(yuma(inputs([0n, 5n, 1n]), params({ maxAllowedValidators: 5 })).validatorPermit, [
      false,
      true,
      true,
    ]);
  });

  it('when nothing is earned the validators share by stake, floored (1/10 of 1e9 = 99_999_999)', () => {
    const out = yuma(inputs(new Array<bigint>(10).fill(E9)), params());
    assert.deepEqual(out.validatorEmission, new Array<bigint>(10).fill(99_999_999n));
    assert.deepEqual(out.serverEmission, new Array<bigint>(10).fill(0n));
  });

  it('when no active stake remains the fallback is the plain stake', () => {
    const out = yuma(inputs([E9, 3n * E9], { currentBlock: 1_000_000n }), params());
    assert.deepEqual(out.active, [false, false]);
    assert.deepEqual(out.emission, [250_000_000n, 750_000_000n]);
  });

  it('n = 0 gives empty outputs', () => {
    const out = yuma(inputs([]), params());
    for (const list of Object.values(out)) assert.deepEqual(list, []); // deterministic: every field is checked
  });
});
