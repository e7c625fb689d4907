/**
 * Network-wide parameters, root only (AdminUtils calls, indices as in subtensor's admin-utils): rate
 * limits, subnet registration (limit, lock cost, immunity), the owner cut, the weights stake threshold,
 * the admin freeze window and the owner rate limit, mechanisms and epochs per block.
 */

import { Struct, u8, u16, u64 } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { StakeThreshold } from '../../subnets/hyperparameters.js';
import {
  MaxEpochsPerBlock,
  NetworkImmunityPeriod,
  NetworkLockReductionInterval,
  NetworkMinLockCost,
  NetworkRateLimit,
  StartCallDelay,
  SubnetLimit,
} from '../../subnets/schema.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import {
  AdminFreezeWindow,
  MaxMechanismCount,
  OwnerHyperparamRateLimit,
  SubnetOwnerCut,
  TxRateLimit,
} from '../adminStorage.js';
import { ADMIN_UTILS, AdminUtilsErrors, GLOBAL_MAX_MECHANISM_COUNT } from '../schema.js';
import { defineGlobalSetter, emitSubtensorEvent } from './defineSetter.js';

export const sudoSetTxRateLimit = defineGlobalSetter({
  index: 2,
  name: 'sudo_set_tx_rate_limit',
  arg: { name: 'tx_rate_limit', codec: u64 },
  docs: 'Root: set TxRateLimit, blocks between two rate-limited transactions of a key (hotkey swaps).',
  apply(ctx, value) {
    TxRateLimit.set(ctx.state, value);
    emitSubtensorEvent(ctx, 'TxRateLimitSet', { txRateLimit: value });
  },
});

export const sudoSetSubnetOwnerCut = defineGlobalSetter({
  index: 28,
  name: 'sudo_set_subnet_owner_cut',
  arg: { name: 'subnet_owner_cut', codec: u16 },
  docs: "Root: set SubnetOwnerCut, the owner's share of alpha emission (u16 fraction).",
  apply(ctx, value) {
    SubnetOwnerCut.set(ctx.state, value);
    emitSubtensorEvent(ctx, 'SubnetOwnerCutSet', { subnetOwnerCut: value });
  },
});

export const sudoSetNetworkRateLimit = defineGlobalSetter({
  index: 29,
  name: 'sudo_set_network_rate_limit',
  arg: { name: 'rate_limit', codec: u64 },
  docs: 'Root: set NetworkRateLimit, blocks between two subnet registrations.',
  apply(ctx, value) {
    NetworkRateLimit.set(ctx.state, value);
    emitSubtensorEvent(ctx, 'NetworkRateLimitSet', { rateLimit: value });
  },
});

export const sudoSetTotalIssuance = defineCall({
  pallet: ADMIN_UTILS,
  index: 33,
  name: 'sudo_set_total_issuance',
  args: Struct({ total_issuance: u64 }),
  pays: true,
  docs: 'Deprecated: always fails with Deprecated.',
  dispatch() {
    throw AdminUtilsErrors.Deprecated();
  },
});

export const sudoSetNetworkImmunityPeriod = defineGlobalSetter({
  index: 35,
  name: 'sudo_set_network_immunity_period',
  arg: { name: 'immunity_period', codec: u64 },
  docs: 'Root: set NetworkImmunityPeriod, blocks a new subnet cannot be pruned.',
  apply(ctx, value) {
    NetworkImmunityPeriod.set(ctx.state, value);
    emitSubtensorEvent(ctx, 'NetworkImmunityPeriodSet', { immunityPeriod: value });
  },
});

export const sudoSetNetworkMinLockCost = defineGlobalSetter({
  index: 36,
  name: 'sudo_set_network_min_lock_cost',
  arg: { name: 'lock_cost', codec: u64 },
  docs: 'Root: set NetworkMinLockCost, the floor of the subnet lock cost (rao).',
  apply(ctx, value) {
    NetworkMinLockCost.set(ctx.state, value);
    emitSubtensorEvent(ctx, 'NetworkMinLockCostSet', { lockCost: value });
  },
});

export const sudoSetSubnetLimit = defineGlobalSetter({
  index: 37,
  name: 'sudo_set_subnet_limit',
  arg: { name: 'max_subnets', codec: u16 },
  docs: 'Root: set SubnetLimit, the maximum number of subnets.',
  apply(ctx, value) {
    SubnetLimit.set(ctx.state, value);
    emitSubtensorEvent(ctx, 'SubnetLimitSet', { maxSubnets: value });
  },
});

