import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { netUid } from '@taonet/primitives';
import fc from 'fast-check';
import { root } from '../../../src/dispatch/origin.js';
import { vecU16MaxUpscaleToU16 } from '../../../src/epoch/math/index.js';
import { LastUpdate } from '../../../src/neurons/schema.js';
import {
  MinAllowedWeights,
  StakeThreshold,
  WeightsSetRateLimit,
  WeightsVersionKey,
} from '../../../src/subnets/hyperparameters.js';
import { MechanismCountCurrent } from '../../../src/subnets/schema.js';
import { Weights } from '../../../src/weights/schema.js';
import { addNeuron, addSubnet, hk, NET, TestChain } from './neuronFixture.js';

const V = hk(1);
const M1 = hk(2);
const M2 = hk(3);

/** Subnet 1 with a permitted validator (uid 0, 1000 alpha) and two miners (uids 1, 2). */
function chainWithNeurons(): TestChain {
  const chain = new TestChain();
  addSubnet(chain);
  addNeuron(chain, V, { stake: 1_000n, permit: true });
  addNeuron(chain, M1);
  addNeuron(chain, M2);
  return chain;
}

const args = (dests: number[], weights: number[], version_key = 0n, netuid = NET) => ({
  netuid,
  dests,
  weights,
  version_key,
});

