import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blake2b256 } from '@taonet/crypto';
import { fromHex, type Hash, netUid, toHex } from '@taonet/primitives';
import { runScheduledEpochs } from '../../../src/consensus/runScheduledEpochs.js';
import { LastUpdate } from '../../../src/neurons/schema.js';
import { RevealPeriodEpochs, WeightsSetRateLimit } from '../../../src/subnets/hyperparameters.js';
import { MechanismCountCurrent, SubnetEpochIndex } from '../../../src/subnets/schema.js';
import { getCommitHash } from '../../../src/weights/commitReveal.js';
import { WeightCommits, Weights } from '../../../src/weights/schema.js';
import { addNeuron, addSubnet, hk, NET, TestChain } from './neuronFixture.js';

const V = hk(1);
const SALT = [1, 2, 3];

/** Tempo 10 subnet with commit-reveal on (period 1), a permitted validator (uid 0) and two miners. */
function crChain(): TestChain {
  const chain = new TestChain();
  addSubnet(chain, NET, { commitReveal: true, tempo: 10 });
  addNeuron(chain, V, { stake: 1_000n, permit: true });
  addNeuron(chain, hk(2));
  addNeuron(chain, hk(3));
  return chain;
}

const hashOf = (uids: number[], values: number[], versionKey = 0n, netuidIndex = 1) =>
  getCommitHash(V, netuidIndex, uids, values, SALT, versionKey);
const reveal = (uids: number[], values: number[], version_key = 0n) => ({
  netuid: NET,
  uids,
  values,
  salt: SALT,
  version_key,
});
const stepEpoch = (chain: TestChain, block: number) =>
  runScheduledEpochs(chain.ctx(block), { takePendingEmission: () => 0n });

describe('commit hash', () => {
  it('is BlakeTwo256 of SCALE (who, netuid_index u16, uids, values, salt, version_key u64)', () => {
    const bytes = [
      ...fromHex(V),
      ...[1, 16], // netuid_index 4097 = 0x1001, little endian
      ...[8, 1, 0, 2, 0], // Vec<u16> [1, 2]
      ...[4, 9, 0], // Vec<u16> [9]
      ...[12, 1, 0, 2, 0, 3, 0], // salt
      ...[7, 0, 0, 0, 0, 0, 0, 0], // version_key 7
    ];
    const expected = toHex(blake2b256(Uint8Array.from(bytes)));
    assert.equal(getCommitHash(V, 4097, [1, 2], [9], SALT, 7n), expected);
    assert.notEqual(getCommitHash(V, 1, [1, 2], [9], SALT, 7n), expected);
  });
});