export const sudoSetLockReductionInterval = defineGlobalSetter({
  index: 38,
  name: 'sudo_set_lock_reduction_interval',
  arg: { name: 'interval', codec: u64 },
  docs: 'Root: set NetworkLockReductionInterval, blocks over which the doubled lock cost decays back.',
  apply(ctx, value) {
    NetworkLockReductionInterval.set(ctx.state, value);
    emitSubtensorEvent(ctx, 'NetworkLockCostReductionIntervalSet', { interval: value });
  },
});

export const sudoSetStakeThreshold = defineGlobalSetter({
  index: 42,
  name: 'sudo_set_stake_threshold',
  arg: { name: 'min_stake', codec: u64 },
  docs: 'Root: set StakeThreshold, the stake weight a hotkey needs to set weights (rao).',
  apply(ctx, value) {
    StakeThreshold.set(ctx.state, value);
    emitSubtensorEvent(ctx, 'StakeThresholdSet', { minStake: value });
  },
});

export const sudoSetAdminFreezeWindow = defineGlobalSetter({
  index: 74,
  name: 'sudo_set_admin_freeze_window',
  arg: { name: 'window', codec: u16 },
  docs: 'Root: set AdminFreezeWindow, the blocks before an epoch during which admin changes are refused.',
  apply(ctx, value) {
    AdminFreezeWindow.set(ctx.state, value);
    emitSubtensorEvent(ctx, 'AdminFreezeWindowSet', { window: value });
  },
});

export const sudoSetOwnerHparamRateLimit = defineGlobalSetter({
  index: 75,
  name: 'sudo_set_owner_hparam_rate_limit',
  arg: { name: 'epochs', codec: u16 },
  docs: 'Root: set OwnerHyperparamRateLimit, tempos between two owner changes of one hyperparameter.',
  apply(ctx, value) {
    OwnerHyperparamRateLimit.set(ctx.state, value);
    emitSubtensorEvent(ctx, 'OwnerHyperparamRateLimitSet', { epochs: value });
  },
});

export const sudoSetStartCallDelay = defineGlobalSetter({
  index: 85,
  name: 'sudo_set_start_call_delay',
  arg: { name: 'delay', codec: u64 },
  docs: 'Root: set StartCallDelay, blocks after registration before an owner may call start_call.',
  apply(ctx, value) {
    StartCallDelay.set(ctx.state, value);
  },
});

export const sudoSetMaxMechanismCount = defineGlobalSetter({
  index: 88,
  name: 'sudo_set_max_mechanism_count',
  arg: { name: 'max_mechanism_count', codec: u8 },
  docs: 'Root: set MaxMechanismCount, the mechanisms an owner may configure (1..=8).',
  check(_ctx, value) {
    ensure(value > 0 && value <= GLOBAL_MAX_MECHANISM_COUNT, SubtensorErrors.InvalidValue);
  },
  apply(ctx, value) {
    MaxMechanismCount.set(ctx.state, value);
  },
});

export const sudoSetMaxEpochsPerBlock = defineGlobalSetter({
  index: 96,
  name: 'sudo_set_max_epochs_per_block',
  arg: { name: 'max_epochs_per_block', codec: u8 },
  docs: 'Root: set MaxEpochsPerBlock, the subnet epochs run in one block (at least 1; the rest wait).',
  check(_ctx, value) {
    ensure(value >= 1, AdminUtilsErrors.ValueNotInBounds);
  },
  apply(ctx, value) {
    MaxEpochsPerBlock.set(ctx.state, value);
  },
});

export const networkSetters = [
  sudoSetTxRateLimit,
  sudoSetSubnetOwnerCut,
  sudoSetNetworkRateLimit,
  sudoSetTotalIssuance,
  sudoSetNetworkImmunityPeriod,
  sudoSetNetworkMinLockCost,
  sudoSetSubnetLimit,
  sudoSetLockReductionInterval,
  sudoSetStakeThreshold,
  sudoSetAdminFreezeWindow,
  sudoSetOwnerHparamRateLimit,
  sudoSetStartCallDelay,
  sudoSetMaxMechanismCount,
  sudoSetMaxEpochsPerBlock,
];
