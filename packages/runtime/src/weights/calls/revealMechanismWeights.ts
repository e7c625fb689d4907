/** `reveal_mechanism_weights(netuid, mecid, uids, values, salt, version_key)` [116]. */
import { MechIdCodec, NetUidCodec } from '@taonet/primitives';
import { Struct, u16, u64, Vector } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { processRevealWeights } from '../processRevealWeights.js';

export const revealMechanismWeights = defineCall({
  pallet: SUBTENSOR,
  index: 116,
  name: 'reveal_mechanism_weights',
  args: Struct({
    netuid: NetUidCodec,
    mecid: MechIdCodec,
    uids: Vector(u16),
    values: Vector(u16),
    salt: Vector(u16),
    version_key: u64,
  }),
  pays: false,
  docs: 'Reveal committed weights of one mechanism in their reveal epoch.',
  dispatch(ctx, origin, { netuid, mecid, uids, values, salt, version_key }) {
    const who = ensureSigned(origin);
    processRevealWeights(ctx, { who, netuid, mecid, uids, values, salt, versionKey: version_key });
  },
});
