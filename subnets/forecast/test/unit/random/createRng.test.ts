import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRng, shuffled } from '@taonet/subnet-forecast';

describe('createRng', () => {
  it('repeats a stream for a seed and differs across seeds and forks', () => {
    const a = Array.from({ length: 5 }, createRng('s').next);
    const b = Array.from({ length: 5 }, createRng('s').next);
    const c = Array.from({ length: 5 }, createRng('t').next);
    const f = Array.from({ length: 5 }, createRng('s').fork('x').next);
    assert.deepEqual(a, b);
    assert.notDeepEqual(a, c);
    assert.notDeepEqual(a, f);
    assert.equal(createRng(7).seed, '7');
  });

  it('draws uniforms in range and normals with mean 0 and variance 1', () => {
    const rng = createRng('stats');
    let sum = 0;
    let sumSq = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      const u = rng.next();
      assert.ok(u >= 0 && u < 1);
      const z = rng.normal();
      sum += z;
      sumSq += z * z;
    }
    assert.ok(Math.abs(sum / n) < 0.03);
    assert.ok(Math.abs(sumSq / n - 1) < 0.05);
    for (let i = 0; i < 1000; i++) {
      const k = rng.int(3, 9);
      assert.ok(Number.isInteger(k) && k >= 3 && k < 9);
    }
  });

  it('shuffles into a permutation', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const out = shuffled(items, createRng('perm'));
    assert.notDeepEqual(out, items);
    assert.deepEqual(
      [...out].sort((a, b) => a - b),
      items,
    );
    assert.throws(() => createRng('e').pick([]), RangeError);
  });
});
