import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { MemoryBackend } from '../../../src/state/memoryBackend.js';
import { OverlayState } from '../../../src/state/overlayState.js';

const bytes = (n: number) => Uint8Array.of(n);

describe('OverlayState', () => {
  it('reads through layers to the backend', () => {
    const backend = new MemoryBackend(new Map([['aa01', bytes(1)]]));
    const state = new OverlayState(backend);
    assert.deepEqual(state.get('aa01'), bytes(1));
    state.set('aa01', bytes(2));
    assert.deepEqual(state.get('aa01'), bytes(2));
    state.delete('aa01');
    assert.equal(state.get('aa01'), undefined);
    assert.deepEqual(backend.get('aa01'), bytes(1), 'the backend is untouched until changes are applied');
  });

  it('rolls back a failed transaction and keeps a successful one', () => {
    const state = new OverlayState(new MemoryBackend());
    state.set('01', bytes(1));
    assert.throws(() =>
      state.transaction(() => {
        state.set('01', bytes(9));
        state.set('02', bytes(9));
        throw new Error('boom');
      }),
    );
    assert.deepEqual(state.get('01'), bytes(1));
    assert.equal(state.get('02'), undefined);
    state.transaction(() => state.transaction(() => state.set('03', bytes(3))));
    assert.deepEqual(state.get('03'), bytes(3));
    assert.equal(state.depth, 0);
  });

  it('simulate never keeps writes', () => {
    const state = new OverlayState(new MemoryBackend());
    const seen = state.simulate(() => {
      state.set('01', bytes(1));
      return state.get('01');
    });
    assert.deepEqual(seen, bytes(1));
    assert.equal(state.get('01'), undefined);
  });

  it('iterates prefixes in byte order, merging overlay writes and deletions', () => {
    const backend = new MemoryBackend(
      new Map([
        ['ab00', bytes(0)],
        ['ab02', bytes(2)],
        ['ac00', bytes(9)],
      ]),
    );
    const state = new OverlayState(backend);
    state.set('ab01', bytes(1));
    state.delete('ab02');
    state.transaction(() => state.set('ab03', bytes(3)));
    assert.deepEqual(state.keysWithPrefix('ab'), ['ab00', 'ab01', 'ab03']);
    assert.equal(state.clearPrefix('ab'), 3);
    assert.deepEqual(state.keysWithPrefix('ab'), []);
  });

  it('matches a plain map under random operations (model test)', () => {
    const key = fc.constantFrom('00', '01', '0a', '10', '11', 'ff');
    const op = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), key, value: fc.nat(255) }),
      fc.record({ kind: fc.constant('delete' as const), key }),
      fc.record({ kind: fc.constant('fail' as const), key, value: fc.nat(255) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const backend = new MemoryBackend();
        const state = new OverlayState(backend);
        const model = new Map<string, number>();
        for (const o of ops) {
          if (o.kind === 'set') {
            state.transaction(() => state.set(o.key, bytes(o.value)));
            model.set(o.key, o.value);
          } else if (o.kind === 'delete') {
            state.delete(o.key);
            model.delete(o.key);
          } else {
            try {
              state.transaction(() => {
                state.set(o.key, bytes(o.value));
                throw new Error('revert');
              });
            } catch {}
          }
        }
        const expectedKeys = [...model.keys()].sort();
        assert.deepEqual(state.keysWithPrefix(''), expectedKeys);
        backend.apply(state.takeChanges());
        assert.deepEqual(
          [...backend.entries()].map(([k, v]) => [k, v[0]]),
          expectedKeys.map((k) => [k, model.get(k)]),
        );
      }),
    );
  });
});
