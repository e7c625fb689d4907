/** `set_weights(netuid, dests, weights, version_key)` [0]: hotkey sets its weights on the main mechanism. */
import { NetUidCodec } from '@taonet/primitives';
import { Struct, u16, u64, Vector } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { CommitRevealWeightsEnabled } from '../../subnets/hyperparameters.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { processSetWeights } from '../processSetWeights.js';

export const setWeights = defineCall({
  pallet: SUBTENSOR,
  index: 0,
  name: 'set_weights',
  args: Struct({ netuid: NetUidCodec, dests: Vector(u16), weights: Vector(u16), version_key: u64 }),
  pays: false,
  docs: 'Set the weights of the signing hotkey (refused while commit-reveal is on).',
  dispatch(ctx, origin, { netuid, dests, weights, version_key }) {
    ensure(!CommitRevealWeightsEnabled.get(ctx.state, [netuid]), SubtensorErrors.CommitRevealEnabled);
    const hotkey = ensureSigned(origin);
    processSetWeights(ctx, {
      hotkey,
      netuid,
      mecid: 0,
      uids: dests,
      values: weights,
      versionKey: version_key,
    });
  },
});
