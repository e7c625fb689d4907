/**
 * Registration, burn price, transfer and token switches of a subnet (AdminUtils calls, indices as in
 * subtensor's admin-utils).
 */
import { U64F64Codec } from '@taonet/primitives';
import { bool, u16, u64 } from 'scale-ts';
import { ensure } from '../../dispatch/dispatchError.js';
import {
  AdjustmentInterval,
  BurnHalfLife,
  BurnIncreaseMult,
  MaxBurn,
  MaxRegistrationsPerBlock,
  MinBurn,
  NetworkRegistrationAllowed,
  TargetRegistrationsPerInterval,
  TransferToggle,
} from '../../subnets/hyperparameters.js';
import { NetworksAdded, SubnetEmissionEnabled, SubtokenEnabled } from '../../subnets/schema.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { NetworkPowRegistrationAllowed } from '../adminStorage.js';
import { Hyperparameter, hyperparameterLimit } from '../rateLimits.js';
import {
  AdminUtilsErrors,
  MAX_BURN_HALF_LIFE,
  MAX_BURN_INCREASE_MULT,
  MAX_BURN_LOWER_BOUND,
  MIN_BURN_INCREASE_MULT,
  MIN_BURN_UPPER_BOUND,
} from '../schema.js';
import { defineSubnetSetter, emitAdminEvent, emitSubtensorEvent } from './defineSetter.js';

export const sudoSetAdjustmentInterval = defineSubnetSetter({
  index: 8,
  name: 'sudo_set_adjustment_interval',
  arg: { name: 'adjustment_interval', codec: u16 },
  origin: 'root',
  freezeWindow: false,
  requireSubnet: true,
  docs: 'Root: set AdjustmentInterval, the blocks of a registration interval.',
  apply(ctx, netuid, value) {
    AdjustmentInterval.set(ctx.state, [netuid], value);
    emitSubtensorEvent(ctx, 'AdjustmentIntervalSet', { netuid, adjustmentInterval: value });
  },
});

export const sudoSetNetworkRegistrationAllowed = defineSubnetSetter({
  index: 19,
  name: 'sudo_set_network_registration_allowed',
  arg: { name: 'registration_allowed', codec: bool },
  origin: 'root',
  freezeWindow: false,
  requireSubnet: false,
  docs: 'Root: open or close burned registration on a subnet.',
  apply(ctx, netuid, value) {
    NetworkRegistrationAllowed.set(ctx.state, [netuid], value);
    emitSubtensorEvent(ctx, 'RegistrationAllowed', { netuid, allowed: value });
  },
});

export const sudoSetNetworkPowRegistrationAllowed = defineSubnetSetter({
  index: 20,
  name: 'sudo_set_network_pow_registration_allowed',
  arg: { name: 'registration_allowed', codec: bool },
  origin: 'ownerOrRoot',
  limits: [hyperparameterLimit(Hyperparameter.PowRegistrationAllowed)],
  freezeWindow: true,
  requireSubnet: true,
  notOnRoot: true,
  docs: 'Switch the legacy PoW registration flag; at least one of PoW and burned registration stays open.',
  check(ctx, netuid, value) {
    ensure(value || NetworkRegistrationAllowed.get(ctx.state, [netuid]), AdminUtilsErrors.InvalidValue);
  },
  apply(ctx, netuid, value) {
    NetworkPowRegistrationAllowed.set(ctx.state, [netuid], value);
    emitSubtensorEvent(ctx, 'PowRegistrationAllowed', { netuid, allowed: value });
  },
});

export const sudoSetTargetRegistrationsPerInterval = defineSubnetSetter({
  index: 21,
  name: 'sudo_set_target_registrations_per_interval',
  arg: { name: 'target_registrations_per_interval', codec: u16 },
  origin: 'root',
  freezeWindow: true,
  requireSubnet: true,
  docs: 'Root: set TargetRegistrationsPerInterval.',
  apply(ctx, netuid, value) {
    TargetRegistrationsPerInterval.set(ctx.state, [netuid], value);
    emitSubtensorEvent(ctx, 'RegistrationPerIntervalSet', { netuid, targetRegistrationsPerInterval: value });
  },
});

export const sudoSetMinBurn = defineSubnetSetter({
  index: 22,
  name: 'sudo_set_min_burn',
  arg: { name: 'min_burn', codec: u64 },
  origin: 'ownerOrRoot',
  limits: [hyperparameterLimit(Hyperparameter.MinBurn)],
  freezeWindow: true,
  requireSubnet: true,
  docs: 'Set MinBurn, the registration price floor (rao): below 1 TAO and below MaxBurn.',
  check(ctx, netuid, value) {
    ensure(value < MIN_BURN_UPPER_BOUND, AdminUtilsErrors.ValueNotInBounds, 'MinBurn must be below 1 TAO');
    ensure(value < MaxBurn.get(ctx.state, [netuid]), AdminUtilsErrors.ValueNotInBounds, 'MinBurn < MaxBurn');
  },
  apply(ctx, netuid, value) {
    MinBurn.set(ctx.state, [netuid], value);
    emitSubtensorEvent(ctx, 'MinBurnSet', { netuid, minBurn: value });
  },
});

