import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto } from '@taonet/crypto';
import { helpVerifyBatch, packSignatureBatch, ResultCode } from '../../../src/chain/signatureBatch.js';
import {
  createInThreadVerifier,
  createWorkerVerifier,
  type SignatureCheck,
  startSlicedVerification,
  type VerificationJob,
} from '../../../src/index.js';

before(() => initCrypto());

const sr = () => createKeypairFromUri('//Alice');

/** `count` checks of sr25519 and ed25519 signatures; the ones at `bad` are forged. */
function checks(count: number, bad: (i: number) => boolean = (i) => i % 7 === 5): SignatureCheck[] {
  const srKey = sr();
  const ed = createKeypairFromUri('//Alice', { type: 'ed25519' });
  return Array.from({ length: count }, (_, i) => {
    const key = i % 3 === 0 ? ed : srKey;
    const message = new TextEncoder().encode(`message ${i}`);
    const signature = key.sign(message);
    if (bad(i)) signature[0]! ^= 1;
    return { type: key.type, message, signature, publicKey: key.publicKey };
  });
}

const expectedOf = (batch: readonly SignatureCheck[], bad: (i: number) => boolean) =>
  batch.map((_, i) => !bad(i));

/** Keeps the calling thread busy for `ms` (the block execution the workers overlap with). */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

async function waitUntil(job: VerificationJob): Promise<void> {
  for (let i = 0; i < 1_000 && job.progress().done < job.progress().count; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('signature verifiers', () => {
  it('worker threads give the same answers as the calling thread, in order', async () => {
    const batch = checks(50);
    const expected = batch.map((_, i) => i % 7 !== 5);
    assert.deepEqual(await createInThreadVerifier().verifyAll(batch), expected);
    const workers = createWorkerVerifier(2);
    try {
      assert.deepEqual(await workers.verifyAll(batch), expected);
      assert.deepEqual(await workers.verifyAll(batch.slice(0, 3)), expected.slice(0, 3));
      const malformed = { ...batch[1]!, signature: new Uint8Array(3) };
      const badKey = { ...batch[2]!, publicKey: new Uint8Array(33) };
      const results = await workers.verifyAll([...batch.slice(0, 20), malformed, badKey]);
      assert.deepEqual(results, [...expected.slice(0, 20), false, false]);
    } finally {
      await workers.close();
    }
  });

  it('splits a batch between the calling thread and the workers; a bad signature in any share is found', async () => {
    const workers = createWorkerVerifier(1);
    try {
      for (const badAt of [0, 7, 8, 63, 64, 99, 199]) {
        const bad = (i: number) => i === badAt || i % 50 === 17;
        const batch = checks(200, bad);
        const job = workers.start(batch);
        busy(badAt % 3 === 0 ? 0 : 20); // the workers take chunks meanwhile
        const results = await job.finish();
        assert.deepEqual(results, expectedOf(batch, bad), `bad signature at ${badAt}`);
        const { done, here, count } = job.progress();
        assert.equal(count, 200);
        assert.equal(done, 200);
        assert.ok(here >= 0 && here <= 200);
      }
    } finally {
      await workers.close();
    }
  });

  it('the first chunks go to the worker, the rest is shared: bad signatures in both shares are found', async () => {
    const workers = createWorkerVerifier(1);
    try {
      const bad = (i: number) => i === 2 || i === 398;
      const batch = checks(400, bad);
      const job = workers.start(batch);
      for (let i = 0; i < 1_000 && job.progress().done === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      assert.deepEqual(await job.finish(), expectedOf(batch, bad));
      const { here, count } = job.progress();
      assert.ok(here > 0 && here < count, `the calling thread verified ${here} of ${count}`);
    } finally {
      await workers.close();
    }
  });

  it('the calling thread alone: a worker busy with an earlier batch leaves the later one to it', async () => {
    const workers = createWorkerVerifier(1);
    try {
      const bad = (i: number) => i === 31;
      const first = workers.start(checks(400, () => false));
      const second = workers.start(checks(32, bad));
      assert.deepEqual(await second.finish(), expectedOf(checks(32, bad), bad));
      assert.equal(second.progress().here, 32);
      assert.ok((await first.finish()).every(Boolean));
    } finally {
      await workers.close();
    }
  });

  it('the workers alone: a batch they finished before the calling thread joins', async () => {
    const workers = createWorkerVerifier(2);
    try {
      const bad = (i: number) => i === 0 || i === 40 || i === 79;
      const batch = checks(80, bad);
      const job = workers.start(batch);
      await waitUntil(job);
      assert.deepEqual(await job.finish(), expectedOf(batch, bad));
      assert.equal(job.progress().here, 0);
    } finally {
      await workers.close();
    }
  });

  it('a cancelled batch hands out no more chunks; a closed verifier verifies on the calling thread', async () => {
    const workers = createWorkerVerifier(1);
    const batch = checks(64, () => false);
    const job = workers.start(batch);
    job.cancel();
    await workers.close();
    const bad = (i: number) => i === 20;
    const later = checks(40, bad);
    assert.deepEqual(await workers.verifyAll(later), expectedOf(later, bad));
  });

  it('packs checks so that chunks verified anywhere land at their index', () => {
    const bad = (i: number) => i === 3 || i === 12;
    const batch = checks(20, bad);
    const packed = packSignatureBatch(batch, 8);
    const seen: number[] = [];
    const verify = (check: SignatureCheck) => {
      const i = batch.indexOf(check);
      seen.push(i);
      return !bad(i);
    };
    assert.deepEqual(helpVerifyBatch(packed, batch, verify), { verified: 20, last: true });
    assert.deepEqual(
      seen,
      Array.from({ length: 20 }, (_, i) => i),
    );
    assert.deepEqual(helpVerifyBatch(packed, batch, verify), { verified: 0, last: false });
    const codes = batch.map((_, i) => (bad(i) ? ResultCode.invalid : ResultCode.valid));
    assert.deepEqual([...packed.results], codes);
  });

  it('checks handed over slice by slice: one result per check in the order added, bad ones in any slice', async () => {
    const workers = createWorkerVerifier(1);
    try {
      const bad = (i: number) => i === 0 || i === 20 || i === 47 || i === 49;
      const batch = checks(50, bad);
      const sliced = startSlicedVerification(workers, 16);
      for (const check of batch) sliced.add(check);
      const job = sliced.end();
      assert.deepEqual(await job.finish(), expectedOf(batch, bad));
      assert.equal(job.progress().count, 50);
      const none = startSlicedVerification(workers, 16).end();
      assert.deepEqual(await none.finish(), []);
      const cancelled = startSlicedVerification(workers, 16);
      for (const check of batch) cancelled.add(check);
      cancelled.cancel();
    } finally {
      await workers.close();
    }
  });
});
