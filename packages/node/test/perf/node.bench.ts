/**
 * `npm run bench -- node`: signed transfers per second through block import (decode, sr25519 verify,
 * execute, state root, commit) next to raw sr25519 verifications per second in the same run; import
 * latency p50/p99 for blocks of 1,000 transfers; `state_getStorage` requests per second over loopback
 * WebSocket. Stores skip fsync (`noSync`). `--blocks N` (default 10), `--quick` (3 blocks, fewer requests).
 * Then the resident memory of a real node process under load (`nodeMemoryLoad.ts`): `--memory-blocks=N`
 * (or TAONET_MEMORY_BLOCKS; default 10,000; 1,000 with `--quick`), `--no-memory` skips it, `--memory-only` runs only it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKeypairFromUri, initCrypto, type Keypair, verifySignature } from '@taonet/crypto';
import {
  createRpcClient,
  createWebSocketTransport,
  IMMORTAL_ERA,
  type WebSocketConstructor,
} from '@taonet/rpc';
import { createRuntime } from '@taonet/runtime';
import { openChainStore } from '@taonet/storage';
import { WebSocket, WebSocketServer } from 'ws';
import {
  ChainService as Chain,
  type ChainService,
  type ChainSpec,
  createDevChainSpec,
  createInThreadVerifier,
  createLogger,
  createTxPool,
  createWorkerVerifier,
  encodeBlock,
  getAccountStorageKey,
  getDefaultVerifyThreads,
  RUNTIME_VERSION,
  type SignatureVerifier,
  signCall,
  startNode,
} from '../../src/index.js';
import { runMemoryLoad } from './nodeMemoryLoad.js';

const SIGNERS = 200;
const IN_FLIGHT = 128;
const PER_BLOCK = 1000;

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? 0;
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const line = (label: string, value: string, note = '') =>
  console.log(`  ${label.padEnd(50)} ${value.padStart(14)}  ${note}`);

async function openChain(spec: ChainSpec, verifier: SignatureVerifier = createInThreadVerifier()) {
  const path = mkdtempSync(join(tmpdir(), 'taonet-bench-'));
  const store = await openChainStore({ path, noSync: true });
  const chain = await Chain.open({ spec }, { store, runtime: createRuntime(), verifier });
  const close = async () => {
    await verifier.close();
    await store.close();
    rmSync(path, { recursive: true, force: true });
  };
  return { chain, close };
}

function signBlockTransfers(chain: ChainService, signers: readonly Keypair[], block: number): Uint8Array[] {
  const perSigner = PER_BLOCK / signers.length;
  const context = { ...RUNTIME_VERSION, genesisHash: chain.genesisHash, blockHash: chain.genesisHash };
  const out: Uint8Array[] = [];
  for (let k = 0; k < perSigner; k++) {
    signers.forEach((signer, i) => {
      const dest = signers[(i + 1) % signers.length]!.accountId;
      const call = {
        pallet: 'Balances',
        name: 'transfer_keep_alive',
        args: { dest: { tag: 'Id', value: dest }, value: 1_000_000n },
      };
      out.push(
        signCall(chain.runtime.callCodec, {
          call,
          signer,
          nonce: block * perSigner + k,
          era: IMMORTAL_ERA,
          context,
        }),
      );
    });
  }
  return out;
}

/** Raw sr25519 verification of `count` 150-byte messages; returns the time in ms. */
function createRawVerify(signer: Keypair, count: number): () => number {
  const messages = Array.from({ length: count }, (_, i) =>
    new TextEncoder().encode(`payload ${i} `.padEnd(150, 'x')),
  );
  const signatures = messages.map((m) => signer.sign(m));
  return () => {
    const started = performance.now();
    for (let i = 0; i < count; i++)
      if (!verifySignature('sr25519', messages[i]!, signatures[i]!, signer.publicKey)) throw new Error('bad');
    return performance.now() - started;
  };
}

