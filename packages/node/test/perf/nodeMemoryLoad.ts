/**
 * The resident memory of a real node process under load: `taonet-node --chain <spec> --tmp --alice
 * --block-time 50` with 32 subnets × 256 genesis uids (`fill`, tempo 20 so epochs run), driven over
 * WebSocket RPC with signed transfers, stakes and validators' weights while VmRSS (/proc/<pid>/status) is
 * sampled every 500 blocks. The load (`memoryLoadDriver.ts`) starts after every subnet's first epoch: at
 * most one batch of 18 calls per authored block, none while two batches are still out of the blocks.
 * Prints the series, the growth of the first and second halves, and at each sample and at the end how
 * many calls were submitted, accepted (pool), included in blocks and failed at dispatch.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKeypairFromUri, type Keypair } from '@taonet/crypto';
import {
  createRpcClient,
  createWebSocketTransport,
  type RpcClient,
  type WebSocketConstructor,
} from '@taonet/rpc';
import { WebSocket } from 'ws';
import { deriveFillKeypair } from '../../src/index.js';
import {
  createSigner,
  formatLoadCounts,
  LoadTracker,
  loadBatch,
  readPoolGauges,
  type Signer,
} from './memoryLoadDriver.js';
import { type DbSpaceSample, type HeapSample, readNodeMetricsSample } from './nodeMetricsSample.js';

const SUBNETS = 32;
const UIDS = 256;
const VALIDATORS = 8;
const SEED = 'memory-bench';
const TAO = 1_000_000_000n;
const SAMPLE_EVERY = 500;
const TEMPO = 20;
/** the load starts once every subnet has run its first epoch (which gives validators their permits) */
const LOAD_FROM = TEMPO + 2;
/** calls accepted and not in a block yet above which a block gets no new batch: two batches */
const MAX_IN_FLIGHT = 36;
const BIN = new URL('../../bin/taonet-node.js', import.meta.url);

export interface MemoryLoadOpts {
  readonly blocks: number;
  readonly blockTime: number;
  /** called with each sample as it is taken (progress of a long run) */
  readonly onSample?: (sample: MemorySample) => void;
}

function writeSpec(dir: string, alice: Keypair, validators: Keypair[]): string {
  const owners = Array.from({ length: SUBNETS }, (_, i) => createKeypairFromUri(`//MemOwner${i + 1}`));
  const spec = {
    name: 'Memory bench',
    id: 'memory-bench',
    chainType: 'Local',
    authorities: [alice.address],
    genesis: {
      balances: [
        { account: alice.accountId, free: (1_000_000n * TAO).toString() },
        ...owners.map((o) => ({ account: o.accountId, free: (2_000n * TAO).toString() })),
        ...validators.map((v) => ({ account: v.accountId, free: (10n * TAO).toString() })),
      ],
      sudoKey: alice.accountId,
      network: { stakeThreshold: '0', subnetLimit: SUBNETS, adminFreezeWindow: 0 },
      subnets: owners.map((owner, i) => ({
        netuid: i + 1,
        owner: owner.accountId,
        ownerHotkey: owner.accountId,
        lock: (1_000n * TAO).toString(),
        hyperparameters: { tempo: TEMPO, weightsSetRateLimit: 0, commitRevealWeightsEnabled: false },
        fill: {
          count: UIDS,
          seed: SEED,
          stake: (10n * TAO).toString(),
          validators: 64,
          balance: '100000000000',
        },
      })),
    },
  };
  const path = join(dir, 'spec.json');
  writeFileSync(path, JSON.stringify(spec));
  return path;
}

function startProcess(spec: string, blockTime: number): Promise<{ child: ChildProcess; url: string }> {
  const args = ['--chain', spec, '--tmp', '--alice', '--rpc-port', '0', '--block-time', String(blockTime)];
  const child = spawn(process.execPath, [BIN.pathname, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let log = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const match = /node started.*rpc=(ws:\/\/\S+)/.exec(log);
      if (match !== null) {
        resolve({ child, url: match[1]! });
        log = '';
      } else if (log.length > 1_000_000) log = log.slice(-10_000);
    });
    child.once('exit', (code) => reject(new Error(`the node exited (${code}): ${log.slice(-2000)}`)));
  });
}

