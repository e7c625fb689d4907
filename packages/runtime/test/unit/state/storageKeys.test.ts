/**
 * Storage keys and key decoding with the memoised encoders: every key equals the plain computation
 * `prefix ++ hasher(codec.enc(part))...`, whatever the caches hold, and iteration recovers the keys.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { twox64 } from '@taonet/crypto';
import {
  type AccountId,
  AccountIdCodec,
  accountId,
  type NetUid,
  NetUidCodec,
  netUid,
  toHex,
} from '@taonet/primitives';
import fc from 'fast-check';
import { type Codec, Tuple, u16, u64 } from 'scale-ts';
import { KeyPartEncoder } from '../../../src/state/keyPartEncoder.js';
import { MemoryBackend } from '../../../src/state/memoryBackend.js';
import { OverlayState } from '../../../src/state/overlayState.js';
import {
  Blake2_128Concat,
  Identity,
  type StorageHasher,
  Twox64Concat,
} from '../../../src/state/storageHasher.js';
import { keyPart, storageDoubleMap, storageMap, storageNMap } from '../../../src/state/storageItem.js';
import { StorageKeyBuilder } from '../../../src/state/storageKeyBuilder.js';

const hex = (bytes: Uint8Array) => toHex(bytes).slice(2);
const plain = <K>(codec: Codec<K>, hasher: StorageHasher, value: K) => hex(hasher.hash(codec.enc(value)));
const account = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => accountId(bytes));

const Stake = storageNMap<[AccountId, NetUid, bigint], bigint>({
  pallet: 'Test',
  name: 'Stake',
  keys: [
    keyPart(AccountIdCodec, Blake2_128Concat),
    keyPart(NetUidCodec, Identity),
    keyPart(u64, Twox64Concat),
  ],
  value: u64,
  default: 0n,
});
const Pairs = storageDoubleMap<[number, bigint], number, number>({
  pallet: 'Test',
  name: 'Pairs',
  keys: [keyPart(Tuple(u16, u64), Blake2_128Concat), keyPart(u16, Identity)],
  value: u16,
  default: 0,
});

describe('memoised storage keys', () => {
  it('equal the plain computation, for repeated and fresh keys alike', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(account, fc.nat(65535), fc.bigInt({ min: 0n, max: 2n ** 64n - 1n })), {
          maxLength: 20,
        }),
        (keys) => {
          for (const [who, net, amount] of [...keys, ...keys]) {
            const expected =
              Stake.prefix +
              plain(AccountIdCodec, Blake2_128Concat, who) +
              plain(NetUidCodec, Identity, netUid(net)) +
              plain(u64, Twox64Concat, amount);
            assert.equal(Stake.keyOf([who, netUid(net), amount]), expected);
            assert.equal(Stake.keyOf([who]), Stake.prefix + plain(AccountIdCodec, Blake2_128Concat, who));
          }
        },
      ),
    );
  });

  it('encode non-primitive key parts (tuples) without caching them', () => {
    const key = Pairs.keyOf([[3, 7n], 9]);
    assert.equal(
      key,
      Pairs.prefix +
        plain<[number, bigint]>(Tuple(u16, u64), Blake2_128Concat, [3, 7n]) +
        plain(u16, Identity, 9),
    );
    const state = new OverlayState(new MemoryBackend());
    Pairs.set(state, [[3, 7n], 9], 42);
    assert.equal(Pairs.get(state, [[3, 7n], 9]), 42);
    assert.deepEqual([...Pairs.entries(state)], [[[[3, 7n], 9], 42]]);
  });

  it('stay right past the cache limits (eviction and reset)', () => {
    const encoder = new KeyPartEncoder(u16 as Codec<unknown>, Twox64Concat, 8);
    const builder = new StorageKeyBuilder(
      'ab',
      [encoder, new KeyPartEncoder(u16 as Codec<unknown>, Identity, 8)],
      10,
    );
    for (let round = 0; round < 3; round++) {
      for (let a = 0; a < 20; a++) {
        for (let b = 0; b < 3; b++) {
          const expected = `ab${plain(u16, Twox64Concat, a)}${plain(u16, Identity, b)}`;
          assert.equal(builder.keyOf([a, b]), expected);
        }
      }
    }
  });

  it('reject a value the codec cannot encode, then still encode good ones', () => {
    const Item = storageMap<bigint, number>({
      pallet: 'Test',
      name: 'Big',
      key: keyPart(u64, Identity),
      value: u16,
      default: 0,
    });
    assert.throws(() => Item.keyOf([1 as unknown as bigint]));
    assert.equal(Item.keyOf([1n]), `${Item.prefix}0100000000000000`);
  });
});

describe('decodeKey', () => {
  it('recovers every part of Identity, Twox64Concat and Blake2_128Concat keys', () => {
    fc.assert(
      fc.property(account, fc.nat(65535), fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), (who, net, amount) => {
        const key: [AccountId, NetUid, bigint] = [who, netUid(net), amount];
        assert.deepEqual(Stake.decodeKey(Stake.keyOf(key)), key);
      }),
    );
    assert.deepEqual(Pairs.decodeKey(Pairs.keyOf([[65535, 2n ** 64n - 1n], 256])), [
      [65535, 2n ** 64n - 1n],
      256,
    ]);
  });

  it('iterates entries in storage key order under a leading part', () => {
    const state = new OverlayState(new MemoryBackend());
    const alice = accountId(new Uint8Array(32).fill(1));
    for (const net of [7, 1, 300])
      for (const amount of [5n, 1n]) Stake.set(state, [alice, netUid(net), amount], amount);
    Stake.set(state, [accountId(new Uint8Array(32).fill(2)), netUid(1), 1n], 9n);
    const keys = [...Stake.entries(state, [alice])].map(([key]) => Stake.keyOf(key));
    assert.equal(keys.length, 6);
    assert.deepEqual(keys, [...keys].sort());
    assert.deepEqual(
      [...Stake.entries(state, [alice, netUid(300)])]
        .map(([[, net, amount], value]) => [net, amount, value])
        .sort(),
      [
        [300, 1n, 1n],
        [300, 5n, 5n],
      ],
    );
  });

  it('refuses a hasher that cannot be reversed', () => {
    const Hashed = storageMap<number, number>({
      pallet: 'Test',
      name: 'Hashed',
      key: keyPart(u16, { name: 'Twox128', prefixBytes: 16, reversible: false, hash: (b) => twox64(b) }),
      value: u16,
      default: 0,
    });
    assert.throws(() => Hashed.decodeKey(Hashed.keyOf([1])), /cannot be iterated/);
  });
});
