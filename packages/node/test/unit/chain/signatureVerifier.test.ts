import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto } from '@taonet/crypto';
import { createInThreadVerifier, createWorkerVerifier, type SignatureCheck } from '../../../src/index.js';

before(() => initCrypto());

function checks(count: number): SignatureCheck[] {
  const sr = createKeypairFromUri('//Alice');
  const ed = createKeypairFromUri('//Alice', { type: 'ed25519' });
  return Array.from({ length: count }, (_, i) => {
    const key = i % 3 === 0 ? ed : sr;
    const message = new TextEncoder().encode(`message ${i}`);
    const signature = key.sign(message);
    if (i % 7 === 5) signature[0]! ^= 1;
    return { type: key.type, message, signature, publicKey: key.publicKey };
  });
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
      assert.deepEqual((await workers.verifyAll([...batch.slice(0, 20), malformed])).at(-1), false);
    } finally {
      await workers.close();
    }
  });
});
