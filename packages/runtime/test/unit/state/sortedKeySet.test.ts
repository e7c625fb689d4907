import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { inPrefix, prefixEnd, SortedKeySet } from '../../../src/state/sortedKeySet.js';

/** Short strings over a few code units, U+FFFF included, so prefixes and bounds collide often. */
const key = fc.string({ unit: fc.constantFrom('0', '1', 'a', 'f', '\uffff'), maxLength: 4 });

const sortedModel = (model: Set<string>) => [...model].sort();

describe('prefixEnd / inPrefix', () => {
  it('agree with startsWith for any key and prefix', () => {
    fc.assert(
      fc.property(key, key, (k, p) => {
        assert.equal(inPrefix(k, p, prefixEnd(p)), k.startsWith(p));
      }),
      { numRuns: 2000 },
    );
  });

  it('has no bound for the empty prefix or one of U+FFFF only', () => {
    assert.equal(prefixEnd(''), null);
    assert.equal(prefixEnd('\uffff\uffff'), null);
    assert.equal(prefixEnd('ab'), 'ac');
    assert.equal(prefixEnd('a\uffff'), 'b');
  });
});

describe('SortedKeySet', () => {
  it('matches a sorted model under random adds, deletes and prefix scans', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), key }),
      fc.record({ kind: fc.constant('delete' as const), key }),
      fc.record({ kind: fc.constant('scan' as const), key }),
    );
    fc.assert(
      fc.property(fc.array(key), fc.array(op, { maxLength: 60 }), (initial, ops) => {
        const set = SortedKeySet.of(initial);
        const model = new Set(initial);
        for (const o of ops) {
          if (o.kind === 'add') assert.equal(set.add(o.key), !model.has(o.key));
          if (o.kind === 'add') model.add(o.key);
          if (o.kind === 'delete') assert.equal(set.delete(o.key), model.delete(o.key));
          if (o.kind === 'scan') {
            const expected = sortedModel(model).filter((k) => k.startsWith(o.key));
            assert.deepEqual(set.withPrefix(o.key), expected);
          }
          assert.equal(set.size, model.size);
        }
        assert.deepEqual(set.keys(), sortedModel(model));
        for (const k of model) assert.ok(set.has(k));
      }),
    );
  });

  it('keeps order across chunk splits and emptied chunks (thousands of keys)', () => {
    const hex = (n: number) => n.toString(16).padStart(6, '0');
    // a fixed shuffle: multiplying by a unit mod 2^13 permutes 0..8191
    const keys = Array.from({ length: 8192 }, (_, i) => hex((i * 5419) % 8192));
    const set = new SortedKeySet();
    for (const k of keys) assert.ok(set.add(k));
    assert.deepEqual(set.keys(), [...keys].sort());
    for (let i = 0; i < 8192; i += 2) assert.ok(set.delete(hex(i)));
    for (let i = 1000; i < 3000; i++) set.delete(hex(i));
    const expected = [...keys]
      .sort()
      .filter(
        (k) =>
          Number.parseInt(k, 16) % 2 === 1 &&
          (Number.parseInt(k, 16) < 1000 || Number.parseInt(k, 16) >= 3000),
      );
    assert.deepEqual(set.keys(), expected);
    assert.equal(set.size, expected.length);
    assert.deepEqual(
      set.withPrefix('000b'),
      expected.filter((k) => k.startsWith('000b')),
    );
    assert.deepEqual(set.withPrefix(''), expected);
    assert.deepEqual(set.withPrefix('ffff'), []);
  });

  it('hands out snapshots: later changes do not show in an earlier scan', () => {
    const set = SortedKeySet.of(['a1', 'a2', 'b1']);
    const scan = set.withPrefix('a');
    set.add('a0');
    set.delete('a2');
    assert.deepEqual(scan, ['a1', 'a2']);
    assert.deepEqual(set.withPrefix('a'), ['a0', 'a1']);
  });
});
