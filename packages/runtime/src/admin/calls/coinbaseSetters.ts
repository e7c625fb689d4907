/**
 * Coinbase parameters (AdminUtils calls, indices as in subtensor's admin-utils): the moving-price factor and
 * its halving period, the childkey burn (root only, no subnet checks, as subtensor), the owner's
 * recycle-or-burn choice for its hotkeys' incentive and the owner-cut switch (owner or root, outside the
 * freeze window).
 */
import { I96F32Codec } from '@taonet/primitives';
import { bool, u64 } from 'scale-ts';
import {
  CKBurn,
  EMAPriceHalvingBlocks,
  OwnerCutEnabled,
  RecycleOrBurnCodec,
  RecycleOrBurnStorage,
  SubnetMovingAlpha,
} from '../../coinbase/schema.js';
import { Hyperparameter, hyperparameterLimit } from '../rateLimits.js';
import { defineGlobalSetter, defineSubnetSetter } from './defineSetter.js';

export const sudoSetSubnetMovingAlpha = defineGlobalSetter({
  index: 63,
  name: 'sudo_set_subnet_moving_alpha',
  arg: { name: 'alpha', codec: I96F32Codec },
  docs: 'Root: set SubnetMovingAlpha, the base EMA factor of the moving price (I96F32).',
  apply(ctx, value) {
    SubnetMovingAlpha.set(ctx.state, value);
  },
});

export const sudoSetEmaPriceHalvingPeriod = defineSubnetSetter({
  index: 65,
  name: 'sudo_set_ema_price_halving_period',
  arg: { name: 'ema_halving', codec: u64 },
  origin: 'root',
  freezeWindow: false,
  requireSubnet: false,
  docs: "Root: set EMAPriceHalvingBlocks, blocks after start_call for the moving price's factor to halve.",
  apply(ctx, netuid, value) {
    EMAPriceHalvingBlocks.set(ctx.state, [netuid], value);
  },
});

export const sudoSetCkBurn = defineGlobalSetter({
  index: 73,
  name: 'sudo_set_ck_burn',
  arg: { name: 'burn', codec: u64 },
  docs: 'Root: set CKBurn, the share (u64 / u64::MAX) of dividends passed to childkeys of other coldkeys that is recycled.',
  apply(ctx, value) {
    CKBurn.set(ctx.state, value);
  },
});

export const sudoSetRecycleOrBurn = defineSubnetSetter({
  index: 80,
  name: 'sudo_set_recycle_or_burn',
  arg: { name: 'recycle_or_burn', codec: RecycleOrBurnCodec },
  origin: 'ownerOrRoot',
  limits: [hyperparameterLimit(Hyperparameter.RecycleOrBurn)],
  freezeWindow: true,
  requireSubnet: false,
  docs: "Set RecycleOrBurn: the owner hotkeys' incentive is burned (Burn) or recycled (Recycle).",
  apply(ctx, netuid, value) {
    RecycleOrBurnStorage.set(ctx.state, [netuid], value);
  },
});

export const sudoSetOwnerCutEnabled = defineSubnetSetter({
  index: 92,
  name: 'sudo_set_owner_cut_enabled',
  arg: { name: 'enabled', codec: bool },
  origin: 'ownerOrRoot',
  freezeWindow: true,
  requireSubnet: true,
  docs: 'Set OwnerCutEnabled: whether the subnet owner takes SubnetOwnerCut of the alpha emission.',
  apply(ctx, netuid, value) {
    OwnerCutEnabled.set(ctx.state, [netuid], value);
  },
});

export const coinbaseSetters = [
  sudoSetSubnetMovingAlpha,
  sudoSetEmaPriceHalvingPeriod,
  sudoSetCkBurn,
  sudoSetRecycleOrBurn,
  sudoSetOwnerCutEnabled,
];
