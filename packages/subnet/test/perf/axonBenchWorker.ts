/**
 * The child processes of the axon bench (axon.bench.ts): a load generator that sends signed Echo requests to
 * one axon over raw keep-alive connections, and a host of many axons for the fan-out part. A child is this
 * file forked under tsx with its job in the environment; the parent drives it by messages.
 */
import { type ChildProcess, fork } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { createKeypairFromSeed, initCrypto, type Keypair } from '@taonet/crypto';
import { z } from 'zod';
import { prepareRequest } from '../../src/dendrite/dendriteRequest.js';
import { createAxon, defineSynapse, nextNonce } from '../../src/index.js';

export const Echo = defineSynapse({
  name: 'Echo',
  fields: { text: z.string(), out: z.string().nullable().default(null) },
  requiredHashFields: ['text'],
});

/** Per-hotkey limits out of the way: one load generator speaks for few hotkeys. */
export const OPEN_LIMITS = { perHotkey: { ratePerSecond: 1e9, burst: 1e9, maxConcurrent: 1e6 } };

export function keypairOf(index: number): Keypair {
  const seed = new Uint8Array(32);
  new DataView(seed.buffer).setUint32(0, index + 1);
  return createKeypairFromSeed(seed);
}

/**
 * Sends `warmup` requests when told, reports, then `requests` more when told again (the measured ones),
 * and reports the elapsed time and statuses of those.
 */
export interface LoadJob {
  role: 'load';
  port: number;
  axonHotkey: string;
  warmup: number;
  requests: number;
  hotkeys: number;
  concurrency: number;
  presign: boolean;
}

export interface AxonsJob {
  role: 'axons';
  count: number;
  delays: number[];
}

export interface LoadResult {
  elapsedMs: number;
  statuses: Record<number, number>;
}

/** One keep-alive connection speaking raw HTTP/1.1 (much lighter than http.request, so the axon is the bottleneck). */
function openConnection(port: number): Promise<(request: Buffer) => Promise<number>> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.setNoDelay(true);
    let pending: ((status: number) => void) | null = null;
    let buffer: Buffer = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = buffer.subarray(0, end).toString('latin1');
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
      if (buffer.length < end + 4 + length) return;
      buffer = buffer.subarray(end + 4 + length);
      const done = pending;
      pending = null;
      done?.(Number(head.slice(9, 12)));
    });
    socket.on('error', reject);
    socket.on('connect', () =>
      resolve((request) => {
        const reply = new Promise<number>((r) => {
          pending = r;
        });
        socket.write(request);
        return reply;
      }),
    );
  });
}

function serialize(p: { headers: Record<string, string>; body: string }): Buffer {
  let head = 'POST /Echo HTTP/1.1\r\n';
  for (const [k, v] of Object.entries(p.headers)) head += `${k}: ${v}\r\n`;
  return Buffer.from(`${head}\r\n${p.body}`);
}

const nextParentMessage = () => new Promise((resolve) => process.once('message', resolve));

/** Child: the load generator (see LoadJob). */
async function runLoad(job: LoadJob): Promise<void> {
  await initCrypto();
  const keys = Array.from({ length: job.hotkeys }, (_, i) => keypairOf(i));
  const target = { ip: '127.0.0.1', port: job.port, hotkey: job.axonHotkey };
  const build = (i: number) => {
    const keypair = keys[i % keys.length]!;
    const identity = {
      keypair,
      uuid: `bench-${i % keys.length}`,
      version: 10_002_000,
      externalIp: '127.0.0.1',
    };
    const p = prepareRequest(Echo, Echo.create({ text: `hello ${i}` }), target, 12, identity, nextNonce());
    return serialize(p);
  };
  const total = job.warmup + job.requests;
  const presigned = job.presign ? Array.from({ length: total }, (_, i) => build(i)) : [];
  const connections = await Promise.all(
    Array.from({ length: job.concurrency }, () => openConnection(job.port)),
  );
  const statuses: Record<number, number> = {};
  let next = 0;
  const send = (end: number) =>
    Promise.all(
      connections.map(async (connection) => {
        for (let i = next++; i < end; i = next++) {
          const status = await connection(job.presign ? presigned[i]! : build(i));
          if (i >= job.warmup) statuses[status] = (statuses[status] ?? 0) + 1;
        }
        next = end;
      }),
    );
  process.send!({ ready: true });
  await nextParentMessage();
  if (job.warmup > 0) {
    await send(job.warmup);
    process.send!({ warmed: true });
    await nextParentMessage();
  }
  const started = performance.now();
  await send(total);
  process.send!({ elapsedMs: performance.now() - started, statuses } satisfies LoadResult);
  process.exit(0);
}

/** Child: runs `count` axons, axon i's forward taking `delays[i]` ms; reports their ports and hotkeys. */
async function runAxons(job: AxonsJob): Promise<void> {
  await initCrypto();
  const axons = [];
  for (let i = 0; i < job.count; i++) {
    const keypair = keypairOf(10_000 + i);
    const axon = createAxon({ keypair, port: 0, host: '127.0.0.1', limits: OPEN_LIMITS });
    const delay = job.delays[i] ?? 0;
    axon.attach(Echo, {
      forward: async (s) => {
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        return { ...s, out: s.text };
      },
    });
    await axon.start();
    axons.push({ ip: '127.0.0.1', port: axon.port, hotkey: axon.hotkey });
  }
  process.send!({ axons });
  await nextParentMessage();
  process.exit(0);
}

const ROLE_ENV = 'TAONET_AXON_BENCH_JOB';

/** A child process running `job` (this file under tsx). */
export function startWorker(job: LoadJob | AxonsJob): ChildProcess {
  return fork(fileURLToPath(import.meta.url), [], {
    execArgv: ['--conditions=development', '--import', 'tsx'],
    env: { ...process.env, [ROLE_ENV]: JSON.stringify(job) },
  });
}

export function nextMessage<T>(worker: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve as (m: unknown) => void);
    worker.once('error', reject);
  });
}

/** CPU microseconds (user + system) this process spent since `start`. */
export function cpuMicros(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

const jobText = process.env[ROLE_ENV];
if (jobText !== undefined && process.send !== undefined) {
  const job = JSON.parse(jobText) as LoadJob | AxonsJob;
  await (job.role === 'load' ? runLoad(job) : runAxons(job));
}
