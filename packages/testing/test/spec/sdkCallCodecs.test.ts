/**
 * The SDK declares the calls it sends without importing the runtime; this checks each declaration against
 * the runtime's own call codec: same pallet and call index, and byte-identical encodings of sample
 * arguments (decoded back by the runtime). Calls the runtime does not have yet are skipped, naming them.
 * AdminUtils setters (`ADMIN_CALLS`) are checked both ways: every runtime setter is declared, with the
 * same index and argument layout. The weights commit hash and the announced coldkey hash are checked
 * against the runtime's.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AccountId } from '@taonet/primitives';
import { type BoundCall, createRuntime, getCommitHash, hashColdkey } from '@taonet/runtime';
import {
  ADMIN_CALLS,
  type AdminArgType,
  type AdminCallName,
  computeColdkeyHash,
  computeWeightsCommitHash,
  encodeAdminCall,
  encodeCall,
  SDK_CALLS,
  transferKeepAliveCall,
} from '@taonet/sdk';

const runtime = createRuntime();
const A = `0x${'d4'.repeat(32)}` as AccountId;
const B = `0x${'8e'.repeat(32)}` as AccountId;
const H = `0x${'ab'.repeat(32)}`;
const bytes = (text: string) => new TextEncoder().encode(text);
const identity = {
  subnet_name: bytes('vision'),
  github_repo: bytes('https://github.com/x/y'),
  subnet_contact: bytes('a@b.c'),
  subnet_url: bytes(''),
  discord: bytes('x#1'),
  description: bytes('a subnet'),
  logo_url: bytes(''),
  additional: bytes('more'),
};
const axon = {
  netuid: 3,
  version: 7,
  ip: 0xc0a80001n,
  port: 8091,
  ip_type: 4,
  protocol: 4,
  placeholder1: 0,
  placeholder2: 0,
};
const inner = { dest: { tag: 'Id', value: B }, value: 10n ** 9n };

/** Sample arguments per `pallet.call`, in the wire shape both sides share. */
const SAMPLES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'Balances.transfer_allow_death': { dest: { tag: 'Id', value: B }, value: 1_500_000_000n },
  'Balances.transfer_keep_alive': { dest: { tag: 'Id', value: B }, value: (1n << 64n) - 1n },
  'Balances.transfer_all': { dest: { tag: 'Id', value: B }, keep_alive: true },
  'Balances.force_set_balance': { who: { tag: 'Id', value: A }, new_free: 42n },
  'SubtensorModule.register_network': { hotkey: A },
  'SubtensorModule.register_network_with_identity': { hotkey: A, identity },
  'SubtensorModule.start_call': { netuid: 300 },
  'SubtensorModule.set_subnet_identity': { netuid: 2, ...identity },
  'SubtensorModule.update_symbol': { netuid: 2, symbol: bytes('β') },
  'SubtensorModule.dissolve_network': { coldkey: A, netuid: 4 },
  'SubtensorModule.root_dissolve_network': { netuid: 4 },
  'SubtensorModule.burned_register': { netuid: 1, hotkey: B },
  'SubtensorModule.register_limit': { netuid: 1, hotkey: B, limit_price: 123_456_789n },
  'SubtensorModule.root_register': { hotkey: B },
  'SubtensorModule.serve_axon': axon,
  'SubtensorModule.serve_axon_tls': { ...axon, certificate: Uint8Array.of(1, 2, 3) },
  'SubtensorModule.serve_prometheus': { netuid: 3, version: 1, ip: 0x7f000001n, port: 9090, ip_type: 4 },
  'SubtensorModule.set_weights': { netuid: 1, dests: [0, 5, 300], weights: [65535, 10, 0], version_key: 9n },
  'SubtensorModule.set_mechanism_weights': {
    netuid: 1,
    mecid: 1,
    dests: [1, 2],
    weights: [3, 4],
    version_key: 0n,
  },
  'SubtensorModule.commit_weights': { netuid: 1, commit_hash: H },
  'SubtensorModule.commit_mechanism_weights': { netuid: 1, mecid: 2, commit_hash: H },
  'SubtensorModule.reveal_weights': { netuid: 1, uids: [1], values: [2], salt: [3, 4], version_key: 5n },
  'SubtensorModule.reveal_mechanism_weights': {
    netuid: 1,
    mecid: 1,
    uids: [1, 2],
    values: [3, 4],
    salt: [5],
    version_key: 6n,
  },
  'SubtensorModule.add_stake': { hotkey: A, netuid: 1, amount_staked: 5n * 10n ** 9n },
  'SubtensorModule.add_stake_limit': {
    hotkey: A,
    netuid: 1,
    amount_staked: 5n,
    limit_price: 1_005_000_000n,
    allow_partial: true,
  },
  'SubtensorModule.remove_stake': { hotkey: A, netuid: 1, amount_unstaked: 7n },
  'SubtensorModule.remove_stake_limit': {
    hotkey: A,
    netuid: 1,
    amount_unstaked: 7n,
    limit_price: 995_000_000n,
    allow_partial: false,
  },
  'SubtensorModule.remove_stake_full_limit': { hotkey: A, netuid: 1, limit_price: 3n },
  'SubtensorModule.unstake_all': { hotkey: A },
  'SubtensorModule.unstake_all_alpha': { hotkey: B },
  'SubtensorModule.move_stake': {
    origin_hotkey: A,
    destination_hotkey: B,
    origin_netuid: 1,
    destination_netuid: 2,
    alpha_amount: 99n,
  },
  'SubtensorModule.transfer_stake': {
    destination_coldkey: B,
    hotkey: A,
    origin_netuid: 1,
    destination_netuid: 1,
    alpha_amount: 98n,
  },
  'SubtensorModule.swap_stake': { hotkey: A, origin_netuid: 1, destination_netuid: 2, alpha_amount: 97n },
  'SubtensorModule.swap_stake_limit': {
    hotkey: A,
    origin_netuid: 1,
    destination_netuid: 2,
    alpha_amount: 97n,
    limit_price: 10n,
    allow_partial: true,
  },
  'SubtensorModule.increase_take': { hotkey: A, take: 11_796 },
  'SubtensorModule.decrease_take': { hotkey: A, take: 0 },
  'SubtensorModule.set_children': { hotkey: A, netuid: 1, children: [[(1n << 63n) + 1n, B]] },
  'SubtensorModule.set_childkey_take': { hotkey: A, netuid: 1, take: 100 },
  'SubtensorModule.swap_hotkey': { hotkey: A, new_hotkey: B, netuid: undefined },
  'SubtensorModule.swap_hotkey_v2': { hotkey: A, new_hotkey: B, netuid: 3, keep_stake: true },
  'SubtensorModule.announce_coldkey_swap': { new_coldkey_hash: H },
  'SubtensorModule.swap_coldkey_announced': { new_coldkey: B },
  'SubtensorModule.dispute_coldkey_swap': {},
  'SubtensorModule.clear_coldkey_swap_announcement': {},
  'SubtensorModule.try_associate_hotkey': { hotkey: A },
  'SubtensorModule.claim_root': { subnets: [1, 4] },
  'SubtensorModule.set_root_claim_type': {
    new_root_claim_type: { tag: 'KeepSubnets', value: { subnets: [2, 3] } },
  },
  'Sudo.sudo': { call: inner },
  'Sudo.sudo_as': { who: { tag: 'Id', value: A }, call: inner },
  'Sudo.set_key': { new: { tag: 'Id', value: B } },
};

