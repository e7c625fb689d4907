/** Liquid alpha and exp_safe (yuma.md §1.10): bounds, the merge-walk quirk, the 31-term Taylor series. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { I32F32 } from '@taonet/primitives';
import fc from 'fast-check';
import {
  alphaSigmoid,
  computeBondsDense,
  computeLiquidAlphaValues,
  computeLiquidAlphaValuesSparse,
  expSafe,
  safeExp,
  sigmoidSafe,
  u16ProportionToFixed,
} from '../../../../src/epoch/math/index.js';
import { bits, f, fs, proportion, sparse } from './mathFixtures.js';

/** substrate-fixed `exp::<I32F32, I32F32>` written plainly with the type's checked ops (the reference). */
function referenceExp(x: I32F32): I32F32 | null {
  if (x === I32F32.ZERO) return I32F32.ONE;
  if (x === I32F32.ONE)
    return bits(((271828182845904523536028747135266249775724709369995n << 23n) / 10n ** 50n) << 9n);
  const operand = x < 0n ? I32F32.neg(x) : x;
  let result: I32F32 | null = I32F32.add(operand, I32F32.ONE);
  let term: I32F32 | null = operand;
  for (let i = 2; i < 32; i++) {
    term = I32F32.checkedMul(term, operand);
    if (term === null) return null;
    term = I32F32.checkedDiv(term, I32F32.fromInt(i));
    if (term === null) return null;
    result = I32F32.checkedAdd(result, term);
    if (result === null) return null;
  }
  return x < 0n ? I32F32.checkedDiv(I32F32.ONE, result) : result;
}

const clamp20 = (x: I32F32) => (x < f(-20) ? f(-20) : x > f(20) ? f(20) : x);

describe('exp_safe', () => {
  it('exp(0) = 1, exp(1) = e with 23 fractional bits (floor(e·2^23) = 22802600), clamps to [-20, 20]', () => {
    assert.equal(expSafe(I32F32.ZERO), I32F32.ONE);
    assert.equal(expSafe(I32F32.ONE), bits(22802600n << 9n));
    assert.equal(expSafe(f(21)), expSafe(f(20)));
    assert.equal(expSafe(I32F32.MAX), bits(2066907302758576256n));
    assert.equal(expSafe(I32F32.MIN), bits(8n));
  });

  it('equals the plain Taylor series on the clamped input (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(25n << 32n), max: 25n << 32n }), (b) => {
        const x = bits(b);
        assert.equal(expSafe(x), referenceExp(clamp20(x)));
      }),
      { numRuns: 300 },
    );
  });

  it('safe_exp does not clamp: overflow gives 0', () => {
    assert.equal(safeExp(f(22)), I32F32.ZERO);
    assert.equal(safeExp(f(-3)), referenceExp(f(-3)));
  });

  it('sigmoid_safe: 1 / (1 + exp_safe(-rho (x - kappa))), 0.5 at kappa', () => {
    assert.equal(sigmoidSafe(f(0.5), f(30), f(0.5)), f(0.5));
    assert.equal(sigmoidSafe(I32F32.MIN, f(30), f(0.5)), bits(8n));
  });
});

describe('alpha_sigmoid', () => {
  const low = u16ProportionToFixed(45875);
  const high = u16ProportionToFixed(58982);
  const steepness = f(1000);

  it('is low + sigmoid·(high-low): ~low when the weight matches consensus, ~high when far ahead', () => {
    const atConsensus = alphaSigmoid(f(0.5), f(0.5), f(0), low, high, steepness);
    const ahead = alphaSigmoid(f(0), f(1), f(0), low, high, steepness);
    // sigmoid(-5)·0.2 ≈ 0.00134 above low, the same below high
    assert.ok(atConsensus > low && atConsensus < I32F32.add(low, f(0.0014)));
    assert.ok(ahead < high && ahead > I32F32.sub(high, f(0.0014)));
    // d = 0.5: exactly the midpoint
    assert.equal(
      alphaSigmoid(f(0), f(0.5), f(0), low, high, steepness),
      I32F32.add(low, I32F32.mul(f(0.5), I32F32.sub(high, low))),
    );
  });

  it('stays within [low, high] (property)', () => {
    fc.assert(
      fc.property(
        proportion,
        proportion,
        proportion,
        proportion,
        proportion,
        fc.integer({ min: -32768, max: 32767 }),
        (c, w, b, x, y, s) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          const a = alphaSigmoid(c, w, b, lo, hi, f(s));
          assert.ok(a >= lo && a <= hi);
        },
      ),
    );
  });
});

describe('compute_liquid_alpha_values(_sparse)', () => {
  const low = f(0.5);
  const high = f(0.75);
  const k = f(1000);

  it('QUIRK: the merge walk assumes sorted rows; an unsorted row reads later lower columns as 0', () => {
    const consensus = fs([0, 0, 0]);
    const unsorted = computeLiquidAlphaValuesSparse(
      sparse([
        [
          [2, 1],
          [0, 1],
        ],
      ]),
      sparse([[]]),
      consensus,
      low,
      high,
      k,
    );
    const sorted = computeLiquidAlphaValuesSparse(
      sparse([
        [
          [0, 1],
          [2, 1],
        ],
      ]),
      sparse([[]]),
      consensus,
      low,
      high,
      k,
    );
    const dense = computeLiquidAlphaValues([fs([1, 0, 1])], [fs([0, 0, 0])], consensus, low, high, k);
    assert.deepEqual(sorted, dense);
    assert.deepEqual(unsorted[0]?.[0], alphaSigmoid(f(0), f(0), f(0), low, high, k));
    assert.deepEqual(unsorted[0]?.[2], dense[0]?.[2]);
    assert.notDeepEqual(unsorted[0]?.[0], dense[0]?.[0]);
  });

  it('is rows × len(consensus); different row counts give []', () => {
    const out = computeLiquidAlphaValuesSparse(
      sparse([[], []]),
      sparse([[], []]),
      fs([0, 0, 0]),
      low,
      high,
      k,
    );
    assert.deepEqual(
      out.map((r) => r.length),
      [3, 3],
    );
    assert.deepEqual(computeLiquidAlphaValuesSparse(sparse([[]]), sparse([]), fs([0]), low, high, k), []);
  });

  it('with alpha_low == alpha_high, liquid alpha matches the fixed alpha within 1e-3', () => {
    const weights = [fs([0, 0.1, 0]), fs([0, 0.2, 0.4])];
    const bonds = [fs([0.1, 0.1, 0.5]), fs([0, 0, 0.4])];
    const common = { alphaSigmoidSteepness: k, bondsMovingAverage: 900_000n };
    const a = u16ProportionToFixed(6553);
    const liquid = computeBondsDense(weights, bonds, fs([0.3, 0.2, 0.1, 0.4]), {
      ...common,
      liquidAlpha: true,
      alphaLow: a,
      alphaHigh: a,
    });
    const fixed = computeBondsDense(weights, bonds, fs([0.3, 0.2, 0.1, 0.4]), {
      ...common,
      liquidAlpha: false,
      alphaLow: a,
      alphaHigh: a,
    });
    for (const [i, row] of liquid.entries()) {
      for (const [j, v] of row.entries())
        assert.ok(I32F32.abs(I32F32.sub(v, fixed[i]?.[j] as I32F32)) <= f(0.001));
    }
  });
});
