/**
 * Per-subnet hyperparameters of `SubtensorModule` (what `btcli subnets hyperparameters` shows and the
 * admin module's `sudo_set_*` calls change). Defaults are the runtime's initial values;
 * `init_new_network` writes the values of a new subnet (tempo 360, 256 uids, 64 validators,
 * immunity 5000, Yuma 3 on, ...).
 */
import { U64F64Codec } from '@taonet/primitives';
import { bool, i16, Tuple, u16, u32, u64 } from 'scale-ts';
import { DEFAULT_BURN_INCREASE_MULT } from '../registration/math/registrationPrice.js';
import { subnetMap, subtensorValue } from '../subtensor/subtensorStorage.js';

// ---- consensus (Yuma) ----
export const Kappa = subnetMap('Kappa', u16, 32_767, 'Consensus majority threshold (u16 fraction).');
export const Rho = subnetMap('Rho', u16, 10, 'Legacy incentive temperature (unused by Yuma).');
export const ImmunityPeriod = subnetMap(
  'ImmunityPeriod',
  u16,
  4_096,
  'Blocks a new neuron is protected from pruning.',
);
export const MaxAllowedUids = subnetMap('MaxAllowedUids', u16, 256, 'Maximum neurons in the subnet.');
export const MinAllowedUids = subnetMap('MinAllowedUids', u16, 64, 'Lower bound for MaxAllowedUids.');
export const MaxAllowedValidators = subnetMap(
  'MaxAllowedValidators',
  u16,
  128,
  'Validator permits per epoch (top-k).',
);
export const MinAllowedWeights = subnetMap(
  'MinAllowedWeights',
  u16,
  1,
  'Minimum entries in a weights vector.',
);
export const MaxWeightsLimit = subnetMap('MaxWeightsLimit', u16, 65_535, 'Maximum weight (u16 fraction).');
export const ActivityCutoff = subnetMap(
  'ActivityCutoff',
  u16,
  5_000,
  'Blocks without weights before a validator is inactive.',
);
export const ActivityCutoffFactorMilli = subnetMap(
  'ActivityCutoffFactorMilli',
  u32,
  13_889,
  'Activity cutoff in thousandths of a tempo: blocks = max(1, factor * tempo / 1000).',
);
export const WeightsVersionKey = subnetMap(
  'WeightsVersionKey',
  u64,
  0n,
  'Minimum version_key accepted by set_weights.',
);
export const WeightsSetRateLimit = subnetMap(
  'WeightsSetRateLimit',
  u64,
  100n,
  'Blocks between two set_weights.',
);
export const BondsMovingAverage = subnetMap(
  'BondsMovingAverage',
  u64,
  900_000n,
  'Bonds EMA factor (millionths).',
);
export const BondsPenalty = subnetMap(
  'BondsPenalty',
  u16,
  0,
  'Penalty on bonds of weights above consensus (u16).',
);
export const BondsResetOn = subnetMap('BondsResetOn', bool, false, 'Reset bonds of a re-registered uid.');
export const Yuma3On = subnetMap(
  'Yuma3On',
  bool,
  false,
  'Use Yuma 3 (fixed bonds) instead of original Yuma.',
);
export const LiquidAlphaOn = subnetMap('LiquidAlphaOn', bool, false, 'Use liquid alpha for the bonds EMA.');
export const AlphaValues = subnetMap(
  'AlphaValues',
  Tuple(u16, u16),
  (): [number, number] => [45_875, 58_982],
  'Liquid alpha (low, high) as u16 fractions.',
);
export const AlphaSigmoidSteepness = subnetMap(
  'AlphaSigmoidSteepness',
  i16,
  1_000,
  'Steepness of the liquid alpha sigmoid.',
);
export const CommitRevealWeightsEnabled = subnetMap(
  'CommitRevealWeightsEnabled',
  bool,
  false,
  'Weights must be committed then revealed.',
);
export const RevealPeriodEpochs = subnetMap(
  'RevealPeriodEpochs',
  u64,
  1n,
  'Epochs between a commit and its reveal.',
);
export const ImmuneOwnerUidsLimit = subnetMap(
  'ImmuneOwnerUidsLimit',
  u16,
  1,
  "Owner hotkeys' uids that are never pruned (1..=10).",
);
export const MinNonImmuneUids = subnetMap(
  'MinNonImmuneUids',
  u16,
  10,
  'Pruning prefers non-immune uids while more than this many exist.',
);
export const ServingRateLimit = subnetMap(
  'ServingRateLimit',
  u64,
  50n,
  'Blocks between two serve_axon of a neuron.',
);
export const TransferToggle = subnetMap(
  'TransferToggle',
  bool,
  true,
  'Stake may be transferred between coldkeys.',
);
/** global: minimum stake to set weights (the source documents say 1,000 TAO; a genesis parameter) */
export const StakeThreshold = subtensorValue(
  'StakeThreshold',
  u64,
  0n,
  'Minimum stake weight to set weights (rao).',
);

