/**
 * Yuma consensus hyperparameters of a subnet (AdminUtils calls, indices as in subtensor's admin-utils).
 * Root-only where subtensor keeps them root-only (kappa, validators, min uids, min non-immune uids);
 * owner-or-root within the owner rate limit and outside the freeze window otherwise.
 */
import { bool, i16, u16, u64 } from 'scale-ts';
import { ensure } from '../../dispatch/dispatchError.js';
import { SubnetworkN } from '../../neurons/schema.js';
import {
  ActivityCutoff,
  AlphaSigmoidSteepness,
  BondsMovingAverage,
  BondsPenalty,
  BondsResetOn,
  ImmuneOwnerUidsLimit,
  ImmunityPeriod,
  Kappa,
  LiquidAlphaOn,
  MaxAllowedUids,
  MaxAllowedValidators,
  MaxWeightsLimit,
  MinAllowedUids,
  MinAllowedWeights,
  MinNonImmuneUids,
  Rho,
  Yuma3On,
} from '../../subnets/hyperparameters.js';
import { MechanismCountCurrent } from '../../subnets/schema.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { MinActivityCutoff } from '../adminStorage.js';
import { Hyperparameter, hyperparameterLimit } from '../rateLimits.js';
import {
  AdminUtilsErrors,
  EPOCH_UID_BUDGET,
  MAX_BONDS_MOVING_AVERAGE,
  MAX_IMMUNE_OWNER_UIDS,
  MIN_IMMUNE_OWNER_UIDS,
} from '../schema.js';
import { defineSubnetSetter, emitAdminEvent, emitSubtensorEvent } from './defineSetter.js';

export const sudoSetMaxWeightLimit = defineSubnetSetter({
  index: 12,
  name: 'sudo_set_max_weight_limit',
  arg: { name: 'max_weight_limit', codec: u16 },
  origin: 'ownerOrRoot',
  limits: [hyperparameterLimit(Hyperparameter.MaxWeightLimit)],
  freezeWindow: true,
  requireSubnet: true,
  docs: 'Set MaxWeightsLimit (u16 fraction). Retired from subtensor admin-utils; kept while the epoch reads it.',
  apply(ctx, netuid, value) {
    MaxWeightsLimit.set(ctx.state, [netuid], value);
    emitSubtensorEvent(ctx, 'MaxWeightLimitSet', { netuid, maxWeightLimit: value });
  },
});

export const sudoSetImmunityPeriod = defineSubnetSetter({
  index: 13,
  name: 'sudo_set_immunity_period',
  arg: { name: 'immunity_period', codec: u16 },
  origin: 'ownerOrRoot',
  limits: [hyperparameterLimit(Hyperparameter.ImmunityPeriod)],
  freezeWindow: true,
  requireSubnet: true,
  docs: 'Set ImmunityPeriod: blocks a new neuron cannot be pruned.',
  apply(ctx, netuid, value) {
    ImmunityPeriod.set(ctx.state, [netuid], value);
    emitSubtensorEvent(ctx, 'ImmunityPeriodSet', { netuid, immunityPeriod: value });
  },
});

export const sudoSetMinAllowedWeights = defineSubnetSetter({
  index: 14,
  name: 'sudo_set_min_allowed_weights',
  arg: { name: 'min_allowed_weights', codec: u16 },
  origin: 'ownerOrRoot',
  limits: [hyperparameterLimit(Hyperparameter.MinAllowedWeights)],
  freezeWindow: true,
  requireSubnet: true,
  docs: 'Set MinAllowedWeights: the fewest entries a weights vector may have.',
  apply(ctx, netuid, value) {
    MinAllowedWeights.set(ctx.state, [netuid], value);
    emitSubtensorEvent(ctx, 'MinAllowedWeightSet', { netuid, minAllowedWeights: value });
  },
});

