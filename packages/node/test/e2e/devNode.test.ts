/**
 * The real node (`taonet-node --dev --tmp --block-time 100`) over WebSocket JSON-RPC: a signed transfer
 * is watched from the pool to a finalized block, its events and the new balances are read back, a replay
 * and other invalid extrinsics are refused with Substrate's errors, bad JSON-RPC input gets errors
 * while the node keeps serving, and SIGTERM stops it cleanly.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto } from '@taonet/crypto';
import type { Hash } from '@taonet/primitives';
import {
  createRpcClient,
  createWebSocketTransport,
  RPC_ERRORS,
  type RpcClient,
  type WebSocketConstructor,
} from '@taonet/rpc';
import { createRuntime } from '@taonet/runtime';
import { WebSocket } from 'ws';

const WebSocketClass = WebSocket as unknown as WebSocketConstructor;

import { bytesToHex, getAccountStorageKey, RUNTIME_VERSION, signCall } from '../../src/index.js';
import { type NodeProcess, startNodeProcess } from './nodeProcess.js';

let node: NodeProcess;
let client: RpcClient;
const runtime = createRuntime();

before(async () => {
  await initCrypto();
  node = await startNodeProcess(['--dev', '--tmp', '--block-time', '100']);
  client = createRpcClient(
    createWebSocketTransport(node.url, { WebSocket: WebSocketClass, timeoutMs: 5_000 }),
    {
      validateResults: true,
    },
  );
});

after(async () => {
  await client?.close();
  node?.kill();
});

const freeBalance = (hex: string | null) =>
  hex === null ? 0n : Buffer.from(hex.slice(2), 'hex').readBigUInt64LE(16);

async function signTransfer(nonce: number, value: bigint) {
  const alice = createKeypairFromUri('//Alice');
  const bob = createKeypairFromUri('//Bob');
  const genesisHash = (await client.request('chain_getBlockHash', 0)) as Hash;
  const call = {
    pallet: 'Balances',
    name: 'transfer_keep_alive',
    args: { dest: { tag: 'Id', value: bob.accountId }, value },
  };
  const context = { ...RUNTIME_VERSION, genesisHash, blockHash: genesisHash };
  return { bob, bytes: signCall(runtime.callCodec, { call, signer: alice, nonce, tip: 0n, context }) };
}

describe('taonet-node --dev (e2e)', { timeout: 15_000 }, () => {
  it('serves the chain: properties, runtime version, a growing finalized head', async () => {
    assert.deepEqual(await client.request('system_properties'), {
      ss58Format: 42,
      tokenDecimals: 9,
      tokenSymbol: 'TAO',
    });
    assert.equal(await client.request('system_chain'), 'Development');
    const version = await client.request('state_getRuntimeVersion');
    assert.equal(version.specVersion, RUNTIME_VERSION.specVersion);
    const heads: string[] = [];
    const sub = await client.subscribe('chain_subscribeFinalizedHeads', [], (h) => heads.push(h.number));
    while (heads.length < 3) await new Promise((r) => setTimeout(r, 50));
    await sub.unsubscribe();
    assert.ok(Number(heads[2]) > Number(heads[0]));
  });

  it('a signed transfer goes ready -> inBlock -> finalized; a replay is refused', async () => {
    const alice = createKeypairFromUri('//Alice');
    const nonce = await client.request('system_accountNextIndex', alice.address);
    const value = 12_345_000_000n;
    const { bob, bytes } = await signTransfer(nonce, value);
    const bobKey = `0x${getAccountStorageKey(bob.accountId)}`;
    const before = freeBalance(await client.request('state_getStorage', bobKey));
    const statuses: unknown[] = [];
    const finalized = new Promise<Hash>((resolve, reject) => {
      client
        .subscribe('author_submitAndWatchExtrinsic', [bytesToHex(bytes)], (status) => {
          statuses.push(status);
          if (typeof status === 'object' && 'finalized' in status) resolve(status.finalized as Hash);
        })
        .catch(reject);
    });
    const blockHash = await finalized;
    assert.deepEqual(statuses, ['ready', { inBlock: blockHash }, { finalized: blockHash }]);
    const block = await client.request('chain_getBlock', blockHash);
    assert.ok(block?.block.extrinsics.includes(bytesToHex(bytes)));
    const events = (await client.request('chain_getEvents', blockHash)) ?? [];
    assert.ok(
      events.some(
        (e) =>
          e.event.pallet === 'System' &&
          e.event.name === 'ExtrinsicSuccess' &&
          'applyExtrinsic' in (e.phase as object),
      ),
    );
    const after = freeBalance(await client.request('state_getStorage', bobKey, blockHash));
    assert.equal(after - before, value);
    assert.equal(await client.request('system_accountNextIndex', alice.address), nonce + 1);
    await assert.rejects(
      client.request('author_submitExtrinsic', bytesToHex(bytes)),
      (error: { rpcCode: number; data: string }) => {
        assert.equal(error.rpcCode, RPC_ERRORS.POOL_INVALID_TX);
        assert.match(error.data, /Transaction is outdated/);
        return true;
      },
    );
  });

  it('refuses invalid extrinsics and bad requests with JSON-RPC errors, and keeps serving', async () => {
    const { bytes } = await signTransfer(
      await client.request('system_accountNextIndex', createKeypairFromUri('//Alice').address),
      1n,
    );
    const tampered = Uint8Array.from(bytes);
    tampered[40]! ^= 0xff; // inside the signature: length (2), version, address kind, signer (32), kind
    await assert.rejects(client.request('author_submitExtrinsic', bytesToHex(tampered)), {
      rpcCode: RPC_ERRORS.POOL_INVALID_TX,
      data: 'Transaction has a bad signature',
    });
    await assert.rejects(client.request('author_submitExtrinsic', '0x0400'), {
      rpcCode: RPC_ERRORS.BAD_FORMAT,
    });
    const raw = new WebSocket(node.url);
    await new Promise((resolve) => raw.once('open', resolve));
    const answer = (text: string) =>
      new Promise<{ error?: { code: number } }>((resolve) => {
        raw.once('message', (data) => resolve(JSON.parse(String(data))));
        raw.send(text);
      });
    assert.equal((await answer('{not json')).error?.code, RPC_ERRORS.PARSE_ERROR);
    assert.equal(
      (await answer('{"jsonrpc":"2.0","id":1,"method":"no_such"}')).error?.code,
      RPC_ERRORS.METHOD_NOT_FOUND,
    );
    raw.close();
    assert.equal(typeof (await client.request('chain_getFinalizedHead')), 'string');
  });

  it('stops cleanly on SIGTERM and removes its temporary directory', async () => {
    const started = node.logs.find((l) => l.msg === 'node started');
    assert.equal(await node.stop(), 0);
    assert.ok(node.logs.some((l) => l.msg === 'node stopped'));
    assert.equal(existsSync(String(started?.basePath)), false);
  });
});
