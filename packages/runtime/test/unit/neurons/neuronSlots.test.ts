import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { netUid } from '@taonet/primitives';
import { coldkeyOwnsHotkey, createAccountIfNonExistent } from '../../../src/neurons/hotkeyOwnership.js';
import { isHotkeyRegisteredOnAnyNetwork, isNeuronImmune } from '../../../src/neurons/neuronRegistry.js';
import { appendNeuron, replaceNeuron } from '../../../src/neurons/neuronSlots.js';
import {
  Active,
  BlockAtRegistration,
  Consensus,
  Dividends,
  Emission,
  Incentive,
  IsNetworkMember,
  Keys,
  LastUpdate,
  OwnedHotkeys,
  SubnetworkN,
  Uids,
  ValidatorPermit,
  ValidatorTrust,
} from '../../../src/neurons/schema.js';
import { Axons } from '../../../src/serving/schema.js';
import { MemoryBackend } from '../../../src/state/memoryBackend.js';
import { OverlayState } from '../../../src/state/overlayState.js';
import { ImmunityPeriod } from '../../../src/subnets/hyperparameters.js';
import { MechanismCountCurrent, SubnetOwnerHotkey } from '../../../src/subnets/schema.js';
import { storageIndexOf } from '../../../src/subtensor/subtensorStorage.js';
import { Bonds, Weights } from '../../../src/weights/schema.js';
import { account } from '../subnets/subnetChain.js';

const NETUID = netUid(2);
const [A, B, C] = [account(0xa), account(0xb), account(0xc)];

const axon = {
  block: 1n,
  version: 1,
  ip: 1n,
  port: 8091,
  ip_type: 4,
  protocol: 4,
  placeholder1: 0,
  placeholder2: 0,
};

describe('append_neuron / replace_neuron', () => {
  it('append takes uid SubnetworkN and grows every per-uid vector', () => {
    const state = new OverlayState(new MemoryBackend());
    MechanismCountCurrent.set(state, [NETUID], 2);
    assert.equal(appendNeuron(state, NETUID, A, 5n), 0);
    assert.equal(appendNeuron(state, NETUID, B, 7n), 1);
    assert.equal(SubnetworkN.get(state, [NETUID]), 2);
    assert.deepEqual(Active.get(state, [NETUID]), [true, true]);
    assert.deepEqual(Emission.get(state, [NETUID]), [0n, 0n]);
    assert.deepEqual(Consensus.get(state, [NETUID]), [0, 0]);
    assert.deepEqual(Dividends.get(state, [NETUID]), [0, 0]);
    assert.deepEqual(ValidatorTrust.get(state, [NETUID]), [0, 0]);
    assert.deepEqual(ValidatorPermit.get(state, [NETUID]), [false, false]);
    for (const mecid of [0, 1]) {
      assert.deepEqual(Incentive.get(state, [storageIndexOf(NETUID, mecid)]), [0, 0]);
      assert.deepEqual(LastUpdate.get(state, [storageIndexOf(NETUID, mecid)]), [5n, 7n]);
    }
    assert.equal(Keys.get(state, [NETUID, 1]), B);
    assert.equal(Uids.get(state, [NETUID, B]), 1);
    assert.equal(BlockAtRegistration.get(state, [NETUID, 1]), 7n);
    assert.equal(IsNetworkMember.get(state, [B, NETUID]), true);
    ImmunityPeriod.set(state, [NETUID], 10);
    assert.equal(isNeuronImmune(state, NETUID, 1, 16n), true);
    assert.equal(isNeuronImmune(state, NETUID, 1, 17n), false);
  });

  it('replace hands the uid over, clears its consensus state, weights and endpoints, keeps the owner hotkey', () => {
    const state = new OverlayState(new MemoryBackend());
    appendNeuron(state, NETUID, A, 1n);
    appendNeuron(state, NETUID, B, 1n);
    Emission.set(state, [NETUID], [9n, 8n]);
    ValidatorPermit.set(state, [NETUID], [true, true]);
    const index = storageIndexOf(NETUID, 0);
    Weights.set(
      state,
      [index, 0],
      [
        [1, 500],
        [0, 100],
      ],
    );
    Weights.set(state, [index, 1], [[0, 7]]);
    Bonds.set(state, [index, 1], [[0, 3]]);
    Axons.set(state, [NETUID, B], axon);
    assert.equal(replaceNeuron(state, NETUID, 1, C, 40n), true);
    assert.equal(Keys.get(state, [NETUID, 1]), C);
    assert.equal(Uids.getOption(state, [NETUID, B]), undefined);
    assert.equal(IsNetworkMember.get(state, [B, NETUID]), false);
    assert.equal(isHotkeyRegisteredOnAnyNetwork(state, B), false);
    assert.equal(Axons.getOption(state, [NETUID, B]), undefined);
    assert.deepEqual(Emission.get(state, [NETUID]), [9n, 0n]);
    assert.deepEqual(ValidatorPermit.get(state, [NETUID]), [true, false]);
    assert.deepEqual(Weights.get(state, [index, 0]), [
      [1, 0],
      [0, 100],
    ]);
    assert.equal(Weights.contains(state, [index, 1]), false);
    assert.equal(Bonds.contains(state, [index, 1]), false);
    assert.deepEqual(LastUpdate.get(state, [index]), [1n, 40n]);
    assert.equal(BlockAtRegistration.get(state, [NETUID, 1]), 40n);
    SubnetOwnerHotkey.set(state, [NETUID], A);
    assert.equal(replaceNeuron(state, NETUID, 0, B, 50n), false);
    assert.equal(Keys.get(state, [NETUID, 0]), A);
  });

  it('hotkey ownership goes to the first coldkey only', () => {
    const state = new OverlayState(new MemoryBackend());
    createAccountIfNonExistent(state, account(1), A);
    createAccountIfNonExistent(state, account(2), A);
    assert.equal(coldkeyOwnsHotkey(state, account(1), A), true);
    assert.equal(coldkeyOwnsHotkey(state, account(2), A), false);
    assert.deepEqual(OwnedHotkeys.get(state, [account(1)]), [A]);
  });
});
