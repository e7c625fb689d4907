import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { verifyMerkleProof } from '@ethereumjs/mpt';
import { EMPTY_TRIE_ROOT, TrieState, verifyReadProof } from '@taonet/storage';
import { stageStateChanges } from '../../src/stagedState.js';
import { trieHash } from '../../src/trieReader.js';
import { encodeTrieValue } from '../../src/trieValue.js';
import { nodeSourceOf } from '../fixtures/storedNodes.js';
import { testChanges, testKey } from '../fixtures/testChain.js';

async function createState(): Promise<{ state: TrieState; values: Map<string, Uint8Array> }> {
  const values = new Map<string, Uint8Array>();
  for (const [key, value] of testChanges(0, { changesPerBlock: 200, keySpace: 100_000 }))
    values.set(key, value!);
  const staged = await stageStateChanges(() => undefined, EMPTY_TRIE_ROOT, values);
  const state = new TrieState(staged.root, nodeSourceOf(staged.inserted));
  return { state, values };
}

describe('read proofs', () => {
  it('prove present and absent keys against the root alone', async () => {
    const { state, values } = await createState();
    const present = [...values.keys()].slice(0, 5);
    const absent = [testKey(1, 99), testKey(2, 99)];
    const proof = state.getReadProof([...present, ...absent]);
    const proven = verifyReadProof(state.stateRoot, proof, [...present, ...absent]);
    for (const key of present) assert.deepEqual(proven.get(key), values.get(key));
    for (const key of absent) assert.equal(proven.get(key), null);
    // shared upper nodes appear once
    assert.equal(new Set(proof.map((node) => Buffer.from(node).toString('hex'))).size, proof.length);
  });

  it('fail for a key the proof does not cover, or a missing node', async () => {
    const { state, values } = await createState();
    const [first, second] = [...values.keys()];
    const proof = state.getReadProof([first!]);
    assert.throws(() => verifyReadProof(state.root, proof, [second!]), { code: 'INVALID_READ_PROOF' });
    assert.throws(() => verifyReadProof(state.root, proof.slice(0, -1), [first!]), {
      code: 'INVALID_READ_PROOF',
    });
    assert.throws(() => verifyReadProof(new Uint8Array(32), proof, [first!]), { code: 'INVALID_READ_PROOF' });
  });

  it('a tampered value no longer verifies against the root', async () => {
    const { state, values } = await createState();
    const key = [...values.keys()][3]!;
    const proof = state.getReadProof([key]).map((node) => Uint8Array.from(node));
    const leaf = proof[proof.length - 1]!;
    leaf[leaf.length - 1] = leaf[leaf.length - 1]! ^ 1;
    assert.throws(() => verifyReadProof(state.root, proof, [key]), { code: 'INVALID_READ_PROOF' });
  });

  it('are standard Merkle Patricia proofs: @ethereumjs/mpt verifies them with blake2b-256', async () => {
    const { state, values } = await createState();
    const key = [...values.keys()][7]!;
    const proof = state.getReadProof([key]);
    const value = await verifyMerkleProof(Buffer.from(key, 'hex'), proof, {
      root: state.root,
      useKeyHashingFunction: trieHash,
    });
    assert.deepEqual(value, encodeTrieValue(values.get(key)!));
  });
});
