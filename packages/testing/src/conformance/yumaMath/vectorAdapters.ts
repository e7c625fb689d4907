/**
 * Adapters for the vector / scalar math functions (normalisation, upscaling, top-k, conversions, exp,
 * emission split): each calls the runtime's function on the decoded arguments.
 */
import {
  bondsAlphaFromMovingAverage,
  checkVecMaxLimited,
  expSafe,
  fixed64ToFixed32,
  fixedProportionToU16,
  fixedToFixedU16Proportion,
  i64f64RatioToI32f32,
  inplaceMaskVector,
  inplaceNormalize,
  inplaceNormalize64,
  isTopk,
  isTopkNonzero,
  normalize,
  sigmoidSafe,
  splitEmissions,
  sum,
  u16ProportionToFixed,
  vecdiv,
  vecMaxUpscaleToU16,
  vecMul,
  vecU16MaxUpscaleToU16,
} from '@taonet/runtime';
import type { MathAdapter } from './mathAdapter.js';
import { output } from './mathOutput.js';

export const VECTOR_ADAPTERS: ReadonlyMap<string, MathAdapter> = new Map<string, MathAdapter>([
  ['vec_max_upscale_to_u16', (a) => output.uints(vecMaxUpscaleToU16(a.vec('vec')))],
  ['vec_u16_max_upscale_to_u16', (a) => output.uints(vecU16MaxUpscaleToU16(a.u16s('vec')))],
  ['check_vec_max_limited', (a) => output.bool(checkVecMaxLimited(a.u16s('vec'), a.int('max_limit')))],
  ['is_topk', (a) => output.bools(isTopk(a.vec('vector'), a.int('k')))],
  ['is_topk_nonzero', (a) => output.bools(isTopkNonzero(a.vec('vector'), a.int('k')))],
  ['sum', (a) => output.scalar(sum(a.vec('x')))],
  ['normalize', (a) => output.vector(normalize(a.vec('x')))],
  [
    'inplace_normalize',
    (a) => {
      const x = a.vec('x');
      inplaceNormalize(x);
      return output.vector(x);
    },
  ],
  [
    'inplace_normalize_64',
    (a) => {
      const x = a.vec64('x');
      inplaceNormalize64(x);
      return output.vector64(x);
    },
  ],
  ['vecdiv', (a) => output.vector(vecdiv(a.vec('x'), a.vec('y')))],
  ['vec_mul', (a) => output.vector(vecMul(a.vec('a'), a.vec('b')))],
  [
    'inplace_mask_vector',
    (a) => {
      const vector = a.vec('vector');
      inplaceMaskVector(a.bools('mask'), vector);
      return output.vector(vector);
    },
  ],
  ['bonds_alpha_from_moving_average', (a) => output.scalar(bondsAlphaFromMovingAverage(a.u64('bma')))],
  ['exp_safe', (a) => output.vector(a.vec('x').map(expSafe))],
  [
    'sigmoid_safe',
    (a) => {
      const rho = a.fixed('rho');
      const kappa = a.fixed('kappa');
      return output.vector(a.vec('x').map((x) => sigmoidSafe(x, rho, kappa)));
    },
  ],
  // the decoding by `types` IS the conversion under test (I32F32::from_num of an f32 / f64 literal)
  ['fixed_from_num', (a) => output.vector(a.vec('x'))],
  ['fixed_proportion_to_u16', (a) => output.uint(fixedProportionToU16(a.fixed('x')))],
  ['u16_proportion_to_fixed', (a) => output.vector(a.u16s('x').map(u16ProportionToFixed))],
  ['fixed_to_fixed_u16_proportion', (a) => output.vector(a.vec('x').map(fixedToFixedU16Proportion))],
  ['fixed64_to_fixed32', (a) => output.scalar(fixed64ToFixed32(a.fixed64('x')))],
  ['i64f64_ratio_to_i32f32', (a) => output.scalar(i64f64RatioToI32f32(a.u64('num'), a.u64('den')))],
  [
    'split_emissions',
    (a) => output.uints(splitEmissions(a.int('mechanism_count'), a.optionalU16s('split'), a.u64('alpha'))),
  ],
]);
