/**
 * Block import throughput: blocks of 1,000 signed transfers authored once, then imported by a chain that
 * verifies on one core, by one whose verifier splits each block's signatures between the main thread and
 * worker threads (each block imported on its own), and by the same given three blocks at once (the
 * workers verify the next blocks while the main thread executes and commits). Next to each block's
 * imports, raw sr25519 verification of 1,000 signatures on one core and across the main thread +
 * workers (the ceiling), so that every figure is taken under the same load; the order of the
 * measurements rotates from block to block.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Keypair } from '@taonet/crypto';
import { IMMORTAL_ERA } from '@taonet/rpc';
import { createRuntime } from '@taonet/runtime';
import { openChainStore } from '@taonet/storage';
import {
  ChainService as Chain,
  type ChainService,
  type ChainSpec,
  createInThreadVerifier,
  createTxPool,
  createWorkerVerifier,
  encodeBlock,
  RUNTIME_VERSION,
  type SignatureCheck,
  type SignatureVerifier,
  signCall,
} from '../../src/index.js';

export const PER_BLOCK = 1000;

export interface ImportThroughput {
  readonly blocks: number;
  readonly threads: number;
  /** per measured block, ms */
  readonly rawOne: number[];
  readonly rawAll: number[];
  readonly importOne: number[];
  readonly importAll: number[];
  /** per round: its blocks given to the chain at once (prepared ahead while the previous ones import) */
  readonly importAhead: number[];
  /** one-core import, summed over the measured blocks, ms */
  readonly parts: Parts;
  readonly partsAll: Parts;
  /** process CPU time (ms, all threads) spent during each series above, keyed by the series */
  readonly cores: ReadonlyMap<readonly number[], number>;
  /** signatures the main thread verified itself in the import with workers */
  readonly mainShare: number;
  readonly authoringMs: number;
  readonly load: { readonly start: number[]; readonly end: number[] };
}

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
      const nonce = block * perSigner + k;
      out.push(signCall(chain.runtime.callCodec, { call, signer, nonce, era: IMMORTAL_ERA, context }));
    });
  }
  return out;
}

/** `PER_BLOCK` sr25519 checks of 150-byte messages (the size of a transfer's signed payload). */
function createRawChecks(signers: readonly Keypair[]): SignatureCheck[] {
  return Array.from({ length: PER_BLOCK }, (_, i) => {
    const signer = signers[i % signers.length]!;
    const message = new TextEncoder().encode(`payload ${i} `.padEnd(150, 'x'));
    return { type: 'sr25519', message, signature: signer.sign(message), publicKey: signer.publicKey };
  });
}

/** The verifier, counting the signatures its calling thread verified. */
function countingVerifier(inner: SignatureVerifier, counter: { here: number }): SignatureVerifier {
  return {
    ...inner,
    start(checks) {
      const job = inner.start(checks);
      return {
        ...job,
        async finish() {
          const results = await job.finish();
          counter.here += job.progress().here;
          return results;
        },
      };
    },
  };
}

/** Process CPU time (every thread) per series of wall times. */
const cpuMs = new Map<number[], number>();

/** Runs `task`, pushes its wall time (ms) to `times` and adds the process's CPU time to the series'. */
async function measure(times: number[], task: () => unknown): Promise<void> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await task();
  times.push(performance.now() - started);
  const used = process.cpuUsage(cpu);
  cpuMs.set(times, (cpuMs.get(times) ?? 0) + (used.user + used.system) / 1000);
}

/** Blocks per round: the blocks given at once to the chain that imports ahead. */
const ROUND = 3;

type Parts = { execution: number; root: number; commit: number };

