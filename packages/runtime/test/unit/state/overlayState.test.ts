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

/** A reference overlay: a stack of plain maps, everything scanned in full. */
class ModelOverlay {
  private readonly layers: Map<string, number | null>[] = [new Map()];
  constructor(private readonly backend: Map<string, number>) {}
  get(key: string): number | undefined {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const value = this.layers[i]!.get(key);
      if (value !== undefined) return value ?? undefined;
    }
    return this.backend.get(key);
  }
  set(key: string, value: number | null): void {
    this.layers[this.layers.length - 1]!.set(key, value);
  }
  begin(): void {
    this.layers.push(new Map());
  }
  end(commit: boolean): void {
    const top = this.layers.pop()!;
    if (commit) for (const [key, value] of top) this.set(key, value);
  }
  keysWithPrefix(prefix: string): string[] {
    const keys = new Set([...this.backend.keys(), ...this.layers.flatMap((layer) => [...layer.keys()])]);
    return [...keys].filter((key) => key.startsWith(prefix) && this.get(key) !== undefined).sort();
  }
}

const hex4 = (n: number) => n.toString(16).padStart(4, '0');

describe('OverlayState prefix scans over large layers (sorted key index)', () => {
  type Op =
    | { kind: 'set'; key: number; value: number }
    | { kind: 'delete'; key: number }
    | { kind: 'bulk'; from: number; count: number; value: number }
    | { kind: 'scan'; prefix: number }
    | { kind: 'txn'; ops: Op[]; fail: boolean };
  const keyIndex = fc.nat(1023);
  const { op } = fc.letrec<{ op: Op }>((tie) => ({
    op: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ kind: fc.constant('set' as const), key: keyIndex, value: fc.nat(255) }),
      fc.record({ kind: fc.constant('delete' as const), key: keyIndex }),
      fc.record({
        kind: fc.constant('bulk' as const),
        from: keyIndex,
        count: fc.integer({ min: 100, max: 300 }),
        value: fc.nat(255),
      }),
      fc.record({ kind: fc.constant('scan' as const), prefix: fc.nat(0x3ff) }),
      fc.record({
        kind: fc.constant('txn' as const),
        ops: fc.array(tie('op'), { maxLength: 6 }),
        fail: fc.boolean(),
      }),
    ),
  }));
  const scanPrefix = (p: number) => hex4(p).slice(0, 1 + (p % 3));

  function run(state: OverlayState, model: ModelOverlay, ops: readonly Op[]): void {
    for (const o of ops) {
      if (o.kind === 'set') {
        state.set(hex4(o.key), bytes(o.value));
        model.set(hex4(o.key), o.value);
      } else if (o.kind === 'delete') {
        state.delete(hex4(o.key));
        model.set(hex4(o.key), null);
      } else if (o.kind === 'bulk') {
        for (let k = o.from; k < o.from + o.count; k++) {
          state.set(hex4(k % 1024), bytes(o.value));
          model.set(hex4(k % 1024), o.value);
        }
      } else if (o.kind === 'scan') {
        assert.deepEqual(
          state.keysWithPrefix(scanPrefix(o.prefix)),
          model.keysWithPrefix(scanPrefix(o.prefix)),
        );
      } else {
        model.begin();
        try {
          state.transaction(() => {
            run(state, model, o.ops);
            if (o.fail) throw new Error('revert');
          });
        } catch {}
        model.end(!o.fail);
      }
    }
  }

  it('matches a full-scan model under nested transactions, rollbacks and deletes', () => {
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 12 }),
        fc.array(fc.nat(1023), { maxLength: 300 }),
        (ops, stored) => {
          const initial = new Map(stored.map((k) => [hex4(k), k & 255]));
          const backend = new MemoryBackend(new Map([...initial].map(([k, v]) => [k, bytes(v)])));
          const state = new OverlayState(backend);
          const model = new ModelOverlay(initial);
          run(state, model, ops);
          for (let p = 0; p < 16; p++)
            assert.deepEqual(
              state.keysWithPrefix(hex4(p * 64).slice(0, 2)),
              model.keysWithPrefix(hex4(p * 64).slice(0, 2)),
            );
          assert.deepEqual(state.keysWithPrefix(''), model.keysWithPrefix(''));
          for (const key of model.keysWithPrefix(''))
            assert.deepEqual(state.get(key), bytes(model.get(key)!));
          const changes = state.takeChanges();
          const keys = [...changes.keys()];
          assert.deepEqual(keys, [...keys].sort(), 'takeChanges is in key order');
          backend.apply(changes);
          assert.deepEqual(
            [...backend.entries()].map(([k]) => k),
            model.keysWithPrefix(''),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('drops a rolled-back nested transaction from an indexed layer, keeps a committed one', () => {
    const backend = new MemoryBackend(
      new Map([
        ['0a00', bytes(1)],
        ['0b00', bytes(2)],
      ]),
    );
    const state = new OverlayState(backend);
    for (let k = 0; k < 200; k++) state.set(`0a${hex4(k)}`, bytes(k));
    assert.equal(state.keysWithPrefix('0a').length, 201); // builds the base layer's index
    state.delete('0a00'); // a delete shadows the backend value
    assert.throws(() =>
      state.transaction(() => {
        for (let k = 200; k < 400; k++) state.set(`0a${hex4(k)}`, bytes(1));
        state.transaction(() => state.delete('0a0000'));
        assert.equal(state.keysWithPrefix('0a').length, 399);
        throw new Error('revert');
      }),
    );
    assert.equal(state.keysWithPrefix('0a').length, 200);
    assert.deepEqual(state.keysWithPrefix('0a').slice(0, 2), ['0a0000', '0a0001']);
    state.transaction(() => {
      for (let k = 200; k < 400; k++) state.set(`0a${hex4(k)}`, bytes(1));
      state.delete('0a0001');
    });
    const keys = state.keysWithPrefix('0a');
    assert.equal(keys.length, 399);
    assert.deepEqual(keys, [...keys].sort());
    assert.equal(state.get('0a0001'), undefined);
    assert.deepEqual(state.keysWithPrefix('0b'), ['0b00']);
  });

  it('a committed transaction larger than its parent layer keeps the parent writes it does not override', () => {
    const state = new OverlayState(new MemoryBackend(new Map([['ff', bytes(9)]])));
    state.set('01', bytes(1));
    state.set('02', bytes(2));
    state.delete('ff');
    state.transaction(() => {
      for (let k = 0; k < 300; k++) state.set(`10${hex4(k)}`, bytes(3));
      state.set('02', bytes(20));
    });
    assert.deepEqual(state.get('01'), bytes(1));
    assert.deepEqual(state.get('02'), bytes(20));
    assert.equal(state.get('ff'), undefined);
    assert.equal(state.keysWithPrefix('').length, 302);
    const changes = state.takeChanges();
    assert.equal(changes.get('ff'), null);
    assert.deepEqual(changes.get('02'), bytes(20));
    assert.equal(changes.size, 303);
  });
});

describe('MemoryBackend', () => {
  it('keeps prefix scans in key order across change sets of every size', () => {
    const change = fc.tuple(fc.nat(2047), fc.option(fc.nat(255), { nil: null }));
    fc.assert(
      fc.property(fc.array(fc.array(change, { maxLength: 400 }), { maxLength: 8 }), (batches) => {
        const backend = new MemoryBackend();
        const model = new Map<string, number>();
        for (const batch of batches) {
          backend.apply(new Map(batch.map(([k, v]) => [hex4(k), v === null ? null : bytes(v)])));
          for (const [k, v] of batch) {
            if (v === null) model.delete(hex4(k));
            else model.set(hex4(k), v);
          }
          const prefix = hex4(batch.length * 5).slice(0, 2);
          const expected = [...model.keys()].filter((k) => k.startsWith(prefix)).sort();
          assert.deepEqual([...backend.keysWithPrefix(prefix)], expected);
        }
        assert.deepEqual(
          [...backend.entries()].map(([k, v]) => [k, v[0]]),
          [...model].sort(([a], [b]) => (a < b ? -1 : 1)),
        );
        assert.equal(backend.size, model.size);
      }),
      { numRuns: 60 },
    );
  });
});
