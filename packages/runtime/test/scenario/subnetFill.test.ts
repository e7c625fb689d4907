/**
 * Scenario: a subnet fills its 256 uids block by block; then newcomers replace the lowest-emission
 * non-immune neuron, while immune neurons and the owner's hotkey survive, and a pruned hotkey keeps its stake.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AccountId } from '@taonet/primitives';
import { Emission, Keys, SubnetworkN, Uids } from '../../src/neurons/schema.js';
import { getStake, increaseStake } from '../../src/staking/stakeAccounting.js';
import { Burn, ImmunityPeriod, MaxBurn } from '../../src/subnets/hyperparameters.js';
import {
  AUTHOR,
  account,
  createSubnetChain,
  expectSuccess,
  type SubnetChain,
  subnet,
  TAO,
} from '../unit/subnets/subnetChain.js';

const OWNER = account(1);
const OWNER_HOT = account(2);
const MINER = account(3);
const NETUID = subnet(1);
const minerHot = (i: number): AccountId => account(0x1000 + i);

/** Register miners `from..to-1`, `perBlock` per block, running each block's hook. */
function registerMiners(chain: SubnetChain, from: number, to: number, perBlock: number): void {
  for (let i = from; i < to; i++) {
    if ((i - from) % perBlock === 0 && i !== from) chain.nextBlock();
    expectSuccess(chain, MINER, 'burned_register', { netuid: NETUID, hotkey: minerHot(i) });
  }
}

/** The uid's entry of the last epoch's emission vector, as an epoch would write it. */
function setEmissions(chain: SubnetChain, emission: (uid: number) => bigint): void {
  const n = SubnetworkN.get(chain.state, [NETUID]);
  Emission.set(
    chain.state,
    [NETUID],
    Array.from({ length: n }, (_, uid) => emission(uid)),
  );
}

describe('scenario: a full subnet prunes its weakest non-immune neuron', () => {
  it('fills 256 uids, then replaces by emission, sparing immune neurons and the owner hotkey', () => {
    const chain = createSubnetChain({ author: AUTHOR, startBlock: 1 });
    chain.endow(OWNER, 2_000n * TAO);
    chain.endow(MINER, 2_000n * TAO);
    expectSuccess(chain, OWNER, 'register_network', { hotkey: OWNER_HOT });
    MaxBurn.set(chain.state, [NETUID], 2n * TAO); // the owner caps the price: the scenario stays cheap
    assert.equal(ImmunityPeriod.get(chain.state, [NETUID]), 5_000);

    // 200 miners over the first 40 blocks, 55 more after the first ones lost their immunity
    chain.nextBlock();
    registerMiners(chain, 1, 201, 5);
    while (chain.block < 5_100) chain.nextBlock();
    registerMiners(chain, 201, 256, 11);
    assert.equal(SubnetworkN.get(chain.state, [NETUID]), 256);
    assert.equal(Burn.get(chain.state, [NETUID]) <= 2n * TAO, true);

    // the last epoch: the owner and every immune neuron earned nothing, uid 137 the least of the others
    const immune = (uid: number) => uid > 200;
    setEmissions(chain, (uid) => (uid === 0 || immune(uid) ? 0n : uid === 137 ? 5n : 1_000n + BigInt(uid)));
    increaseStake(chain.state, { hotkey: minerHot(137), coldkey: MINER, netuid: NETUID }, 42n * TAO);
    chain.nextBlock();

    const newcomer = account(0x9000);
    expectSuccess(chain, MINER, 'burned_register', { netuid: NETUID, hotkey: newcomer });
    assert.equal(Uids.get(chain.state, [NETUID, newcomer]), 137, 'the lowest-emission non-immune uid');
    assert.equal(Uids.getOption(chain.state, [NETUID, minerHot(137)]), undefined);
    assert.equal(
      getStake(chain.state, { hotkey: minerHot(137), coldkey: MINER, netuid: NETUID }),
      42n * TAO,
      'a deregistered hotkey keeps its stake',
    );
    assert.equal(Keys.get(chain.state, [NETUID, 0]), OWNER_HOT, 'the owner hotkey is never pruned');
    for (let uid = 201; uid < 256; uid++) assert.equal(Keys.get(chain.state, [NETUID, uid]), minerHot(uid));
    assert.equal(SubnetworkN.get(chain.state, [NETUID]), 256);

    // the newcomer is immune and has no emission: the next one replaces the next weakest, uid 1 (1001)
    chain.nextBlock();
    const second = account(0x9001);
    expectSuccess(chain, MINER, 'burned_register', { netuid: NETUID, hotkey: second });
    assert.equal(Uids.get(chain.state, [NETUID, second]), 1);
    assert.equal(Uids.get(chain.state, [NETUID, newcomer]), 137);
  });
});
