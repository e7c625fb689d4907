/**
 * Properties of `yuma()` on random subnets (fast-check): shapes, bounds, emission conservation up to the
 * floors, determinism, and "never throws" on malformed inputs.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  type EpochInputs,
  type EpochOutputs,
  type EpochParams,
  epochWithMechanisms,
  type StoredRow,
  yuma,
} from '../../../src/epoch/index.js';
import { sum } from './epochFixture.js';

const U64_MAX = (1n << 64n) - 1n;

function row(n: number): fc.Arbitrary<StoredRow> {
  if (n === 0) return fc.constant([]);
  return fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: 65535 })), {
    maxLength: n + 1,
  });
}

const paramsArb = (n: number): fc.Arbitrary<EpochParams> =>
  fc
    .record({
      tempo: fc.integer({ min: 0, max: 400 }),
      activityCutoffBlocks: fc.bigInt({ min: 1n, max: 2000n }),
      kappaU16: fc.integer({ min: 0, max: 65535 }),
      bondsMovingAverage: fc.bigInt({ min: 0n, max: 1_000_000n }),
      bondsPenaltyU16: fc.oneof(fc.constant(0), fc.constant(65535), fc.integer({ min: 0, max: 65535 })),
      yuma3: fc.boolean(),
      liquidAlpha: fc.boolean(),
      alphaLowU16: fc.integer({ min: 1638, max: 65535 }),
      alphaHighU16: fc.integer({ min: 1638, max: 65535 }),
      alphaSigmoidSteepness: fc.integer({ min: -32768, max: 32767 }),
      maxAllowedValidators: fc.integer({ min: 0, max: 16 }),
      stakeThreshold: fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 10n ** 12n })),
      taoWeightU64: fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: U64_MAX })),
      ownerUid: n === 0 ? fc.constant(null) : fc.option(fc.integer({ min: 0, max: n - 1 })),
      lastMechanismStepBlock: fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 2000n })),
      commitRevealEnabled: fc.boolean(),
    })
    .map((p) => ({ ...p, alphaLowU16: Math.min(p.alphaLowU16, p.alphaHighU16) }));

const block = fc.bigInt({ min: 0n, max: 2000n });
const stake = fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 10n ** 17n }));

const subnetArb = fc.integer({ min: 0, max: 12 }).chain((n) =>
  fc.record({
    params: paramsArb(n),
    inputs: fc.record({
      n: fc.constant(n),
      currentBlock: block,
      raoEmission: fc.bigInt({ min: 0n, max: 1n << 27n }),
      stakeAlpha: fc.array(stake, { minLength: n, maxLength: n }),
      stakeTao: fc.array(stake, { minLength: n, maxLength: n }),
      blockAtRegistration: fc.array(block, { minLength: n, maxLength: n }),
      lastUpdate: fc.array(block, { minLength: n, maxLength: n }),
      validatorPermit: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      weights: fc.array(row(n), { minLength: n, maxLength: n }),
      bonds: fc.array(row(n), { minLength: n, maxLength: n }),
      commitBlocks: fc.array(fc.option(block), { minLength: n, maxLength: n }),
    }),
  }),
);

function isU16(x: number): boolean {
  return Number.isInteger(x) && x >= 0 && x <= 65535;
}

function checkShape(out: EpochOutputs, n: number): void {
  for (const [key, list] of Object.entries(out)) assert.equal(list.length, n, key); // deterministic: all fields
  for (const list of [out.consensus, out.incentive, out.dividends, out.validatorTrust, out.stakeWeight]) {
    assert.ok(list.every(isU16));
  }
  for (const list of [out.emission, out.serverEmission, out.validatorEmission])
    assert.ok(list.every((x) => x >= 0n));
  out.bonds.forEach((cells, uid) => {
    assert.ok(cells.every(([j, value]) => isU16(j) && isU16(value)));
    if (!out.validatorPermit[uid]) assert.deepEqual(cells, []);
  });
}

/** Some uid surely keeps a positive stake through the threshold filter. */
function hasStake(inputs: EpochInputs, params: EpochParams): boolean {
  return inputs.stakeAlpha.some(
    (s, uid) => s > 0n && (s >= params.stakeThreshold || uid === params.ownerUid),
  );
}

