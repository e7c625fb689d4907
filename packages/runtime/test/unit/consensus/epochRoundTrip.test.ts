/**
 * Neurons, stake and weights in state -> runScheduledEpochs -> persisted outputs, compared with the pure
 * epoch (`yuma` / `epochWithMechanisms`) run on the same inputs written out by hand.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { netUid } from '@taonet/primitives';
import { runScheduledEpochs } from '../../../src/consensus/runScheduledEpochs.js';
import {
  type EpochInputs,
  type EpochOutputs,
  type EpochParams,
  epochWithMechanisms,
  type MechanismInputs,
  yuma,
} from '../../../src/epoch/index.js';
import {
  Active,
  BlockAtRegistration,
  Consensus,
  Dividends,
  Emission,
  Incentive,
  LastUpdate,
  StakeWeight,
  ValidatorPermit,
  ValidatorTrust,
} from '../../../src/neurons/schema.js';
import { TaoWeight, TotalHotkeyAlpha } from '../../../src/staking/schema.js';
import { CommitRevealWeightsEnabled, Yuma3On } from '../../../src/subnets/hyperparameters.js';
import { MechanismCountCurrent, MechanismEmissionSplit } from '../../../src/subnets/schema.js';
import { Bonds, WeightCommits, Weights } from '../../../src/weights/schema.js';
import { addNeuron, addSubnet, hk, NET, TestChain } from '../weights/neuronFixture.js';

const EMISSION = 1_000_000_000n;
const TAO_WEIGHT = 971_718_665_099_567_868n;
const [V0, V1, M2, M3] = [hk(1), hk(2), hk(3), hk(4)];

/** The hyperparameters the fixture subnet has (storage defaults, tempo 10). */
const PARAMS: EpochParams = {
  tempo: 10,
  activityCutoffBlocks: 138n,
  kappaU16: 32_767,
  bondsMovingAverage: 900_000n,
  bondsPenaltyU16: 0,
  yuma3: true,
  liquidAlpha: false,
  alphaLowU16: 45_875,
  alphaHighU16: 58_982,
  alphaSigmoidSteepness: 1_000,
  maxAllowedValidators: 128,
  stakeThreshold: 0n,
  taoWeightU64: TAO_WEIGHT,
  ownerUid: null,
  lastMechanismStepBlock: 0n,
  commitRevealEnabled: false,
};

/** Two validators (one with root stake) and two miners; uid 0 holds bonds from a previous epoch. */
function roundTripChain(): TestChain {
  const chain = new TestChain();
  addSubnet(chain, NET, { tempo: 10 });
  Yuma3On.set(chain.state, [NET], true);
  addNeuron(chain, V0, { stake: 700_000n, permit: true });
  addNeuron(chain, V1, { stake: 300_000n, permit: true });
  addNeuron(chain, M2);
  addNeuron(chain, M3, { block: 4n });
  TotalHotkeyAlpha.set(chain.state, [V1, netUid(0)], 1_000_000n);
  Bonds.set(chain.state, [1, 0], [[2, 30_000]]);
  return chain;
}

const SUBNET_INPUTS = {
  n: 4,
  currentBlock: 10n,
  stakeAlpha: [700_000n, 300_000n, 0n, 0n],
  stakeTao: [0n, 1_000_000n, 0n, 0n],
  blockAtRegistration: [1n, 1n, 1n, 4n],
  validatorPermit: [true, true, false, false],
};

function assertPersisted(chain: TestChain, out: EpochOutputs): void {
  const { state } = chain;
  assert.deepEqual(Incentive.get(state, [1]), out.incentive);
  assert.deepEqual(Consensus.get(state, [NET]), out.consensus);
  assert.deepEqual(Dividends.get(state, [NET]), out.dividends);
  assert.deepEqual(ValidatorTrust.get(state, [NET]), out.validatorTrust);
  assert.deepEqual(StakeWeight.get(state, [NET]), out.stakeWeight);
  assert.deepEqual(Emission.get(state, [NET]), out.emission);
  assert.deepEqual(Active.get(state, [NET]), out.active);
  assert.deepEqual(ValidatorPermit.get(state, [NET]), out.validatorPermit);
  for (let uid = 0; uid < 4; uid++) {
    assert.deepEqual(Bonds.get(state, [1, uid]), out.bonds[uid], `bonds of uid ${uid}`);
  }
}

