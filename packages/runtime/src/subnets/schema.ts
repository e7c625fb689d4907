/**
 * Subnet-level storage of `SubtensorModule`: which subnets exist, who owns them, their registration
 * (lock cost, rate limit, limit of 128), token symbol and identity, start and epoch scheduling.
 * The per-subnet hyperparameters are in `hyperparameters.ts`. Names and codecs as in subtensor's
 * `lib.rs`; defaults are the runtime's initial values (`init_new_network` overrides some for new subnets).
 */
import { AccountIdCodec, I96F32, I96F32Codec } from '@taonet/primitives';
import { Bytes, bool, Struct, u8, u16, u64, Vector } from 'scale-ts';
import { subnetMap, subtensorValue } from '../subtensor/subtensorStorage.js';

const RAO_PER_TAO = 1_000_000_000n;

// ---- existence and ownership ----
export const NetworksAdded = subnetMap('NetworksAdded', bool, false, 'True for every existing subnet.');
export const TotalNetworks = subtensorValue('TotalNetworks', u16, 0, 'The number of subnets, root included.');
export const SubnetOwner = subnetMap(
  'SubnetOwner',
  AccountIdCodec,
  undefined,
  'The coldkey owning the subnet.',
);
export const SubnetOwnerHotkey = subnetMap(
  'SubnetOwnerHotkey',
  AccountIdCodec,
  undefined,
  "The owner's hotkey: registered as uid 0 at creation and never pruned.",
);
export const NetworkRegisteredAt = subnetMap(
  'NetworkRegisteredAt',
  u64,
  0n,
  'Block the subnet was registered.',
);
export const RegisteredSubnetCounter = subtensorValue(
  'RegisteredSubnetCounter',
  u64,
  0n,
  'Subnets registered since genesis (never decreases).',
);

// ---- network registration: limit, rate limit, lock cost ----
export const SubnetLimit = subtensorValue('SubnetLimit', u16, 128, 'Maximum number of non-root subnets.');
export const NetworkRateLimit = subtensorValue(
  'NetworkRateLimit',
  u64,
  7_200n,
  'Blocks between two subnet registrations.',
);
export const NetworkImmunityPeriod = subtensorValue(
  'NetworkImmunityPeriod',
  u64,
  1_296_000n,
  'Blocks after registration during which a subnet cannot be pruned.',
);
export const NetworkMinLockCost = subtensorValue(
  'NetworkMinLockCost',
  u64,
  1_000n * RAO_PER_TAO,
  'Floor of the subnet lock cost (rao).',
);
export const NetworkLastLockCost = subtensorValue(
  'NetworkLastLockCost',
  u64,
  1_000n * RAO_PER_TAO,
  'Lock paid by the last subnet registration (rao).',
);
export const NetworkLastRegistered = subtensorValue(
  'NetworkLastRegistered',
  u64,
  0n,
  'Block of the last subnet registration: the lock-cost decay and rate-limit anchor.',
);
export const NetworkLockReductionInterval = subtensorValue(
  'NetworkLockReductionInterval',
  u64,
  100_800n,
  'Blocks over which the doubled lock cost decays back (scaled by block emission).',
);
export const NetworkRegistrationStartBlock = subtensorValue(
  'NetworkRegistrationStartBlock',
  u64,
  0n,
  'First block at which subnets can be registered.',
);
export const SubnetLocked = subnetMap(
  'SubnetLocked',
  u64,
  0n,
  'TAO locked by the owner at registration (rao).',
);

// ---- token, identity, start ----
export const TokenSymbol = subnetMap(
  'TokenSymbol',
  Bytes(),
  () => new Uint8Array(),
  "The subnet token's symbol (UTF-8).",
);

export const SubnetIdentityV3Codec = Struct({
  subnet_name: Bytes(),
  github_repo: Bytes(),
  subnet_contact: Bytes(),
  subnet_url: Bytes(),
  discord: Bytes(),
  description: Bytes(),
  logo_url: Bytes(),
  additional: Bytes(),
});
export type SubnetIdentityV3 = ReturnType<typeof SubnetIdentityV3Codec.dec>;
export const SubnetIdentitiesV3 = subnetMap(
  'SubnetIdentitiesV3',
  SubnetIdentityV3Codec,
  undefined,
  'Name, links and description set by the owner (length-limited fields).',
);
export const FirstEmissionBlockNumber = subnetMap(
  'FirstEmissionBlockNumber',
  u64,
  undefined,
  'Block from which the subnet receives emission; absent until start_call (OptionQuery).',
);
export const SubtokenEnabled = subnetMap(
  'SubtokenEnabled',
  bool,
  false,
  'Staking is open (after start_call).',
);
export const StartCallDelay = subtensorValue(
  'StartCallDelay',
  u64,
  0n,
  'Blocks after registration before the owner may call start_call.',
);
export const SubnetEmissionEnabled = subnetMap(
  'SubnetEmissionEnabled',
  bool,
  true,
  'TAO-side emission switch (register_network sets it false until sudo enables it).',
);

