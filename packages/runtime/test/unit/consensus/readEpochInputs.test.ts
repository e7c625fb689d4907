import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { U64_MAX } from '@taonet/primitives';
import { readCommitBlocks, readEpochInputs } from '../../../src/consensus/readEpochInputs.js';
import { Keys, LastUpdate, SubnetworkN } from '../../../src/neurons/schema.js';
import { ChildKeys, ParentKeys } from '../../../src/staking/schema.js';
import { CommitRevealWeightsEnabled, Kappa, StakeThreshold } from '../../../src/subnets/hyperparameters.js';
import { LastEpochBlock, SubnetEpochIndex } from '../../../src/subnets/schema.js';
import { WeightCommits, Weights } from '../../../src/weights/schema.js';
import { addNeuron, addSubnet, hk, NET, TestChain } from '../weights/neuronFixture.js';

const HASH = `0x${'ab'.repeat(32)}` as never;

describe('readEpochInputs', () => {
  it('reads stake (child keys applied), registrations, permits, weights and hyperparameters', () => {
    const chain = new TestChain();
    const { state } = chain;
    addSubnet(chain, NET, { tempo: 100 });
    addNeuron(chain, hk(1), { stake: 1_000n, permit: true, block: 3n });
    addNeuron(chain, hk(2), { stake: 10n, owner: true, block: 4n });
    addNeuron(chain, hk(3), { block: 5n });
    Keys.remove(state, [NET, 2]);
    ChildKeys.set(state, [hk(1), NET], [[U64_MAX, hk(2)]]);
    ParentKeys.set(state, [hk(2), NET], [[U64_MAX, hk(1)]]);
    Weights.set(state, [1, 0], [[1, 7]]);
    Kappa.set(state, [NET], 100);
    StakeThreshold.set(state, 5n);
    const { inputs, params } = readEpochInputs(state, NET, 0, 77n, 9n);
    assert.equal(inputs.n, 3);
    assert.equal(inputs.currentBlock, 77n);
    assert.equal(inputs.raoEmission, 9n);
    assert.deepEqual(inputs.stakeAlpha, [0n, 1_010n, 0n]);
    assert.deepEqual(inputs.blockAtRegistration, [3n, 4n, 0n], 'a uid without a hotkey reads 0');
    assert.deepEqual(inputs.validatorPermit, [true, false, false]);
    assert.deepEqual(inputs.weights, [[[1, 7]], [], []]);
    assert.deepEqual(inputs.lastUpdate, [3n, 4n, 5n]);
    assert.equal(inputs.commitBlocks, undefined);
    assert.equal(params.ownerUid, 1);
    assert.equal(params.kappaU16, 100);
    assert.equal(params.stakeThreshold, 5n);
    assert.equal(params.activityCutoffBlocks, 1_388n);
  });

  it('reads the first unexpired commit block of each uid when commit-reveal is on', () => {
    const chain = new TestChain();
    const { state } = chain;
    addSubnet(chain, NET, { tempo: 10, commitReveal: true });
    addNeuron(chain, hk(1));
    addNeuron(chain, hk(2));
    SubnetworkN.set(state, [NET], 3);
    LastEpochBlock.set(state, [NET], 50n);
    SubnetEpochIndex.set(state, [NET], 5n);
    WeightCommits.set(
      state,
      [1, hk(1)],
      [
        [HASH, 3n, 30n, 0n],
        [HASH, 4n, 45n, 0n],
        [HASH, 5n, 52n, 0n],
      ],
    );
    assert.deepEqual(readCommitBlocks(state, NET, 0, 55n), [45n, null, null], 'epoch 3 expired at index 5');
    CommitRevealWeightsEnabled.set(state, [NET], true);
    LastUpdate.set(state, [1], []);
    assert.deepEqual(readEpochInputs(state, NET, 0, 55n).inputs.commitBlocks, [45n, null, null]);
    assert.deepEqual(
      readCommitBlocks(state, NET, 0, 60n),
      [52n, null, null],
      'the epoch due at 60 looks ahead',
    );
  });
});