describe('epoch round trip through state', () => {
  it('persists exactly what yuma() computes on the same inputs', () => {
    const chain = roundTripChain();
    chain.ok(5, V0, 'set_weights', {
      netuid: NET,
      dests: [2, 3],
      weights: [65_535, 32_768],
      version_key: 0n,
    });
    chain.ok(5, V1, 'set_weights', {
      netuid: NET,
      dests: [2, 3],
      weights: [10_000, 65_535],
      version_key: 0n,
    });
    const [result] = runScheduledEpochs(chain.ctx(10), { takePendingEmission: () => EMISSION });

    const inputs: EpochInputs = {
      ...SUBNET_INPUTS,
      raoEmission: EMISSION,
      lastUpdate: [5n, 5n, 1n, 4n],
      weights: [
        [
          [2, 65_535],
          [3, 32_768],
        ],
        [
          [2, 10_000],
          [3, 65_535],
        ],
        [],
        [],
      ],
      bonds: [[[2, 30_000]], [], [], []],
    };
    const expected = yuma(inputs, PARAMS);
    assertPersisted(chain, expected);
    assert.ok(
      expected.incentive.some((value) => value > 0),
      'the scenario distributes incentive',
    );
    assert.ok(
      expected.dividends.some((value) => value > 0),
      'and dividends',
    );
    assert.deepEqual(
      result?.hotkeyEmissions.map((entry) => [entry.hotkey, entry.serverEmission, entry.validatorEmission]),
      [V0, V1, M2, M3].map((hotkey, uid) => [
        hotkey,
        expected.serverEmission[uid],
        expected.validatorEmission[uid],
      ]),
    );
    const total = [...expected.serverEmission, ...expected.validatorEmission].reduce((a, b) => a + b, 0n);
    assert.ok(total <= EMISSION && total > EMISSION - 10n, 'the emission is distributed up to truncation');
  });

  it('runs every mechanism on its share of the emission (epochWithMechanisms)', () => {
    const chain = roundTripChain();
    MechanismCountCurrent.set(chain.state, [NET], 2);
    MechanismEmissionSplit.set(chain.state, [NET], [20_000, 45_535]);
    Weights.set(chain.state, [1, 0], [[2, 65_535]]);
    Weights.set(chain.state, [4097, 0], [[3, 65_535]]);
    Weights.set(
      chain.state,
      [4097, 1],
      [
        [2, 65_535],
        [3, 65_535],
      ],
    );
    LastUpdate.set(chain.state, [1], [5n, 5n, 1n, 4n]);
    LastUpdate.set(chain.state, [4097], [6n, 6n]);
    const [result] = runScheduledEpochs(chain.ctx(10), { takePendingEmission: () => EMISSION });

    const mechanisms: MechanismInputs[] = [
      {
        weights: [[[2, 65_535]], [], [], []],
        bonds: [[[2, 30_000]], [], [], []],
        lastUpdate: [5n, 5n, 1n, 4n],
      },
      {
        weights: [
          [[3, 65_535]],
          [
            [2, 65_535],
            [3, 65_535],
          ],
          [],
          [],
        ],
        bonds: [[], [], [], []],
        lastUpdate: [6n, 6n],
      },
    ];
    const expected = epochWithMechanisms(
      { ...SUBNET_INPUTS, raoEmission: EMISSION, mechanisms, emissionSplit: [20_000, 45_535] },
      PARAMS,
    );
    assert.deepEqual(result?.outputs, expected);
    assert.ok(expected.mechanisms.every((out) => out.incentive.some((value) => value > 0)));
    assert.deepEqual(Incentive.get(chain.state, [4097]), expected.mechanisms[1]?.incentive);
    assert.deepEqual(Bonds.get(chain.state, [4097, 1]), expected.mechanisms[1]?.bonds[1]);
    assert.deepEqual(Dividends.get(chain.state, [NET]), expected.aggregated.dividends);
    assert.deepEqual(
      result?.hotkeyEmissions.map((entry) => entry.serverEmission),
      expected.aggregated.serverEmission,
    );
  });

  it('masks weights to uids registered after a pending commit (commit-reveal on)', () => {
    const chain = roundTripChain();
    CommitRevealWeightsEnabled.set(chain.state, [NET], true);
    TaoWeight.set(chain.state, TAO_WEIGHT);
    Weights.set(
      chain.state,
      [1, 0],
      [
        [2, 65_535],
        [3, 65_535],
      ],
    );
    Weights.set(chain.state, [1, 1], [[3, 65_535]]);
    LastUpdate.set(chain.state, [1], [5n, 5n, 1n, 4n]);
    WeightCommits.set(chain.state, [1, V0], [[`0x${'11'.repeat(32)}` as never, 0n, 3n, 0n]]);
    runScheduledEpochs(chain.ctx(10), { takePendingEmission: () => EMISSION });

    const inputs: EpochInputs = {
      ...SUBNET_INPUTS,
      raoEmission: EMISSION,
      lastUpdate: [5n, 5n, 1n, 4n],
      weights: [
        [
          [2, 65_535],
          [3, 65_535],
        ],
        [[3, 65_535]],
        [],
        [],
      ],
      bonds: [[[2, 30_000]], [], [], []],
      commitBlocks: [3n, null, null, null],
    };
    const expected = yuma(inputs, { ...PARAMS, commitRevealEnabled: true });
    assertPersisted(chain, expected);
    const unmasked = yuma(
      { ...inputs, commitBlocks: [null, null, null, null] },
      { ...PARAMS, commitRevealEnabled: true },
    );
    assert.notDeepEqual(expected.consensus, unmasked.consensus, 'the pending commit changes the outcome');
  });

  it('clears the bonds of a validator that lost its permit', () => {
    const chain = roundTripChain();
    Bonds.set(chain.state, [1, 1], [[2, 500]]);
    TotalHotkeyAlpha.set(chain.state, [V1, NET], 0n);
    TotalHotkeyAlpha.set(chain.state, [V1, netUid(0)], 0n);
    BlockAtRegistration.set(chain.state, [NET, 3], 1n);
    Weights.set(chain.state, [1, 0], [[2, 65_535]]);
    LastUpdate.set(chain.state, [1], [5n, 5n, 1n, 1n]);
    runScheduledEpochs(chain.ctx(10), { takePendingEmission: () => EMISSION });
    assert.deepEqual(ValidatorPermit.get(chain.state, [NET]), [true, false, false, false]);
    assert.deepEqual(Bonds.get(chain.state, [1, 1]), []);
    assert.notDeepEqual(
      Bonds.get(chain.state, [1, 0]),
      [],
      'the permitted validator keeps its (decayed) bonds',
    );
  });
});
