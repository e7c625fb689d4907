import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMPTY_TRIE_ROOT, TrieState } from '@taonet/storage';
import fc from 'fast-check';
import { stageStateChanges } from '../../src/stagedState.js';
import { nodeSourceOf } from '../fixtures/storedNodes.js';

/** A trie state over an in-memory node map, holding exactly `entries`. */
async function trieOf(entries: ReadonlyMap<string, Uint8Array>): Promise<TrieState> {
  const staged = await stageStateChanges(() => undefined, EMPTY_TRIE_ROOT, entries);
  return new TrieState(staged.root, nodeSourceOf(staged.inserted));
}

const hexKey = fc
  .uint8Array({ minLength: 0, maxLength: 4 })
  .map((bytes) => Buffer.from(bytes).toString('hex'))
  .chain((tail) => fc.constantFrom('aa', 'aabb', 'ab', '', '0f').map((head) => head + tail));
const stateArb = fc.uniqueArray(fc.tuple(hexKey, fc.uint8Array({ maxLength: 40 })), {
  selector: ([key]) => key,
  maxLength: 40,
});
const prefixArb = fc.constantFrom('', 'a', 'aa', 'aab', 'aabb', '0', 'ff', 'ab0');

describe('TrieState', () => {
  it('reads values, prefixes and pages like a sorted map (property)', async () => {
    await fc.assert(
      fc.asyncProperty(stateArb, prefixArb, fc.integer({ min: 1, max: 5 }), async (pairs, prefix, count) => {
        const map = new Map(pairs);
        const state = await trieOf(map);
        const sorted = [...map.keys()].sort();
        for (const [key, value] of map) assert.deepEqual(state.get(key), value);
        assert.equal(state.get('beef'.repeat(3)), map.get('beef'.repeat(3)));
        const expected = sorted.filter((k) => k.startsWith(prefix));
        assert.deepEqual([...state.keysWithPrefix(prefix)], expected);
        const pages: string[] = [];
        for (let page = state.keysPaged(prefix, count); page.length > 0; ) {
          pages.push(...page);
          page = state.keysPaged(prefix, count, page[page.length - 1]);
        }
        assert.deepEqual(pages, expected);
      }),
      { numRuns: 150 },
    );
  });

  it('pages from a start key that is not itself stored', async () => {
    const state = await trieOf(
      new Map(['aa01', 'aa02', 'aa0301', 'aa04', 'ab'].map((k) => [k, Uint8Array.of(1)])),
    );
    assert.deepEqual(state.keysPaged('aa', 10, 'aa03'), ['aa0301', 'aa04']);
    assert.deepEqual(state.keysPaged('aa', 10, '00'), ['aa01', 'aa02', 'aa0301', 'aa04']);
    assert.deepEqual(state.keysPaged('aa', 10, 'ff'), []);
    assert.deepEqual(state.keysPaged('aa', 0), []);
  });

  it('rejects malformed keys and prefixes', async () => {
    const state = await trieOf(new Map([['aa', Uint8Array.of(1)]]));
    assert.throws(() => state.get('0xaa'), { code: 'INVALID_STATE_KEY' });
    assert.throws(() => state.get('AA'), { code: 'INVALID_STATE_KEY' });
    assert.throws(() => state.get('a'), { code: 'INVALID_STATE_KEY' });
    assert.throws(() => [...state.keysWithPrefix('A')], { code: 'INVALID_STATE_KEY' });
  });

  it('throws STATE_UNAVAILABLE when the root has no stored nodes', () => {
    const state = new TrieState(new Uint8Array(32).fill(7), () => undefined);
    assert.throws(() => state.get('aa'), { code: 'STATE_UNAVAILABLE' });
  });
});
