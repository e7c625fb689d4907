/** `batch_reveal_weights(netuid, uids_list, values_list, salts_list, version_keys)` [98]: all or nothing. */
import { NetUidCodec } from '@taonet/primitives';
import { Struct, u16, u64, Vector } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { processBatchRevealWeights } from '../processBatchRevealWeights.js';

export const batchRevealWeights = defineCall({
  pallet: SUBTENSOR,
  index: 98,
  name: 'batch_reveal_weights',
  args: Struct({
    netuid: NetUidCodec,
    uids_list: Vector(Vector(u16)),
    values_list: Vector(Vector(u16)),
    salts_list: Vector(Vector(u16)),
    version_keys: Vector(u64),
  }),
  pays: false,
  docs: 'Reveal several commits of the main mechanism at once; any failing reveal fails them all.',
  dispatch(ctx, origin, args) {
    processBatchRevealWeights(ctx, origin, {
      netuid: args.netuid,
      uidsList: args.uids_list,
      valuesList: args.values_list,
      saltsList: args.salts_list,
      versionKeys: args.version_keys,
    });
  },
});