describe('set_weights [0]', () => {
  it('stores the max-upscaled row in the given order, stamps LastUpdate and emits WeightsSet', () => {
    const chain = chainWithNeurons();
    chain.ok(50, V, 'set_weights', args([2, 1], [2, 1]));
    assert.deepEqual(Weights.get(chain.state, [1, 0]), [
      [2, 65535],
      [1, 32768],
    ]);
    assert.deepEqual(LastUpdate.get(chain.state, [NET]), [50n, 1n, 1n]);
    assert.deepEqual(chain.named('WeightsSet')[0]?.data, { netuidIndex: 1, uid: 0 });
  });

  it('keeps explicit zero weights', () => {
    const chain = chainWithNeurons();
    chain.ok(50, V, 'set_weights', args([1, 2], [65535, 0]));
    assert.deepEqual(Weights.get(chain.state, [1, 0]), [
      [1, 65535],
      [2, 0],
    ]);
  });

  it('is refused while commit-reveal is on (CommitRevealEnabled)', () => {
    const chain = new TestChain();
    addSubnet(chain, NET, { commitReveal: true });
    addNeuron(chain, V, { permit: true });
    chain.fails(50, V, 'set_weights', args([0], [1]), 'CommitRevealEnabled');
  });

  it('needs a signed origin', () => {
    chainWithNeurons().fails(50, root, 'set_weights', args([1], [1]), 'BadOrigin');
  });

  it('refuses the root subnet (CanNotSetRootNetworkWeights)', () => {
    chainWithNeurons().fails(
      50,
      V,
      'set_weights',
      args([1], [1], 0n, netUid(0)),
      'CanNotSetRootNetworkWeights',
    );
  });

  it('needs as many weights as uids (WeightVecNotEqualSize)', () => {
    chainWithNeurons().fails(50, V, 'set_weights', args([1, 2], [1]), 'WeightVecNotEqualSize');
  });

  it('needs an existing subnet (MechanismDoesNotExist)', () => {
    chainWithNeurons().fails(50, V, 'set_weights', args([1], [1], 0n, netUid(2)), 'MechanismDoesNotExist');
  });

  it('refuses more uids than the subnet has (UidsLengthExceedUidsInSubNet)', () => {
    const chain = chainWithNeurons();
    chain.fails(50, V, 'set_weights', args([0, 1, 2, 3], [1, 1, 1, 1]), 'UidsLengthExceedUidsInSubNet');
  });

  it('needs a registered hotkey (HotKeyNotRegisteredInSubNet)', () => {
    chainWithNeurons().fails(50, hk(9), 'set_weights', args([1], [1]), 'HotKeyNotRegisteredInSubNet');
  });

  it('needs the stake threshold, except for the subnet owner (NotEnoughStakeToSetWeights)', () => {
    const chain = chainWithNeurons();
    StakeThreshold.set(chain.state, 1_001n);
    chain.fails(50, V, 'set_weights', args([1], [1]), 'NotEnoughStakeToSetWeights');
    StakeThreshold.set(chain.state, 1_000n);
    chain.ok(50, V, 'set_weights', args([1], [1]));
    const owner = hk(7);
    addNeuron(chain, owner, { owner: true });
    chain.ok(50, owner, 'set_weights', args([1], [1]));
  });

  it('needs version_key >= WeightsVersionKey unless the key is 0 (IncorrectWeightVersionKey)', () => {
    const chain = chainWithNeurons();
    WeightsVersionKey.set(chain.state, [NET], 5n);
    chain.fails(50, V, 'set_weights', args([1], [1], 4n), 'IncorrectWeightVersionKey');
    chain.ok(50, V, 'set_weights', args([1], [1], 5n));
  });

  it('is rate limited by WeightsSetRateLimit against LastUpdate (SettingWeightsTooFast)', () => {
    const chain = chainWithNeurons();
    WeightsSetRateLimit.set(chain.state, [NET], 100n);
    chain.fails(100, V, 'set_weights', args([1], [1]), 'SettingWeightsTooFast');
    chain.ok(101, V, 'set_weights', args([1], [1]));
    chain.fails(200, V, 'set_weights', args([1], [1]), 'SettingWeightsTooFast');
    LastUpdate.set(chain.state, [NET], [0n, 0n, 0n]);
    chain.ok(102, V, 'set_weights', args([1], [1]));
  });

  it('needs a validator permit for non-self weights (NeuronNoValidatorPermit)', () => {
    const chain = chainWithNeurons();
    chain.fails(50, M1, 'set_weights', args([2], [1]), 'NeuronNoValidatorPermit');
    chain.fails(50, M1, 'set_weights', args([1, 2], [1, 1]), 'NeuronNoValidatorPermit');
    chain.ok(50, M1, 'set_weights', args([1], [7]));
    assert.deepEqual(Weights.get(chain.state, [1, 1]), [[1, 65535]]);
    const owner = hk(7);
    addNeuron(chain, owner, { owner: true });
    chain.ok(50, owner, 'set_weights', args([1], [1]));
  });

  it('refuses duplicate uids (DuplicateUids)', () => {
    chainWithNeurons().fails(50, V, 'set_weights', args([1, 1], [1, 2]), 'DuplicateUids');
  });

  it('refuses uids without a neuron (UidVecContainInvalidOne)', () => {
    chainWithNeurons().fails(50, V, 'set_weights', args([1, 5], [1, 2]), 'UidVecContainInvalidOne');
  });

  it('needs min(n, MinAllowedWeights) weights unless it is a self-weight (WeightVecLengthIsLow)', () => {
    const chain = chainWithNeurons();
    MinAllowedWeights.set(chain.state, [NET], 2);
    chain.fails(50, V, 'set_weights', args([1], [1]), 'WeightVecLengthIsLow');
    chain.ok(50, V, 'set_weights', args([0], [1]));
    MinAllowedWeights.set(chain.state, [NET], 1024);
    chain.ok(50, V, 'set_weights', args([0, 1, 2], [1, 1, 1]));
  });

  it("checks in subtensor's order: the earliest failing check names the error", () => {
    const chain = chainWithNeurons();
    StakeThreshold.set(chain.state, 10_000n);
    chain.fails(50, M1, 'set_weights', args([1, 1], [1, 2], 0n), 'NotEnoughStakeToSetWeights');
    StakeThreshold.set(chain.state, 0n);
    chain.fails(50, M1, 'set_weights', args([2, 2], [1, 2], 0n), 'NeuronNoValidatorPermit');
    chain.fails(50, V, 'set_weights', args([1, 1, 9], [1, 2, 3], 0n), 'DuplicateUids');
  });
});

