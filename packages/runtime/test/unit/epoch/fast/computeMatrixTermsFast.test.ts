/**
 * The epoch on exact numbers (`computeMatrixTermsFast`) against the bigint pipeline (`computeMatrixTerms`):
 * every output bit for bit on random subnets with the storage quirks that matter (unsorted rows, repeated
 * columns, explicit zeros, bonds on columns beyond n, junk entries, owner, commit-reveal, any
 * hyperparameters), and the fast path taken on every realistic subnet.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { computeMatrixTerms } from '../../../../src/epoch/computeMatrixTerms.js';
import type { EpochInputs, EpochParams, StoredRow } from '../../../../src/epoch/epochInputs.js';
import { computeMatrixTermsFast } from '../../../../src/epoch/fast/computeMatrixTermsFast.js';
import { vecU16MaxUpscaleToU16 } from '../../../../src/epoch/math/index.js';
import { runEpoch } from '../../../../src/epoch/yuma.js';
import { PARAMS } from '../epochFixture.js';

const U64_MAX = (1n << 64n) - 1n;

/** Both pipelines on the same subnet: equal outputs; whether the fast one ran (false: it fell back). */
function compare(inputs: EpochInputs, params: EpochParams): boolean {
  const reference = runEpoch(inputs, params, computeMatrixTerms);
  let fast = false;
  const candidate = runEpoch(inputs, params, (matrixInputs, p) => {
    const terms = computeMatrixTermsFast(matrixInputs, p);
    fast = terms !== null;
    return terms ?? computeMatrixTerms(matrixInputs, p);
  });
  assert.deepEqual(candidate, reference);
  return fast;
}

const u16Value = fc.oneof(fc.integer({ min: 0, max: 65535 }), fc.constantFrom(0, 1, 32767, 65535));

/** a stored row: columns around n (some beyond), repeats, zeros, occasionally junk */
function rowArb(n: number, beyond: boolean): fc.Arbitrary<StoredRow> {
  const column = beyond
    ? fc.oneof(fc.integer({ min: 0, max: n + 2 }), fc.constantFrom(65535, 300))
    : fc.integer({ min: 0, max: n + 2 });
  const entry = fc.oneof(
    { weight: 12, arbitrary: fc.tuple(column, u16Value) },
    { weight: 1, arbitrary: fc.constantFrom([-1, 5], [1, 70000], [0.5, 3], [-0, 7], [1, -0], 'x', null) },
  );
  return fc.oneof(
    fc.array(entry, { maxLength: n + 3 }) as fc.Arbitrary<StoredRow>,
    // a sorted dense row, as set_weights stores it
    fc.array(u16Value, { minLength: n, maxLength: n }).map((values) => values.map((w, j) => [j, w] as const)),
  );
}

const paramsArb = (n: number): fc.Arbitrary<EpochParams> =>
  fc.record({
    tempo: fc.integer({ min: 0, max: 400 }),
    activityCutoffBlocks: fc.bigInt({ min: 1n, max: 2000n }),
    kappaU16: fc.oneof(fc.constant(32767), fc.integer({ min: 0, max: 65535 })),
    bondsMovingAverage: fc.oneof(
      { weight: 5, arbitrary: fc.constant(900_000n) },
      { weight: 5, arbitrary: fc.bigInt({ min: 0n, max: 3_000_000n }) },
      // alpha saturates at I32F32::MIN: the bigint pipeline's job
      { weight: 1, arbitrary: fc.constant(U64_MAX) },
    ),
    bondsPenaltyU16: fc.oneof(fc.constant(0), fc.constant(65535), fc.integer({ min: 0, max: 65535 })),
    yuma3: fc.boolean(),
    liquidAlpha: fc.boolean(),
    alphaLowU16: fc.integer({ min: 0, max: 65535 }),
    alphaHighU16: fc.integer({ min: 0, max: 65535 }),
    alphaSigmoidSteepness: fc.oneof(fc.constant(1000), fc.integer({ min: -32768, max: 32767 })),
    maxAllowedValidators: fc.integer({ min: 0, max: 16 }),
    stakeThreshold: fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 10n ** 12n })),
    taoWeightU64: fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: U64_MAX })),
    ownerUid: n === 0 ? fc.constant(null) : fc.option(fc.integer({ min: 0, max: n - 1 })),
    lastMechanismStepBlock: fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 2000n })),
    commitRevealEnabled: fc.boolean(),
  });

const block = fc.oneof(fc.bigInt({ min: 0n, max: 2000n }), fc.constantFrom(0n, 1n, 999n, 1000n));
/** a block number beyond the exact numbers (the bigint pipeline's job), in a few subnets */
const HUGE_BLOCK = 1n << 60n;
const stake = fc.oneof(
  fc.constant(0n),
  fc.bigInt({ min: 1n, max: 10n ** 17n }),
  fc.bigInt({ min: 1n, max: 1000n }),
  fc.constant(U64_MAX),
);