/** Authors `blocks` + 1 blocks of `PER_BLOCK` transfers (the first one only warms the importers up). */
async function authorBlocks(blocks: number, signers: readonly Keypair[], spec: ChainSpec, alice: Keypair) {
  const author = await openChain(spec);
  const pool = createTxPool(author.chain, { maxReady: 100_000, maxPerAccount: 100_000 });
  const out: { bytes: Uint8Array; stateRoot: string }[] = [];
  let authoringMs = 0;
  for (let b = 0; b <= blocks; b++) {
    for (const bytes of signBlockTransfers(author.chain, signers, b)) pool.submit(bytes);
    const authored = await author.chain.authorBlock(1_000 + b, alice, pool.readyInOrder(), PER_BLOCK);
    pool.maintain(authored.extrinsics.map((xt) => xt.hash));
    if (authored.included.length !== PER_BLOCK)
      throw new Error(`block ${b} took ${authored.included.length} transfers`);
    if (b > 0) authoringMs += authored.timings.totalMs;
    out.push({ bytes: encodeBlock(authored.block), stateRoot: authored.header.stateRoot });
  }
  await author.close();
  return { blocks: out, authoringMs };
}

/** Imports `blocks` one after the other; pushes each one's time, adds its phases to `parts`. */
async function importEach(
  chain: ChainService,
  blocks: readonly { bytes: Uint8Array; stateRoot: string }[],
  times: number[],
  parts: Parts,
) {
  for (const { bytes, stateRoot } of blocks) {
    let block: Awaited<ReturnType<ChainService['importBlock']>> | undefined;
    await measure(times, async () => (block = await chain.importBlock(bytes)));
    addParts(parts, block!.timings);
    if (block!.header.stateRoot !== stateRoot) throw new Error('state roots differ');
  }
}

/** Authors the blocks (`blocks` rounded up to whole rounds), then measures them in rounds of `ROUND`. */
export async function benchImportThroughput(
  blocks: number,
  threads: number,
  signers: readonly Keypair[],
  spec: ChainSpec,
  alice: Keypair,
): Promise<ImportThroughput> {
  const load = { start: loadavg(), end: [] as number[] };
  blocks = Math.ceil(blocks / ROUND) * ROUND; // whole rounds
  const authored = await authorBlocks(blocks, signers, spec, alice);
  const one = await openChain(spec);
  const workers = createWorkerVerifier(threads);
  const counter = { here: 0 };
  const all = await openChain(spec, countingVerifier(workers, counter));
  const ahead = await openChain(spec, workers);
  const oneCore = createInThreadVerifier();
  const rawChecks = createRawChecks(signers);
  const [warm, ...measured] = authored.blocks;
  for (const chain of [one.chain, all.chain, ahead.chain]) await chain.importBlock(warm!.bytes);
  await workers.verifyAll(rawChecks);
  counter.here = 0;
  const out = { rawOne: [] as number[], rawAll: [] as number[], importOne: [] as number[] };
  const importAll: number[] = [];
  const importAhead: number[] = [];
  const parts = { execution: 0, root: 0, commit: 0 };
  const partsAll = { execution: 0, root: 0, commit: 0 };
  for (let r = 0; r * ROUND < measured.length; r++) {
    const round = measured.slice(r * ROUND, (r + 1) * ROUND);
    // block by block, the four one-block measurements in a rotating order; the round given at once
    // between two of those groups, at a rotating place
    const groups = round.map((block, k) => async () => {
      const steps = [
        () => measure(out.rawOne, () => oneCore.verifyAll(rawChecks)),
        () => measure(out.rawAll, () => workers.verifyAll(rawChecks)),
        () => importEach(one.chain, [block], out.importOne, parts),
        () => importEach(all.chain, [block], importAll, partsAll),
      ];
      for (let i = 0; i < steps.length; i++) await steps[(r + k + i) % steps.length]!();
    });
    const atOnce = async () => {
      const imports = round.map(({ bytes }) => ahead.chain.importBlock(bytes));
      await measure(importAhead, () => Promise.all(imports));
    };
    groups.splice(r % (groups.length + 1), 0, atOnce);
    for (const group of groups) await group();
  }
  await one.close();
  await all.close();
  await ahead.close();
  load.end = loadavg();
  const { authoringMs } = authored;
  return {
    blocks,
    threads,
    ...out,
    importAll,
    importAhead,
    parts,
    partsAll,
    mainShare: counter.here,
    cores: cpuMs,
    authoringMs,
    load,
  };
}