describe('yuma properties', () => {
  it('outputs have length n, u16 terms are bounded, bonds only for permitted uids', () => {
    fc.assert(
      fc.property(subnetArb, ({ inputs, params }) => checkShape(yuma(inputs, params), inputs.n)),
      { numRuns: 300 },
    );
  });

  it('emissions never exceed rao_emission and lose at most n rao (2n for server + validator)', () => {
    fc.assert(
      fc.property(subnetArb, ({ inputs, params }) => {
        const out = yuma(inputs, params);
        const rao = inputs.raoEmission;
        const n = BigInt(inputs.n);
        const combined = sum(out.emission);
        const split = sum(out.serverEmission) + sum(out.validatorEmission);
        assert.ok(combined <= rao && split <= rao, `${combined} / ${split} > ${rao}`);
        if (hasStake(inputs, params)) {
          assert.ok(combined >= rao - n, `combined ${combined} < ${rao} - ${n}`);
          assert.ok(split >= rao - 2n * n, `split ${split} < ${rao} - 2*${n}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and does not mutate its inputs', () => {
    fc.assert(
      fc.property(subnetArb, ({ inputs, params }) => {
        const before = structuredClone(inputs);
        const first = yuma(inputs, params);
        assert.deepEqual({ ...inputs }, before);
        assert.deepEqual(yuma(inputs, params), first);
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on malformed inputs', () => {
    const junk = fc.oneof(
      fc.bigInt({ min: -(1n << 70n), max: 1n << 70n }),
      fc.integer({ min: -70000, max: 70000 }),
      fc.double(),
      fc.constant(null),
      fc.constant(undefined),
      fc.string({ maxLength: 3 }),
      fc.boolean(),
    );
    const junkRow = fc.array(
      fc.oneof(fc.tuple(junk, junk), fc.tuple(fc.integer({ min: -2, max: 70000 }), junk), junk),
      {
        maxLength: 8,
      },
    );
    const junkList = fc.array(junk, { maxLength: 24 });
    const malformed = fc.record({
      n: fc.oneof(fc.integer({ min: -3, max: 24 }), fc.double({ min: -3, max: 24 }), fc.constant(Number.NaN)),
      currentBlock: junk,
      raoEmission: junk,
      stakeAlpha: junkList,
      stakeTao: fc.oneof(junkList, fc.constant(undefined)),
      blockAtRegistration: junkList,
      lastUpdate: junkList,
      validatorPermit: junkList,
      weights: fc.array(junkRow, { maxLength: 24 }),
      bonds: fc.array(junkRow, { maxLength: 24 }),
      commitBlocks: junkList,
    });
    const junkParams = fc.record({
      tempo: junk,
      activityCutoffBlocks: junk,
      kappaU16: junk,
      bondsMovingAverage: junk,
      bondsPenaltyU16: junk,
      yuma3: fc.boolean(),
      liquidAlpha: fc.boolean(),
      alphaLowU16: junk,
      alphaHighU16: junk,
      alphaSigmoidSteepness: junk,
      maxAllowedValidators: junk,
      stakeThreshold: junk,
      taoWeightU64: junk,
      ownerUid: junk,
      lastMechanismStepBlock: junk,
      commitRevealEnabled: fc.boolean(),
    });
    fc.assert(
      fc.property(malformed, junkParams, (raw, rawParams) => {
        const inputs = raw as unknown as EpochInputs;
        const params = rawParams as unknown as EpochParams;
        const out = yuma(inputs, params);
        const n = typeof raw.n === 'number' && Number.isFinite(raw.n) ? Math.max(0, Math.trunc(raw.n)) : 0;
        checkShape(out, n);
        const mechanisms = [inputs, inputs];
        const all = epochWithMechanisms(
          { ...inputs, mechanisms, emissionSplit: raw.stakeAlpha as number[] },
          params,
        );
        assert.equal(all.mechanisms.length, 2);
      }),
      { numRuns: 300 },
    );
  });
});
