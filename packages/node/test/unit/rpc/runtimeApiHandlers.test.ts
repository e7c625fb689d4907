import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { netUid } from '@taonet/primitives';
import {
  getMetagraphFieldByIndex,
  IMMORTAL_ERA,
  type JsonRpcResponse,
  METAGRAPH_FIELD_INDEXES,
  RPC_ERRORS,
  RpcRouter,
} from '@taonet/rpc';
import { OverlayState } from '@taonet/runtime';
import { toJsonValue } from '../../../src/chain/eventJson.js';
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

async function callError(method: string, params: unknown): Promise<{ code: number; message: string }> {
  const response = (await router.handle(
    { jsonrpc: '2.0', id: 1, method, params },
    session,
  )) as JsonRpcResponse;
  if (!('error' in response)) assert.fail(`${method} answered ${JSON.stringify(response.result)}`);
  return { code: response.error.code, message: `${response.error.message}: ${String(response.error.data)}` };
}

type Json = Record<string, unknown>;

describe('runtime-API handlers: metagraph', () => {
  it('subnetInfo_getMetagraph: every field, the per-uid columns agreeing with neuronInfo_getNeuronsLite', async () => {
    const mg = (await call('subnetInfo_getMetagraph', 1)) as Json;
    assert.deepEqual(Object.keys(mg), [
      ...METAGRAPH_FIELD_INDEXES.map(([, name]) => name).filter(
        (n) => n !== 'validators' && n !== 'commitments',
      ),
      'block_hash',
    ]);
    assert.equal(mg.block_hash, t.chain.best.hash);
    const neurons = (await call('neuronInfo_getNeuronsLite', 1)) as Json[];
    assert.equal(mg.num_uids, neurons.length);
    assert.deepEqual(
      mg.hotkeys,
      neurons.map((n) => n.hotkey),
    );
    assert.deepEqual(
      mg.axons,
      neurons.map((n) => n.axon_info),
    );
    assert.deepEqual(
      mg.emission,
      neurons.map((n) => n.emission),
    );
    assert.deepEqual(
      mg.alpha_stake,
      neurons.map((n) => (n.stake as [string, string][])[0]![1]), // no child keys here
    );
    assert.equal(mg.block, String(t.chain.best.number));
    assert.equal(mg.price, await call('swap_currentAlphaPrice', 1));
    assert.equal(await call('subnetInfo_getMetagraph', 999), null);
    // read once per key in the handler: the same answer as the view on a plain overlay of the block
    const plain = t.chain.runtime.views.getMetagraph(new OverlayState(t.chain.stateAt()), netUid(1));
    const expected = { ...(toJsonValue(plain) as Json), block_hash: t.chain.best.hash };
    assert.deepEqual(JSON.parse(JSON.stringify(mg)), JSON.parse(JSON.stringify(expected)));
  });

  it('subnetInfo_getAllMetagraphs lists every subnet ascending, each equal to its own query', async () => {
    const all = (await call('subnetInfo_getAllMetagraphs')) as Json[];
    assert.ok(all.length >= 2);
    assert.deepEqual(
      all.map((mg) => mg.netuid),
      [...all.map((mg) => mg.netuid as number)].sort((a, b) => a - b),
    );
    assert.deepEqual(
      all.find((mg) => mg.netuid === 1),
      await call('subnetInfo_getMetagraph', 1),
    );
  });

  it("subnetInfo_getSelectiveMetagraph fills the requested indexes (subtensor's numbering), the rest null", async () => {
    assert.equal(getMetagraphFieldByIndex(52), 'hotkeys');
    assert.equal(getMetagraphFieldByIndex(71), 'alpha_dividends_per_hotkey');
    assert.equal(getMetagraphFieldByIndex(73), 'commitments');
    assert.equal(getMetagraphFieldByIndex(1000), 'validator_trust');
    const full = (await call('subnetInfo_getMetagraph', 1)) as Json;
    const some = (await call('subnetInfo_getSelectiveMetagraph', 1, [52, 21, 1001, 72])) as Json;
    for (const [index, field] of METAGRAPH_FIELD_INDEXES) {
      if (field === 'netuid') assert.equal(some.netuid, 1);
      else if ([52, 21, 1001].includes(index)) assert.deepEqual(some[field], full[field], field);
      else if (field === 'validators') assert.ok(Array.isArray(some.validators));
      else assert.equal(some[field], null, field);
    }
    assert.equal(await call('subnetInfo_getSelectiveMetagraph', 999, [52]), null);
    assert.equal(((await call('subnetInfo_getSelectiveMetagraph', 1, [])) as Json).hotkeys, null);
  });

  it('bad params are JSON-RPC invalid-params errors; an unknown index is named', async () => {
    const unknown = await callError('subnetInfo_getSelectiveMetagraph', [1, [52, 74]]);
    assert.equal(unknown.code, RPC_ERRORS.INVALID_PARAMS);
    assert.match(unknown.message, /unknown metagraph field index 74/);
    for (const params of [[1, 'hotkeys'], [1, [-1]], [1, [1.5]], [1], ['x', [52]], [1, [52], 'nope']]) {
      assert.equal(
        (await callError('subnetInfo_getSelectiveMetagraph', params)).code,
        RPC_ERRORS.INVALID_PARAMS,
        JSON.stringify(params),
      );
    }
    assert.equal((await callError('subnetInfo_getMetagraph', [70_000])).code, RPC_ERRORS.INVALID_PARAMS);
  });
});