// ---- epoch scheduling (economics.md §2.7.1) ----
export const Tempo = subnetMap('Tempo', u16, 360, 'Blocks between epochs (0 = never).');
export const LastEpochBlock = subnetMap(
  'LastEpochBlock',
  u64,
  0n,
  'Block of the last epoch (staggered at creation).',
);
export const PendingEpochAt = subnetMap(
  'PendingEpochAt',
  u64,
  0n,
  'Block at which a triggered or deferred epoch runs.',
);
export const BlocksSinceLastStep = subnetMap('BlocksSinceLastStep', u64, 0n, 'Blocks since the last epoch.');
export const LastMechansimStepBlock = subnetMap(
  'LastMechansimStepBlock',
  u64,
  0n,
  'Block of the last epoch step (subtensor spells it this way).',
);
export const SubnetEpochIndex = subnetMap(
  'SubnetEpochIndex',
  u64,
  0n,
  'Epochs run so far (commit-reveal epochs).',
);
export const MaxEpochsPerBlock = subtensorValue('MaxEpochsPerBlock', u16, 2, 'Epochs allowed in one block.');

// ---- mechanisms (sub-subnets) ----
export const MechanismCountCurrent = subnetMap(
  'MechanismCountCurrent',
  u8,
  1,
  'Mechanisms of the subnet (1..=8).',
);
export const MechanismEmissionSplit = subnetMap(
  'MechanismEmissionSplit',
  Vector(u16),
  undefined,
  'Emission share of each mechanism (u16 parts summing to 65535); absent = even split.',
);

// ---- pricing and dissolution (economics.md §2.10, §5.6, §5.7) ----
export const SubnetMovingPrice = subnetMap(
  'SubnetMovingPrice',
  I96F32Codec,
  () => I96F32.ZERO,
  'EMA of the spot alpha price (I96F32, capped at 1.0 inside the EMA): the pruning key of subnets.',
);
export const SubnetProtocolAlpha = subnetMap(
  'SubnetProtocolAlpha',
  u64,
  0n,
  'Alpha held by the protocol on the subnet (counts as a staker when the subnet is dissolved).',
);
export const RAORecycledForRegistration = subnetMap(
  'RAORecycledForRegistration',
  u64,
  0n,
  'TAO paid for neuron registrations (and lock excess) on the subnet (rao).',
);
export const TaoInRefundDeploymentBlock = subtensorValue(
  'TaoInRefundDeploymentBlock',
  u64,
  0n,
  'Subnets registered after this block count their alpha reserve as protocol value on dissolution.',
);

export const subnetsStorage = [
  NetworksAdded,
  TotalNetworks,
  SubnetOwner,
  SubnetOwnerHotkey,
  NetworkRegisteredAt,
  RegisteredSubnetCounter,
  SubnetLimit,
  NetworkRateLimit,
  NetworkImmunityPeriod,
  NetworkMinLockCost,
  NetworkLastLockCost,
  NetworkLastRegistered,
  NetworkLockReductionInterval,
  NetworkRegistrationStartBlock,
  SubnetLocked,
  TokenSymbol,
  SubnetIdentitiesV3,
  FirstEmissionBlockNumber,
  SubtokenEnabled,
  StartCallDelay,
  SubnetEmissionEnabled,
  Tempo,
  LastEpochBlock,
  PendingEpochAt,
  BlocksSinceLastStep,
  LastMechansimStepBlock,
  SubnetEpochIndex,
  MaxEpochsPerBlock,
  MechanismCountCurrent,
  MechanismEmissionSplit,
  SubnetMovingPrice,
  SubnetProtocolAlpha,
  RAORecycledForRegistration,
  TaoInRefundDeploymentBlock,
];