export const sudoSetMaxAllowedUids = defineSubnetSetter({
  index: 15,
  name: 'sudo_set_max_allowed_uids',
  arg: { name: 'max_allowed_uids', codec: u16 },
  origin: 'ownerOrRoot',
  limits: [hyperparameterLimit(Hyperparameter.MaxAllowedUids)],
  freezeWindow: true,
  requireSubnet: true,
  docs: 'Set MaxAllowedUids: at least MinAllowedUids and the uids in use, at most 256 over all mechanisms.',
  check(ctx, netuid, value) {
    ensure(
      value >= MinAllowedUids.get(ctx.state, [netuid]),
      AdminUtilsErrors.MaxAllowedUidsLessThanMinAllowedUids,
    );
    ensure(SubnetworkN.get(ctx.state, [netuid]) <= value, AdminUtilsErrors.MaxAllowedUIdsLessThanCurrentUIds);
    ensure(value <= EPOCH_UID_BUDGET, AdminUtilsErrors.MaxAllowedUidsGreaterThanDefaultMaxAllowedUids);
    const mechanisms = MechanismCountCurrent.get(ctx.state, [netuid]);
    ensure(value * mechanisms <= EPOCH_UID_BUDGET, SubtensorErrors.TooManyUIDsPerMechanism);
  },
  apply(ctx, netuid, value) {
    MaxAllowedUids.set(ctx.state, [netuid], value);
    emitSubtensorEvent(ctx, 'MaxAllowedUidsSet', { netuid, maxAllowedUids: value });
  },
});

export const sudoSetKappa = defineSubnetSetter({
  index: 16,
  name: 'sudo_set_kappa',
  arg: { name: 'kappa', codec: u16 },
  origin: 'root',
  freezeWindow: false,
  requireSubnet: true,
  docs: 'Root: set Kappa, the consensus majority threshold (u16 fraction).',
  apply(ctx, netuid, value) {
    Kappa.set(ctx.state, [netuid], value);
    emitSubtensorEvent(ctx, 'KappaSet', { netuid, kappa: value });
  },
});

export const sudoSetRho = defineSubnetSetter({
  index: 17,
  name: 'sudo_set_rho',
  arg: { name: 'rho', codec: u16 },
  origin: 'ownerOrRoot',
  limits: [hyperparameterLimit(Hyperparameter.Rho)],
  freezeWindow: true,
  requireSubnet: true,
  docs: 'Set Rho (legacy incentive temperature, unused by Yuma).',
  apply(ctx, netuid, value) {
    Rho.set(ctx.state, [netuid], value);
    emitSubtensorEvent(ctx, 'RhoSet', { netuid, rho: value });
  },
});

export const sudoSetActivityCutoff = defineSubnetSetter({
  index: 18,
  name: 'sudo_set_activity_cutoff',
  arg: { name: 'activity_cutoff', codec: u16 },
  origin: 'ownerOrRoot',
  limits: [hyperparameterLimit(Hyperparameter.ActivityCutoff)],
  freezeWindow: true,
  requireSubnet: true,
  docs: 'Set ActivityCutoff (blocks), at least MinActivityCutoff (360).',
  check(ctx, _netuid, value) {
    ensure(value >= MinActivityCutoff.get(ctx.state), SubtensorErrors.ActivityCutoffTooLow);
  },
  apply(ctx, netuid, value) {
    ActivityCutoff.set(ctx.state, [netuid], value);
    emitSubtensorEvent(ctx, 'ActivityCutoffSet', { netuid, activityCutoff: value });
  },
});

export const sudoSetMaxAllowedValidators = defineSubnetSetter({
  index: 25,
  name: 'sudo_set_max_allowed_validators',
  arg: { name: 'max_allowed_validators', codec: u16 },
  origin: 'root',
  freezeWindow: true,
  requireSubnet: true,
  docs: 'Root: set MaxAllowedValidators (validator permits per epoch), at most MaxAllowedUids.',
  check(ctx, netuid, value) {
    ensure(value <= MaxAllowedUids.get(ctx.state, [netuid]), AdminUtilsErrors.MaxValidatorsLargerThanMaxUIds);
  },
  apply(ctx, netuid, value) {
    MaxAllowedValidators.set(ctx.state, [netuid], value);
    emitSubtensorEvent(ctx, 'MaxAllowedValidatorsSet', { netuid, maxAllowedValidators: value });
  },
});

