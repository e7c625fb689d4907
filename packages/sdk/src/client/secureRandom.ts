/**
 * Random bytes from the system's CSPRNG without loading node:crypto (~2.5 ms in a fresh process, before a
 * connection could be opened): read from /dev/urandom in blocks of 4 KiB (Linux, macOS, the BSDs), else
 * node:crypto's `randomFillSync` (Windows). For a WebSocket client's handshake key and frame masks, which
 * RFC 6455 wants unpredictable.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const POOL_SIZE = 4096;
let pool = new Uint8Array(0);
let used = 0;
let fromDevice = true;

type RandomFill = (buffer: Uint8Array) => void;

function deviceFill(buffer: Uint8Array): boolean {
  let fd: number;
  try {
    fd = openSync('/dev/urandom', 'r');
  } catch {
    return false;
  }
  try {
    for (let read = 0; read < buffer.length; ) read += readSync(fd, buffer, read, buffer.length - read, null);
  } finally {
    closeSync(fd);
  }
  return true;
}

function cryptoFill(buffer: Uint8Array): void {
  const crypto = process.getBuiltinModule?.('node:crypto') as { randomFillSync: RandomFill } | undefined;
  if (crypto === undefined) throw new Error('no source of secure random bytes (/dev/urandom, node:crypto)');
  crypto.randomFillSync(buffer);
}

/** Fills `target` with secure random bytes. */
export function fillRandom(target: Uint8Array): void {
  if (target.length > POOL_SIZE) {
    if (!(fromDevice && deviceFill(target))) cryptoFill(target);
    return;
  }
  if (used + target.length > pool.length) {
    pool = new Uint8Array(POOL_SIZE);
    fromDevice = fromDevice && deviceFill(pool);
    if (!fromDevice) cryptoFill(pool);
    used = 0;
  }
  target.set(pool.subarray(used, used + target.length));
  // a byte is handed out once
  pool.fill(0, used, used + target.length);
  used += target.length;
}
