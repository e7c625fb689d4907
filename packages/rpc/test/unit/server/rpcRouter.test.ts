import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createRpcClient,
  type JsonRpcNotification,
  RPC_ERRORS,
  RpcError,
  type RpcMethodHandlers,
  RpcRouter,
  type RpcSession,
  type RpcSubscriptionHandlers,
  type RpcTransport,
} from '../../../src/index.js';

const HASH = `0x${'ab'.repeat(32)}`;
const header = {
  parentHash: HASH,
  number: '0x5',
  stateRoot: HASH,
  extrinsicsRoot: HASH,
  digest: { logs: [] },
};

const methods = {
  system_chain: () => 'Development',
  chain_getBlockHash: (n: number | string | undefined) => (n === undefined ? HASH : n === 7 ? null : HASH),
  state_getStorage: (key: string, at: string | undefined) => (at === undefined ? key : null),
  system_name: () => {
    throw new Error('secret stack');
  },
  system_version: () => {
    throw new RpcError(1234, 'Custom', 'data');
  },
  system_health: () => ({ peers: -1, isSyncing: false, shouldHavePeers: false }),
  author_submitExtrinsic: () => {
    throw new TypeError('mapped');
  },
} as unknown as RpcMethodHandlers;

const subscriptions = {
  chain_subscribeNewHeads: (sink: { next(h: unknown): void }) => {
    sink.next(header);
    sink.next({ ...header, number: '0x6' });
    return () => undefined;
  },
} as unknown as RpcSubscriptionHandlers;

function session(canSubscribe = true): RpcSession & { sent: JsonRpcNotification[] } {
  const sent: JsonRpcNotification[] = [];
  return { canSubscribe, sent, send: (n) => sent.push(n) };
}

const router = new RpcRouter(methods, subscriptions, {
  validateResults: true,
  maxBatch: 3,
  maxSubscriptionsPerSession: 2,
  mapError: (e) =>
    e instanceof TypeError
      ? new RpcError(RPC_ERRORS.POOL_INVALID_TX, 'Invalid Transaction', e.message)
      : undefined,
});
const call = async (text: string, s: RpcSession = session()) =>
  JSON.parse((await router.handleText(text, s)) ?? 'null');
const req = (method: string, params?: unknown, id: unknown = 1) =>
  JSON.stringify({ jsonrpc: '2.0', id, method, params });

