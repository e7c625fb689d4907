import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto } from '@taonet/crypto';
import {
  createHttpTransport,
  createRpcClient,
  createWebSocketTransport,
  RPC_ERRORS,
  type WebSocketConstructor,
} from '@taonet/rpc';
import { WebSocket } from 'ws';

const WebSocketClass = WebSocket as unknown as WebSocketConstructor;

import type { Hash } from '@taonet/primitives';
import {
  bytesToHex,
  createDevChainSpec,
  createLogger,
  getAccountStorageKey,
  RUNTIME_VERSION,
  type RunningNode,
  signCall,
  startNode,
} from '../../../src/index.js';

let node: RunningNode;
let http: string;

before(async () => {
  await initCrypto();
  node = await startNode({
    spec: createDevChainSpec({ blockTime: 100 }),
    tmp: true,
    rpcPort: 0,
    rpcMaxConnections: 2,
    authorityKey: createKeypairFromUri('//Alice'),
    logger: createLogger({ write: () => undefined }),
    noSync: true,
  });
  http = `http://127.0.0.1:${node.rpc.port}`;
});
after(() => node.stop());

const post = (body: string) =>
  fetch(http, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('RPC server', () => {
  it('answers over HTTP and WebSocket on one port, with the same contract', async () => {
    const viaHttp = createRpcClient(createHttpTransport(http), { validateResults: true });
    const viaWs = createRpcClient(createWebSocketTransport(node.rpc.url, { WebSocket: WebSocketClass }), {
      validateResults: true,
    });
    assert.equal(
      await viaHttp.request('chain_getBlockHash', 0),
      await viaWs.request('chain_getBlockHash', 0),
    );
    const info = await viaHttp.request('subnetInfo_getSubnetInfo', 1);
    assert.equal(info?.netuid, 1);
    assert.equal((await viaHttp.request('neuronInfo_getNeuronsLite', 1)).length, 1);
    assert.equal(await viaHttp.request('neuronInfo_getNeuron', 1, 5), null);
    assert.ok((await viaHttp.request('subnetInfo_getSubnetsInfo')).length >= 2);
    assert.equal((await viaHttp.request('subnetInfo_getSubnetHyperparams', 1))?.tempo, 10);
    assert.match(await viaHttp.request('subnetRegistration_getNetworkRegistrationCost'), /^\d+$/);
    assert.equal((await viaHttp.request('swap_simSwapAlphaForTao', 1, '1000000')).alpha_amount, '1000000');
    const keys = await viaHttp.request('state_getKeysPaged', '0x', 5);
    assert.equal(keys.length, 5);
    const proof = await viaHttp.request('state_getReadProof', keys.slice(0, 2));
    assert.ok(proof.proof.length > 0);
    const [set] = await viaHttp.request('state_queryStorageAt', keys.slice(0, 2));
    assert.equal(set?.changes.length, 2);
    assert.ok((await viaHttp.request('rpc_methods')).methods.includes('author_submitAndWatchExtrinsic'));
    await assert.rejects(viaHttp.request('state_getStorage', keys[0]!, `0x${'00'.repeat(32)}`), {
      rpcCode: RPC_ERRORS.STATE_CLIENT,
    });
    await assert.rejects(
      viaHttp.subscribe('chain_subscribeNewHeads', [], () => undefined),
      { code: 'RPC_TRANSPORT' },
    );
    const raw = (await (
      await post('{"jsonrpc":"2.0","id":1,"method":"chain_subscribeNewHeads"}')
    ).json()) as { error: { code: number } };
    assert.equal(raw.error.code, RPC_ERRORS.METHOD_NOT_FOUND);
    await viaWs.close();
  });

  it('subscriptions: new heads, storage changes of an account, a watched transfer; pending and fees', async () => {
    const client = createRpcClient(createWebSocketTransport(node.rpc.url, { WebSocket: WebSocketClass }), {
      validateResults: true,
    });
    const alice = createKeypairFromUri('//Alice');
    const key = `0x${getAccountStorageKey(alice.accountId)}`;
    const heads: string[] = [];
    const changes: (string | null)[] = [];
    const headSub = await client.subscribe('chain_subscribeNewHeads', [], (h) => heads.push(h.number));
    const storageSub = await client.subscribe('state_subscribeStorage', [[key]], (set) => {
      for (const [, value] of set.changes) changes.push(value);
    });
    const genesisHash = (await client.request('chain_getBlockHash', 0)) as Hash;
    const bob = createKeypairFromUri('//Bob');
    const call = {
      pallet: 'Balances',
      name: 'transfer_keep_alive',
      args: { dest: { tag: 'Id', value: bob.accountId }, value: 10n ** 9n },
    };
    const context = { ...RUNTIME_VERSION, genesisHash, blockHash: genesisHash };
    const nonce = await client.request('system_accountNextIndex', alice.accountId);
    const bytes = bytesToHex(signCall(node.chain.runtime.callCodec, { call, signer: alice, nonce, context }));
    const info = await client.request('payment_queryInfo', bytes);
    assert.equal(info.class, 'normal');
    assert.ok(BigInt(info.partialFee) > 0n);
    const statuses: unknown[] = [];
    await new Promise<void>((resolve, reject) => {
      client
        .subscribe('author_submitAndWatchExtrinsic', [bytes], (status) => {
          statuses.push(status);
          if (typeof status === 'object' && 'finalized' in status) resolve();
        })
        .catch(reject);
    });
    while (changes.length < 2) await new Promise((r) => setTimeout(r, 20));
    assert.notEqual(changes[0], changes[1], 'the transfer changed the account');
    assert.ok(heads.length >= 2);
    assert.equal(statuses[0], 'ready');
    const future = bytesToHex(
      signCall(node.chain.runtime.callCodec, { call, signer: alice, nonce: nonce + 100, context }),
    );
    await client.request('author_submitExtrinsic', future);
    assert.deepEqual(await client.request('author_pendingExtrinsics'), [future]);
    await headSub.unsubscribe();
    await storageSub.unsubscribe();
    await client.close();
  });

  it('limits request size and connections; serves /health and /metrics with CORS', async () => {
    const big = await post(
      `{"jsonrpc":"2.0","id":1,"method":"system_chain","params":["${'a'.repeat(16 * 1024 * 1024)}"]}`,
    );
    assert.equal(big.status, 413);
    assert.equal(
      ((await big.json()) as { error: { code: number } }).error.code,
      RPC_ERRORS.OVERSIZED_REQUEST,
    );
    const open = async () => {
      const ws = new WebSocket(node.rpc.url);
      return new Promise<WebSocket | number>((resolve) => {
        ws.once('open', () => resolve(ws));
        ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.once('error', () => resolve(-1));
      });
    };
    const first = await open();
    const second = await open();
    const third = await open();
    assert.equal(third, 503);
    for (const ws of [first, second]) if (typeof ws !== 'number') ws.close();
    const metrics = await fetch(`${http}/metrics`);
    assert.equal(metrics.headers.get('access-control-allow-origin'), '*');
    const text = await metrics.text();
    assert.match(text, /taonet_block_height\{status="best"\} \d+/);
    assert.match(text, /taonet_rpc_calls_total\{method="chain_getBlockHash",status="ok"\} \d+/);
    assert.match(text, /^nodejs_heap_size_used_bytes [1-9]\d+$/m);
    assert.match(text, /^nodejs_heap_size_total_bytes [1-9]\d+$/m);
    assert.deepEqual(await (await fetch(`${http}/health`)).json(), {
      peers: 0,
      isSyncing: false,
      shouldHavePeers: false,
    });
  });
});
