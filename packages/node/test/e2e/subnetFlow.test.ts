/**
 * The subnet flow on the real node over RPC: a coldkey registers a hotkey on subnet 1 (burned_register),
 * the owner stakes to its hotkey (add_stake), the owner's hotkey sets weights on the new neuron
 * (set_weights), each watched to a finalized block with its events; then a Yuma epoch (tempo 10) pays
 * the weighted neuron incentive, seen through neuronInfo_getNeuronsLite.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto, type Keypair } from '@taonet/crypto';
import type { Hash } from '@taonet/primitives';
import {
  createRpcClient,
  createWebSocketTransport,
  type RpcClient,
  type WebSocketConstructor,
} from '@taonet/rpc';
import { type BoundCall, createRuntime } from '@taonet/runtime';
import { WebSocket } from 'ws';
import { bytesToHex, RUNTIME_VERSION, signCall } from '../../src/index.js';
import { type NodeProcess, startNodeProcess } from './nodeProcess.js';

let node: NodeProcess;
let client: RpcClient;
const runtime = createRuntime();

before(async () => {
  await initCrypto();
  node = await startNodeProcess(['--dev', '--tmp', '--block-time', '100']);
  client = createRpcClient(
    createWebSocketTransport(node.url, {
      WebSocket: WebSocket as unknown as WebSocketConstructor,
      timeoutMs: 5_000,
    }),
    {
      validateResults: true,
    },
  );
});

after(async () => {
  await client?.close();
  await node?.stop();
});

/** Signs `call` with `signer`, watches it to a finalized block, returns the events of the extrinsic. */
async function submit(signer: Keypair, call: BoundCall) {
  const genesisHash = (await client.request('chain_getBlockHash', 0)) as Hash;
  const nonce = await client.request('system_accountNextIndex', signer.address);
  const context = { ...RUNTIME_VERSION, genesisHash, blockHash: genesisHash };
  const hex = bytesToHex(signCall(runtime.callCodec, { call, signer, nonce, context }));
  const block = await new Promise<Hash>((resolve, reject) => {
    client
      .subscribe('author_submitAndWatchExtrinsic', [hex], (status) => {
        if (typeof status === 'object' && 'finalized' in status) resolve(status.finalized as Hash);
        if (status === 'invalid' || status === 'dropped') reject(new Error(`${call.name}: ${status}`));
      })
      .catch(reject);
  });
  const index = (await client.request('chain_getBlock', block))!.block.extrinsics.indexOf(hex);
  const events = (await client.request('chain_getEvents', block)) ?? [];
  return events
    .filter((e) => typeof e.phase === 'object' && e.phase.applyExtrinsic === index)
    .map(
      (e) =>
        `${e.event.pallet}.${e.event.name}${e.event.name === 'ExtrinsicFailed' ? JSON.stringify(e.event.data) : ''}`,
    );
}

describe('subnet flow on taonet-node --dev (e2e)', { timeout: 15_000 }, () => {
  it('register, stake, set weights, and an epoch pays incentive', async () => {
    const alice = createKeypairFromUri('//Alice');
    const ownerHot = createKeypairFromUri('//Alice//stash');
    const bob = createKeypairFromUri('//Bob');
    const bobHot = createKeypairFromUri('//Bob//hot');
    const registered = await submit(bob, {
      pallet: 'SubtensorModule',
      name: 'burned_register',
      args: { netuid: 1, hotkey: bobHot.accountId },
    });
    assert.ok(registered.includes('System.ExtrinsicSuccess'), registered.join(', '));
    const staked = await submit(alice, {
      pallet: 'SubtensorModule',
      name: 'add_stake',
      args: { hotkey: ownerHot.accountId, netuid: 1, amount_staked: 100_000_000_000n },
    });
    assert.ok(staked.includes('System.ExtrinsicSuccess'), staked.join(', '));
    const neurons = await client.request('neuronInfo_getNeuronsLite', 1);
    assert.deepEqual(
      neurons.map((n) => n.hotkey),
      [ownerHot.accountId, bobHot.accountId],
    );
    const weights = await submit(ownerHot, {
      pallet: 'SubtensorModule',
      name: 'set_weights',
      args: { netuid: 1, dests: [1], weights: [65_535], version_key: 0n },
    });
    assert.ok(weights.includes('System.ExtrinsicSuccess'), weights.join(', '));
    let incentive = 0;
    for (let i = 0; i < 60 && incentive === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      incentive = (await client.request('neuronInfo_getNeuronLite', 1, 1))?.incentive ?? 0;
    }
    assert.ok(incentive > 0, 'the epoch gave the weighted neuron incentive');
  });
});
