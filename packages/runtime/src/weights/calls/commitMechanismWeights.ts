/** `commit_mechanism_weights(netuid, mecid, commit_hash)` [115]: commit-reveal v2 commit on one mechanism. */
import { HashCodec, MechIdCodec, NetUidCodec } from '@taonet/primitives';
import { Struct } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { processCommitWeights } from '../processCommitWeights.js';

export const commitMechanismWeights = defineCall({
  pallet: SUBTENSOR,
  index: 115,
  name: 'commit_mechanism_weights',
  args: Struct({ netuid: NetUidCodec, mecid: MechIdCodec, commit_hash: HashCodec }),
  pays: false,
  docs: 'Commit the hash of weights for one mechanism of the subnet.',
  dispatch(ctx, origin, { netuid, mecid, commit_hash }) {
    processCommitWeights(ctx, ensureSigned(origin), netuid, mecid, commit_hash);
  },
});
