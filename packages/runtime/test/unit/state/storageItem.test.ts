import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AccountIdCodec, accountId, type NetUid, NetUidCodec, netUid } from '@taonet/primitives';
import { u16, u64, Vector } from 'scale-ts';
import { MemoryBackend } from '../../../src/state/memoryBackend.js';
import { OverlayState } from '../../../src/state/overlayState.js';
import { Blake2_128Concat, Identity, storagePrefix, Twox64Concat } from '../../../src/state/storageHasher.js';
import { keyPart, storageDoubleMap, storageMap, storageValue } from '../../../src/state/storageItem.js';

const alice = accountId('0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d');

describe('storage keys are Substrate-shaped', () => {
  it('prefixes are twox128(pallet) ++ twox128(item)', () => {
    assert.equal(
      storagePrefix('System', 'Account'),
      '26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9',
    );
    assert.equal(
      storagePrefix('System', 'Number'),
      '26aa394eea5630e07c48ae0c9558cef702a5c1b19ab7a04f536c519aca4983ac',
    );
  });

  it('System.Account of Alice matches a Substrate node key', () => {
    const Account = storageMap<typeof alice, bigint>({
      pallet: 'System',
      name: 'Account',
      key: keyPart(AccountIdCodec, Blake2_128Concat),
      value: u64,
      default: 0n,
    });
    assert.equal(
      Account.keyOf([alice]),
      '26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9de1e86a9a8c739864cf3cc5ec2bea59fd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d',
    );
  });
});

describe('typed storage items', () => {
  const SubnetTAO = storageMap<NetUid, bigint>({
    pallet: 'SubtensorModule',
    name: 'SubnetTAO',
    key: keyPart(NetUidCodec, Identity),
    value: u64,
    default: 0n,
  });
  const Weights = storageDoubleMap<number, number, [number, number][]>({
    pallet: 'SubtensorModule',
    name: 'Weights',
    keys: [keyPart(u16, Identity), keyPart(u16, Twox64Concat)],
    value: Vector(Vector(u16) as never) as never,
    default: () => [],
  });
  const Counter = storageValue<bigint>({ pallet: 'Test', name: 'Counter', value: u64, default: 7n });

  it('reads defaults, writes, mutates and removes', () => {
    const state = new OverlayState(new MemoryBackend());
    assert.equal(Counter.get(state), 7n);
    assert.equal(Counter.exists(state), false);
    Counter.mutate(state, (v) => v + 1n);
    assert.equal(Counter.get(state), 8n);
    SubnetTAO.set(state, [netUid(3)], 1_000n);
    assert.equal(SubnetTAO.get(state, [netUid(3)]), 1_000n);
    assert.equal(SubnetTAO.getOption(state, [netUid(4)]), undefined);
    SubnetTAO.remove(state, [netUid(3)]);
    assert.equal(SubnetTAO.contains(state, [netUid(3)]), false);
  });

  it('iterates entries and recovers the keys', () => {
    const state = new OverlayState(new MemoryBackend());
    for (const n of [5, 1, 300]) SubnetTAO.set(state, [netUid(n)], BigInt(n * 10));
    const entries = [...SubnetTAO.entries(state)].map(([[k], v]) => [k, v]);
    // Identity keys of u16 iterate in little-endian byte order
    assert.deepEqual(entries, [
      [1, 10n],
      [5, 50n],
      [300, 3000n],
    ]);
    Weights.set(state, [1, 2], [[0, 65535]]);
    Weights.set(state, [1, 7], []);
    Weights.set(state, [2, 2], [[1, 1]]);
    const rows = [...Weights.entries(state, [1])].map(([[net, uid]]) => `${net}/${uid}`).sort();
    assert.deepEqual(rows, ['1/2', '1/7']);
    assert.equal(Weights.clear(state, [1]), 2);
    assert.equal([...Weights.entries(state)].length, 1);
  });
});