export const sudoSetBondsMovingAverage = defineSubnetSetter({
  index: 26,
  name: 'sudo_set_bonds_moving_average',
  arg: { name: 'bonds_moving_average', codec: u64 },
  origin: 'ownerOrRoot',
  limits: [hyperparameterLimit(Hyperparameter.BondsMovingAverage)],
  freezeWindow: true,
  requireSubnet: true,
  docs: 'Set BondsMovingAverage (millionths); an owner may not exceed 975_000.',
  check(_ctx, _netuid, value, owner) {
    ensure(
      owner === null || value <= MAX_BONDS_MOVING_AVERAGE,
      AdminUtilsErrors.BondsMovingAverageMaxReached,
    );
  },
  apply(ctx, netuid, value) {
    BondsMovingAverage.set(ctx.state, [netuid], value);
    emitSubtensorEvent(ctx, 'BondsMovingAverageSet', { netuid, bondsMovingAverage: value });
  },
});

export const sudoSetBondsPenalty = defineSubnetSetter({
  index: 60,
  name: 'sudo_set_bonds_penalty',
  arg: { name: 'bonds_penalty', codec: u16 },
  origin: 'ownerOrRoot',
  limits: [hyperparameterLimit(Hyperparameter.BondsPenalty)],
  freezeWindow: true,
  requireSubnet: true,
  docs: 'Set BondsPenalty (u16 fraction) on bonds of weights above consensus.',
  apply(ctx, netuid, value) {
    BondsPenalty.set(ctx.state, [netuid], value);
    emitSubtensorEvent(ctx, 'BondsPenaltySet', { netuid, bondsPenalty: value });
  },
});

export const sudoSetLiquidAlphaEnabled = defineSubnetSetter({
  index: 50,
  name: 'sudo_set_liquid_alpha_enabled',
  arg: { name: 'enabled', codec: bool },
  origin: 'ownerOrRoot',
  limits: [hyperparameterLimit(Hyperparameter.LiquidAlphaEnabled)],
  freezeWindow: true,
  requireSubnet: false,
  docs: 'Switch liquid alpha (consensus-driven bonds EMA factor) on or off.',
  apply(ctx, netuid, value) {
    LiquidAlphaOn.set(ctx.state, [netuid], value);
  },
});

export const sudoSetAlphaSigmoidSteepness = defineSubnetSetter({
  index: 68,
  name: 'sudo_set_alpha_sigmoid_steepness',
  arg: { name: 'steepness', codec: i16 },
  origin: 'ownerOrRoot',
  limits: [hyperparameterLimit(Hyperparameter.AlphaSigmoidSteepness)],
  freezeWindow: true,
  requireSubnet: true,
  docs: 'Set AlphaSigmoidSteepness of liquid alpha; only root may set a negative value.',
  check(_ctx, _netuid, value, owner) {
    ensure(owner === null || value >= 0, AdminUtilsErrors.NegativeSigmoidSteepness);
  },
  apply(ctx, netuid, value) {
    AlphaSigmoidSteepness.set(ctx.state, [netuid], value);
  },
});

export const sudoSetYuma3Enabled = defineSubnetSetter({
  index: 69,
  name: 'sudo_set_yuma3_enabled',
  arg: { name: 'enabled', codec: bool },
  origin: 'ownerOrRoot',
  limits: [hyperparameterLimit(Hyperparameter.Yuma3Enabled)],
  freezeWindow: true,
  requireSubnet: false,
  docs: 'Switch Yuma 3 (fixed-point bonds) on or off.',
  apply(ctx, netuid, value) {
    Yuma3On.set(ctx.state, [netuid], value);
    emitAdminEvent(ctx, 'Yuma3EnableToggled', { netuid, enabled: value });
  },
});

