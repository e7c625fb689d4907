import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { initCrypto } from '@taonet/crypto';
import fc from 'fast-check';
import { stageStateChanges } from '../../src/stagedState.js';
import type { StateChanges } from '../../src/stateBackend.js';
import { EMPTY_TRIE_ROOT } from '../../src/trieReader.js';
import { stageWithMpt } from '../fixtures/mptStaging.js';
import { nodeSourceOf, reachableNodeKeys } from '../fixtures/storedNodes.js';
import { testChanges } from '../fixtures/testChain.js';

await initCrypto();

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
/** The node hash, as hex, at the end of a hex node key (its last 32 bytes). */
const hashHexOf = (nodeKey: string): string => nodeKey.slice(-64);

/**
 * Both implementations over their own node stores, block after block; asserts they agree on each, and
 * that ours, keeping one state, holds exactly the nodes of the new root once it writes the inserted
 * nodes and deletes the replaced ones.
 */
async function assertSameAsMpt(blocks: readonly StateChanges[]): Promise<void> {
  const ours = new Map<string, Uint8Array>();
  const theirs = new Map<string, Uint8Array>();
  let root = EMPTY_TRIE_ROOT;
  for (const [n, changes] of blocks.entries()) {
    const expected = await stageWithMpt((hash) => theirs.get(hex(hash)), root, changes);
    const staged = await stageStateChanges(nodeSourceOf(ours), root, changes);
    assert.equal(hex(staged.root), hex(expected.root), `block ${n}: state root`);
    const oursByHash = new Set([...ours.keys()].map(hashHexOf));
    for (const [key, bytes] of staged.inserted) {
      const hash = hashHexOf(key);
      assert.deepEqual(bytes, expected.nodes.get(hash) ?? theirs.get(hash), `block ${n}: node ${hash}`);
    }
    // mpt may list a node we left untouched (same bytes rewritten): it must be stored already
    const inserted = new Set([...staged.inserted.keys()].map(hashHexOf));
    for (const hash of expected.nodes.keys()) assert.ok(inserted.has(hash) || oursByHash.has(hash), hash);
    for (const key of staged.replaced) assert.ok(ours.delete(key), `block ${n}: replaced ${key} not stored`);
    for (const [key, bytes] of staged.inserted) ours.set(key, bytes);
    for (const [hash, bytes] of expected.nodes) theirs.set(hash, bytes);
    assert.deepEqual(new Set(ours.keys()), reachableNodeKeys(nodeSourceOf(ours), [staged.root]));
    root = expected.root;
  }
}

/** Keys from few byte values: long shared prefixes, keys that prefix others, the empty key. */
const keyArb = fc
  .oneof(
    fc.array(fc.constantFrom(0x00, 0x01, 0xab), { maxLength: 3 }),
    fc.array(fc.constantFrom(0x00, 0x01, 0x10, 0x1f, 0xab, 0xff), { maxLength: 5 }),
  )
  .map((bytes) => hex(Uint8Array.from(bytes)));
/** Empty, short (inline nodes) and long (hashed nodes) values. */
const valueArb = fc.oneof(
  fc.uint8Array({ maxLength: 4 }),
  fc.uint8Array({ minLength: 20, maxLength: 40 }),
  fc.constant(new Uint8Array(0)),
);
const changeArb = fc.tuple(keyArb, fc.option(valueArb, { freq: 2 }));
const blockArb = fc.array(changeArb, { maxLength: 24 }).map((entries) => new Map(entries));

describe('MutableTrie staging gives what @ethereumjs/mpt gives', () => {
  it('on random blocks of writes and deletes over prefix-sharing keys (property)', async () => {
    await fc.assert(fc.asyncProperty(fc.array(blockArb, { minLength: 1, maxLength: 5 }), assertSameAsMpt), {
      numRuns: 400,
    });
  });

  it('on 32-byte hashed keys (the runtime shape), 8 blocks of 200 changes', async () => {
    const opts = { seed: 7, changesPerBlock: 200, keySpace: 400 };
    await assertSameAsMpt(Array.from({ length: 8 }, (_, n) => testChanges(n, opts)));
  });

  it('replays mpt quirks: a sibling delete drops the value of a branch left with one child', async () => {
    const v = (b: number) => Uint8Array.of(b);
    await assertSameAsMpt([
      new Map([
        ['ab', v(1)],
        ['abc1', v(2)],
        ['abd2', v(3)],
      ]),
      new Map([['abd2', null]]),
      new Map([['ab', v(4)]]),
    ]);
  });

  it('deletes the empty key, and every key, down to the empty root', async () => {
    await assertSameAsMpt([
      new Map([
        ['', Uint8Array.of(1)],
        ['00', Uint8Array.of(2)],
        ['0001', new Uint8Array(40)],
      ]),
      new Map([['', null]]),
      new Map<string, Uint8Array | null>([
        ['00', null],
        ['0001', null],
        ['', null],
      ]),
    ]);
  });
});
