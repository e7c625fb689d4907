export * from './bigmath/index.js';
export * from './codecs.js';
export {
  createFixedType,
  type Fixed,
  type FixedSource,
  type FixedType,
  type FixedTypeSpec,
} from './fixed/fixedType.js';
export { decomposeFloat64, float64ToFixedBits, shiftRightNearestEven } from './fixed/floatBits.js';
export { formatFixed } from './fixed/formatFixed.js';
export * from './fixed/types.js';
export * from './hex.js';
export * from './scalars.js';
export * from './taonetError.js';
