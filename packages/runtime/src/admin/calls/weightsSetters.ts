/**
 * Weights, commit-reveal, serving and mechanism hyperparameters of a subnet (AdminUtils calls, indices
 * as in subtensor's admin-utils). `sudo_set_tempo` and `sudo_set_alpha_values` have their own files.
 */
import { MechIdCodec } from '@taonet/primitives';
import { bool, Option, u16, u64, Vector } from 'scale-ts';
import { ensure } from '../../dispatch/dispatchError.js';
import {
  CommitRevealWeightsEnabled,
  RevealPeriodEpochs,
  ServingRateLimit,
  WeightsSetRateLimit,
  WeightsVersionKey,
} from '../../subnets/hyperparameters.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { setMechanismCount, setMechanismEmissionSplit } from '../mechanisms.js';
import { Hyperparameter, hyperparameterLimit } from '../rateLimits.js';
import { MAX_REVEAL_PERIOD, MIN_REVEAL_PERIOD } from '../schema.js';
import { defineSubnetSetter, emitSubtensorEvent } from './defineSetter.js';

export const sudoSetServingRateLimit = defineSubnetSetter({
  index: 3,
  name: 'sudo_set_serving_rate_limit',
  arg: { name: 'serving_rate_limit', codec: u64 },
  origin: 'ownerOrRoot',
  limits: [hyperparameterLimit(Hyperparameter.ServingRateLimit)],
  freezeWindow: true,
  requireSubnet: false,
  docs: 'Set ServingRateLimit: blocks between two serve_axon of a neuron.',
  apply(ctx, netuid, value) {
    ServingRateLimit.set(ctx.state, [netuid], value);
    emitSubtensorEvent(ctx, 'ServingRateLimitSet', { netuid, servingRateLimit: value });
  },
});

export const sudoSetWeightsVersionKey = defineSubnetSetter({
  index: 6,
  name: 'sudo_set_weights_version_key',
  arg: { name: 'weights_version_key', codec: u64 },
  origin: 'ownerOrRoot',
  limits: [{ kind: 'SetWeightsVersionKey' }],
  freezeWindow: true,
  requireSubnet: true,
  docs: 'Set WeightsVersionKey, the lowest version_key set_weights accepts (owner: once per 5 tempos).',
  apply(ctx, netuid, value) {
    WeightsVersionKey.set(ctx.state, [netuid], value);
    emitSubtensorEvent(ctx, 'WeightsVersionKeySet', { netuid, weightsVersionKey: value });
  },
});

export const sudoSetWeightsSetRateLimit = defineSubnetSetter({
  index: 7,
  name: 'sudo_set_weights_set_rate_limit',
  arg: { name: 'weights_set_rate_limit', codec: u64 },
  origin: 'root',
  freezeWindow: false,
  requireSubnet: true,
  docs: 'Root: set WeightsSetRateLimit, blocks between two set_weights of a hotkey.',
  apply(ctx, netuid, value) {
    WeightsSetRateLimit.set(ctx.state, [netuid], value);
    emitSubtensorEvent(ctx, 'WeightsSetRateLimitSet', { netuid, weightsSetRateLimit: value });
  },
});

export const sudoSetCommitRevealWeightsEnabled = defineSubnetSetter({
  index: 49,
  name: 'sudo_set_commit_reveal_weights_enabled',
  arg: { name: 'enabled', codec: bool },
  origin: 'ownerOrRoot',
  limits: [hyperparameterLimit(Hyperparameter.CommitRevealEnabled)],
  freezeWindow: true,
  requireSubnet: true,
  docs: 'Switch commit-reveal weights on or off.',
  apply(ctx, netuid, value) {
    CommitRevealWeightsEnabled.set(ctx.state, [netuid], value);
    emitSubtensorEvent(ctx, 'CommitRevealEnabled', { netuid, enabled: value });
  },
});

export const sudoSetCommitRevealWeightsInterval = defineSubnetSetter({
  index: 57,
  name: 'sudo_set_commit_reveal_weights_interval',
  arg: { name: 'interval', codec: u64 },
  origin: 'ownerOrRoot',
  limits: [hyperparameterLimit(Hyperparameter.WeightCommitInterval)],
  freezeWindow: true,
  requireSubnet: true,
  docs: 'Set RevealPeriodEpochs, the epochs between a weights commit and its reveal (1..=100).',
  check(_ctx, _netuid, value) {
    ensure(value <= MAX_REVEAL_PERIOD, SubtensorErrors.RevealPeriodTooLarge);
    ensure(value >= MIN_REVEAL_PERIOD, SubtensorErrors.RevealPeriodTooSmall);
  },
  apply(ctx, netuid, value) {
    RevealPeriodEpochs.set(ctx.state, [netuid], value);
    emitSubtensorEvent(ctx, 'CommitRevealPeriodsSet', { netuid, periods: value });
  },
});

export const sudoSetMechanismCount = defineSubnetSetter({
  index: 76,
  name: 'sudo_set_mechanism_count',
  arg: { name: 'mechanism_count', codec: MechIdCodec },
  origin: 'ownerOrRoot',
  limits: [{ kind: 'MechanismCountUpdate' }],
  freezeWindow: true,
  requireSubnet: false,
  docs: 'Set the number of mechanisms (1..=MaxMechanismCount, MaxAllowedUids × count ≤ 256).',
  apply(ctx, netuid, value) {
    setMechanismCount(ctx, netuid, value);
  },
});

export const sudoSetMechanismEmissionSplit = defineSubnetSetter({
  index: 77,
  name: 'sudo_set_mechanism_emission_split',
  arg: { name: 'maybe_split', codec: Option(Vector(u16)) },
  origin: 'ownerOrRoot',
  limits: [{ kind: 'MechanismEmission' }],
  freezeWindow: true,
  requireSubnet: false,
  docs: 'Set the emission share of each mechanism (u16 parts summing to 65535), or None for an even split.',
  apply(ctx, netuid, value) {
    setMechanismEmissionSplit(ctx, netuid, value);
  },
});

export const weightsSetters = [
  sudoSetServingRateLimit,
  sudoSetWeightsVersionKey,
  sudoSetWeightsSetRateLimit,
  sudoSetCommitRevealWeightsEnabled,
  sudoSetCommitRevealWeightsInterval,
  sudoSetMechanismCount,
  sudoSetMechanismEmissionSplit,
];