export interface MemorySample {
  readonly block: number;
  /** VmRSS and its anonymous part (heap, native allocations) and file part (LMDB's memory map), MiB */
  readonly rssMiB: number;
  readonly anonMiB: number;
  readonly fileMiB: number;
  /**
   * The lowest VmRSS read as the blocks since the previous sample appeared, MiB: the memory the node
   * keeps, without the garbage its collector has not freed yet (a sample alone swings by up to 170 MiB)
   */
  readonly rssFloorMiB: number;
  /** the size of LMDB's data.mdb, MiB, and how many times the process maps it */
  readonly dbMiB: number;
  readonly dbMaps: number;
  /** bytes the process has written to files so far (/proc/<pid>/io wchar: LMDB's page writes), MiB */
  readonly writtenMiB: number;
  /**
   * Since the previous sample, the most one block and two consecutive blocks wrote, MiB (read as each
   * block appears): LMDB reuses a commit's old pages only after the next commit, so the free pages hold
   * about two consecutive commits' writes at their largest (a block is its own commit and its pruning's).
   */
  readonly peakWrites: WritePeaks;
  readonly seconds: number;
  /** the machine's 1-minute load average */
  readonly load: number;
  /** what data.mdb holds, per table, from the node's /metrics */
  readonly space: DbSpaceSample;
  /** the node's JavaScript heap, from its /metrics */
  readonly heap: HeapSample;
}

export interface WritePeaks {
  readonly oneBlockMiB: number;
  readonly twoBlocksMiB: number;
}

function readWrittenMiB(pid: number): number {
  const written = /wchar:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1];
  return Number(written ?? 0) / 2 ** 20;
}

/** The largest writes of one block and of two consecutive blocks, from the bytes written as blocks appear. */
class WritePeakTracker {
  private written: number;
  private previousBlock = 0;
  private peaks = { oneBlockMiB: 0, twoBlocksMiB: 0 };
  constructor(private readonly pid: number) {
    this.written = readWrittenMiB(pid);
  }
  /** `blocks` new blocks appeared since the last call; a single one is measured, several are skipped. */
  onBlocks(blocks: number): void {
    const written = readWrittenMiB(this.pid);
    const block = written - this.written;
    this.written = written;
    if (blocks !== 1) {
      this.previousBlock = 0;
      return;
    }
    this.peaks.oneBlockMiB = Math.max(this.peaks.oneBlockMiB, block);
    this.peaks.twoBlocksMiB = Math.max(this.peaks.twoBlocksMiB, block + this.previousBlock);
    this.previousBlock = block;
  }
  take(): WritePeaks {
    const peaks = this.peaks;
    this.peaks = { oneBlockMiB: 0, twoBlocksMiB: 0 };
    return peaks;
  }
}

/** The lowest VmRSS read as blocks appear, between two samples. */
class RssFloorTracker {
  private floor = Number.POSITIVE_INFINITY;
  constructor(private readonly pid: number) {}
  onBlocks(): void {
    this.floor = Math.min(this.floor, readStatus(this.pid)('VmRSS'));
  }
  /** The floor since the last call, counting `current` (the sample's own reading). */
  take(current: number): number {
    const floor = Math.min(this.floor, current);
    this.floor = Number.POSITIVE_INFINITY;
    return floor;
  }
}

/** One reading of /proc/<pid>/status: a field's kB value as MiB. */
function readStatus(pid: number): (name: string) => number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
}

function readRss(pid: number) {
  const field = readStatus(pid);
  const dbMaps = readFileSync(`/proc/${pid}/maps`, 'utf8')
    .split('\n')
    .filter((line) => line.endsWith('/data.mdb'));
  const dbPath = dbMaps[0]?.slice(dbMaps[0].indexOf('/'));
  const dbMiB = dbPath === undefined ? 0 : statSync(dbPath).size / 2 ** 20;
  return {
    writtenMiB: readWrittenMiB(pid),
    rssMiB: field('VmRSS'),
    anonMiB: field('RssAnon'),
    fileMiB: field('RssFile'),
    dbMiB,
    dbMaps: dbMaps.length,
    load: loadavg()[0] ?? 0,
  };
}

