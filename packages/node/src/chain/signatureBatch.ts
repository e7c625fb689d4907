/**
 * A batch of signature checks packed into one SharedArrayBuffer, so that the calling thread and every
 * worker thread take chunks of it from one shared counter (whoever is free verifies the next chunk) and
 * write each result at its check's index: one message per worker per batch, nothing copied back.
 *
 * Layout: a header of int32 slots (below), then the message offsets (int32, count + 1), the key types
 * (byte), the results (byte: 0 pending, 1 valid, 2 invalid), the signatures (64 bytes each), the public
 * keys (32 bytes each) and the messages end to end. The header gives each region's byte offset, so the
 * worker (plain JavaScript, `verifyWorkerSource.ts`) needs no copy of this code.
 */
import type { SignatureCheck } from './signatureVerifier.js';

/** Header slots (int32). */
export const BatchSlot = {
  /** the next unclaimed check (Atomics.add by CHUNK) */
  next: 0,
  /** checks verified so far (Atomics.add after each chunk) */
  done: 1,
  count: 2,
  chunk: 3,
  offsets: 4,
  types: 5,
  results: 6,
  signatures: 7,
  keys: 8,
  messages: 9,
} as const;

const HEADER_SLOTS = 16;
/** key type byte: sr25519, ed25519, or a check that cannot be valid (wrong signature or key length) */
export const KeyTypeCode = { sr25519: 0, ed25519: 1, malformed: 2 } as const;
export const ResultCode = { pending: 0, valid: 1, invalid: 2 } as const;

export interface SignatureBatch {
  readonly buffer: SharedArrayBuffer;
  readonly header: Int32Array;
  readonly results: Uint8Array;
  readonly count: number;
}

const align8 = (n: number) => Math.ceil(n / 8) * 8;

/** Packs `checks`; workers take `chunk` checks at a time. */
export function packSignatureBatch(checks: readonly SignatureCheck[], chunk: number): SignatureBatch {
  const count = checks.length;
  const messageBytes = checks.reduce((sum, c) => sum + c.message.length, 0);
  const offsetsAt = HEADER_SLOTS * 4;
  const typesAt = align8(offsetsAt + (count + 1) * 4);
  const resultsAt = align8(typesAt + count);
  const signaturesAt = align8(resultsAt + count);
  const keysAt = signaturesAt + count * 64;
  const messagesAt = keysAt + count * 32;
  const buffer = new SharedArrayBuffer(align8(messagesAt + messageBytes));
  const header = new Int32Array(buffer, 0, HEADER_SLOTS);
  header.set([0, 0, count, chunk, offsetsAt, typesAt, resultsAt, signaturesAt, keysAt, messagesAt]);
  const offsets = new Int32Array(buffer, offsetsAt, count + 1);
  const types = new Uint8Array(buffer, typesAt, count);
  const bytes = new Uint8Array(buffer);
  let at = 0;
  checks.forEach((check, i) => {
    offsets[i] = at;
    bytes.set(check.message, messagesAt + at);
    at += check.message.length;
    if (check.signature.length !== 64 || check.publicKey.length !== 32) {
      types[i] = KeyTypeCode.malformed;
      return;
    }
    types[i] = check.type === 'sr25519' ? KeyTypeCode.sr25519 : KeyTypeCode.ed25519;
    bytes.set(check.signature, signaturesAt + i * 64);
    bytes.set(check.publicKey, keysAt + i * 32);
  });
  offsets[count] = at;
  return { buffer, header, results: new Uint8Array(buffer, resultsAt, count), count };
}

/**
 * Takes chunks of `batch` until none is left, verifying each check with `verify` (the original check
 * objects of the calling thread); returns how many checks this call verified, and whether they were the
 * last outstanding ones.
 */
export function helpVerifyBatch(
  batch: SignatureBatch,
  checks: readonly SignatureCheck[],
  verify: (check: SignatureCheck) => boolean,
): { verified: number; last: boolean } {
  const { header, results, count } = batch;
  const chunk = header[BatchSlot.chunk]!;
  let verified = 0;
  for (;;) {
    const start = Atomics.add(header, BatchSlot.next, chunk);
    if (start >= count) return { verified, last: false };
    const end = Math.min(count, start + chunk);
    for (let i = start; i < end; i++) {
      results[i] = verify(checks[i]!) ? ResultCode.valid : ResultCode.invalid;
    }
    verified += end - start;
    if (Atomics.add(header, BatchSlot.done, end - start) + (end - start) === count) {
      return { verified, last: true };
    }
  }
}

/** Stops handing out chunks (the batch is abandoned). */
export function cancelBatch(batch: SignatureBatch): void {
  Atomics.store(batch.header, BatchSlot.next, batch.count);
}

/** Checks verified so far, by any thread. */
export function getBatchDone(batch: SignatureBatch): number {
  return Atomics.load(batch.header, BatchSlot.done);
}
