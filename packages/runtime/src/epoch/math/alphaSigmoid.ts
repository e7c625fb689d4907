/**
 * `alpha_sigmoid` (liquid alpha, Yuma 3): the bond EMA alpha of one (validator, miner) cell.
 * d = clamp(w - c, 0, 1) when w >= b (buying ahead of consensus) else clamp(b - w, 0, 1) (selling);
 * sigmoid = 1 / (1 + exp_safe((steepness / -100) · (d - 0.5)));
 * alpha = clamp(low + sigmoid · (high - low), low, high) (min with high first, then max with low).
 */
import { I32F32 } from '@taonet/primitives';
import { expSafe } from './expSafe.js';

const HALF = I32F32.fromBits(1n << 31n);
const MINUS_HUNDRED = I32F32.fromInt(-100);

function clamp(value: I32F32, low: I32F32, high: I32F32): I32F32 {
  return I32F32.max(I32F32.min(value, high), low);
}

export function alphaSigmoid(
  consensus: I32F32,
  weight: I32F32,
  bond: I32F32,
  alphaLow: I32F32,
  alphaHigh: I32F32,
  steepness: I32F32,
): I32F32 {
  const diffBuy = clamp(I32F32.saturatingSub(weight, consensus), I32F32.ZERO, I32F32.ONE);
  const diffSell = clamp(I32F32.saturatingSub(bond, weight), I32F32.ZERO, I32F32.ONE);
  const diff = weight >= bond ? diffBuy : diffSell;
  const x = I32F32.saturatingMul(
    I32F32.saturatingDiv(steepness, MINUS_HUNDRED),
    I32F32.saturatingSub(diff, HALF),
  );
  const sigmoid = I32F32.saturatingDiv(I32F32.ONE, I32F32.saturatingAdd(I32F32.ONE, expSafe(x)));
  const alpha = I32F32.saturatingAdd(
    alphaLow,
    I32F32.saturatingMul(sigmoid, I32F32.saturatingSub(alphaHigh, alphaLow)),
  );
  return clamp(alpha, alphaLow, alphaHigh);
}