async function drive(
  client: RpcClient,
  node: { pid: number; url: string },
  opts: MemoryLoadOpts,
  signers: { coldkeys: Signer[]; validators: Signer[][] },
) {
  const tracker = new LoadTracker(client);
  const writePeaks = new WritePeakTracker(node.pid);
  const rssFloor = new RssFloorTracker(node.pid);
  const samples: MemorySample[] = [];
  const started = performance.now();
  const printLoad = async (label: string, rounds: number) => {
    const pool = await readPoolGauges(node.url);
    console.log(`      ${label}: ${formatLoadCounts(tracker.counts, rounds)}`);
    console.log(
      `        not in a block yet ${tracker.inFlight}; the pool: ${pool.ready} ready, ${pool.future} future`,
    );
  };
  const sample = async (block: number, rounds: number) => {
    const rss = readRss(node.pid);
    const taken = {
      block,
      ...rss,
      rssFloorMiB: rssFloor.take(rss.rssMiB),
      peakWrites: writePeaks.take(),
      seconds: (performance.now() - started) / 1000,
    };
    const withSpace = { ...taken, ...(await readNodeMetricsSample(node.url)) };
    samples.push(withSpace);
    opts.onSample?.(withSpace);
    await printLoad('load', rounds);
  };
  let counted = 0;
  let nextSample = SAMPLE_EVERY;
  let round = 0;
  while (counted < opts.blocks) {
    const best = Number((await client.request('chain_getHeader'))!.number);
    if (best === counted) {
      await new Promise((resolve) => setTimeout(resolve, opts.blockTime / 5));
      continue;
    }
    writePeaks.onBlocks(best - counted);
    rssFloor.onBlocks();
    for (let n = counted + 1; n <= best; n++) await tracker.countBlock(n);
    counted = best;
    if (samples.length === 0) await sample(best, round);
    for (; best >= nextSample; nextSample += SAMPLE_EVERY) await sample(nextSample, round);
    if (best < LOAD_FROM || best >= opts.blocks) continue;
    // at most one batch per authored block, and none while the chain is behind (a pool that only grows
    // would end in refusals, and the load would be the pool's rather than the blocks')
    if (tracker.inFlight >= MAX_IN_FLIGHT) tracker.counts.skipped++;
    else await tracker.submit(loadBatch(round++, signers.coldkeys, signers.validators), best);
  }
  await printLoad('load, whole run', round);
  for (const [reason, count] of [...tracker.failures].sort((a, b) => b[1] - a[1]).slice(0, 5)) {
    console.log(`      failed at dispatch ${count}×: ${reason.slice(0, 120)}`);
  }
  return {
    samples,
    rejected: tracker.counts.refused,
    reasons: tracker.reasons,
    counts: tracker.counts,
    failures: tracker.failures,
    seconds: (performance.now() - started) / 1000,
    rounds: round,
  };
}

export async function runMemoryLoad(opts: MemoryLoadOpts) {
  const dir = mkdtempSync(join(tmpdir(), 'taonet-memory-'));
  const alice = createKeypairFromUri('//Alice');
  const validators = Array.from({ length: SUBNETS }, (_, n) =>
    Array.from({ length: VALIDATORS }, (_, v) =>
      createSigner(deriveFillKeypair(SEED, n + 1, 'hotkey', v + 1)),
    ),
  );
  const coldkeys = Array.from({ length: SUBNETS }, (_, n) =>
    createSigner(deriveFillKeypair(SEED, n + 1, 'coldkey', 0)),
  );
  const spec = writeSpec(
    dir,
    alice,
    validators.flat().map((v) => v.key),
  );
  const launched = performance.now();
  const { child, url } = await startProcess(spec, opts.blockTime);
  const startSeconds = (performance.now() - launched) / 1000;
  const client = createRpcClient(
    createWebSocketTransport(url, { WebSocket: WebSocket as unknown as WebSocketConstructor }),
  );
  try {
    const result = await drive(client, { pid: child.pid!, url }, opts, { coldkeys, validators });
    return { ...result, startSeconds };
  } finally {
    await client.close();
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}
