/**
 * `npm run bench -- node`: signed transfers per second through block import (decode, sr25519 verify,
 * execute, state root, commit) next to raw sr25519 verifications per second in the same run; import
 * latency p50/p99 for blocks of 1,000 transfers; `state_getStorage` requests per second over loopback
 * WebSocket. Stores skip fsync (`noSync`). `--blocks=N` (default 10), `--quick` (3 blocks, fewer requests),
 * `--verify-threads=N` (default: cores - 1, at least 1). The import figures (`nodeImportThroughput.ts`)
 * are given as ratios of raw one-core verification measured between the imports.
 * Then the resident memory of a real node process under load (`nodeMemoryLoad.ts`): `--memory-blocks=N`
 * (or TAONET_MEMORY_BLOCKS; default 10,000; 1,000 with `--quick`), `--memory-block-time=ms` (default 300),
 * `--no-memory` skips it, `--memory-only` runs only it.
 */
import type { AddressInfo } from 'node:net';
import { createKeypairFromUri, initCrypto, type Keypair } from '@taonet/crypto';
import { createRpcClient, createWebSocketTransport, type WebSocketConstructor } from '@taonet/rpc';
import { WebSocket, WebSocketServer } from 'ws';
import {
  type ChainSpec,
  createDevChainSpec,
  createLogger,
  getAccountStorageKey,
  getDefaultVerifyThreads,
  startNode,
} from '../../src/index.js';
import { benchImportThroughput, formatImportThroughput, PER_BLOCK } from './nodeImportThroughput.js';
import { type MemorySample, runMemoryLoad } from './nodeMemoryLoad.js';
import type { DbSpaceSample } from './nodeMetricsSample.js';

const SIGNERS = 200;
const IN_FLIGHT = 128;

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const line = (label: string, value: string, note = '') =>
  console.log(`  ${label.padEnd(50)} ${value.padStart(14)}  ${note}`);

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

/** The value of `--flag=value` (or of `--flag value` when called directly). */
function flagValue(args: readonly string[], flag: string): string | undefined {
  const joined = args.find((arg) => arg.startsWith(`${flag}=`));
  if (joined !== undefined) return joined.slice(flag.length + 1);
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
}

/** What data.mdb holds at a sample: used and free pages, then the tables by size (MiB, entries). */
function printDbSpace(space: DbSpaceSample): void {
  const tables = [...space.tables]
    .sort((a, b) => b.mib - a.mib)
    .map((t) => {
      const overflow = t.overflowMiB > 0 ? ` (${fmt(t.overflowMiB, 1)} overflow)` : '';
      return `${t.db} ${fmt(t.mib, 1)}${overflow} / ${fmt(t.entries)}`;
    });
  line('    data.mdb used / free', `${fmt(space.usedMiB, 1)} / ${fmt(space.freeMiB, 1)} MiB`);
  console.log(`      tables, MiB / entries: ${tables.join('; ')}`);
}

/** The least-squares slope of `value` over the samples' block numbers, per 1,000 blocks. */
function slopePerThousand(samples: readonly MemorySample[], value: (s: MemorySample) => number): number {
  const n = samples.length;
  const meanX = samples.reduce((sum, s) => sum + s.block, 0) / n;
  const meanY = samples.reduce((sum, s) => sum + value(s), 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const s of samples) {
    covariance += (s.block - meanX) * (value(s) - meanY);
    variance += (s.block - meanX) ** 2;
  }
  return variance === 0 ? 0 : (covariance / variance) * 1000;
}

/**
 * How the memory moved over the second half, fitted over all its samples (one sample swings with the
 * garbage collector): resident memory and its parts, the heap's live part, and data.mdb.
 */
function printSecondHalfTrend(samples: readonly MemorySample[]): void {
  const half = samples.filter((s) => s.block >= (samples.at(-1)?.block ?? 0) / 2);
  if (half.length < 3) return;
  const trend = (label: string, value: (s: MemorySample) => number) =>
    line(`  ${label}`, `${fmt(slopePerThousand(half, value), 1)} MiB`, 'per 1,000 blocks');
  console.log(`  second half, least-squares trend over ${half.length} samples (blocks ${half[0]!.block}..)`);
  trend('RSS', (s) => s.rssMiB);
  trend('RSS floor (lowest between samples)', (s) => s.rssFloorMiB);
  trend('anonymous', (s) => s.anonMiB);
  trend('file', (s) => s.fileMiB);
  trend('JavaScript heap used', (s) => s.heap.usedMiB);
  trend('data.mdb used', (s) => s.space.usedMiB);
  trend('data.mdb free pages', (s) => s.space.freeMiB);
}

/**
 * The node's block time under the memory load. Blocks where 32 subnets of 256 uids run their epochs take
 * 110 to 140 ms to author on this 2-core machine: with 50 ms slots the author's time budget (half a slot)
 * is spent before any transaction, and it includes one per block. 300 ms leaves room for the load's 18.
 */
