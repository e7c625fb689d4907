/** `reveal_weights(netuid, uids, values, salt, version_key)` [97]: reveal a main-mechanism commit. */
import { NetUidCodec } from '@taonet/primitives';
import { Struct, u16, u64, Vector } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { processRevealWeights } from '../processRevealWeights.js';

export const revealWeights = defineCall({
  pallet: SUBTENSOR,
  index: 97,
  name: 'reveal_weights',
  args: Struct({
    netuid: NetUidCodec,
    uids: Vector(u16),
    values: Vector(u16),
    salt: Vector(u16),
    version_key: u64,
  }),
  pays: false,
  docs: 'Reveal committed weights in their reveal epoch; they are then set as by set_weights.',
  dispatch(ctx, origin, { netuid, uids, values, salt, version_key }) {
    const who = ensureSigned(origin);
    processRevealWeights(ctx, { who, netuid, mecid: 0, uids, values, salt, versionKey: version_key });
  },
});
