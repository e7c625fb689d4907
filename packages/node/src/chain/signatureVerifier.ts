/**
 * Batch signature verification for block import: in the calling thread, or spread over worker threads
 * (each instantiates @polkadot/wasm-crypto, the same schnorrkel/ed25519 code `@taonet/crypto` calls), so
 * that the main thread executes the block while the workers verify it.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { verifySignature } from '@taonet/crypto';

export interface SignatureCheck {
  readonly type: 'sr25519' | 'ed25519';
  readonly message: Uint8Array;
  readonly signature: Uint8Array;
  readonly publicKey: Uint8Array;
}

export interface SignatureVerifier {
  /** worker threads (0: the calling thread verifies) */
  readonly threads: number;
  /** one result per check, in order */
  verifyAll(checks: readonly SignatureCheck[]): Promise<boolean[]>;
  close(): Promise<void>;
}

function verifyOne(check: SignatureCheck): boolean {
  try {
    return verifySignature(check.type, check.message, check.signature, check.publicKey);
  } catch {
    return false;
  }
}

export function createInThreadVerifier(): SignatureVerifier {
  return {
    threads: 0,
    verifyAll: async (checks) => checks.map(verifyOne),
    close: async () => undefined,
  };
}

/** The worker: plain JavaScript evaluated in the thread, importing wasm-crypto by its resolved URL. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.wasmCrypto).then(async (wasm) => {
  await wasm.waitReady();
  parentPort.on('message', ({ id, checks }) => {
    const results = checks.map((c) => {
      try {
        return c.type === 'sr25519'
          ? wasm.sr25519Verify(c.signature, c.message, c.publicKey)
          : wasm.ed25519Verify(c.signature, c.message, c.publicKey);
      } catch {
        return false;
      }
    });
    parentPort.postMessage({ id, results });
  });
  parentPort.postMessage({ ready: true });
});
`;

interface PoolWorker {
  readonly worker: Worker;
  readonly ready: Promise<void>;
}

/** Default worker count: the cores left after the main thread, at most 4. */
export function getDefaultVerifyThreads(): number {
  return Math.max(0, Math.min(4, availableParallelism() - 1));
}

export function createWorkerVerifier(threads: number): SignatureVerifier {
  if (threads <= 0) return createInThreadVerifier();
  const wasmCrypto = import.meta.resolve('@polkadot/wasm-crypto');
  const pending = new Map<number, (results: boolean[]) => void>();
  let nextId = 0;
  const workers: PoolWorker[] = Array.from({ length: threads }, () => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { wasmCrypto } });
    worker.unref();
    const ready = new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.on('message', (message: { ready?: boolean; id?: number; results?: boolean[] }) => {
        if (message.ready) resolve();
        else pending.get(message.id!)?.(message.results!);
      });
    });
    return { worker, ready };
  });
  const run = async (w: PoolWorker, checks: readonly SignatureCheck[]): Promise<boolean[]> => {
    await w.ready;
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, (results) => {
        pending.delete(id);
        resolve(results);
      });
      w.worker.postMessage({ id, checks });
    });
  };
  return {
    threads,
    async verifyAll(checks) {
      if (checks.length < 16) return checks.map(verifyOne);
      const size = Math.ceil(checks.length / workers.length);
      const parts = workers.map((w, i) => run(w, checks.slice(i * size, (i + 1) * size)));
      return (await Promise.all(parts)).flat();
    },
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
