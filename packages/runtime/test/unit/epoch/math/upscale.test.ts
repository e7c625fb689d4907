/** Max-upscaling (set_weights storage, original-Yuma bond storage) and the weight-limit check. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { I32F32 } from '@taonet/primitives';
import fc from 'fast-check';
import {
  checkVecMaxLimited,
  inplaceColMaxUpscale,
  inplaceColMaxUpscaleSparse,
  vecMaxUpscaleToU16,
  vecU16MaxUpscaleToU16,
} from '../../../../src/epoch/math/index.js';
import { anyFixed, bits, f, fs, sparse, unsparse } from './mathFixtures.js';

describe('vec_max_upscale_to_u16', () => {
  it('max > 32768 multiplies by the TRUNCATED ratio 65535/max; rounding is half away from zero', () => {
    assert.deepEqual(
      vecMaxUpscaleToU16(fs([0, 0.5, 1, 1.5, 2, 32768, 32769])),
      [0, 1, 2, 3, 4, 65533, 65535],
    );
    assert.deepEqual(vecMaxUpscaleToU16(fs([0, 0.5, 1, 1.5, 2, 32768])), [0, 1, 2, 3, 4, 65535]);
  });

  it('an all-zero vector stays 0 (no division), an empty one stays empty, negatives floor to 0', () => {
    assert.deepEqual(vecMaxUpscaleToU16(fs([0, 0])), [0, 0]);
    assert.deepEqual(vecMaxUpscaleToU16([]), []);
    assert.deepEqual(vecMaxUpscaleToU16(fs([-1, 1])), [0, 65535]);
  });

  it('gives 65535 at the max, never exceeds 65535, and keeps the order (property)', () => {
    fc.assert(
      fc.property(fc.array(anyFixed, { minLength: 1, maxLength: 16 }), (v) => {
        const out = vecMaxUpscaleToU16(v);
        const max = v.reduce((a, b) => (b > a ? b : a));
        out.forEach((u, i) => {
          assert.ok(u >= 0 && u <= 65535);
          if (max > 0n && v[i] === max) assert.equal(u, 65535);
        });
        for (let i = 0; i < v.length; i++) {
          for (let j = 0; j < v.length; j++) {
            if ((v[i] as I32F32) <= (v[j] as I32F32)) assert.ok((out[i] as number) <= (out[j] as number));
          }
        }
      }),
    );
  });

  it('u16 input: what set_weights stores', () => {
    assert.deepEqual(vecU16MaxUpscaleToU16([8172, 0, 52839, 19, 4840]), [10136, 0, 65535, 24, 6003]);
    assert.deepEqual(vecU16MaxUpscaleToU16([1]), [65535]);
  });
});

describe('check_vec_max_limited', () => {
  it('compares the normalised max with limit/65535 (both truncated); empty is within the limit', () => {
    assert.equal(checkVecMaxLimited([], 0), true);
    assert.equal(checkVecMaxLimited([0, 65535, 65535], 32767), false);
    assert.equal(checkVecMaxLimited([0, 65535, 65535], 32768), true);
    assert.equal(checkVecMaxLimited([0, 0], 0), true);
  });
});

describe('column max-upscale', () => {
  it('sparse: each column divided by its max; zeros and max-0 columns stay; columns >= `columns` stay', () => {
    const m = sparse([
      [
        [0, 0.5],
        [1, 0],
        [2, 3],
      ],
      [[0, 0.25]],
    ]);
    inplaceColMaxUpscaleSparse(m, 2);
    assert.deepEqual(unsparse(m), [
      [
        [0, 1],
        [1, 0],
        [2, 3],
      ],
      [[0, 0.5]],
    ]);
  });

  it('dense: a column of non-positive values is left (the max starts at 0)', () => {
    const m = [fs([-1, 2]), fs([-2, 1])];
    inplaceColMaxUpscale(m);
    assert.deepEqual(m, [fs([-1, 1]), fs([-2, 0.5])]);
  });

  it('sparse: every column max becomes exactly 1 (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.bigInt({ min: 1n, max: 1n << 40n }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const m = rows.map((row) => row.map((b, j): [number, I32F32] => [j, bits(b)]));
          inplaceColMaxUpscaleSparse(m, 3);
          for (let j = 0; j < 3; j++)
            assert.equal(
              m.reduce((a, row) => (row[j]![1] > a ? row[j]![1] : a), 0n),
              I32F32.ONE,
            );
          for (const row of m) for (const [, v] of row) assert.ok(v >= 0n && v <= f(1));
        },
      ),
    );
  });
});
