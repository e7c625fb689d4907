/**
 * The resident memory of a real node process under load: `taonet-node --chain <spec> --tmp --alice
 * --block-time 50` with 32 subnets × 256 genesis uids (`fill`, tempo 20 so epochs run), driven over
 * WebSocket RPC with signed transfers, stakes and validators' weights while VmRSS (/proc/<pid>/status) is
 * sampled every 500 blocks. Prints the series and the growth of the first and second halves.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKeypairFromUri, type Keypair } from '@taonet/crypto';
import type { Hash } from '@taonet/primitives';
import {
  createRpcClient,
  createWebSocketTransport,
  IMMORTAL_ERA,
  type RpcClient,
  type WebSocketConstructor,
} from '@taonet/rpc';
import { createRuntime } from '@taonet/runtime';
import { WebSocket } from 'ws';
import { deriveFillKeypair, RUNTIME_VERSION, signCall } from '../../src/index.js';
import { type DbSpaceSample, readDbSpace } from './dbSpaceSample.js';

const SUBNETS = 32;
const UIDS = 256;
const VALIDATORS = 8;
const SEED = 'memory-bench';
const TAO = 1_000_000_000n;
const SAMPLE_EVERY = 500;
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
        hyperparameters: { tempo: 20, weightsSetRateLimit: 0, commitRevealWeightsEnabled: false },
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
  /** the size of LMDB's data.mdb, MiB, and how many times the process maps it */
  readonly dbMiB: number;
  readonly dbMaps: number;
  /** bytes the process has written to files so far (/proc/<pid>/io wchar: LMDB's page writes), MiB */
  readonly writtenMiB: number;
  readonly seconds: number;
  /** the machine's 1-minute load average */
  readonly load: number;
  /** what data.mdb holds, per table, from the node's /metrics */
  readonly space: DbSpaceSample;
}

function readRss(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
  const dbMaps = readFileSync(`/proc/${pid}/maps`, 'utf8')
    .split('\n')
    .filter((line) => line.endsWith('/data.mdb'));
  const dbPath = dbMaps[0]?.slice(dbMaps[0].indexOf('/'));
  const dbMiB = dbPath === undefined ? 0 : statSync(dbPath).size / 2 ** 20;
  const written = /wchar:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1];
  return {
    writtenMiB: Number(written ?? 0) / 2 ** 20,
    rssMiB: field('VmRSS'),
    anonMiB: field('RssAnon'),
    fileMiB: field('RssFile'),
    dbMiB,
    dbMaps: dbMaps.length,
    load: loadavg()[0] ?? 0,
  };
}

interface Signer {
  readonly key: Keypair;
  nonce: number;
}

/** One block's worth of load: transfers and stakes from coldkeys, weights from validator hotkeys. */
function loadBatch(round: number, coldkeys: Signer[], validators: Signer[][]) {
  const calls: [Signer, unknown][] = [];
  for (let i = 0; i < 8; i++) {
    const from = coldkeys[(round * 8 + i) % coldkeys.length]!;
    const dest = coldkeys[(round * 8 + i + 1) % coldkeys.length]!.key.accountId;
    calls.push([
      from,
      {
        pallet: 'Balances',
        name: 'transfer_keep_alive',
        args: { dest: { tag: 'Id', value: dest }, value: TAO / 100n },
      },
    ]);
  }
  for (let i = 0; i < 2; i++) {
    const netuid = ((round * 2 + i) % SUBNETS) + 1;
    const from = coldkeys[(round * 3 + i) % coldkeys.length]!;
    const hotkey = validators[netuid - 1]![0]!.key.accountId;
    calls.push([
      from,
      { pallet: 'SubtensorModule', name: 'add_stake', args: { hotkey, netuid, amount_staked: TAO / 100n } },
    ]);
  }
  const netuid = (round % SUBNETS) + 1;
  const dests = Array.from({ length: 32 }, (_, i) => ((round + i * 7) % (UIDS - 1)) + 1);
  const weights = dests.map((_, i) => 1000 + i);
  for (const validator of validators[netuid - 1]!) {
    calls.push([
      validator,
      { pallet: 'SubtensorModule', name: 'set_weights', args: { netuid, dests, weights, version_key: 0n } },
    ]);
  }
  return calls;
}

async function drive(
  client: RpcClient,
  node: { pid: number; url: string },
  opts: MemoryLoadOpts,
  signers: {
    coldkeys: Signer[];
    validators: Signer[][];
  },
) {
  const callCodec = createRuntime().callCodec;
  const genesisHash = (await client.request('chain_getBlockHash', 0)) as Hash;
  const context = { ...RUNTIME_VERSION, genesisHash, blockHash: genesisHash };
  const samples: MemorySample[] = [];
  const started = performance.now();
  let best = 0;
  let nextSample = SAMPLE_EVERY;
  let rejected = 0;
  const reasons = new Map<string, number>();
  let round = 0;
  let submittedAt = -1;
  while (best < opts.blocks) {
    // one batch per authored block, so that the load never outruns the chain
    if (best === submittedAt) {
      await new Promise((resolve) => setTimeout(resolve, opts.blockTime / 2));
      best = Number(((await client.request('chain_getHeader')) as { number: string | number }).number);
      continue;
    }
    submittedAt = best;
    const batch = loadBatch(round++, signers.coldkeys, signers.validators);
    await Promise.all(
      batch.map(async ([signer, call]) => {
        const bytes = signCall(callCodec, {
          call: call as never,
          signer: signer.key,
          nonce: signer.nonce,
          era: IMMORTAL_ERA,
          context,
        });
        signer.nonce++;
        try {
          await client.request('author_submitExtrinsic', `0x${Buffer.from(bytes).toString('hex')}`);
        } catch (error) {
          rejected++;
          const reason = `${(call as { name: string }).name}: ${(error as Error).message}`;
          reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
          signer.nonce--;
        }
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, opts.blockTime));
    const header = (await client.request('chain_getHeader')) as { number: string | number };
    const number = Number(header.number);
    const sample = async (block: number) => {
      const rss = readRss(node.pid);
      const taken = { block, ...rss, seconds: (performance.now() - started) / 1000 };
      const withSpace = { ...taken, space: await readDbSpace(node.url) };
      samples.push(withSpace);
      opts.onSample?.(withSpace);
    };
    if (samples.length === 0 && number >= 1) await sample(number);
    for (; number >= nextSample; nextSample += SAMPLE_EVERY) await sample(nextSample);
    best = number;
  }
  return { samples, rejected, reasons, seconds: (performance.now() - started) / 1000, rounds: round };
}

export async function runMemoryLoad(opts: MemoryLoadOpts) {
  const dir = mkdtempSync(join(tmpdir(), 'taonet-memory-'));
  const alice = createKeypairFromUri('//Alice');
  const validators = Array.from({ length: SUBNETS }, (_, n) =>
    Array.from({ length: VALIDATORS }, (_, v) => ({
      key: deriveFillKeypair(SEED, n + 1, 'hotkey', v + 1),
      nonce: 0,
    })),
  );
  const coldkeys = Array.from({ length: SUBNETS }, (_, n) => ({
    key: deriveFillKeypair(SEED, n + 1, 'coldkey', 0),
    nonce: 0,
  }));
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