async function benchImport(blocks: number, signers: Keypair[], spec: ChainSpec, alice: Keypair) {
  const author = await openChain(spec);
  const importer = await openChain(spec);
  const threads = Math.max(1, getDefaultVerifyThreads());
  const parallel = await openChain(spec, createWorkerVerifier(threads));
  const parallelImports: number[] = [];
  // the baseline runs between the imports, so that both see the same machine load
  const rawVerify = createRawVerify(alice, PER_BLOCK);
  let rawMs = 0;
  const pool = createTxPool(author.chain, { maxReady: 100_000, maxPerAccount: 100_000 });
  const imports: number[] = [];
  const parts = { execution: 0, commit: 0 };
  let authoring = 0;
  for (let b = 0; b <= blocks; b++) {
    for (const bytes of signBlockTransfers(author.chain, signers, b)) pool.submit(bytes);
    const slot = 1_000 + b;
    const authored = await author.chain.authorBlock(slot, alice, pool.readyInOrder(), PER_BLOCK);
    pool.maintain(authored.extrinsics.map((xt) => xt.hash));
    if (authored.included.length !== PER_BLOCK)
      throw new Error(`block ${b} took ${authored.included.length} transfers`);
    if (b > 0) authoring += authored.timings.totalMs;
    const bytes = encodeBlock(authored.block);
    const started = performance.now();
    const imported = await importer.chain.importBlock(bytes);
    const importMs = performance.now() - started;
    if (b > 0) rawMs += rawVerify();
    const parallelStarted = performance.now();
    await parallel.chain.importBlock(bytes);
    if (b === 0) continue; // the first block warms the code up: not counted
    parallelImports.push(performance.now() - parallelStarted);
    imports.push(importMs);
    parts.execution += imported.timings.executionMs;
    parts.commit += imported.timings.commitMs;
    if (imported.header.stateRoot !== authored.header.stateRoot) throw new Error('state roots differ');
  }
  await author.close();
  await importer.close();
  await parallel.close();
  const verifyRate = (PER_BLOCK * blocks) / (rawMs / 1000);
  return { imports, parts, authoring, parallelImports, threads, verifyRate };
}

async function benchGetStorage(spec: ChainSpec, alice: Keypair, requests: number) {
  const logger = createLogger({ write: () => undefined });
  const node = await startNode({ spec, tmp: true, rpcPort: 0, logger, noSync: true });
  const client = createRpcClient(
    createWebSocketTransport(node.rpc.url, { WebSocket: WebSocket as unknown as WebSocketConstructor }),
  );
  const key = `0x${getAccountStorageKey(alice.accountId)}`;
  const measure = async (count: number) => {
    let sent = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (sent < count) {
          sent++;
          if ((await client.request('state_getStorage', key)) === null) throw new Error('missing value');
        }
      }),
    );
    return count / ((performance.now() - started) / 1000);
  };
  await measure(2_000); // warm-up
  const rate = await measure(requests);
  await client.close();
  await node.stop();
  return rate;
}

/** Baseline: the same ws library answering each request with a constant, same pipelining. */
async function echoRate(requests: number): Promise<number> {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  server.on('connection', (ws) =>
    ws.on('message', (data) => {
      const { id } = JSON.parse(String(data)) as { id: number };
      ws.send(JSON.stringify({ jsonrpc: '2.0', id, result: '0x00' }));
    }),
  );
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const transport = createWebSocketTransport(url, {
    WebSocket: WebSocket as unknown as WebSocketConstructor,
  });
  let sent = 0;
  await transport.request('warm', []);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (sent < requests) {
        sent++;
        await transport.request('state_getStorage', ['0x00']);
      }
    }),
  );
  const rate = requests / ((performance.now() - started) / 1000);
  await transport.close();
  server.close();
  return rate;
}