describe('commit_weights [96] / reveal_weights [97]', () => {
  it('reveals in epoch commit_epoch + RevealPeriodEpochs and sets the weights', () => {
    const chain = crChain();
    const hash = hashOf([1, 2], [1, 3]);
    chain.ok(5, V, 'commit_weights', { netuid: NET, commit_hash: hash });
    assert.deepEqual(WeightCommits.getOption(chain.state, [1, V]), [[hash, 0n, 5n, 0n]]);
    assert.deepEqual(LastUpdate.get(chain.state, [NET]), [5n, 1n, 1n], 'a commit stamps LastUpdate');
    assert.deepEqual(chain.named('WeightsCommitted')[0]?.data, { who: V, netuidIndex: 1, commitHash: hash });

    stepEpoch(chain, 10);
    assert.equal(SubnetEpochIndex.get(chain.state, [NET]), 1n);
    chain.ok(12, V, 'reveal_weights', reveal([1, 2], [1, 3]));
    assert.deepEqual(Weights.get(chain.state, [1, 0]), [
      [1, 21845],
      [2, 65535],
    ]);
    assert.equal(WeightCommits.getOption(chain.state, [1, V]), undefined, 'the queue is removed when empty');
    assert.deepEqual(LastUpdate.get(chain.state, [NET])[0], 5n, 'a reveal does not stamp LastUpdate');
    assert.deepEqual(chain.named('WeightsRevealed')[0]?.data, { who: V, netuidIndex: 1, commitHash: hash });
  });

  it('refuses a reveal in the commit epoch (RevealTooEarly)', () => {
    const chain = crChain();
    chain.ok(5, V, 'commit_weights', { netuid: NET, commit_hash: hashOf([1], [1]) });
    chain.fails(6, V, 'reveal_weights', reveal([1], [1]), 'RevealTooEarly');
  });

  it('refuses a reveal after the reveal epoch (ExpiredWeightCommit)', () => {
    const chain = crChain();
    chain.ok(5, V, 'commit_weights', { netuid: NET, commit_hash: hashOf([1], [1]) });
    stepEpoch(chain, 10);
    stepEpoch(chain, 20);
    chain.fails(21, V, 'reveal_weights', reveal([1], [1]), 'ExpiredWeightCommit');
  });

  it('names an expired commit even when unexpired ones remain (ExpiredWeightCommit)', () => {
    const chain = crChain();
    chain.ok(5, V, 'commit_weights', { netuid: NET, commit_hash: hashOf([1], [1]) });
    stepEpoch(chain, 10);
    chain.ok(15, V, 'commit_weights', { netuid: NET, commit_hash: hashOf([2], [1]) });
    stepEpoch(chain, 20);
    chain.fails(21, V, 'reveal_weights', reveal([1], [1]), 'ExpiredWeightCommit');
    chain.ok(21, V, 'reveal_weights', reveal([2], [1]));
  });

  it('refuses values that do not hash to a commit (InvalidRevealCommitHashNotMatch)', () => {
    const chain = crChain();
    chain.ok(5, V, 'commit_weights', { netuid: NET, commit_hash: hashOf([1], [1]) });
    stepEpoch(chain, 10);
    chain.fails(12, V, 'reveal_weights', reveal([1], [2]), 'InvalidRevealCommitHashNotMatch');
    chain.fails(12, V, 'reveal_weights', reveal([1], [1], 1n), 'InvalidRevealCommitHashNotMatch');
  });

  it('refuses a reveal without commits (NoWeightsCommitFound)', () => {
    const chain = crChain();
    chain.fails(12, V, 'reveal_weights', reveal([1], [1]), 'NoWeightsCommitFound');
    chain.ok(5, V, 'commit_weights', { netuid: NET, commit_hash: hashOf([1], [1]) });
    stepEpoch(chain, 10);
    stepEpoch(chain, 20);
    chain.fails(21, V, 'reveal_weights', reveal([2], [2]), 'NoWeightsCommitFound');
  });

  it('accepts at most 10 unrevealed commits (TooManyUnrevealedCommits), expired ones are dropped', () => {
    const chain = crChain();
    for (let i = 0; i < 10; i++) {
      chain.ok(5, V, 'commit_weights', { netuid: NET, commit_hash: hashOf([1], [i + 1]) });
    }
    chain.fails(
      5,
      V,
      'commit_weights',
      { netuid: NET, commit_hash: hashOf([1], [99]) },
      'TooManyUnrevealedCommits',
    );
    stepEpoch(chain, 10);
    stepEpoch(chain, 20);
    chain.ok(21, V, 'commit_weights', { netuid: NET, commit_hash: hashOf([1], [99]) });
    assert.equal(WeightCommits.getOption(chain.state, [1, V])?.length, 1);
  });

  it('a reveal drops the revealed commit and every older one', () => {
    const chain = crChain();
    const [a, b, c] = [hashOf([1], [1]), hashOf([2], [1]), hashOf([1, 2], [1, 1])];
    for (const hash of [a, b, c]) chain.ok(5, V, 'commit_weights', { netuid: NET, commit_hash: hash });
    stepEpoch(chain, 10);
    chain.ok(12, V, 'reveal_weights', reveal([2], [1]));
    assert.deepEqual(WeightCommits.getOption(chain.state, [1, V]), [[c, 0n, 5n, 0n]]);
    assert.deepEqual(Weights.get(chain.state, [1, 0]), [[2, 65535]]);
  });

  it('uses the epoch with lookahead: a commit in a block whose epoch is due counts for the next epoch', () => {
    const chain = crChain();
    chain.ok(10, V, 'commit_weights', { netuid: NET, commit_hash: hashOf([1], [1]) });
    assert.equal(WeightCommits.getOption(chain.state, [1, V])?.[0]?.[1], 1n);
    stepEpoch(chain, 10);
    chain.fails(11, V, 'reveal_weights', reveal([1], [1]), 'RevealTooEarly');
    stepEpoch(chain, 20);
    chain.ok(21, V, 'reveal_weights', reveal([1], [1]));
  });

  it('follows RevealPeriodEpochs', () => {
    const chain = crChain();
    RevealPeriodEpochs.set(chain.state, [NET], 2n);
    chain.ok(5, V, 'commit_weights', { netuid: NET, commit_hash: hashOf([1], [1]) });
    stepEpoch(chain, 10);
    chain.fails(12, V, 'reveal_weights', reveal([1], [1]), 'RevealTooEarly');
    stepEpoch(chain, 20);
    chain.ok(22, V, 'reveal_weights', reveal([1], [1]));
  });

  it('needs commit-reveal on (CommitRevealDisabled), a registered hotkey, and respects the rate limit', () => {
    const chain = crChain();
    addSubnet(chain, netUid(2));
    const commit = { netuid: netUid(2), commit_hash: hashOf([1], [1]) };
    chain.fails(5, V, 'commit_weights', commit, 'CommitRevealDisabled');
    chain.fails(5, V, 'reveal_weights', { ...reveal([1], [1]), netuid: netUid(2) }, 'CommitRevealDisabled');
    chain.fails(
      5,
      hk(9),
      'commit_weights',
      { netuid: NET, commit_hash: hashOf([1], [1]) },
      'HotKeyNotRegisteredInSubNet',
    );
    WeightsSetRateLimit.set(chain.state, [NET], 10n);
    chain.fails(
      5,
      V,
      'commit_weights',
      { netuid: NET, commit_hash: hashOf([1], [1]) },
      'CommittingWeightsTooFast',
    );
    chain.ok(11, V, 'commit_weights', { netuid: NET, commit_hash: hashOf([1], [1]) });
    chain.fails(
      20,
      V,
      'commit_weights',
      { netuid: NET, commit_hash: hashOf([1], [2]) },
      'CommittingWeightsTooFast',
    );
  });

  it('a reveal still runs every set_weights check (but not the rate limit)', () => {
    const chain = crChain();
    stepEpoch(chain, 1_500);
    chain.ok(1_500, V, 'commit_weights', { netuid: NET, commit_hash: hashOf([1, 1], [1, 1]) });
    chain.ok(1_500, V, 'commit_weights', { netuid: NET, commit_hash: hashOf([2], [1]) });
    WeightsSetRateLimit.set(chain.state, [NET], 1_000n);
    stepEpoch(chain, 1_510);
    chain.fails(1_511, V, 'reveal_weights', reveal([1, 1], [1, 1]), 'DuplicateUids');
    chain.ok(1_511, V, 'reveal_weights', reveal([2], [1]));
  });
});