describe('RpcRouter', () => {
  it('answers calls, with positional or named params and optional ones left out', async () => {
    assert.deepEqual(await call(req('system_chain')), { jsonrpc: '2.0', id: 1, result: 'Development' });
    assert.equal((await call(req('chain_getBlockHash', []))).result, HASH);
    assert.equal((await call(req('chain_getBlockHash', [7]))).result, null);
    assert.equal((await call(req('chain_getBlockHash', ['0x7']))).result, HASH);
    assert.equal((await call(req('state_getStorage', { key: '0x01' }))).result, '0x01');
    assert.equal((await call(req('state_getStorage', ['0x01', null]))).result, '0x01');
  });

  it('turns every kind of bad input into a JSON-RPC error', async () => {
    assert.equal((await call('{nope')).error.code, RPC_ERRORS.PARSE_ERROR);
    assert.equal((await call('{"id":1,"method":"system_chain"}')).error.code, RPC_ERRORS.INVALID_REQUEST);
    assert.equal((await call('[]')).error.code, RPC_ERRORS.INVALID_REQUEST);
    assert.equal((await call(req('nope_nope'))).error.code, RPC_ERRORS.METHOD_NOT_FOUND);
    const badParams = [
      ['chain_getBlockHash', [-1]],
      ['chain_getBlockHash', [1, 2]],
      ['state_getStorage', []],
      ['state_getStorage', ['0x1']],
      ['state_getStorage', { key: '0x01', what: 1 }],
      ['state_getStorage', 'x'],
    ] as const;
    for (const [method, params] of badParams) {
      const response = await call(req(method, params));
      assert.equal(response.error?.code, RPC_ERRORS.INVALID_PARAMS, `${method} ${JSON.stringify(params)}`);
      assert.equal(typeof response.error.data, 'string');
    }
    assert.deepEqual((await call(req('system_name'))).error, {
      code: RPC_ERRORS.INTERNAL_ERROR,
      message: 'Internal error',
    });
    assert.deepEqual((await call(req('system_version'))).error, {
      code: 1234,
      message: 'Custom',
      data: 'data',
    });
    assert.equal(
      (await call(req('author_submitExtrinsic', ['0x00']))).error.code,
      RPC_ERRORS.POOL_INVALID_TX,
    );
    assert.equal(
      (await call(req('system_health'))).error.code,
      RPC_ERRORS.INTERNAL_ERROR,
      'result outside schema',
    );
  });

  it('batches, skips notifications, limits batch size', async () => {
    const batch = `[${req('system_chain', [], 1)},${JSON.stringify({ jsonrpc: '2.0', method: 'system_chain' })},${req('nope', [], 3)}]`;
    const responses = await call(batch);
    assert.deepEqual(
      responses.map((r: { id: number }) => r.id),
      [1, 3],
    );
    assert.equal(
      await router.handleText(JSON.stringify({ jsonrpc: '2.0', method: 'system_chain' }), session()),
      undefined,
    );
    const big = `[${[1, 2, 3, 4].map((i) => req('system_chain', [], i)).join(',')}]`;
    assert.equal((await call(big)).error.code, RPC_ERRORS.TOO_BIG_BATCH_REQUEST);
  });

  it('subscriptions: the id first, then items; unsubscribe; limits; not over HTTP', async () => {
    const s = session();
    const { result: id } = await call(req('chain_subscribeNewHeads', []), s);
    assert.equal(typeof id, 'string');
    assert.equal(s.sent.length, 0, 'nothing before the id went out');
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.deepEqual(
      s.sent.map((n) => [n.method, n.params.subscription, (n.params.result as { number: string }).number]),
      [
        ['chain_newHead', id, '0x5'],
        ['chain_newHead', id, '0x6'],
      ],
    );
    assert.equal((await call(req('chain_unsubscribeFinalizedHeads', [id]), s)).result, false);
    assert.equal((await call(req('chain_unsubscribeNewHeads', [id]), s)).result, true);
    assert.equal((await call(req('chain_unsubscribeNewHeads', [id]), s)).result, false);
    await call(req('chain_subscribeNewHeads', []), s);
    await call(req('chain_subscribeNewHeads', []), s);
    assert.equal(
      (await call(req('chain_subscribeNewHeads', []), s)).error.code,
      RPC_ERRORS.TOO_MANY_SUBSCRIPTIONS,
    );
    router.closeSession(s);
    assert.equal(router.subscriptionCount(s), 0);
    assert.equal(
      (await call(req('chain_subscribeNewHeads', []), session(false))).error.code,
      RPC_ERRORS.METHOD_NOT_FOUND,
    );
  });

  it('the typed client talks to it', async () => {
    const s = session();
    const loopback: RpcTransport = {
      async request(method, params) {
        const response = await router.handle({ jsonrpc: '2.0', id: 1, method, params }, s);
        if (response === undefined || Array.isArray(response)) throw new Error('unexpected');
        if ('error' in response) throw RpcError.fromErrorObject(response.error);
        return response.result;
      },
      async close() {},
    };
    const client = createRpcClient(loopback, { validateResults: true });
    assert.equal(await client.request('system_chain'), 'Development');
    assert.equal(await client.request('chain_getBlockHash'), HASH);
    assert.equal(await client.request('state_getStorage', '0x02'), '0x02');
    await assert.rejects(client.request('system_version'), { code: 'RPC_ERROR', rpcCode: 1234 });
    await assert.rejects(
      client.subscribe('chain_subscribeNewHeads', [], () => undefined),
      { code: 'RPC_TRANSPORT' },
    );
  });
});
