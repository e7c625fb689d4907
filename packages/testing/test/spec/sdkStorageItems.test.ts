/**
 * The storage items the SDK reads (`SDK_STORAGE_ITEMS`) against the runtime's declarations: same prefix
 * (`twox128(pallet) ++ twox128(item)`) and key hashers, the same default for an absent key, and for every
 * entry of a dev genesis state (plus sample writes for items genesis leaves empty): the SDK recomputes
 * the exact storage key from the decoded key parts and decodes the runtime's bytes to the runtime's value.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AccountId, netUid } from '@taonet/primitives';
import { createRuntime, devGenesis, MemoryBackend, OverlayState } from '@taonet/runtime';
import {
  decodeStorageKey,
  decodeStorageValue,
  getStorageKey,
  getStoragePrefix,
  SDK_STORAGE_ITEMS,
  type StorageItem,
} from '@taonet/sdk';

interface RuntimeItem {
  info(): { pallet: string; name: string; prefix: string; hashers: readonly string[] };
  readonly prefix: string;
  keyOf?(key: readonly unknown[]): string;
  get(state: OverlayState, key?: readonly unknown[]): unknown;
  set(state: OverlayState, key: readonly unknown[], value: unknown): void;
}

const A = `0x${'d4'.repeat(32)}` as AccountId;
const B = `0x${'8e'.repeat(32)}` as AccountId;

/** Writes for items a dev genesis leaves empty: [item, key, value in the runtime's shape]. */
const SAMPLE_WRITES: readonly [string, readonly unknown[], unknown][] = [
  ['AlphaV2', [A, B, netUid(1)], { mantissa: 123_456_789_012_345_678_901n, exponent: -3n }],
  ['TotalHotkeySharesV2', [A, netUid(1)], { mantissa: 100_000_000_000_000_000_001n, exponent: 2n }],
  ['StakingHotkeys', [B], [A, B]],
  ['OwnedHotkeys', [B], [A]],
  ['Delegates', [A], 1_000],
  ['ChildKeys', [A, netUid(1)], [[(1n << 63n) + 7n, B]]],
  ['ParentKeys', [B, netUid(1)], [[5n, A]]],
  ['ChildkeyTake', [A, netUid(1)], 1_234],
  ['PendingChildKeys', [netUid(1), A], [[[9n, B]], 7_300n]],
  ['ColdkeySwapAnnouncements', [A], [36_100, `0x${'ab'.repeat(32)}`]],
  ['ColdkeySwapDisputes', [B], 42],
  [
    'Weights',
    [4097, 3],
    [
      [0, 65_535],
      [7, 1],
    ],
  ],
  ['Bonds', [1, 2], [[1, 2]]],
  ['FirstEmissionBlockNumber', [netUid(9)], 77n],
  ['SubnetMovingPrice', [netUid(1)], -(1n << 40n)],
  ['SubnetVolume', [netUid(1)], (1n << 100n) + 3n],
  [
    'SubnetIdentitiesV3',
    [netUid(1)],
    Object.fromEntries(
      [
        'subnet_name',
        'github_repo',
        'subnet_contact',
        'subnet_url',
        'discord',
        'description',
        'logo_url',
        'additional',
      ].map((field, i) => [field, new TextEncoder().encode(`${field}-${i}`)]),
    ),
  ],
];

function buildState() {
  const runtime = createRuntime();
  const accounts = [A, B];
  const genesis = runtime.buildGenesis(
    devGenesis({
      accounts,
      stakeThreshold: 0n,
      subnets: [
        { netuid: 1, owner: accounts[0]!, ownerHotkey: accounts[1]!, hyperparameters: { tempo: 10 } },
      ],
    }),
  );
  const state = new OverlayState(new MemoryBackend(genesis.changes));
  const items = new Map<string, RuntimeItem>();
  for (const module of runtime.modules) {
    for (const item of module.storage as unknown as RuntimeItem[]) {
      const { pallet, name } = item.info();
      items.set(`${pallet}.${name}`, item);
    }
  }
  for (const [name, key, value] of SAMPLE_WRITES)
    items.get(`SubtensorModule.${name}`)!.set(state, key, value);
  return { state, items };
}

/** Runtime values use branded numbers and bigints; compare plain structures. */
const plain = (value: unknown): unknown =>
  value === undefined
    ? undefined
    : JSON.parse(
        JSON.stringify(value, (_, v) =>
          typeof v === 'bigint' ? `${v}n` : v instanceof Uint8Array ? [...v] : v,
        ),
      );

describe('SDK storage items match the runtime', () => {
  const { state, items } = buildState();

  for (const sdkItem of SDK_STORAGE_ITEMS) {
    const item = sdkItem as unknown as StorageItem<unknown[], unknown>;
    const id = `${item.pallet}.${item.name}`;
    it(id, () => {
      const runtimeItem = items.get(id);
      assert.ok(runtimeItem !== undefined, `${id} is not a runtime storage item`);
      const info = runtimeItem.info();
      assert.equal(Buffer.from(getStoragePrefix(item.pallet, item.name)).toString('hex'), info.prefix);
      assert.deepEqual(
        item.keys.map((k) => k.hasher),
        info.hashers,
      );
      // every stored entry: key round trip, and value as the runtime reads it
      const stored = [...state.keysWithPrefix(info.prefix)];
      for (const key of stored) {
        const parts = decodeStorageKey(item, `0x${key}`);
        assert.equal(getStorageKey(item, parts), `0x${key}`, `${id}: key of ${String(parts)}`);
        const raw = state.get(key)!;
        const sdkValue = decodeStorageValue(item, `0x${Buffer.from(raw).toString('hex')}`);
        const runtimeValue: unknown =
          item.keys.length === 0 ? runtimeItem.get(state) : runtimeItem.get(state, parts as never);
        assert.deepEqual(plain(sdkValue), plain(runtimeValue), `${id}: value at ${key}`);
      }
      assert.ok(
        stored.length > 0 || item.keys.length === 0 || item.fallback !== undefined,
        `${id}: no entry checked`,
      );
    });
  }

  it('defaults of absent keys equal the runtime defaults', () => {
    const empty = new OverlayState(new MemoryBackend());
    const absentKey = (hasher: string, i: number) =>
      hasher === 'Blake2_128Concat' ? (i === 0 ? A : B) : 4000 + i;
    for (const item of SDK_STORAGE_ITEMS) {
      const runtimeItem = items.get(`${item.pallet}.${item.name}`)!;
      const key = item.keys.map((k, i) => absentKey(k.hasher, i));
      let runtimeDefault: unknown;
      try {
        runtimeDefault = item.keys.length === 0 ? runtimeItem.get(empty) : runtimeItem.get(empty, key);
      } catch {
        runtimeDefault = undefined; // OptionQuery item: read with getOption only
      }
      assert.deepEqual(plain(item.fallback), plain(runtimeDefault), `${item.name}: default`);
    }
  });
});
