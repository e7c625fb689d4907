/**
 * `sudo_set_alpha_values(netuid, alpha_low, alpha_high)` [51] (subtensor's `do_set_alpha_values`): the
 * liquid-alpha bounds of the bonds EMA factor, as u16 fractions. Needs liquid alpha on; both bounds at
 * least 65535/40 (1638) and `alpha_low <= alpha_high`.
 */
import { type NetUid, NetUidCodec } from '@taonet/primitives';
import { Struct, u16 } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { AlphaValues, LiquidAlphaOn } from '../../subnets/hyperparameters.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import {
  ensureAdminWindowOpen,
  ensureSubnetOwnerOrRootWithLimits,
  recordOwnerRateLimits,
} from '../ownerChecks.js';
import { Hyperparameter, hyperparameterLimit } from '../rateLimits.js';
import { ADMIN_UTILS, MIN_ALPHA_VALUE } from '../schema.js';
import { emitSubtensorEvent } from './defineSetter.js';

const LIMITS = [hyperparameterLimit(Hyperparameter.AlphaValues)];

export interface AlphaValuesArgs {
  netuid: NetUid;
  alpha_low: number;
  alpha_high: number;
}

export const sudoSetAlphaValues = defineCall({
  pallet: ADMIN_UTILS,
  index: 51,
  name: 'sudo_set_alpha_values',
  args: Struct({ netuid: NetUidCodec, alpha_low: u16, alpha_high: u16 }),
  pays: true,
  docs: 'Set the liquid alpha bounds (alpha_low, alpha_high), u16 fractions, both at least 1638.',
  dispatch(ctx, origin, { netuid, alpha_low, alpha_high }: AlphaValuesArgs) {
    const owner = ensureSubnetOwnerOrRootWithLimits(ctx, origin, netuid, LIMITS);
    ensureAdminWindowOpen(ctx, netuid);
    ensure(LiquidAlphaOn.get(ctx.state, [netuid]), SubtensorErrors.LiquidAlphaDisabled);
    ensure(alpha_high >= MIN_ALPHA_VALUE, SubtensorErrors.AlphaHighTooLow);
    ensure(alpha_low >= MIN_ALPHA_VALUE && alpha_low <= alpha_high, SubtensorErrors.AlphaLowOutOfRange);
    AlphaValues.set(ctx.state, [netuid], [alpha_low, alpha_high]);
    emitSubtensorEvent(ctx, 'AlphaValuesSet', { netuid, alphaLow: alpha_low, alphaHigh: alpha_high });
    recordOwnerRateLimits(ctx, owner, netuid, LIMITS);
  },
});
