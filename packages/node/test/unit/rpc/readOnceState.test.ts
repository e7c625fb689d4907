import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MemoryBackend, type StateBackend } from '@taonet/runtime';
import { readOnceState } from '../../../src/rpc/handlers/readOnceState.js';

/** A backend over `values` that counts the reads of each key. */
function countingBackend(values: Record<string, number[]>) {
  const memory = new MemoryBackend(
    new Map(Object.entries(values).map(([key, bytes]) => [key, Uint8Array.from(bytes)])),
  );
  const reads = new Map<string, number>();
  const backend: StateBackend = {
    get: (key) => {
      reads.set(key, (reads.get(key) ?? 0) + 1);
      return memory.get(key);
    },
    keysWithPrefix: (prefix) => memory.keysWithPrefix(prefix),
  };
  return { backend, reads };
}

describe('readOnceState', () => {
  it('reads each key from the backend once, present or absent, and gives the same bytes again', () => {
    const { backend, reads } = countingBackend({ aa01: [1, 2], aa02: [3], bb01: [4] });
    const state = readOnceState(backend);
    const first = state.get('aa01');
    assert.deepEqual(first, Uint8Array.of(1, 2));
    assert.equal(state.get('aa01'), first);
    assert.equal(state.get('cc00'), undefined);
    assert.equal(state.get('cc00'), undefined);
    assert.deepEqual(
      [...reads],
      [
        ['aa01', 1],
        ['cc00', 1],
      ],
    );
    assert.deepEqual(state.keysWithPrefix('aa'), ['aa01', 'aa02']);
  });

  it('is an overlay: writes stay in it, above what was read', () => {
    const { backend } = countingBackend({ aa01: [1] });
    const state = readOnceState(backend);
    assert.deepEqual(state.get('aa01'), Uint8Array.of(1));
    state.set('aa01', Uint8Array.of(9));
    state.delete('aa02');
    assert.deepEqual(state.get('aa01'), Uint8Array.of(9));
    assert.deepEqual(backend.get('aa01'), Uint8Array.of(1));
    assert.equal(readOnceState(backend).get('aa01')?.[0], 1);
  });
});
