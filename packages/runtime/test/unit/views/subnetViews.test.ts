import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accountId, I32F32, netUid } from '@taonet/primitives';
import { MemoryBackend } from '../../../src/state/memoryBackend.js';
import { OverlayState } from '../../../src/state/overlayState.js';
import { AlphaValues, Kappa, MaxAllowedUids, Yuma3On } from '../../../src/subnets/hyperparameters.js';
import { NetworksAdded, SubnetOwner, Tempo } from '../../../src/subnets/schema.js';
import { getSubnetHyperparams, SubnetHyperparamsCodec } from '../../../src/views/subnetHyperparams.js';
import { getSubnetInfo, getSubnetsInfo, SubnetInfoCodec } from '../../../src/views/subnetInfo.js';

const OWNER = accountId(new Uint8Array(32).fill(7));

function chain() {
  const state = new OverlayState(new MemoryBackend());
  for (const n of [3, 0, 1]) NetworksAdded.set(state, [netUid(n)], true);
  SubnetOwner.set(state, [netUid(1)], OWNER);
  Tempo.set(state, [netUid(1)], 99);
  Kappa.set(state, [netUid(1)], 100);
  MaxAllowedUids.set(state, [netUid(1)], 1024);
  Yuma3On.set(state, [netUid(1)], true);
  AlphaValues.set(state, [netUid(1)], [2000, 3000]);
  return state;
}

describe('subnet views', () => {
  it('getSubnetInfo reads the schemas; a missing subnet is undefined', () => {
    const state = chain();
    const info = getSubnetInfo(state, netUid(1));
    assert.equal(info?.owner, OWNER);
    assert.equal(info?.tempo, 99);
    assert.equal(info?.kappa, 100);
    assert.equal(info?.max_allowed_uids, 1024);
    assert.equal(info?.burn, 1_000_000_000n);
    assert.equal(getSubnetInfo(state, netUid(2)), undefined);
    assert.deepEqual(
      getSubnetsInfo(state).map((subnet) => subnet.netuid),
      [0, 1, 3],
    );
  });

  it('getSubnetHyperparams reports the V2 fields', () => {
    const params = getSubnetHyperparams(chain(), netUid(1));
    assert.equal(params?.yuma_version, 3);
    assert.equal(params?.alpha_low, 2000);
    assert.equal(params?.alpha_high, 3000);
    assert.equal(params?.alpha_sigmoid_steepness, I32F32.fromInt(1000));
    assert.equal(params?.subnet_is_active, false);
  });

  it('results round-trip through their SCALE codecs', () => {
    const state = chain();
    const info = getSubnetInfo(state, netUid(1))!;
    assert.deepEqual(SubnetInfoCodec.dec(SubnetInfoCodec.enc(info)), info);
    const params = getSubnetHyperparams(state, netUid(1))!;
    assert.deepEqual(SubnetHyperparamsCodec.dec(SubnetHyperparamsCodec.enc(params)), params);
  });
});
