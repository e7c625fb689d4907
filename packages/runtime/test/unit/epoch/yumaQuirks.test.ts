/**
 * The quirks of subtensor's epoch that a port must keep (yuma.md §1.9.b, §1.10, §1.13, §3.3), and the
 * subnet-owner and commit-reveal rules of §1.2-§1.5.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { epochWithMechanisms, type StoredRow, yuma } from '../../../src/epoch/index.js';
import { inputs, params } from './epochFixture.js';

const E9 = 1_000_000_000n;
const U64_MAX = (1n << 64n) - 1n;

describe('Yuma 3 sparse EMA (yuma.md §1.9.b)', () => {
  const bonds: StoredRow[] = [
    [
      [1, 32767],
      [2, 32767],
    ],
    [],
    [],
  ];
  const run = (weights: StoredRow[], liquidAlpha: boolean) =>
    yuma(inputs([E9, 0n, 0n], { weights, bonds }), params({ yuma3: true, liquidAlpha, bondsPenaltyU16: 0 }));

  it('with liquid alpha, a bond on a column without a weight entry is dropped, not decayed', () => {
    const out = run([[[1, 65535]], [], []], true);
    assert.deepEqual(
      out.bonds[0]?.map(([j]) => j),
      [1],
    );
  });

  it('an explicit zero weight keeps the column alive: the bond decays', () => {
    const out = run(
      [
        [
          [1, 65535],
          [2, 0],
        ],
        [],
        [],
      ],
      true,
    );
    const bond = out.bonds[0]?.find(([j]) => j === 2)?.[1] ?? 0;
    assert.ok(bond > 0 && bond < 32767, `decayed bond ${bond}`);
  });

  it('with liquid alpha off the EMA merges both rows (the bond decays)', () => {
    const out = run([[[1, 65535]], [], []], false);
    assert.deepEqual(out.bonds[0], [
      [1, 36043],
      [2, 29490],
    ]);
  });
});

describe('liquid alpha merge walk (yuma.md §1.10)', () => {
  it('reads an unsorted weight row as if later lower columns were absent', () => {
    // uid0 weights uids 2 and 3 equally; uid1 (3/4 of the stake) only uid3: consensus(2) = 0,
    // so uid0 is "buying" uid2 ahead of consensus, unless the walk misses its weight on uid2.
    const run = (row: StoredRow) =>
      yuma(
        inputs([1n, 3n, 0n, 0n], { weights: [row, [[3, 65535]], [], []] }),
        params({ yuma3: true, liquidAlpha: true, bondsPenaltyU16: 0 }),
      ).bonds[0];
    const sorted = run([
      [2, 65535],
      [3, 65535],
    ]);
    const unsorted = run([
      [3, 65535],
      [2, 65535],
    ]);
    const bondOn = (row: StoredRow | undefined, j: number) => row?.find(([c]) => c === j)?.[1];
    assert.equal(bondOn(sorted, 3), bondOn(unsorted, 3));
    assert.ok(
      (bondOn(sorted, 2) ?? 0) > (bondOn(unsorted, 2) ?? 0),
      `${bondOn(sorted, 2)} vs ${bondOn(unsorted, 2)}`,
    );
  });
});

describe('stake, owner and commit-reveal rules (yuma.md §1.2-§1.5)', () => {
  it('total stake = alpha + tao x tao_weight (tao_weight u64::MAX/u64::MAX = 1)', () => {
    const out = yuma(inputs([100n, 0n], { stakeTao: [0n, 100n] }), params({ taoWeightU64: U64_MAX }));
    assert.equal(out.stakeWeight[0], out.stakeWeight[1]);
    assert.deepEqual(out.stake, [100n, 100n]);
  });

  it('the stake threshold zeroes small stakes, except the subnet owner', () => {
    const plain = yuma(inputs([10n, 1000n]), params({ stakeThreshold: 100n }));
    assert.deepEqual(plain.stakeWeight, [0, 65535]);
    assert.deepEqual(plain.validatorPermit, [false, true]);
    const owned = yuma(inputs([10n, 1000n]), params({ stakeThreshold: 100n, ownerUid: 0 }));
    assert.ok((owned.stakeWeight[0] ?? 0) > 0);
  });

  it('the owner always holds a permit and keeps its self-weight', () => {
    const weights: StoredRow[] = [
      [
        [0, 32767],
        [1, 32767],
      ],
      [],
    ];
    const out = yuma(
      inputs([E9, 0n], { weights, validatorPermit: [false, false] }),
      params({ ownerUid: 0, maxAllowedValidators: 0 }),
    );
    assert.deepEqual(out.validatorPermit, [true, false]);
    assert.equal(out.serverEmission[0], out.serverEmission[1]);
    assert.ok((out.serverEmission[0] ?? 0n) > 0n);
  });

  it('commit-reveal masks weights of a validator that committed before the target registered', () => {
    const weights: StoredRow[] = [
      [
        [1, 65535],
        [2, 65535],
      ],
      [],
      [],
    ];
    const base = inputs([E9, 0n, 0n], { weights, blockAtRegistration: [1n, 100n, 300n] });
    const run = (commitBlocks: (bigint | null)[], commitRevealEnabled: boolean) =>
      yuma({ ...base, commitBlocks }, params({ commitRevealEnabled })).incentive;
    assert.deepEqual(run([200n, null, null], true), [0, 65535, 0]);
    assert.deepEqual(run([300n, null, null], true), [0, 32767, 32767]);
    assert.deepEqual(run([null, null, null], true), [0, 32767, 32767]);
    assert.deepEqual(run([200n, null, null], false), [0, 32767, 32767]);
  });
});

describe('epoch_with_mechanisms (yuma.md §1.13)', () => {
  const subnet = inputs([E9, 0n], { weights: [[[1, 65535]], []] });
  const mechanism = { weights: subnet.weights, bonds: subnet.bonds, lastUpdate: subnet.lastUpdate };

  it('sums emissions, weights the u16 terms, and keeps only the first mechanism incentive', () => {
    const out = epochWithMechanisms({ ...subnet, mechanisms: [mechanism, mechanism] }, params());
    assert.deepEqual(out.subEmissions, [500_000_000n, 500_000_000n]);
    assert.deepEqual(out.aggregated.serverEmission, [0n, 500_000_000n]);
    assert.deepEqual(out.aggregated.validatorEmission, [500_000_000n, 0n]);
    assert.deepEqual(out.aggregated.dividends, [65534, 0]); // floor(floor(65535 / 2) + 65535 / 2)
    assert.deepEqual(out.aggregated.incentive, [0, 32767]); // never summed: only mechanism 0's half
    assert.deepEqual(out.mechanisms[1]?.incentive, [0, 65535]);
  });

  it('an emission split moves the remainder to mechanism 0; zero emission weighs mechanism 0 fully', () => {
    const split = epochWithMechanisms(
      { ...subnet, raoEmission: 10n, mechanisms: [mechanism, mechanism], emissionSplit: [21845, 43690] },
      params(),
    );
    assert.deepEqual(split.subEmissions, [4n, 6n]);
    const none = epochWithMechanisms(
      { ...subnet, raoEmission: 0n, mechanisms: [mechanism, mechanism] },
      params(),
    );
    assert.deepEqual(none.aggregated.consensus, [0, 65535]);
  });
});
