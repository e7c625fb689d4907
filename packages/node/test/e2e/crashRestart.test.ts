/**
 * Crash safety of the real node: `kill -9` while it authors blocks full of transfers, then a restart on
 * the same data directory resumes at a block no older than the last one a client saw finalized, keeps
 * producing, and its state root equals that of a fresh chain replaying (importing) its blocks.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto } from '@taonet/crypto';
import type { Hash } from '@taonet/primitives';
import {
  createRpcClient,
  createWebSocketTransport,
  IMMORTAL_ERA,
  type RpcClient,
  type WebSocketConstructor,
} from '@taonet/rpc';
import { createRuntime } from '@taonet/runtime';
import { openChainStore } from '@taonet/storage';
import { WebSocket } from 'ws';
import {
  bytesToHex,
  ChainService,
  createDevChainSpec,
  encodeBlock,
  fromSignedBlockJson,
  RUNTIME_VERSION,
  signCall,
} from '../../src/index.js';
import { type NodeProcess, startNodeProcess } from './nodeProcess.js';

const basePath = mkdtempSync(join(tmpdir(), 'taonet-crash-'));
const replayPath = mkdtempSync(join(tmpdir(), 'taonet-replay-'));
const running: NodeProcess[] = [];
after(() => {
  for (const node of running) node.kill();
  rmSync(basePath, { recursive: true, force: true });
  rmSync(replayPath, { recursive: true, force: true });
});

const connect = (node: NodeProcess): RpcClient =>
  createRpcClient(
    createWebSocketTransport(node.url, {
      WebSocket: WebSocket as unknown as WebSocketConstructor,
      timeoutMs: 5_000,
    }),
  );

async function start(): Promise<NodeProcess> {
  const node = await startNodeProcess(['--dev', '--base-path', basePath, '--block-time', '100']);
  running.push(node);
  return node;
}

describe('taonet-node kill -9 and restart (e2e)', { timeout: 20_000 }, () => {
  it('resumes at the last committed block with the state root of a replay', async () => {
    await initCrypto();
    const runtime = createRuntime();
    const alice = createKeypairFromUri('//Alice');
    const bob = createKeypairFromUri('//Bob');
    const first = await start();
    const client = connect(first);
    const genesisHash = (await client.request('chain_getBlockHash', 0)) as Hash;
    const context = { ...RUNTIME_VERSION, genesisHash, blockHash: genesisHash };
    const call = {
      pallet: 'Balances',
      name: 'transfer_keep_alive',
      args: { dest: { tag: 'Id', value: bob.accountId }, value: 10n ** 9n },
    };
    let finalizedSeen = 0;
    const sub = await client.subscribe('chain_subscribeFinalizedHeads', [], (h) => {
      finalizedSeen = Math.max(finalizedSeen, Number(h.number));
    });
    for (let nonce = 0; nonce < 150; nonce++) {
      await client.request(
        'author_submitExtrinsic',
        bytesToHex(signCall(runtime.callCodec, { call, signer: alice, nonce, era: IMMORTAL_ERA, context })),
      );
      if (nonce % 10 === 0) await new Promise((r) => setTimeout(r, 20));
    }
    while (finalizedSeen < 8) await new Promise((r) => setTimeout(r, 20));
    first.child.kill('SIGKILL');
    await first.exited;
    await sub.unsubscribe().catch(() => undefined);
    await client.close();

    const second = await start();
    const resumed = second.logs.find((l) => l.msg === 'node started');
    assert.ok(
      Number(resumed?.best) >= finalizedSeen,
      `resumed at ${resumed?.best}, saw ${finalizedSeen} finalized`,
    );
    const client2 = connect(second);
    const target = Number(resumed?.best) + 3;
    while (Number((await client2.request('chain_getHeader'))?.number) < target)
      await new Promise((r) => setTimeout(r, 50));
    const bestHash = (await client2.request('chain_getBlockHash', target)) as Hash;
    const bestHeader = await client2.request('chain_getHeader', bestHash);
    const blocks: Uint8Array[] = [];
    for (let n = 1; n <= target; n++) {
      const hash = (await client2.request('chain_getBlockHash', n)) as Hash;
      blocks.push(encodeBlock(fromSignedBlockJson((await client2.request('chain_getBlock', hash))!)));
    }
    await client2.close();
    assert.equal(await second.stop(), 0);

    const store = await openChainStore({ path: replayPath, noSync: true });
    const replay = await ChainService.open(
      { spec: createDevChainSpec({ blockTime: 100 }) },
      { store, runtime: createRuntime() },
    );
    for (const bytes of blocks) await replay.importBlock(bytes);
    assert.equal(replay.best.hash, bestHash);
    assert.equal(replay.best.header.stateRoot, bestHeader?.stateRoot);
    await store.close();
  });
});
