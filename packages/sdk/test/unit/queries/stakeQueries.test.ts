import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { accountIdToSs58, createKeypairFromUri, initCrypto } from '@taonet/crypto';
import type { AccountId } from '@taonet/primitives';
import {
  AlphaV2,
  ChildKeys,
  Delegates,
  getAllDynamicInfo,
  getBalances,
  getChildren,
  getDelegates,
  getParents,
  getStake,
  getStakeInfoForColdkey,
  NetworksAdded,
  Owner,
  ParentKeys,
  StakingHotkeys,
  SubnetOwner,
  SubnetTAO,
  SystemAccount,
  TokenSymbol,
  TotalHotkeyAlpha,
  TotalHotkeySharesV2,
} from '../../../src/index.js';
import { createFakeClient } from '../fixtures/fakeTransport.js';

const PIN = `0x${'77'.repeat(32)}`;
const H1 = `0x${'a1'.repeat(32)}` as AccountId;
const H2 = `0x${'a2'.repeat(32)}` as AccountId;
let coldkey: AccountId;

before(async () => {
  await initCrypto();
  coldkey = createKeypairFromUri('//Alice').accountId;
});

const methods = {
  chain_getBlockHash: () => PIN,
  swap_currentAlphaPrice: (n: unknown) => (n === 0 ? '1000000000' : '2500000'),
};

function atParams(calls: readonly { method: string; params: readonly unknown[] }[]) {
  return calls.filter((c) => c.method !== 'chain_getBlockHash').map((c) => c.params[c.params.length - 1]);
}

describe('stake queries', () => {
  it('values every position of a coldkey from its pool shares, at one pinned block', async () => {
    const { client, transport } = createFakeClient({ methods: methods as never });
    transport.put(StakingHotkeys, [coldkey], [H1, H2]);
    // H1 on netuid 1: half the shares of a 1,000-rao pool; H2 on root: all of a 3,000-rao pool
    transport.put(AlphaV2, [H1, coldkey, 1], { mantissa: 5n * 10n ** 20n, exponent: -11n });
    transport.put(TotalHotkeySharesV2, [H1, 1], { mantissa: 10n ** 21n, exponent: -11n });
    transport.put(TotalHotkeyAlpha, [H1, 1], 1_000n);
    transport.put(AlphaV2, [H2, coldkey, 0], { mantissa: 3n * 10n ** 20n, exponent: -17n });
    transport.put(TotalHotkeySharesV2, [H2, 0], { mantissa: 3n * 10n ** 20n, exponent: -17n });
    transport.put(TotalHotkeyAlpha, [H2, 0], 3_000n);
    const infos = await getStakeInfoForColdkey(client, { coldkey: accountIdToSs58(coldkey) });
    assert.deepEqual(
      infos.map((i) => [i.hotkey, i.netuid, i.stake]),
      [
        [accountIdToSs58(H1), 1, 500n],
        [accountIdToSs58(H2), 0, 3_000n],
      ],
    );
    assert.ok(atParams(transport.calls).every((at) => at === PIN));
    assert.equal(await getStake(client, { hotkey: H1, coldkey, netuid: 1 }), 500n);
    assert.equal(await getStake(client, { hotkey: H1, coldkey, netuid: 2 }), 0n);
  });

  it('reads the children and parents of a hotkey', async () => {
    const { client, transport } = createFakeClient({ methods: methods as never });
    transport.put(ChildKeys, [H1, 1], [[(1n << 63n) - 1n, H2]]);
    transport.put(ParentKeys, [H2, 1], [[5n, H1]]);
    assert.deepEqual(await getChildren(client, { hotkey: H1, netuid: 1 }), [
      { hotkey: accountIdToSs58(H2), proportion: (1n << 63n) - 1n },
    ]);
    assert.deepEqual(await getParents(client, { hotkey: H2, netuid: 1 }), [
      { hotkey: accountIdToSs58(H1), proportion: 5n },
    ]);
    assert.deepEqual(await getChildren(client, { hotkey: H2, netuid: 1 }), []);
  });

  it('lists delegates with owner, take and root stake, largest first', async () => {
    const { client, transport } = createFakeClient({ methods: methods as never });
    transport.put(Delegates, [H1], 1_000);
    transport.put(Delegates, [H2], 11_796);
    transport.put(Owner, [H2], coldkey);
    transport.put(TotalHotkeyAlpha, [H1, 0], 5n);
    transport.put(TotalHotkeyAlpha, [H2, 0], 9n);
    const delegates = await getDelegates(client);
    assert.deepEqual(
      delegates.map((d) => [d.hotkey, d.owner, d.take, d.rootStake]),
      [
        [accountIdToSs58(H2), accountIdToSs58(coldkey), 11_796, 9n],
        [accountIdToSs58(H1), undefined, 1_000, 5n],
      ],
    );
  });

  it('reads the dynamic info of every subnet and many balances in one round trip', async () => {
    const { client, transport } = createFakeClient({ methods: methods as never });
    transport.put(NetworksAdded, [0], true);
    transport.put(NetworksAdded, [1], true);
    transport.put(SubnetTAO, [1], 4_000n);
    transport.put(TokenSymbol, [1], new TextEncoder().encode('α'));
    transport.put(SubnetOwner, [1], coldkey);
    const infos = await getAllDynamicInfo(client);
    assert.deepEqual(
      infos.map((i) => [i.netuid, i.symbol, i.taoIn, i.price, i.owner, i.tempo, i.started]),
      [
        [0, '', 0n, 1_000_000_000n, undefined, 360, false],
        [1, 'α', 4_000n, 2_500_000n, accountIdToSs58(coldkey), 360, false],
      ],
    );
    const account = SystemAccount.fallback!;
    transport.put(SystemAccount, [coldkey], { ...account, data: { ...account.data, free: 77n } });
    const before = transport.calls.length;
    assert.deepEqual(await getBalances(client, { addresses: [coldkey, H1] }), [77n, 0n]);
    assert.equal(transport.calls.length, before + 1);
  });
});
