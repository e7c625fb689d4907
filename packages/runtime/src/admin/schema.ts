/**
 * The `AdminUtils` pallet (index 19): root and subnet-owner setters of the subnet hyperparameters and of
 * the network-wide parameters (subtensor's `pallets/admin-utils`). Its own errors and events are declared
 * here in subtensor's order; the values it changes live in `SubtensorModule` storage (the shared schemas,
 * plus `adminStorage.ts`), and most setters also emit the `SubtensorModule` event subtensor's setter emits.
 */
import { U64F64 } from '@taonet/primitives';
import { defineErrors } from '../dispatch/dispatchError.js';

export const ADMIN_UTILS = 'AdminUtils';
export const ADMIN_UTILS_INDEX = 19;

export const AdminUtilsErrors = defineErrors(ADMIN_UTILS, {
  SubnetDoesNotExist: 'The subnet does not exist, check the netuid parameter.',
  MaxValidatorsLargerThanMaxUIds:
    'The maximum number of validators must not exceed the maximum allowed uids.',
  MaxAllowedUIdsLessThanCurrentUIds: 'The maximum allowed uids must not be below the uids already in use.',
  BondsMovingAverageMaxReached: 'A subnet owner cannot set the bonds moving average above 975_000.',
  NegativeSigmoidSteepness: 'Only root can set a negative sigmoid steepness.',
  ValueNotInBounds: 'The value is outside its allowed bounds.',
  MinAllowedUidsGreaterThanCurrentUids: 'The minimum allowed uids must be below the uids in use.',
  MinAllowedUidsGreaterThanMaxAllowedUids: 'The minimum allowed uids must be below the maximum allowed uids.',
  MaxAllowedUidsLessThanMinAllowedUids:
    'The maximum allowed uids must not be below the minimum allowed uids.',
  MaxAllowedUidsGreaterThanDefaultMaxAllowedUids:
    'The maximum allowed uids must not exceed the uid budget (256).',
  InvalidValue: 'Bad parameter value.',
  NotPermittedOnRootSubnet: 'The operation is not permitted on the root subnet.',
  POWRegistrationDisabled: 'Proof-of-work registration has been deprecated.',
  Deprecated: 'The call is deprecated.',
  CollateralLockShareTooHigh: 'The collateral lock share exceeds the settable maximum.',
  CollateralDrainRatioOutOfBounds: 'The collateral drain ratio is out of bounds.',
  GrandpaChangeDelayMustBeZero: 'GRANDPA changes must take effect at the end of the current block.',
});

/** Events `AdminUtils` itself deposits (the others are `SubtensorModule` events of the setters). */
export const AdminUtilsEvents = {
  Yuma3EnableToggled: 'Yuma 3 was switched on or off for a subnet: { netuid, enabled }.',
  BondsResetToggled: 'Bonds reset was switched on or off for a subnet: { netuid, enabled }.',
  BurnHalfLifeSet: 'The registration price half-life of a subnet was set: { netuid, burnHalfLife }.',
  BurnIncreaseMultSet: 'The registration price multiplier of a subnet was set: { netuid, burnIncreaseMult }.',
  SubnetEmissionEnabledSet: 'Pool-side emission of a subnet was switched on or off: { netuid, enabled }.',
} as const;

// ---- bounds (runtime constants and pallet constants of subtensor) ----
/** `MinBurnUpperBound` (runtime): a MinBurn must stay below 1 TAO */
export const MIN_BURN_UPPER_BOUND = 1_000_000_000n;
/** `MaxBurnLowerBound` (runtime): a MaxBurn must stay above 0.1 TAO */
export const MAX_BURN_LOWER_BOUND = 100_000_000n;
/** `MAX_BONDS_MOVING_AVERAGE`: the owner's ceiling of BondsMovingAverage (root is not bound) */
export const MAX_BONDS_MOVING_AVERAGE = 975_000n;
/** `MaxBurnHalfLife` */
export const MAX_BURN_HALF_LIFE = 36_100;
/** BurnIncreaseMult must lie in [1, 3] */
export const MIN_BURN_INCREASE_MULT: U64F64 = U64F64.fromInt(1n);
export const MAX_BURN_INCREASE_MULT: U64F64 = U64F64.fromInt(3n);
/** `MIN_TEMPO` / `MAX_TEMPO`: the owner's tempo range (root may set any u16) */
export const MIN_TEMPO = 360;
export const MAX_TEMPO = 50_400;
/** the epoch uid budget: MaxAllowedUids, and MaxAllowedUids × mechanisms, stay within 256 */
export const EPOCH_UID_BUDGET = 256;
/** `MIN_COMMIT_REVEAL_PEROIDS` / `MAX_COMMIT_REVEAL_PEROIDS` (subtensor's spelling) */
export const MIN_REVEAL_PERIOD = 1n;
export const MAX_REVEAL_PERIOD = 100n;
/** `ImmuneOwnerUidsLimit` bounds */
export const MIN_IMMUNE_OWNER_UIDS = 1;
export const MAX_IMMUNE_OWNER_UIDS = 10;
/** liquid alpha: alpha_low and alpha_high at least 65535 / 40 */
export const MIN_ALPHA_VALUE = 1_638;
/** mechanisms per subnet: never more than this, whatever MaxMechanismCount says */
export const GLOBAL_MAX_MECHANISM_COUNT = 8;
