/**
 * The neuron registration price (`Burn`) dynamics: every block it decays by `decay_factor_q32(BurnHalfLife)`
 * (`update_registration_prices_for_networks`, from block 2 on) and each registration multiplies it by
 * `max(BurnIncreaseMult, 1)` (`bump_registration_price_after_registration`); both clamp to
 * [MinBurn, MaxBurn], the minimum first.
 */
import { U64F64 } from '@taonet/primitives';
import { decayFactorQ32, mulByQ32 } from './burnDecay.js';

/** `Burn` of a new subnet (1 TAO) */
export const DEFAULT_NEURON_BURN_COST = 1_000_000_000n;
/** `BurnHalfLife` default (blocks) */
export const DEFAULT_BURN_HALF_LIFE = 360n;
/** `BurnIncreaseMult` default: U64F64 from_num(1.26) */
export const DEFAULT_BURN_INCREASE_MULT: U64F64 = U64F64.fromF64(1.26); // float-ok: from_num(1.26) literal

export interface BurnBounds {
  readonly minBurn: bigint;
  readonly maxBurn: bigint;
}

export function clampBurn(burn: bigint, bounds: BurnBounds): bigint {
  let clamped = burn < bounds.minBurn ? bounds.minBurn : burn;
  if (clamped > bounds.maxBurn) clamped = bounds.maxBurn;
  return clamped;
}

/** The per-block step of one subnet's burn at `block`. */
export function decayBurnForBlock(burn: bigint, halfLife: bigint, block: bigint, bounds: BurnBounds): bigint {
  const decayed = halfLife > 0n && block > 1n ? mulByQ32(burn, decayFactorQ32(halfLife)) : burn;
  return clampBurn(decayed, bounds);
}

/** The burn right after a registration paid the current one. */
export function bumpBurnAfterRegistration(burn: bigint, increaseMult: U64F64, bounds: BurnBounds): bigint {
  const mult = U64F64.max(increaseMult, U64F64.ONE);
  const bumped = U64F64.toU64(U64F64.saturatingMul(U64F64.saturatingFromInt(burn), mult));
  return clampBurn(bumped, bounds);
}

export interface RegistrationBlockState extends BurnBounds {
  readonly burn: bigint;
  readonly halfLife: bigint;
  readonly registrationsThisBlock: bigint;
}

/** `update_registration_prices_for_networks` for one (non-root) subnet: decay, clamp, reset the counter. */
export function updateRegistrationPriceForBlock(
  state: RegistrationBlockState,
  block: bigint,
): RegistrationBlockState {
  return {
    ...state,
    burn: decayBurnForBlock(state.burn, state.halfLife, block, state),
    registrationsThisBlock: 0n,
  };
}