export const sudoSetMaxBurn = defineSubnetSetter({
  index: 23,
  name: 'sudo_set_max_burn',
  arg: { name: 'max_burn', codec: u64 },
  origin: 'ownerOrRoot',
  limits: [hyperparameterLimit(Hyperparameter.MaxBurn)],
  freezeWindow: true,
  requireSubnet: true,
  docs: 'Set MaxBurn, the registration price ceiling (rao): above 0.1 TAO and above MinBurn.',
  check(ctx, netuid, value) {
    ensure(value > MAX_BURN_LOWER_BOUND, AdminUtilsErrors.ValueNotInBounds, 'MaxBurn must be above 0.1 TAO');
    ensure(value > MinBurn.get(ctx.state, [netuid]), AdminUtilsErrors.ValueNotInBounds, 'MaxBurn > MinBurn');
  },
  apply(ctx, netuid, value) {
    MaxBurn.set(ctx.state, [netuid], value);
    emitSubtensorEvent(ctx, 'MaxBurnSet', { netuid, maxBurn: value });
  },
});

export const sudoSetMaxRegistrationsPerBlock = defineSubnetSetter({
  index: 27,
  name: 'sudo_set_max_registrations_per_block',
  arg: { name: 'max_registrations_per_block', codec: u16 },
  origin: 'root',
  freezeWindow: true,
  requireSubnet: true,
  docs: 'Root: set MaxRegistrationsPerBlock.',
  apply(ctx, netuid, value) {
    MaxRegistrationsPerBlock.set(ctx.state, [netuid], value);
    emitSubtensorEvent(ctx, 'MaxRegistrationsPerBlockSet', { netuid, maxRegistrationsPerBlock: value });
  },
});

export const sudoSetToggleTransfer = defineSubnetSetter({
  index: 61,
  name: 'sudo_set_toggle_transfer',
  arg: { name: 'toggle', codec: bool },
  origin: 'ownerOrRoot',
  limits: [hyperparameterLimit(Hyperparameter.TransferEnabled)],
  freezeWindow: true,
  requireSubnet: false,
  docs: 'Allow or forbid transfer_stake of alpha between coldkeys on the subnet.',
  check(ctx, netuid) {
    ensure(NetworksAdded.get(ctx.state, [netuid]), SubtensorErrors.SubNetworkDoesNotExist);
  },
  apply(ctx, netuid, value) {
    TransferToggle.set(ctx.state, [netuid], value);
    emitSubtensorEvent(ctx, 'TransferToggle', { netuid, enabled: value });
  },
});

export const sudoSetSubtokenEnabled = defineSubnetSetter({
  index: 66,
  name: 'sudo_set_subtoken_enabled',
  arg: { name: 'subtoken_enabled', codec: bool },
  origin: 'root',
  freezeWindow: true,
  requireSubnet: false,
  docs: 'Root: open or close staking on the subnet (SubtokenEnabled).',
  apply(ctx, netuid, value) {
    SubtokenEnabled.set(ctx.state, [netuid], value);
  },
});

export const sudoSetBurnHalfLife = defineSubnetSetter({
  index: 89,
  name: 'sudo_set_burn_half_life',
  arg: { name: 'burn_half_life', codec: u16 },
  origin: 'ownerOrRoot',
  limits: [hyperparameterLimit(Hyperparameter.BurnHalfLife)],
  freezeWindow: true,
  requireSubnet: true,
  notOnRoot: true,
  docs: 'Set BurnHalfLife, the blocks for the registration price to halve (1..=36_100).',
  check(_ctx, _netuid, value) {
    ensure(value > 0 && value <= MAX_BURN_HALF_LIFE, AdminUtilsErrors.InvalidValue);
  },
  apply(ctx, netuid, value) {
    BurnHalfLife.set(ctx.state, [netuid], value);
    emitAdminEvent(ctx, 'BurnHalfLifeSet', { netuid, burnHalfLife: value });
  },
});

export const sudoSetBurnIncreaseMult = defineSubnetSetter({
  index: 90,
  name: 'sudo_set_burn_increase_mult',
  arg: { name: 'burn_increase_mult', codec: U64F64Codec },
  origin: 'ownerOrRoot',
  limits: [hyperparameterLimit(Hyperparameter.BurnIncreaseMult)],
  freezeWindow: true,
  requireSubnet: true,
  notOnRoot: true,
  docs: 'Set BurnIncreaseMult (U64F64 bits), the price multiplier after a registration, in [1, 3].',
  check(_ctx, _netuid, value) {
    ensure(value >= MIN_BURN_INCREASE_MULT && value <= MAX_BURN_INCREASE_MULT, AdminUtilsErrors.InvalidValue);
  },
  apply(ctx, netuid, value) {
    BurnIncreaseMult.set(ctx.state, [netuid], value);
    emitAdminEvent(ctx, 'BurnIncreaseMultSet', { netuid, burnIncreaseMult: value });
  },
});

export const sudoSetSubnetEmissionEnabled = defineSubnetSetter({
  index: 94,
  name: 'sudo_set_subnet_emission_enabled',
  arg: { name: 'enabled', codec: bool },
  origin: 'root',
  freezeWindow: false,
  requireSubnet: true,
  notOnRoot: true,
  docs: 'Root: switch the pool-side emission (TAO and alpha injection) of a subnet on or off.',
  apply(ctx, netuid, value) {
    SubnetEmissionEnabled.set(ctx.state, [netuid], value);
    emitAdminEvent(ctx, 'SubnetEmissionEnabledSet', { netuid, enabled: value });
  },
});

export const registrationSetters = [
  sudoSetAdjustmentInterval,
  sudoSetNetworkRegistrationAllowed,
  sudoSetNetworkPowRegistrationAllowed,
  sudoSetTargetRegistrationsPerInterval,
  sudoSetMinBurn,
  sudoSetMaxBurn,
  sudoSetMaxRegistrationsPerBlock,
  sudoSetToggleTransfer,
  sudoSetSubtokenEnabled,
  sudoSetBurnHalfLife,
  sudoSetBurnIncreaseMult,
  sudoSetSubnetEmissionEnabled,
];
