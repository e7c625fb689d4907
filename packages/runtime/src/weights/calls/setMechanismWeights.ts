/** `set_mechanism_weights(netuid, mecid, dests, weights, version_key)` [119]: weights of one mechanism. */
import { MechIdCodec, NetUidCodec } from '@taonet/primitives';
import { Struct, u16, u64, Vector } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { CommitRevealWeightsEnabled } from '../../subnets/hyperparameters.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { processSetWeights } from '../processSetWeights.js';

export const setMechanismWeights = defineCall({
  pallet: SUBTENSOR,
  index: 119,
  name: 'set_mechanism_weights',
  args: Struct({
    netuid: NetUidCodec,
    mecid: MechIdCodec,
    dests: Vector(u16),
    weights: Vector(u16),
    version_key: u64,
  }),
  pays: false,
  docs: 'Set the weights of the signing hotkey on one mechanism (sub-subnet) of the subnet.',
  dispatch(ctx, origin, { netuid, mecid, dests, weights, version_key }) {
    ensure(!CommitRevealWeightsEnabled.get(ctx.state, [netuid]), SubtensorErrors.CommitRevealEnabled);
    const hotkey = ensureSigned(origin);
    processSetWeights(ctx, { hotkey, netuid, mecid, uids: dests, values: weights, versionKey: version_key });
  },
});