const subnetArb = (minN: number, maxN: number) =>
  fc
    .integer({ min: minN, max: maxN })
    .chain((n) =>
      fc.record({
        params: paramsArb(n),
        inputs: fc.record({
          n: fc.constant(n),
          currentBlock: fc.oneof(fc.constant(1000n), block),
          raoEmission: fc.bigInt({ min: 0n, max: 10n ** 12n }),
          stakeAlpha: fc.array(stake, { minLength: n, maxLength: n }),
          stakeTao: fc.array(stake, { minLength: n, maxLength: n }),
          blockAtRegistration: fc.array(block, { minLength: n, maxLength: n }),
          lastUpdate: fc.array(block, { minLength: 0, maxLength: n + 2 }),
          validatorPermit: fc.array(fc.boolean(), { minLength: 0, maxLength: n + 1 }),
          weights: fc.array(rowArb(n, false), { minLength: Math.max(0, n - 1), maxLength: n + 1 }),
          bonds: fc.array(rowArb(n, true), { minLength: 0, maxLength: n }),
          commitBlocks: fc.array(fc.option(block), { minLength: n, maxLength: n }),
        }),
        huge: fc.oneof(
          { weight: 18, arbitrary: fc.constant('none' as const) },
          { weight: 1, arbitrary: fc.constantFrom('registration' as const, 'lastUpdate' as const) },
        ),
      }),
    )
    .map(({ params, inputs, huge }) => {
      if (huge === 'none' || inputs.n === 0) return { params, inputs };
      // a huge registration leaves the fast path; a huge last update does not (it only bounds the row)
      const blocks = [...(huge === 'registration' ? inputs.blockAtRegistration : inputs.lastUpdate)];
      blocks[0] = HUGE_BLOCK;
      return {
        params,
        inputs: { ...inputs, [huge === 'registration' ? 'blockAtRegistration' : 'lastUpdate']: blocks },
      };
    });

/** n uids, the first `validators` staked, each weighting every other uid at random (the benchmark's shape). */
const denseSubnetArb = fc
  .tuple(fc.integer({ min: 2, max: 48 }), fc.integer({ min: 1, max: 16 }), fc.boolean(), fc.boolean())
  .chain(([n, v, yuma3, liquidAlpha]) =>
    fc.record({
      params: fc.constant({ ...PARAMS, yuma3, liquidAlpha, maxAllowedValidators: Math.min(v, n) }),
      weights: fc.array(fc.array(fc.integer({ min: 0, max: 65535 }), { minLength: n, maxLength: n }), {
        minLength: n,
        maxLength: n,
      }),
      stakes: fc.array(fc.bigInt({ min: 1n, max: 10n ** 15n }), { minLength: n, maxLength: n }),
      v: fc.constant(Math.min(v, n)),
    }),
  );

describe('the epoch on exact numbers', () => {
  it('matches the bigint pipeline bit for bit on random subnets', () => {
    let fast = 0;
    let runs = 0;
    fc.assert(
      fc.property(subnetArb(0, 14), ({ inputs, params }) => {
        runs++;
        if (compare(inputs, params)) fast++;
      }),
      { numRuns: 1500 },
    );
    // falling back is for values beyond 2^21 (saturated stakes, huge moving averages), not the rule
    assert.ok(fast > runs * 0.8, `fast path on ${fast} of ${runs} subnets`);
  });

  it('takes the fast path on dense subnets over several epochs (bonds carried over)', () => {
    fc.assert(
      fc.property(denseSubnetArb, ({ params, weights, stakes, v }) => {
        const n = weights.length;
        let inputs: EpochInputs = {
          n,
          currentBlock: 1000n,
          raoEmission: 1_000_000_000n,
          stakeAlpha: stakes.map((s, i) => (i < v ? s : 0n)),
          blockAtRegistration: new Array<bigint>(n).fill(1n),
          lastUpdate: new Array<bigint>(n).fill(900n),
          validatorPermit: Array.from({ length: n }, (_, i) => i < v),
          weights: weights.map((row, i) =>
            i < v ? vecU16MaxUpscaleToU16(row).map((w, j) => [j, w] as const) : [],
          ),
          bonds: Array.from({ length: n }, (): StoredRow[] => []).map(() => []),
        };
        for (let epoch = 0; epoch < 3; epoch++) {
          assert.ok(compare(inputs, params), 'fast path');
          const out = runEpoch(inputs, params, computeMatrixTerms);
          inputs = { ...inputs, bonds: out.bonds, validatorPermit: out.validatorPermit };
        }
      }),
      { numRuns: 60 },
    );
  });
});