function addParts(sum: Parts, timings: { executionMs: number; rootMs: number; commitMs: number }): void {
  sum.execution += timings.executionMs;
  sum.root += timings.rootMs;
  sum.commit += timings.commitMs;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const percentile = (values: readonly number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? 0;
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The figures as lines of `label, value, note`. */
export function formatImportThroughput(r: ImportThroughput): [string, string, string][] {
  const rate = (ms: readonly number[]) => (r.blocks * PER_BLOCK) / (sum(ms) / 1000);
  const raw = rate(r.rawOne);
  const ofRaw = (ms: readonly number[]) => `${fmt((100 * rate(ms)) / raw)}% of one-core raw`;
  const ofBoth = (ms: readonly number[]) =>
    `${ofRaw(ms)}, ${fmt((100 * rate(ms)) / rate(r.rawAll))}% of the ceiling`;
  const workers = `main + ${r.threads} worker${r.threads === 1 ? '' : 's'}`;
  const perBlock = (ms: number) => `${fmt(ms / r.blocks, 1)} ms`;
  const latency = (ms: readonly number[]) =>
    `${fmt(percentile(ms, 50), 1)} / ${fmt(percentile(ms, 99), 1)} ms`;
  const split = (total: number, p: ImportThroughput['parts']) =>
    `decode + verify ${perBlock(total - p.execution - p.root - p.commit)}, execute ${perBlock(p.execution)}, ` +
    `root ${perBlock(p.root)}, commit ${perBlock(p.commit)} per block`;
  const share = (100 * r.mainShare) / (r.blocks * PER_BLOCK);
  const load = (l: number[]) => l.map((x) => fmt(x, 2)).join(' ');
  const cpu = (ms: readonly number[]) => r.cores.get(ms) ?? 0;
  const cores = (ms: readonly number[]) => fmt(cpu(ms) / sum(ms), 2);
  const series = [r.rawOne, r.rawAll, r.importOne, r.importAll, r.importAhead] as const;
  const [rawOne, rawAll, importOne, importAll, importAhead] = series.map(cores);
  return [
    ['raw sr25519 verify, one core', `${fmt(raw)}/s`, '100%'],
    [`raw sr25519 verify, ${workers} (ceiling)`, `${fmt(rate(r.rawAll))}/s`, ofRaw(r.rawAll)],
    ['signed transfers through import, one core', `${fmt(rate(r.importOne))}/s`, ofRaw(r.importOne)],
    [
      `signed transfers through import, ${workers}`,
      `${fmt(rate(r.importAll))}/s`,
      `${ofBoth(r.importAll)}; the main thread verified ${fmt(share)}% of the signatures`,
    ],
    [
      `  the same, ${ROUND} blocks given at once`,
      `${fmt(rate(r.importAhead))}/s`,
      `${ofBoth(r.importAhead)}; workers verify the next blocks while main executes and commits`,
    ],
    ['import latency p50 / p99, one core', latency(r.importOne), split(sum(r.importOne), r.parts)],
    [`import latency p50 / p99, ${workers}`, latency(r.importAll), split(sum(r.importAll), r.partsAll)],
    ['authoring a block (execute + root + commit)', perBlock(r.authoringMs), ''],
    [
      'cores we got (process CPU time / wall time)',
      `${rawAll}`,
      `in the ceiling; raw one core ${rawOne}, imports ${importOne}, ${importAll}, ${importAhead}`,
    ],
    [
      'CPU per block, imports (all threads)',
      perBlock(cpu(r.importOne)),
      `one core; ${perBlock(cpu(r.importAll))} with workers, ${perBlock(cpu(r.importAhead))} given at once`,
    ],
    ['blocks measured', fmt(r.blocks), `rounds of ${ROUND}`],
    ['load average (1, 5, 15 min)', load(r.load.start), `at the start; ${load(r.load.end)} at the end`],
  ];
}
