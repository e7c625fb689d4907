import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashSeed, SeededRandom } from '../../src/index.js';

describe('SeededRandom', () => {
  it('repeats its sequence for a seed, differs across seeds', () => {
    const a = new SeededRandom('seed-1');
    const b = new SeededRandom('seed-1');
    const c = new SeededRandom('seed-2');
    const xs = Array.from({ length: 8 }, () => a.nextU32());
    assert.deepEqual(
      xs,
      Array.from({ length: 8 }, () => b.nextU32()),
    );
    assert.notDeepEqual(
      xs,
      Array.from({ length: 8 }, () => c.nextU32()),
    );
  });

  it('keeps its first outputs (documents already synthesized must stay reproducible)', () => {
    const rng = new SeededRandom('taonet');
    assert.deepEqual(hashSeed('taonet'), hashSeed('taonet'));
    assert.deepEqual(
      Array.from({ length: 3 }, () => rng.nextU32()),
      [1960780596, 1857665965, 534604259],
    );
  });

  it('keeps int, range and pick within bounds', () => {
    const rng = new SeededRandom(42);
    for (let i = 0; i < 2000; i++) {
      const n = rng.int(-3, 5);
      assert.ok(Number.isInteger(n) && n >= -3 && n <= 5);
      const f = rng.range(1.5, 2.5);
      assert.ok(f >= 1.5 && f < 2.5);
      assert.ok(['a', 'b'].includes(rng.pick(['a', 'b'])));
    }
    assert.throws(() => rng.pick([]), RangeError);
  });

  it('forks independent streams that do not depend on later draws of the parent', () => {
    const a = new SeededRandom('s');
    const b = new SeededRandom('s');
    const fa = a.fork('x');
    a.nextU32();
    const fb = b.fork('x');
    assert.equal(fa.nextU32(), fb.nextU32());
  });
});