/** Where the runtime's argument values differ in shape from the SDK's (same bytes). */
const RUNTIME_SHAPES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'SubtensorModule.set_root_claim_type': { new_root_claim_type: { kind: 'KeepSubnets', subnets: [2, 3] } },
};

/** The runtime's and the SDK's arguments: nested calls are a BoundCall for one, encoded bytes for the other. */
function argsFor(pallet: string, args: Readonly<Record<string, unknown>>, id = '') {
  const shaped = RUNTIME_SHAPES[id];
  if (shaped !== undefined) return { runtimeArgs: shaped, sdkArgs: args };
  if (pallet !== 'Sudo' || args.call === undefined) return { runtimeArgs: args, sdkArgs: args };
  const runtimeCall: BoundCall = { pallet: 'Balances', name: 'transfer_keep_alive', args: inner };
  const sdkCall = encodeCall(transferKeepAliveCall, inner as never);
  return { runtimeArgs: { ...args, call: runtimeCall }, sdkArgs: { ...args, call: sdkCall } };
}

function findRuntimeCall(pallet: string, name: string) {
  const module = runtime.modules.find((m) => m.name === pallet);
  return { module, call: module?.calls.find((c) => c.name === name) };
}

describe('SDK call declarations match the runtime', () => {
  for (const def of SDK_CALLS) {
    const id = `${def.pallet}.${def.name}`;
    it(id, (t) => {
      const sample = SAMPLES[id];
      assert.ok(sample !== undefined, `add sample arguments for ${id} to this test`);
      const { module, call } = findRuntimeCall(def.pallet, def.name);
      if (call === undefined) {
        t.skip(`${id} is not in the runtime yet`);
        return;
      }
      assert.equal(def.index, call.index, `${id}: call index`);
      const { runtimeArgs, sdkArgs } = argsFor(def.pallet, sample, id);
      const sdkBytes = encodeCall(def, sdkArgs).bytes;
      const runtimeBytes = runtime.callCodec.enc({ pallet: def.pallet, name: def.name, args: runtimeArgs });
      assert.equal(sdkBytes[0], module!.index, `${id}: pallet index`);
      assert.deepEqual(sdkBytes, runtimeBytes, `${id}: encoding`);
      assert.deepEqual(
        runtime.callCodec.enc(runtime.callCodec.dec(sdkBytes)),
        sdkBytes,
        `${id}: decodes back`,
      );
    });
  }
});