describe('set_mechanism_weights [119]', () => {
  it('stores under netuid_index = mecid * 4096 + netuid with its own LastUpdate', () => {
    const chain = chainWithNeurons();
    MechanismCountCurrent.set(chain.state, [NET], 2);
    chain.ok(60, V, 'set_mechanism_weights', { ...args([1], [3]), mecid: 1 });
    assert.deepEqual(Weights.get(chain.state, [4097, 0]), [[1, 65535]]);
    assert.deepEqual(Weights.get(chain.state, [1, 0]), []);
    assert.deepEqual(LastUpdate.get(chain.state, [4097]), [60n, 0n, 0n]);
    assert.deepEqual(LastUpdate.get(chain.state, [NET]), [1n, 1n, 1n]);
  });

  it('refuses mecid >= MechanismCountCurrent (MechanismDoesNotExist)', () => {
    const chain = chainWithNeurons();
    chain.fails(60, V, 'set_mechanism_weights', { ...args([1], [3]), mecid: 1 }, 'MechanismDoesNotExist');
  });
});

describe('batch_set_weights [80]', () => {
  it('sets each item on its own: failures emit BatchWeightItemFailed and BatchCompletedWithErrors', () => {
    const chain = chainWithNeurons();
    const netuids = [1, 2, 1];
    const weights = [
      [[1, 1]],
      [[1, 1]],
      [
        [1, 5],
        [1, 6],
      ],
    ];
    chain.ok(70, V, 'batch_set_weights', { netuids, weights, version_keys: [0, 0, 0] });
    assert.deepEqual(Weights.get(chain.state, [1, 0]), [[1, 65535]]);
    const failed = chain.named('BatchWeightItemFailed').map((event) => event.data);
    assert.deepEqual(failed, [
      { netuid: 2, error: { module: 'SubtensorModule', error: 'MechanismDoesNotExist' } },
      { netuid: 1, error: { module: 'SubtensorModule', error: 'DuplicateUids' } },
    ]);
    assert.equal(chain.named('BatchCompletedWithErrors').length, 1);
    assert.equal(chain.named('BatchWeightsCompleted').length, 0);
  });

  it('emits BatchWeightsCompleted when every item succeeds', () => {
    const chain = chainWithNeurons();
    chain.ok(70, V, 'batch_set_weights', { netuids: [1], weights: [[[2, 4]]], version_keys: [0n] });
    assert.deepEqual(chain.named('BatchWeightsCompleted')[0]?.data, { netuids: [1], who: V });
    assert.deepEqual(Weights.get(chain.state, [1, 0]), [[2, 65535]]);
  });

  it('refuses items on a commit-reveal subnet and lists of unequal length', () => {
    const chain = chainWithNeurons();
    addSubnet(chain, netUid(3), { commitReveal: true });
    chain.ok(70, V, 'batch_set_weights', { netuids: [3], weights: [[[0, 1]]], version_keys: [0] });
    const failed = chain.named('BatchWeightItemFailed')[0]?.data;
    assert.deepEqual(failed, {
      netuid: 3,
      error: { module: 'SubtensorModule', error: 'CommitRevealEnabled' },
    });
    const args2 = { netuids: [1, 1], weights: [[[1, 1]]], version_keys: [0, 0] };
    chain.fails(70, V, 'batch_set_weights', args2, 'InputLengthsUnequal');
  });
});

describe('set_weights properties', () => {
  it('either stores zip(uids, vec_u16_max_upscale_to_u16(values)) or fails changing nothing', () => {
    const entry = fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 65_535 }));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), (pairs) => {
        const chain = chainWithNeurons();
        const uids = pairs.map(([uid]) => uid);
        const values = pairs.map(([, value]) => value);
        const before = [...chain.state.peekChanges()];
        const outcome = chain.apply(50, V, 'set_weights', args(uids, values));
        if (!outcome.ok) {
          assert.deepEqual([...chain.state.peekChanges()], before);
          return;
        }
        const upscaled = vecU16MaxUpscaleToU16(values);
        assert.deepEqual(
          Weights.get(chain.state, [1, 0]),
          uids.map((uid, i) => [uid, upscaled[i]]),
        );
        if (values.some((value) => value > 0)) assert.ok(upscaled.includes(65_535));
      }),
      { numRuns: 200 },
    );
  });
});
