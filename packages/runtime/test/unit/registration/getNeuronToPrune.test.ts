import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AccountId, netUid } from '@taonet/primitives';
import { appendNeuron } from '../../../src/neurons/neuronSlots.js';
import { Emission, Owner } from '../../../src/neurons/schema.js';
import { getImmuneOwnerUids, getNeuronToPrune } from '../../../src/registration/getNeuronToPrune.js';
import { MemoryBackend } from '../../../src/state/memoryBackend.js';
import { OverlayState } from '../../../src/state/overlayState.js';
import {
  ImmuneOwnerUidsLimit,
  ImmunityPeriod,
  MinNonImmuneUids,
} from '../../../src/subnets/hyperparameters.js';
import { SubnetOwner, SubnetOwnerHotkey } from '../../../src/subnets/schema.js';
import { account } from '../subnets/subnetChain.js';

const NETUID = netUid(1);
const OWNER = account(1);
const MINER = account(2);

/** A subnet whose uid i is registered at blocks[i], by the owner when owned[i], with emissions[i]. */
function subnetWith(blocks: number[], emissions: bigint[], owned: boolean[] = []): OverlayState {
  const state = new OverlayState(new MemoryBackend());
  SubnetOwner.set(state, [NETUID], OWNER);
  blocks.forEach((block, uid) => {
    const hotkey: AccountId = account(0x100 + uid);
    Owner.set(state, [hotkey], owned[uid] ? OWNER : MINER);
    appendNeuron(state, NETUID, hotkey, BigInt(block));
  });
  SubnetOwnerHotkey.set(state, [NETUID], account(0x100));
  Emission.set(state, [NETUID], emissions);
  ImmunityPeriod.set(state, [NETUID], 100);
  MinNonImmuneUids.set(state, [NETUID], 0);
  return state;
}

describe('get_neuron_to_prune', () => {
  it('takes the lowest emission among non-immune uids, never the owner hotkey', () => {
    const state = subnetWith([0, 0, 0, 0], [0n, 50n, 20n, 30n]);
    assert.equal(getNeuronToPrune(state, NETUID, 1_000n), 2);
  });

  it('breaks emission ties by the earliest registration, then the lowest uid', () => {
    assert.equal(getNeuronToPrune(subnetWith([0, 9, 5, 5], [0n, 7n, 7n, 7n]), NETUID, 1_000n), 2);
    assert.equal(getNeuronToPrune(subnetWith([0, 5, 5, 5], [0n, 7n, 7n, 7n]), NETUID, 1_000n), 1);
  });

  it('spares immune uids while enough non-immune ones remain, else prunes the best immune one', () => {
    // uid 1 is immune (registered 50 blocks ago with a period of 100) despite the lowest emission
    const state = subnetWith([0, 950, 0, 0], [0n, 1n, 20n, 30n]);
    assert.equal(getNeuronToPrune(state, NETUID, 1_000n), 2);
    MinNonImmuneUids.set(state, [NETUID], 2);
    assert.equal(getNeuronToPrune(state, NETUID, 1_000n), 1, 'only 2 non-immune uids: fall back to immune');
    MinNonImmuneUids.set(state, [NETUID], 1);
    assert.equal(getNeuronToPrune(state, NETUID, 1_000n), 2);
  });

  it("keeps ImmuneOwnerUidsLimit of the owner's hotkeys, the owner hotkey first", () => {
    const state = subnetWith([5, 1, 2, 3], [0n, 0n, 0n, 9n], [true, true, true, false]);
    assert.deepEqual(
      getImmuneOwnerUids(state, NETUID).map(([uid]) => uid),
      [0],
    );
    assert.equal(getNeuronToPrune(state, NETUID, 1_000n), 1, "the owner's other hotkeys can be pruned");
    ImmuneOwnerUidsLimit.set(state, [NETUID], 2);
    assert.deepEqual(
      getImmuneOwnerUids(state, NETUID).map(([uid]) => uid),
      [0, 1],
    );
    assert.equal(getNeuronToPrune(state, NETUID, 1_000n), 2);
    ImmuneOwnerUidsLimit.set(state, [NETUID], 10);
    assert.equal(getNeuronToPrune(state, NETUID, 1_000n), 3);
  });

  it('finds nothing on an empty subnet or one holding only the owner hotkey', () => {
    assert.equal(getNeuronToPrune(new OverlayState(new MemoryBackend()), NETUID, 0n), undefined);
    assert.equal(getNeuronToPrune(subnetWith([0], [0n]), NETUID, 1_000n), undefined);
  });
});