// ---- registration (burn price) ----
export const Burn = subnetMap('Burn', u64, 1_000_000_000n, 'Current registration price (rao).');
export const MinBurn = subnetMap('MinBurn', u64, 500_000n, 'Registration price floor (rao).');
export const MaxBurn = subnetMap('MaxBurn', u64, 100_000_000_000n, 'Registration price ceiling (rao).');
export const BurnHalfLife = subnetMap(
  'BurnHalfLife',
  u16,
  360,
  'Blocks for the registration price to halve.',
);
export const BurnIncreaseMult = subnetMap(
  'BurnIncreaseMult',
  U64F64Codec,
  () => DEFAULT_BURN_INCREASE_MULT,
  'Price multiplier after a registration (default 1.26).',
);
export const NetworkRegistrationAllowed = subnetMap(
  'NetworkRegistrationAllowed',
  bool,
  true,
  'Burned registration is open.',
);
export const MaxRegistrationsPerBlock = subnetMap(
  'MaxRegistrationsPerBlock',
  u16,
  1,
  'Registrations allowed per block.',
);
export const TargetRegistrationsPerInterval = subnetMap(
  'TargetRegistrationsPerInterval',
  u16,
  2,
  'Target registrations per adjustment interval.',
);
export const AdjustmentInterval = subnetMap(
  'AdjustmentInterval',
  u16,
  100,
  'Blocks of a registration interval.',
);
export const RegistrationsThisBlock = subnetMap(
  'RegistrationsThisBlock',
  u16,
  0,
  'Registrations in the current block.',
);
export const RegistrationsThisInterval = subnetMap(
  'RegistrationsThisInterval',
  u16,
  0,
  'Registrations in the current interval.',
);
export const LastAdjustmentBlock = subnetMap(
  'LastAdjustmentBlock',
  u64,
  0n,
  'Block the registration interval began.',
);

export const hyperparametersStorage = [
  Kappa,
  Rho,
  ImmunityPeriod,
  MaxAllowedUids,
  MinAllowedUids,
  MaxAllowedValidators,
  MinAllowedWeights,
  MaxWeightsLimit,
  ActivityCutoff,
  ActivityCutoffFactorMilli,
  WeightsVersionKey,
  WeightsSetRateLimit,
  BondsMovingAverage,
  BondsPenalty,
  BondsResetOn,
  Yuma3On,
  LiquidAlphaOn,
  AlphaValues,
  AlphaSigmoidSteepness,
  CommitRevealWeightsEnabled,
  RevealPeriodEpochs,
  ImmuneOwnerUidsLimit,
  MinNonImmuneUids,
  ServingRateLimit,
  TransferToggle,
  StakeThreshold,
  Burn,
  MinBurn,
  MaxBurn,
  BurnHalfLife,
  BurnIncreaseMult,
  NetworkRegistrationAllowed,
  MaxRegistrationsPerBlock,
  TargetRegistrationsPerInterval,
  AdjustmentInterval,
  RegistrationsThisBlock,
  RegistrationsThisInterval,
  LastAdjustmentBlock,
];