/** `--memory-blocks=N` (or TAONET_MEMORY_BLOCKS; default 10,000), `--no-memory` to skip. */
async function benchMemory(args: string[], quick: boolean): Promise<void> {
  if (args.includes('--no-memory')) return;
  const flag = args.find((arg) => arg.startsWith('--memory-blocks='));
  const fallback = process.env.TAONET_MEMORY_BLOCKS ?? (quick ? '1000' : '10000');
  const blocks = Number(flag?.slice('--memory-blocks='.length) ?? fallback);
  console.log(`node: resident memory of a node with 32 subnets × 256 uids, ${fmt(blocks)} blocks of load`);
  const run = await runMemoryLoad({ blocks, blockTime: 50 });
  line('node start (spec parse, genesis, first commit)', `${fmt(run.startSeconds, 1)} s`);
  for (const { block, rssMiB, anonMiB, fileMiB, seconds } of run.samples) {
    const parts = `anon ${fmt(anonMiB)}, file ${fmt(fileMiB)} MiB, at ${fmt(seconds)} s`;
    line(`  RSS at block ${fmt(block)}`, `${fmt(rssMiB)} MiB`, parts);
  }
  const first = run.samples[0];
  const middle = run.samples[Math.floor((run.samples.length - 1) / 2)];
  const last = run.samples.at(-1);
  if (first !== undefined && middle !== undefined && last !== undefined) {
    line(
      'growth, first half',
      `${fmt(middle.rssMiB - first.rssMiB)} MiB`,
      `blocks ${first.block}..${middle.block}`,
    );
    line(
      'growth, second half',
      `${fmt(last.rssMiB - middle.rssMiB)} MiB`,
      `blocks ${middle.block}..${last.block}`,
    );
  }
  line('load run', `${fmt(run.seconds)} s`, `${fmt(run.rounds)} batches, ${fmt(run.rejected)} refused`);
  for (const [reason, count] of [...run.reasons].sort((a, b) => b[1] - a[1]).slice(0, 5)) {
    line(`  refused ${fmt(count)}×`, '', reason.slice(0, 120));
  }
}

export async function run(args: string[] = []): Promise<void> {
  const quick = args.includes('--quick');
  if (args.includes('--memory-only')) {
    await initCrypto();
    return benchMemory(args, quick);
  }
  const blocksArg = args.indexOf('--blocks');
  const blocks = blocksArg >= 0 ? Number(args[blocksArg + 1]) : quick ? 3 : 10;
  await initCrypto();
  const alice = createKeypairFromUri('//Alice');
  const signers = Array.from({ length: SIGNERS }, (_, i) => createKeypairFromUri(`//bench//${i}`));
  const dev = createDevChainSpec({ blockTime: 1000 });
  const funded = signers.map((s) => ({ account: s.accountId, free: 1_000n * 10n ** 9n }));
  const balances = [...(dev.genesis.balances ?? []), ...funded];
  const spec: ChainSpec = { ...dev, genesis: { ...dev.genesis, balances } };

  console.log(
    `node: import of blocks of ${PER_BLOCK} signed transfers (${SIGNERS} signers), ${blocks} blocks`,
  );
  const { imports, parts, authoring, parallelImports, threads, verifyRate } = await benchImport(
    blocks,
    signers,
    spec,
    alice,
  );
  const total = imports.reduce((a, b) => a + b, 0);
  const importRate = (blocks * PER_BLOCK) / (total / 1000);
  line('raw sr25519 verify (one core, between the imports)', `${fmt(verifyRate)}/s`);
  line(
    'signed transfers through import (one core)',
    `${fmt(importRate)}/s`,
    `${fmt((100 * importRate) / verifyRate)}% of raw verify`,
  );
  const parallelTotal = parallelImports.reduce((a, b) => a + b, 0);
  const parallelRate = (blocks * PER_BLOCK) / (parallelTotal / 1000);
  line(
    `  with verification on ${threads} worker thread(s)`,
    `${fmt(parallelRate)}/s`,
    `${fmt((100 * parallelRate) / verifyRate)}% of one-core raw verify; p50 ${fmt(percentile(parallelImports, 50), 1)} ms`,
  );
  line(
    'import latency p50 / p99 (1,000 transfers, one core)',
    `${fmt(percentile(imports, 50), 1)} / ${fmt(percentile(imports, 99), 1)} ms`,
  );
  const perBlock = (ms: number) => `${fmt(ms / blocks, 1)} ms`;
  const verifyAndDecode = total - parts.execution - parts.commit;
  line(
    '  of which decode + verify',
    perBlock(verifyAndDecode),
    `(${fmt((blocks * PER_BLOCK) / (verifyAndDecode / 1000))} xt/s)`,
  );
  line('  of which execute (runtime)', perBlock(parts.execution));
  line('  of which state root + commit', perBlock(parts.commit));
  line('authoring a block (execute + root + commit)', perBlock(authoring));
  const requests = quick ? 5_000 : 30_000;
  const rate = await benchGetStorage(spec, alice, requests);
  const echo = await echoRate(requests);
  line(
    'state_getStorage over loopback WebSocket',
    `${fmt(rate)}/s`,
    `(${fmt(requests)} requests, ${IN_FLIGHT} in flight, one connection)`,
  );
  line('  baseline: ws echo of a constant, same client', `${fmt(echo)}/s`);
  await benchMemory(args, quick);
}
