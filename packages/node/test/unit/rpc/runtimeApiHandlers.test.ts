import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { netUid } from '@taonet/primitives';
import { IMMORTAL_ERA, type JsonRpcResponse, RpcRouter } from '@taonet/rpc';
import { OverlayState } from '@taonet/runtime';
import { createNodeRpcHandlers, RUNTIME_VERSION, signCall } from '../../../src/index.js';
import { openTestChain, type TestChain } from '../../fixtures/testChain.js';

let t: TestChain;
let router: RpcRouter;
before(async () => {
  t = await openTestChain();
  const { methods, subscriptions } = createNodeRpcHandlers({
    chain: t.chain,
    pool: t.pool,
    nodeName: 'test',
    nodeVersion: '0',
  });
  router = new RpcRouter(methods, subscriptions, { validateResults: true });
  // Alice stakes 10 TAO to subnet 1's owner hotkey
  const hotkey = t.chain.runtime.views.getDynamicInfo(
    new OverlayState(t.chain.stateAt()),
    netUid(1),
  )!.owner_hotkey;
  const call = {
    pallet: 'SubtensorModule',
    name: 'add_stake',
    args: { hotkey, netuid: 1, amount_staked: 10n ** 10n },
  };
  const context = { ...RUNTIME_VERSION, genesisHash: t.chain.genesisHash, blockHash: t.chain.genesisHash };
  t.pool.submit(
    signCall(t.chain.runtime.callCodec, { call, signer: t.alice, nonce: 0, era: IMMORTAL_ERA, context }),
  );
  await t.author();
});
after(() => t.close());

const session = { canSubscribe: false, send: () => undefined };

/** One call through the router (params parsed, result checked against its schema). */
async function call(method: string, ...params: unknown[]): Promise<unknown> {
  const response = (await router.handle(
    { jsonrpc: '2.0', id: 1, method, params },
    session,
  )) as JsonRpcResponse;
  if ('error' in response) assert.fail(`${method}: ${JSON.stringify(response.error)}`);
  return response.result;
}

describe('runtime-API handlers: dynamic info, stake info, delegates', () => {
  it('subnetInfo_getDynamicInfo / getAllDynamicInfo return JSON with decimal-string amounts', async () => {
    const info = (await call('subnetInfo_getDynamicInfo', 1)) as Record<string, unknown>;
    assert.equal(info.netuid, 1);
    assert.match(info.tao_in as string, /^\d+$/);
    assert.match(info.price as string, /^\d+$/);
    assert.equal(await call('subnetInfo_getDynamicInfo', 999), null);
    const all = (await call('subnetInfo_getAllDynamicInfo')) as { netuid: number }[];
    assert.deepEqual(
      all.map((subnet) => subnet.netuid),
      [...all.map((subnet) => subnet.netuid)].sort((a, b) => a - b),
    );
    assert.ok(all.some((subnet) => subnet.netuid === 1));
  });

  it('stakeInfo_getStakeInfoForColdkey accepts SS58 and hex', async () => {
    const viaHex = await call('stakeInfo_getStakeInfoForColdkey', t.alice.accountId);
    const viaSs58 = await call(
      'stakeInfo_getStakeInfoForColdkey',
      '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY',
    );
    assert.deepEqual(viaHex, viaSs58);
    const [position] = viaHex as { coldkey: string; netuid: number; stake: string }[];
    assert.equal(position?.coldkey, t.alice.accountId);
    assert.equal(position?.netuid, 1);
    assert.ok(BigInt(position?.stake ?? '0') > 0n);
  });

  it('delegateInfo_getDelegates / getDelegate', async () => {
    const delegates = (await call('delegateInfo_getDelegates')) as { delegate_ss58: string }[];
    assert.ok(Array.isArray(delegates)); // the dev genesis has no `Delegates` entry: the view tests cover the rows
    for (const delegate of delegates) {
      const one = await call('delegateInfo_getDelegate', delegate.delegate_ss58);
      assert.deepEqual(one, delegate);
    }
    assert.equal(await call('delegateInfo_getDelegate', `0x${'ee'.repeat(32)}`), null);
  });
});
