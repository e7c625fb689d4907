/**
 * TensorFlow.js on its WebAssembly backend, in Node. `@tensorflow/tfjs-node` cannot be installed here (its
 * install script downloads libtensorflow), and the pure-JS `cpu` backend is several times slower, so the
 * miners train on `@tensorflow/tfjs-backend-wasm`:
 *
 * - The three `.wasm` binaries ship in the package's `dist/`; in Node they are read from disk, so the paths
 *   given to `setWasmPaths` are file paths resolved from node_modules (no fetch, nothing downloaded).
 * - Node reports no cross-origin isolation, so the backend picks the single-threaded SIMD binary
 *   (`WASM_HAS_MULTITHREAD_SUPPORT` is false): results are deterministic for a fixed seed.
 * - tfjs is loaded on first use (dynamic import), so processes that never train do not pay for it.
 * - The emscripten glue adds process `uncaughtException`/`unhandledRejection` listeners that rethrow: after
 *   loading, an uncaught exception always ends the process; listeners registered earlier still run first.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as Tf from '@tensorflow/tfjs';

export type TfModule = typeof Tf;

let loading: Promise<TfModule> | null = null;

/** The directory holding tfjs-backend-wasm's `.wasm` files. */
export function getWasmDir(): string {
  const manifest = createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/package.json');
  return join(dirname(manifest), 'dist');
}

async function load(): Promise<TfModule> {
  const tf = await import('@tensorflow/tfjs');
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  const dir = getWasmDir();
  wasm.setWasmPaths({
    'tfjs-backend-wasm.wasm': join(dir, 'tfjs-backend-wasm.wasm'),
    'tfjs-backend-wasm-simd.wasm': join(dir, 'tfjs-backend-wasm-simd.wasm'),
    'tfjs-backend-wasm-threaded-simd.wasm': join(dir, 'tfjs-backend-wasm-threaded-simd.wasm'),
  });
  if (!(await tf.setBackend('wasm'))) throw new Error('tfjs: the wasm backend failed to initialise');
  await tf.ready();
  return tf;
}

/** tfjs with the wasm backend selected and ready; the first call loads it, later calls share it. */
export function initTfWasm(): Promise<TfModule> {
  loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
