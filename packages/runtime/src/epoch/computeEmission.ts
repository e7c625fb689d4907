/**
 * §1.11 Emission: incentive and dividends normalised by the sum of both (servers ~50 %, validators ~50 %),
 * then converted to rao with I96F32 and floored. When nothing is earned (no weights, all outdated, only
 * self-weights) the validators' share follows the active stake, or the plain stake when no stake is active.
 */
import { I32F32, I96F32 } from '@taonet/primitives';
import { inplaceNormalize, inplaceNormalizeUsingSum } from './math/index.js';

export interface EmissionTerms {
  readonly emission: bigint[];
  readonly serverEmission: bigint[];
  readonly validatorEmission: bigint[];
}

/** `I96F32::saturating_from_num(x).saturating_mul(I96F32(rao)).saturating_to_num::<u64>()` */
export function toRao(share: I32F32, raoEmission: bigint): bigint {
  const rao = I96F32.saturatingFromInt(raoEmission);
  return I96F32.toU64(I96F32.saturatingMul(I96F32.saturatingFromFixed(I32F32, share), rao));
}

export function computeEmission(
  incentive: readonly I32F32[],
  dividends: readonly I32F32[],
  stake: readonly I32F32[],
  activeStake: readonly I32F32[],
  raoEmission: bigint,
): EmissionTerms {
  const length = Math.min(incentive.length, dividends.length); // Rust's zip
  const combined = incentive
    .slice(0, length)
    .map((inc, i) => I32F32.saturatingAdd(inc, dividends[i] ?? I32F32.ZERO));
  const emissionSum = I32F32.sum(combined);
  const server = [...incentive];
  let validator = [...dividends];
  let normalisedCombined = [...combined];
  inplaceNormalizeUsingSum(server, emissionSum);
  inplaceNormalizeUsingSum(validator, emissionSum);
  inplaceNormalize(normalisedCombined);
  if (emissionSum === I32F32.ZERO) {
    const fallback = activeStake.every((x) => x === I32F32.ZERO) ? stake : activeStake;
    validator = [...fallback];
    normalisedCombined = [...fallback];
  }
  return {
    emission: normalisedCombined.map((x) => toRao(x, raoEmission)),
    serverEmission: server.map((x) => toRao(x, raoEmission)),
    validatorEmission: validator.map((x) => toRao(x, raoEmission)),
  };
}