const MEMORY_BLOCK_TIME = 300;

/** The value of `--<name>=N`, else `fallback`. */
function numberFlag(args: string[], name: string, fallback: string | undefined): number {
  const flag = args.find((arg) => arg.startsWith(`--${name}=`));
  return Number(flag?.slice(name.length + 3) ?? fallback);
}

/**
 * `--memory-blocks=N` (or TAONET_MEMORY_BLOCKS; default 10,000), `--memory-block-time=ms` (default 300),
 * `--no-memory` to skip.
 */
async function benchMemory(args: string[], quick: boolean): Promise<void> {
  if (args.includes('--no-memory')) return;
  const blocks = numberFlag(
    args,
    'memory-blocks',
    process.env.TAONET_MEMORY_BLOCKS ?? (quick ? '1000' : '10000'),
  );
  const blockTime = numberFlag(args, 'memory-block-time', String(MEMORY_BLOCK_TIME));
  console.log(
    `node: resident memory of a node with 32 subnets × 256 uids, ${fmt(blocks)} blocks of load, ${blockTime} ms slots`,
  );
  let written = { block: 0, mib: 0 };
  const run = await runMemoryLoad({
    blocks,
    blockTime,
    onSample: (sample) => {
      const { block, rssMiB, anonMiB, fileMiB, dbMiB, dbMaps, seconds, load, space } = sample;
      const parts = `anon ${fmt(anonMiB)}, file ${fmt(fileMiB)} MiB; data.mdb ${fmt(dbMiB)} MiB mapped ${dbMaps}×`;
      line(
        `  RSS at block ${fmt(block)}`,
        `${fmt(rssMiB)} MiB`,
        `${parts}; at ${fmt(seconds)} s, load ${fmt(load, 1)}`,
      );
      line(
        '    RSS floor since the last sample',
        `${fmt(sample.rssFloorMiB)} MiB`,
        'the lowest read as blocks appeared',
      );
      const { usedMiB, totalMiB, externalMiB } = sample.heap;
      line(
        '    JavaScript heap used / reserved, external',
        `${fmt(usedMiB)} / ${fmt(totalMiB)} MiB`,
        `external ${fmt(externalMiB)} MiB`,
      );
      printDbSpace(space);
      const perBlock = (sample.writtenMiB - written.mib) / Math.max(1, block - written.block);
      const { oneBlockMiB, twoBlocksMiB } = sample.peakWrites;
      line(
        '    written to files per block since the last sample',
        `${fmt(perBlock, 2)} MiB`,
        `most in one block ${fmt(oneBlockMiB, 1)}, in two consecutive ${fmt(twoBlocksMiB, 1)} MiB`,
      );
      written = { block, mib: sample.writtenMiB };
    },
  });
  line('node start (spec parse, genesis, first commit)', `${fmt(run.startSeconds, 1)} s`);
  const first = run.samples[0];
  const middle = run.samples[Math.floor((run.samples.length - 1) / 2)];
  const last = run.samples.at(-1);
  if (first !== undefined && middle !== undefined && last !== undefined) {
    const floors = (from: MemorySample, to: MemorySample) =>
      `blocks ${from.block}..${to.block}; of the RSS floor ${fmt(to.rssFloorMiB - from.rssFloorMiB)} MiB`;
    line('growth, first half', `${fmt(middle.rssMiB - first.rssMiB)} MiB`, floors(first, middle));
    line('growth, second half', `${fmt(last.rssMiB - middle.rssMiB)} MiB`, floors(middle, last));
  }
  printSecondHalfTrend(run.samples);
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
  const blocks = Number(flagValue(args, '--blocks') ?? (quick ? 3 : 10));
  const threadsFlag = flagValue(args, '--verify-threads');
  await initCrypto();
  const alice = createKeypairFromUri('//Alice');
  const signers = Array.from({ length: SIGNERS }, (_, i) => createKeypairFromUri(`//bench//${i}`));
  const dev = createDevChainSpec({ blockTime: 1000 });
  const funded = signers.map((s) => ({ account: s.accountId, free: 1_000n * 10n ** 9n }));
  const balances = [...(dev.genesis.balances ?? []), ...funded];
  const spec: ChainSpec = { ...dev, genesis: { ...dev.genesis, balances } };

  const threads = threadsFlag === undefined ? Math.max(1, getDefaultVerifyThreads()) : Number(threadsFlag);
  console.log(
    `node: import of blocks of ${PER_BLOCK} signed transfers (${SIGNERS} signers), ${blocks} blocks, ${threads} verify thread(s) + main`,
  );
  const throughput = await benchImportThroughput(blocks, threads, signers, spec, alice);
  for (const [label, value, note] of formatImportThroughput(throughput)) line(label, value, note);
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