const ADMIN_SAMPLES: Readonly<Record<AdminArgType, unknown>> = {
  u8: 7,
  u16: 300,
  i16: -5,
  u64: 123_456_789_012n,
  u128: (1n << 70n) + 5n,
  i128: -(1n << 70n) - 5n,
  bool: true,
  'Option<Vec<u16>>': [1, 2, 65_535],
};

/** Enum arguments: the SDK sends the variant index, the runtime's codec takes the variant name. */
const RUNTIME_ENUM_ARGS: Readonly<Record<string, readonly string[]>> = {
  recycle_or_burn: ['Burn', 'Recycle'],
};

describe('SDK AdminUtils table matches the runtime', () => {
  const adminModule = runtime.modules.find((m) => m.name === 'AdminUtils')!;
  it('declares every runtime setter and nothing else', () => {
    const runtimeNames = adminModule.calls.map((c) => c.name).sort();
    assert.deepEqual(Object.keys(ADMIN_CALLS).sort(), runtimeNames);
  });
  for (const call of adminModule.calls) {
    it(call.name, () => {
      const spec = ADMIN_CALLS[call.name as AdminCallName];
      assert.equal(spec.index, call.index);
      const args = Object.fromEntries(
        spec.args.map(([name, type]) => [name, RUNTIME_ENUM_ARGS[name] ? 1 : ADMIN_SAMPLES[type]]),
      );
      const runtimeArgs = Object.fromEntries(
        Object.entries(args).map(([name, value]) => [
          name,
          RUNTIME_ENUM_ARGS[name]?.[value as number] ?? value,
        ]),
      );
      const sdkBytes = encodeAdminCall(call.name as AdminCallName, args as never).bytes;
      const runtimeBytes = runtime.callCodec.enc({
        pallet: 'AdminUtils',
        name: call.name,
        args: runtimeArgs,
      });
      assert.deepEqual(sdkBytes, runtimeBytes);
    });
  }
  it('encodes an absent emission split (Option::None) as the runtime does', () => {
    const args = { netuid: 1, maybe_split: undefined };
    assert.deepEqual(
      encodeAdminCall('sudo_set_mechanism_emission_split', args).bytes,
      runtime.callCodec.enc({ pallet: 'AdminUtils', name: 'sudo_set_mechanism_emission_split', args }),
    );
  });
});

describe('SDK weights commit hash', () => {
  it('equals the runtime get_commit_hash (main mechanism and mechanism 2)', () => {
    const hotkey = A;
    for (const mechid of [0, 2]) {
      const commit = {
        hotkey,
        netuid: 5,
        mechid,
        uids: [0, 3],
        weights: [65_535, 1],
        salt: [9, 8, 7],
        versionKey: 4n,
      };
      const expected = getCommitHash(hotkey, mechid * 4096 + 5, [0, 3], [65_535, 1], [9, 8, 7], 4n);
      assert.equal(computeWeightsCommitHash(commit), expected);
    }
  });
});

describe('SDK coldkey swap announcement hash', () => {
  it("equals the runtime's BlakeTwo256 of the new coldkey", () => {
    for (const coldkey of [A, B]) assert.equal(computeColdkeyHash(coldkey), hashColdkey(coldkey));
  });
});
