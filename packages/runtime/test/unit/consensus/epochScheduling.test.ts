import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type NetUid, netUid } from '@taonet/primitives';
import {
  getActivityCutoffBlocks,
  getCurrentEpochWithLookahead,
  shouldRunEpochAt,
} from '../../../src/consensus/epochSchedule.js';
import { runScheduledEpochs } from '../../../src/consensus/runScheduledEpochs.js';
import type { DispatchContext } from '../../../src/dispatch/callDef.js';
import { Keys } from '../../../src/neurons/schema.js';
import { ActivityCutoffFactorMilli } from '../../../src/subnets/hyperparameters.js';
import {
  BlocksSinceLastStep,
  LastEpochBlock,
  LastMechansimStepBlock,
  MaxEpochsPerBlock,
  PendingEpochAt,
  SubnetEpochIndex,
  Tempo,
} from '../../../src/subnets/schema.js';
import { addNeuron, addSubnet, hk, NET, TestChain } from '../weights/neuronFixture.js';

function run(chain: TestChain, block: number, taken: NetUid[] = []) {
  const take = (_ctx: DispatchContext, netuid: NetUid) => {
    taken.push(netuid);
    return 1_000n;
  };
  return runScheduledEpochs(chain.ctx(block), { takePendingEmission: take });
}

function subnetWithNeuron(chain: TestChain, netuid: NetUid, tempo: number): void {
  addSubnet(chain, netuid, { tempo });
  addNeuron(chain, hk(netuid % 200), { stake: 10n }, netuid);
}

describe('epoch scheduling (economics.md §2.7.1)', () => {
  it('runs every tempo blocks after LastEpochBlock and consumes the slot', () => {
    const chain = new TestChain();
    subnetWithNeuron(chain, NET, 10);
    const taken: NetUid[] = [];
    for (let block = 1; block < 10; block++) assert.deepEqual(run(chain, block, taken), []);
    assert.equal(BlocksSinceLastStep.get(chain.state, [NET]), 9n);
    const [result] = run(chain, 10, taken);
    assert.equal(result?.netuid, NET);
    assert.equal(result?.raoEmission, 1_000n);
    assert.deepEqual(taken, [NET], 'the pending emission is taken once, for the subnet that runs');
    assert.equal(LastEpochBlock.get(chain.state, [NET]), 10n);
    assert.equal(SubnetEpochIndex.get(chain.state, [NET]), 1n);
    assert.equal(BlocksSinceLastStep.get(chain.state, [NET]), 0n);
    assert.equal(LastMechansimStepBlock.get(chain.state, [NET]), 10n);
    assert.deepEqual(run(chain, 19), []);
    assert.equal(run(chain, 20).length, 1);
    assert.equal(SubnetEpochIndex.get(chain.state, [NET]), 2n);
  });

  it('never runs with tempo 0, nor on the root subnet', () => {
    const chain = new TestChain();
    subnetWithNeuron(chain, NET, 0);
    subnetWithNeuron(chain, netUid(0), 1);
    for (let block = 1; block < 30; block++) assert.deepEqual(run(chain, block), []);
    assert.equal(BlocksSinceLastStep.get(chain.state, [NET]), 29n);
    assert.equal(BlocksSinceLastStep.get(chain.state, [netUid(0)]), 0n);
  });

  it('runs at PendingEpochAt (owner trigger) and clears it', () => {
    const chain = new TestChain();
    subnetWithNeuron(chain, NET, 360);
    PendingEpochAt.set(chain.state, [NET], 5n);
    assert.deepEqual(run(chain, 4), []);
    assert.equal(run(chain, 5).length, 1);
    assert.equal(PendingEpochAt.get(chain.state, [NET]), 0n);
    assert.equal(LastEpochBlock.get(chain.state, [NET]), 5n);
  });

  it('runs when BlocksSinceLastStep exceeds 50_400 (safety net)', () => {
    const chain = new TestChain();
    subnetWithNeuron(chain, NET, 360);
    LastEpochBlock.set(chain.state, [NET], 1_000n);
    BlocksSinceLastStep.set(chain.state, [NET], 50_399n);
    assert.deepEqual(run(chain, 1_001), []);
    assert.equal(run(chain, 1_002).length, 1);
  });

  it('defers the subnets beyond MaxEpochsPerBlock by one block (EpochDeferred), in storage order', () => {
    const chain = new TestChain();
    const [a, b] = [NET, netUid(256)];
    subnetWithNeuron(chain, a, 10);
    subnetWithNeuron(chain, b, 10);
    MaxEpochsPerBlock.set(chain.state, 1);
    const ran = run(chain, 10).map((result) => result.netuid);
    assert.deepEqual(ran, [b], 'netuid 256 (key 0x0001) is iterated before netuid 1 (key 0x0100)');
    assert.deepEqual(chain.named('EpochDeferred')[0]?.data, { netuid: a, fromBlock: 10n, toBlock: 11n });
    assert.equal(PendingEpochAt.get(chain.state, [a]), 11n);
    assert.equal(SubnetEpochIndex.get(chain.state, [a]), 0n);
    assert.equal(LastEpochBlock.get(chain.state, [a]), 0n);
    assert.deepEqual(
      run(chain, 11).map((result) => result.netuid),
      [a],
    );
    assert.equal(SubnetEpochIndex.get(chain.state, [a]), 1n);
  });

  it('skips an epoch whose Keys hold a hotkey twice (EpochSkipped) but consumes the slot', () => {
    const chain = new TestChain();
    subnetWithNeuron(chain, NET, 10);
    addNeuron(chain, hk(5));
    Keys.set(chain.state, [NET, 1], hk(1));
    const taken: NetUid[] = [];
    assert.deepEqual(run(chain, 10, taken), []);
    assert.deepEqual(taken, [], 'the pending emission keeps accumulating');
    assert.deepEqual(chain.named('EpochSkipped')[0]?.data, { netuid: NET, block: 10n });
    assert.equal(SubnetEpochIndex.get(chain.state, [NET]), 1n);
    assert.equal(LastEpochBlock.get(chain.state, [NET]), 10n);
    assert.equal(BlocksSinceLastStep.get(chain.state, [NET]), 1n, 'not reset by a skipped epoch');
  });
});

describe('epoch schedule reads', () => {
  it('looks ahead one epoch in a block whose epoch is due', () => {
    const chain = new TestChain();
    addSubnet(chain, NET, { tempo: 10 });
    SubnetEpochIndex.set(chain.state, [NET], 4n);
    assert.equal(shouldRunEpochAt(chain.state, NET, 9n), false);
    assert.equal(getCurrentEpochWithLookahead(chain.state, NET, 9n), 4n);
    assert.equal(getCurrentEpochWithLookahead(chain.state, NET, 10n), 5n);
  });

  it('computes the activity cutoff as max(1, factor * tempo / 1000)', () => {
    const chain = new TestChain();
    addSubnet(chain, NET, { tempo: 360 });
    assert.equal(getActivityCutoffBlocks(chain.state, NET), 5_000n);
    Tempo.set(chain.state, [NET], 10);
    ActivityCutoffFactorMilli.set(chain.state, [NET], 50);
    assert.equal(getActivityCutoffBlocks(chain.state, NET), 1n);
  });
});