export const sudoSetBondsResetEnabled = defineSubnetSetter({
  index: 70,
  name: 'sudo_set_bonds_reset_enabled',
  arg: { name: 'enabled', codec: bool },
  origin: 'ownerOrRoot',
  limits: [hyperparameterLimit(Hyperparameter.BondsResetEnabled)],
  freezeWindow: true,
  requireSubnet: false,
  docs: "Switch bonds reset (clear a re-registered uid's bonds) on or off.",
  apply(ctx, netuid, value) {
    BondsResetOn.set(ctx.state, [netuid], value);
    emitAdminEvent(ctx, 'BondsResetToggled', { netuid, enabled: value });
  },
});

export const sudoSetOwnerImmuneNeuronLimit = defineSubnetSetter({
  index: 72,
  name: 'sudo_set_owner_immune_neuron_limit',
  arg: { name: 'immune_neurons', codec: u16 },
  origin: 'ownerOrRoot',
  limits: [hyperparameterLimit(Hyperparameter.ImmuneNeuronLimit)],
  freezeWindow: true,
  requireSubnet: false,
  docs: "Set ImmuneOwnerUidsLimit: how many of the owner's uids are never pruned (1..=10).",
  check(_ctx, _netuid, value) {
    ensure(value >= MIN_IMMUNE_OWNER_UIDS && value <= MAX_IMMUNE_OWNER_UIDS, SubtensorErrors.InvalidValue);
  },
  apply(ctx, netuid, value) {
    ImmuneOwnerUidsLimit.set(ctx.state, [netuid], value);
  },
});

export const sudoSetMinAllowedUids = defineSubnetSetter({
  index: 79,
  name: 'sudo_set_min_allowed_uids',
  arg: { name: 'min_allowed_uids', codec: u16 },
  origin: 'root',
  freezeWindow: true,
  requireSubnet: true,
  docs: 'Root: set MinAllowedUids, below MaxAllowedUids and below the uids in use.',
  check(ctx, netuid, value) {
    ensure(
      value < MaxAllowedUids.get(ctx.state, [netuid]),
      AdminUtilsErrors.MinAllowedUidsGreaterThanMaxAllowedUids,
    );
    ensure(
      value < SubnetworkN.get(ctx.state, [netuid]),
      AdminUtilsErrors.MinAllowedUidsGreaterThanCurrentUids,
    );
  },
  apply(ctx, netuid, value) {
    MinAllowedUids.set(ctx.state, [netuid], value);
  },
});

export const sudoSetMinNonImmuneUids = defineSubnetSetter({
  index: 84,
  name: 'sudo_set_min_non_immune_uids',
  arg: { name: 'min', codec: u16 },
  origin: 'root',
  freezeWindow: false,
  requireSubnet: false,
  docs: 'Root: set MinNonImmuneUids, the non-immune uids pruning keeps in the subnet.',
  apply(ctx, netuid, value) {
    MinNonImmuneUids.set(ctx.state, [netuid], value);
  },
});

export const consensusSetters = [
  sudoSetMaxWeightLimit,
  sudoSetImmunityPeriod,
  sudoSetMinAllowedWeights,
  sudoSetMaxAllowedUids,
  sudoSetKappa,
  sudoSetRho,
  sudoSetActivityCutoff,
  sudoSetMaxAllowedValidators,
  sudoSetBondsMovingAverage,
  sudoSetLiquidAlphaEnabled,
  sudoSetBondsPenalty,
  sudoSetAlphaSigmoidSteepness,
  sudoSetYuma3Enabled,
  sudoSetBondsResetEnabled,
  sudoSetOwnerImmuneNeuronLimit,
  sudoSetMinAllowedUids,
  sudoSetMinNonImmuneUids,
];
