import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accountId, netUid } from '@taonet/primitives';
import {
  Consensus,
  Emission,
  Incentive,
  Keys,
  Owner,
  SubnetworkN,
  ValidatorPermit,
} from '../../../src/neurons/schema.js';
import { Axons } from '../../../src/serving/schema.js';
import { TotalHotkeyAlpha } from '../../../src/staking/schema.js';
import { MemoryBackend } from '../../../src/state/memoryBackend.js';
import { OverlayState } from '../../../src/state/overlayState.js';
import { storageIndexOf } from '../../../src/subtensor/subtensorStorage.js';
import {
  getNeuron,
  getNeuronLite,
  getNeuronsLite,
  NeuronInfoCodec,
  NeuronInfoLiteCodec,
} from '../../../src/views/neuronInfo.js';
import { Weights } from '../../../src/weights/schema.js';

const NET = netUid(2);
const hot = (seed: number) => accountId(new Uint8Array(32).fill(seed));
const COLD = hot(100);

function chain() {
  const state = new OverlayState(new MemoryBackend());
  SubnetworkN.set(state, [NET], 2);
  for (const uid of [0, 1]) {
    Keys.set(state, [NET, uid], hot(uid + 1));
    Owner.set(state, [hot(uid + 1)], COLD);
  }
  Consensus.set(state, [NET], [10, 20]);
  Emission.set(state, [NET], [5n, 7n]);
  ValidatorPermit.set(state, [NET], [true, false]);
  Incentive.set(state, [storageIndexOf(NET, 0)], [0, 65_535]);
  TotalHotkeyAlpha.set(state, [hot(1), NET], 42n);
  Weights.set(state, [storageIndexOf(NET, 0), 0], [[1, 65_535]]);
  const axon = {
    block: 3n,
    version: 1,
    ip: 2130706433n,
    port: 8091,
    ip_type: 4,
    protocol: 4,
    placeholder1: 0,
    placeholder2: 0,
  };
  Axons.set(state, [NET, hot(1)], axon);
  return state;
}

describe('neuron views', () => {
  it('read one metagraph row per uid from the schemas', () => {
    const state = chain();
    const lite = getNeuronLite(state, NET, 0)!;
    assert.equal(lite.hotkey, hot(1));
    assert.equal(lite.coldkey, COLD);
    assert.deepEqual(lite.stake, [[COLD, 42n]]);
    assert.equal(lite.consensus, 10);
    assert.equal(lite.emission, 5n);
    assert.equal(lite.validator_permit, true);
    assert.equal(lite.axon_info.port, 8091);
    assert.equal(getNeuronLite(state, NET, 1)?.incentive, 65_535);
    assert.equal(getNeuronLite(state, NET, 2), undefined);
    assert.deepEqual(getNeuron(state, NET, 0)?.weights, [[1, 65_535]]);
    assert.deepEqual(
      getNeuronsLite(state, NET).map((row) => row.uid),
      [0, 1],
    );
    assert.deepEqual(getNeuronsLite(state, netUid(9)), []);
  });

  it('round-trip through their SCALE codecs', () => {
    const state = chain();
    const lite = getNeuronLite(state, NET, 0)!;
    assert.deepEqual(NeuronInfoLiteCodec.dec(NeuronInfoLiteCodec.enc(lite)), lite);
    const full = getNeuron(state, NET, 0)!;
    assert.deepEqual(NeuronInfoCodec.dec(NeuronInfoCodec.enc(full)), full);
  });
});
