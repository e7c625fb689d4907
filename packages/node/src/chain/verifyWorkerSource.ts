/**
 * The verification worker, as plain JavaScript evaluated in the thread (loaders such as tsx do not reach
 * worker threads on Node 20, so the worker imports nothing but `node:worker_threads` and
 * @polkadot/wasm-crypto by its resolved URL). For each batch message it takes chunks of the shared batch
 * (`signatureBatch.ts`) until none is left, writes each result at its index, and posts `{ id }` when its
 * chunk was the batch's last one.
 */
export const VERIFY_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const NEXT = 0, DONE = 1, COUNT = 2, CHUNK = 3;
const OFFSETS = 4, TYPES = 5, RESULTS = 6, SIGNATURES = 7, KEYS = 8, MESSAGES = 9;
function verifyBatch(wasm, buffer) {
  const header = new Int32Array(buffer, 0, 16);
  const count = header[COUNT], chunk = header[CHUNK];
  const offsets = new Int32Array(buffer, header[OFFSETS], count + 1);
  const types = new Uint8Array(buffer, header[TYPES], count);
  const results = new Uint8Array(buffer, header[RESULTS], count);
  const bytes = new Uint8Array(buffer);
  const signatures = header[SIGNATURES], keys = header[KEYS], messages = header[MESSAGES];
  for (;;) {
    const start = Atomics.add(header, NEXT, chunk);
    if (start >= count) return false;
    const end = Math.min(count, start + chunk);
    for (let i = start; i < end; i++) {
      let valid = false;
      if (types[i] < 2) {
        const signature = bytes.subarray(signatures + i * 64, signatures + i * 64 + 64);
        const key = bytes.subarray(keys + i * 32, keys + i * 32 + 32);
        const message = bytes.subarray(messages + offsets[i], messages + offsets[i + 1]);
        try {
          valid = types[i] === 0
            ? wasm.sr25519Verify(signature, message, key)
            : wasm.ed25519Verify(signature, message, key);
        } catch {
          valid = false;
        }
      }
      results[i] = valid ? 1 : 2;
    }
    if (Atomics.add(header, DONE, end - start) + (end - start) === count) return true;
  }
}
import(workerData.wasmCrypto).then(async (wasm) => {
  await wasm.waitReady();
  parentPort.on('message', ({ id, buffer }) => {
    if (verifyBatch(wasm, buffer)) parentPort.postMessage({ id });
  });
  parentPort.postMessage({ ready: true });
});
`;