describe('commit_mechanism_weights [115] / reveal_mechanism_weights [116]', () => {
  it('commits and reveals per mechanism, hashing the storage index', () => {
    const chain = crChain();
    MechanismCountCurrent.set(chain.state, [NET], 2);
    const hash = hashOf([1], [1], 0n, 4097);
    chain.ok(5, V, 'commit_mechanism_weights', { netuid: NET, mecid: 1, commit_hash: hash });
    assert.equal(WeightCommits.getOption(chain.state, [4097, V])?.length, 1);
    assert.deepEqual(LastUpdate.get(chain.state, [4097]), [5n, 0n, 0n]);
    stepEpoch(chain, 10);
    const args = { ...reveal([1], [1]), mecid: 1 };
    chain.fails(12, V, 'reveal_weights', reveal([1], [1]), 'NoWeightsCommitFound');
    chain.ok(12, V, 'reveal_mechanism_weights', args);
    assert.deepEqual(Weights.get(chain.state, [4097, 0]), [[1, 65535]]);
    const bad = { netuid: NET, mecid: 2, commit_hash: hash };
    chain.fails(12, V, 'commit_mechanism_weights', bad, 'MechanismDoesNotExist');
  });
});

describe('batch_reveal_weights [98]', () => {
  it('reveals several commits, removing only those, and emits WeightsBatchRevealed', () => {
    const chain = crChain();
    const [a, b, c] = [hashOf([1], [1]), hashOf([2], [1]), hashOf([1, 2], [1, 1])];
    for (const hash of [a, b, c]) chain.ok(5, V, 'commit_weights', { netuid: NET, commit_hash: hash });
    stepEpoch(chain, 10);
    const args = {
      netuid: NET,
      uids_list: [[2], [1]],
      values_list: [[1], [1]],
      salts_list: [SALT, SALT],
      version_keys: [0n, 0n],
    };
    chain.ok(12, V, 'batch_reveal_weights', args);
    assert.deepEqual(WeightCommits.getOption(chain.state, [1, V]), [[c, 0n, 5n, 0n]]);
    assert.deepEqual(Weights.get(chain.state, [1, 0]), [[1, 65535]], 'the last reveal wins');
    assert.deepEqual(chain.named('WeightsBatchRevealed')[0]?.data, {
      who: V,
      netuid: NET,
      revealedHashes: [b, a],
    });
  });

  it('is all or nothing', () => {
    const chain = crChain();
    chain.ok(5, V, 'commit_weights', { netuid: NET, commit_hash: hashOf([1], [1]) });
    chain.ok(5, V, 'commit_weights', { netuid: NET, commit_hash: hashOf([1, 1], [1, 1]) });
    stepEpoch(chain, 10);
    const mismatched = {
      netuid: NET,
      uids_list: [[1], [2]],
      values_list: [[1], [1]],
      salts_list: [SALT, SALT],
      version_keys: [0n, 0n],
    };
    chain.fails(12, V, 'batch_reveal_weights', mismatched, 'InvalidRevealCommitHashNotMatch');
    const invalid = { ...mismatched, uids_list: [[1], [1, 1]], values_list: [[1], [1, 1]] };
    chain.fails(12, V, 'batch_reveal_weights', invalid, 'DuplicateUids');
    const unequal = { ...mismatched, version_keys: [0n] };
    chain.fails(12, V, 'batch_reveal_weights', unequal, 'InputLengthsUnequal');
  });
});

describe('batch_commit_weights [100]', () => {
  it('commits on several subnets, each item on its own', () => {
    const chain = crChain();
    addSubnet(chain, netUid(2));
    const hashes: Hash[] = [hashOf([1], [1]), hashOf([1], [2])];
    chain.ok(5, V, 'batch_commit_weights', { netuids: [1, 2], commit_hashes: hashes });
    assert.equal(WeightCommits.getOption(chain.state, [1, V])?.length, 1);
    const failed = chain.named('BatchWeightItemFailed')[0]?.data;
    assert.deepEqual(failed, {
      netuid: 2,
      error: { module: 'SubtensorModule', error: 'CommitRevealDisabled' },
    });
    chain.fails(5, V, 'batch_commit_weights', { netuids: [1], commit_hashes: hashes }, 'InputLengthsUnequal');
  });
});
