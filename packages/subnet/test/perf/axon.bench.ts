/**
 * `npm run bench -- axon`: signed requests/s one axon serves on loopback next to raw sr25519 verifies/s in the
 * same process, a dendrite's time to query 256 axons against the slowest axon's own latency, and the axon's
 * memory after many requests from 1,000 hotkeys. `--quick` runs smaller rounds; `--throughput-only` and
 * `--fanout-only` run one part.
 *
 * The measured axon runs in this process; load generators and the 256 axons (two processes of 128) run in
 * child processes (axonBenchWorker.ts; the other core). Each server first serves unmeasured requests (its
 * code compiled by the JIT, as in a long-running axon; the verify loop is warm too), then the measured ones.
 * The machine is shared, so besides wall-clock rates the bench reports CPU time per request of this process
 * (process.cpuUsage), which contention does not inflate: verify and axon are compared on it.
 */

import { loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { decodeSs58, initCrypto, type Keypair, verifySignature } from '@taonet/crypto';
import Fastify from 'fastify';
import { createAxon } from '../../src/index.js';
import {
  cpuMicros,
  Echo,
  keypairOf,
  type LoadJob,
  type LoadResult,
  nextMessage,
  OPEN_LIMITS,
  startWorker,
} from './axonBenchWorker.js';
import { benchFanOut } from './axonFanOut.js';

/** Verifies per second of wall time and CPU microseconds per verify, in this process. */
function measureVerify(keypair: Keypair, ms: number): { rate: number; cpuUs: number } {
  const message = `1795403588426926519.${keypair.address}.${keypair.address}.bench-uuid.${'ab'.repeat(32)}`;
  const signature = keypair.sign(message);
  let count = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  while (performance.now() - started < ms) {
    for (let i = 0; i < 20; i++) verifySignature('sr25519', message, signature, keypair.publicKey);
    count += 20;
  }
  return { rate: (count * 1000) / (performance.now() - started), cpuUs: cpuMicros(cpu) / count };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const loadAverage = () =>
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(', ')}`;
const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

interface Server {
  port: number;
  hotkey: string;
  stop(): Promise<unknown>;
}

/** The floor any fastify axon stands on: one route that only verifies the signature and sends a canned reply. */
async function startBareVerifier(keypair: Keypair): Promise<Server> {
  const app = Fastify({ logger: false });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  const canned = Buffer.from('x'.repeat(760));
  const cannedHeaders = Array.from({ length: 22 }, (_, i) => [
    `bt_header_canned_${i}`,
    'v'.repeat(30),
  ]).flat();
  app.post('/Echo', (request, reply) => {
    const h = request.headers as Record<string, string>;
    const message = `${h.bt_header_dendrite_nonce}.${h.bt_header_dendrite_hotkey}.${keypair.address}.${h.bt_header_dendrite_uuid}.${h.computed_body_hash}`;
    const signature = Buffer.from(h.bt_header_dendrite_signature!.slice(2), 'hex');
    const ok = verifySignature(
      'sr25519',
      message,
      signature,
      decodeSs58(h.bt_header_dendrite_hotkey!).publicKey,
    );
    reply.hijack();
    reply.raw.writeHead(ok ? 200 : 401, [
      ...cannedHeaders,
      'content-type',
      'application/json',
      'content-length',
      String(canned.length),
    ]);
    reply.raw.end(canned);
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    port: (app.server.address() as { port: number }).port,
    hotkey: keypair.address,
    stop: () => app.close(),
  };
}

async function startEchoAxon(keypair: Keypair): Promise<Server> {
  const axon = createAxon({ keypair, port: 0, host: '127.0.0.1', limits: OPEN_LIMITS });
  axon.attach(Echo, { forward: (s) => ({ ...s, out: s.text }) });
  await axon.start();
  return { port: axon.port, hotkey: axon.hotkey, stop: () => axon.stop() };
}

interface LoadFigures {
  rate: number;
  cpuUs: number;
  /** CPU per request of the unmeasured warm-up requests (a freshly started server). */
  coldCpuUs: number;
  statuses: string;
}

/** Pre-signed load from a child process, warm-up then measured; wall rate and this process's CPU per request. */
async function load(server: Server, warmup: number, requests: number): Promise<LoadFigures> {
  const job: LoadJob = {
    role: 'load',
    port: server.port,
    axonHotkey: server.hotkey,
    warmup,
    requests,
    hotkeys: 16,
    concurrency: 32,
    presign: true,
  };
  const worker = startWorker(job);
  await nextMessage(worker);
  const cold = process.cpuUsage();
  worker.send('warm-up');
  await nextMessage(worker);
  const coldCpuUs = cpuMicros(cold) / warmup;
  const cpu = process.cpuUsage();
  worker.send('go');
  const result = await nextMessage<LoadResult>(worker);
  const cpuUs = cpuMicros(cpu) / requests;
  await server.stop();
  const statuses = JSON.stringify(result.statuses);
  return { rate: (requests * 1000) / result.elapsedMs, cpuUs, coldCpuUs, statuses };
}

async function benchThroughput(quick: boolean): Promise<void> {
  const keypair = keypairOf(999_999);
  const warmup = 3_000; // fewer leave part of the pipeline unoptimized
  const requests = quick ? 2_000 : 6_000;
  // verify is measured before, between and after the servers: the machine's load drifts
  const verifies = [measureVerify(keypair, 1_000)];
  const bare = await load(await startBareVerifier(keypair), warmup, requests);
  verifies.push(measureVerify(keypair, 1_000));
  const axon = await load(await startEchoAxon(keypair), warmup, requests);
  verifies.push(measureVerify(keypair, 1_000));
  const mean = (pick: (v: { rate: number; cpuUs: number }) => number) =>
    verifies.reduce((sum, v) => sum + pick(v), 0) / verifies.length;
  const verify = { rate: mean((v) => v.rate), cpuUs: mean((v) => v.cpuUs) };
  const line = (label: string, r: { rate: number; cpuUs: number }, note = '') =>
    console.log(
      `  ${label.padEnd(46)} ${fmt(r.rate).padStart(6)} /s wall ${pct(r.rate / verify.rate).padStart(4)}   ${r.cpuUs.toFixed(0).padStart(4)} us CPU ${pct(verify.cpuUs / r.cpuUs).padStart(4)}  ${note}`,
    );
  const notes = (r: LoadFigures) => `${r.statuses}; first ${fmt(warmup)}: ${r.coldCpuUs.toFixed(0)} us CPU`;
  console.log(
    `  ${''.padEnd(46)} ${'rate'.padStart(9)} ${'vs verify'.padStart(10)}  ${'CPU/request'.padStart(10)}`,
  );
  line('raw sr25519 verify (wasm via @taonet/crypto)', verify);
  line('bare fastify route: verify + canned reply', bare, notes(bare));
  line('our axon, full pipeline (target >= 70%)', axon, notes(axon));
}

function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

async function benchMemory(quick: boolean): Promise<void> {
  const keypair = keypairOf(777_777);
  const axon = createAxon({ keypair, port: 0, host: '127.0.0.1' });
  axon.attach(Echo, { forward: (s) => ({ ...s, out: s.text }) });
  await axon.start();
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const requests = quick ? 20_000 : 100_000;
  const worker = startWorker({
    role: 'load',
    port: axon.port,
    axonHotkey: axon.hotkey,
    warmup: 0,
    requests,
    hotkeys: 1_000,
    concurrency: 32,
    presign: false,
  });
  await nextMessage(worker);
  worker.send('go');
  const result = await nextMessage<LoadResult>(worker);
  collectGarbage();
  const memory = process.memoryUsage();
  const stats = axon.stats();
  await axon.stop();
  console.log(
    `  ${fmt(requests)} requests from 1,000 hotkeys in ${(result.elapsedMs / 1000).toFixed(1)} s (statuses ${JSON.stringify(result.statuses)})`,
  );
  console.log(
    `  axon heap ${((memory.heapUsed - heapBefore) / 2 ** 20).toFixed(1)} MiB above its idle heap (rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB); nonces remembered ${fmt(stats.nonceEntries)} (bounded by the 64 s window), hotkeys tracked ${fmt(stats.trackedHotkeys)}`,
  );
}

export async function run(args: string[] = []): Promise<void> {
  await initCrypto();
  const quick = args.includes('--quick');
  console.log(`  (${loadAverage()} at the start)`);
  if (!args.includes('--fanout-only')) {
    console.log(
      'throughput (one axon in this process; pre-signed load from a child process, 32 connections; warm):',
    );
    await benchThroughput(quick);
  }
  if (!args.includes('--throughput-only')) {
    console.log('fan-out (our dendrite in this process, 256 axons in two child processes):');
    await benchFanOut();
  }
  if (!args.includes('--throughput-only') && !args.includes('--fanout-only')) {
    console.log('memory (one axon in this process, requests signed on the fly by a child process):');
    await benchMemory(quick);
  }
  console.log(`  (${loadAverage()} at the end)`);
}
