/**
 * Batch signature verification for block import. A batch is split between the calling thread and worker
 * threads (each instantiates @polkadot/wasm-crypto, the same schnorrkel/ed25519 code `@taonet/crypto`
 * calls): `start` hands the batch to the workers at once (one message each, the checks in a
 * SharedArrayBuffer), the caller does its own work (executing the block), then `finish` verifies the
 * chunks nobody has taken yet on the calling thread and waits for the chunks the workers hold. Whoever
 * is free takes the next chunk, so the split follows the machine's load.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { verifySignature } from '@taonet/crypto';
import {
  cancelBatch,
  getBatchDone,
  helpVerifyBatch,
  packSignatureBatch,
  ResultCode,
  type SignatureBatch,
} from './signatureBatch.js';
import { VERIFY_WORKER_SOURCE } from './verifyWorkerSource.js';

export interface SignatureCheck {
  readonly type: 'sr25519' | 'ed25519';
  readonly message: Uint8Array;
  readonly signature: Uint8Array;
  readonly publicKey: Uint8Array;
}

/** A batch being verified. */
export interface VerificationJob {
  /** verifies what is left on the calling thread, waits for the workers; one result per check, in order */
  finish(): Promise<boolean[]>;
  /** abandons the batch: no more chunks are handed out */
  cancel(): void;
  /** checks verified so far, and how many of them by the calling thread */
  progress(): { readonly done: number; readonly here: number; readonly count: number };
}

export interface SignatureVerifier {
  /** worker threads (0: the calling thread verifies everything) */
  readonly threads: number;
  /** hands `checks` to the workers now; the calling thread joins in `finish()` */
  start(checks: readonly SignatureCheck[]): VerificationJob;
  /** `start(checks).finish()` */
  verifyAll(checks: readonly SignatureCheck[]): Promise<boolean[]>;
  close(): Promise<void>;
}

/** Checks verified per take from the shared counter (about 2 ms of sr25519). */
export const VERIFY_CHUNK = 8;
/** Smaller batches are verified on the calling thread. */
const MIN_WORKER_BATCH = 2 * VERIFY_CHUNK;

function verifyOne(check: SignatureCheck): boolean {
  try {
    return verifySignature(check.type, check.message, check.signature, check.publicKey);
  } catch {
    return false;
  }
}

function inThreadJob(checks: readonly SignatureCheck[]): VerificationJob {
  let done = 0;
  return {
    finish: async () => {
      const results = checks.map(verifyOne);
      done = checks.length;
      return results;
    },
    cancel: () => undefined,
    progress: () => ({ done, here: done, count: checks.length }),
  };
}

export function createInThreadVerifier(): SignatureVerifier {
  return {
    threads: 0,
    start: inThreadJob,
    verifyAll: async (checks) => checks.map(verifyOne),
    close: async () => undefined,
  };
}

/** Default worker count: the cores left after the main thread (which verifies its share), at most 4. */
export function getDefaultVerifyThreads(): number {
  return Math.max(0, Math.min(4, availableParallelism() - 1));
}

/** The results of a batch; after a worker failure, the checks still pending are verified here. */
function collectResults(batch: SignatureBatch, checks: readonly SignatureCheck[]): boolean[] {
  const out = new Array<boolean>(batch.count);
  getBatchDone(batch); // an atomic read: orders the workers' result writes before the reads below
  for (let i = 0; i < batch.count; i++) {
    let result = batch.results[i]!;
    if (result === ResultCode.pending) result = verifyOne(checks[i]!) ? ResultCode.valid : ResultCode.invalid;
    out[i] = result === ResultCode.valid;
  }
  return out;
}

/**
 * `threads` worker threads plus the calling thread. A worker that fails (or exits) leaves the pool
 * to the calling thread: pending batches are finished there, later ones are verified there.
 */
export function createWorkerVerifier(threads: number): SignatureVerifier {
  if (threads <= 0) return createInThreadVerifier();
  const wasmCrypto = import.meta.resolve('@polkadot/wasm-crypto');
  /** batch id -> wakes the batch's `finish` (its last chunk was verified by a worker, or a worker failed) */
  const pending = new Map<number, () => void>();
  let nextId = 0;
  let broken = false;
  const fail = () => {
    broken = true;
    for (const complete of pending.values()) complete();
  };
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(VERIFY_WORKER_SOURCE, { eval: true, workerData: { wasmCrypto } });
    worker.unref();
    worker.on('message', (message: { id?: number }) => {
      if (message.id !== undefined) pending.get(message.id)?.();
    });
    worker.on('error', fail);
    worker.on('exit', fail);
    return worker;
  });
  const start = (checks: readonly SignatureCheck[]): VerificationJob => {
    if (broken || checks.length < MIN_WORKER_BATCH) return inThreadJob(checks);
    const batch = packSignatureBatch(checks, VERIFY_CHUNK);
    const id = nextId++;
    const completed = new Promise<void>((complete) => pending.set(id, complete));
    for (const worker of workers) worker.postMessage({ id, buffer: batch.buffer });
    let here = 0;
    return {
      async finish() {
        try {
          const helped = helpVerifyBatch(batch, checks, verifyOne);
          here += helped.verified;
          if (!helped.last && getBatchDone(batch) < batch.count && !broken) await completed;
        } finally {
          pending.delete(id);
        }
        return collectResults(batch, checks);
      },
      cancel() {
        cancelBatch(batch);
        pending.delete(id);
      },
      progress: () => ({ done: getBatchDone(batch), here, count: batch.count }),
    };
  };
  return {
    threads,
    start,
    verifyAll: (checks) => start(checks).finish(),
    async close() {
      for (const worker of workers) worker.off('exit', fail);
      fail(); // pending and later batches are finished on the calling thread
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** Checks per batch when a block's checks are handed over as the block decodes. */
export const VERIFY_SLICE = 256;

/** Checks handed to a verifier while they are still being produced, `VERIFY_SLICE` at a time. */
export interface SlicedVerification {
  add(check: SignatureCheck): void;
  /** hands over the last slice; the job of all of them, results in the order of `add` */
  end(): VerificationJob;
  cancel(): void;
}

function combineJobs(jobs: readonly VerificationJob[]): VerificationJob {
  return {
    // each finish() verifies what is left of its batch before its first await: all of them are helped
    // before any is waited for
    finish: async () => (await Promise.all(jobs.map((job) => job.finish()))).flat(),
    cancel: () => {
      for (const job of jobs) job.cancel();
    },
    progress: () => {
      const all = jobs.map((job) => job.progress());
      const total = (key: 'done' | 'here' | 'count') => all.reduce((sum, p) => sum + p[key], 0);
      return { done: total('done'), here: total('here'), count: total('count') };
    },
  };
}

/** Starts a batch on `verifier` each time `slice` checks are added, so workers begin before the end. */
export function startSlicedVerification(
  verifier: SignatureVerifier,
  slice = VERIFY_SLICE,
): SlicedVerification {
  const jobs: VerificationJob[] = [];
  let pending: SignatureCheck[] = [];
  return {
    add(check) {
      pending.push(check);
      if (pending.length < slice) return;
      jobs.push(verifier.start(pending));
      pending = [];
    },
    end() {
      if (pending.length > 0 || jobs.length === 0) jobs.push(verifier.start(pending));
      pending = [];
      return jobs.length === 1 ? jobs[0]! : combineJobs(jobs);
    },
    cancel() {
      for (const job of jobs) job.cancel();
    },
  };
}
