/** `commit_weights(netuid, commit_hash)` [96]: commit-reveal v2 commit on the main mechanism. */
import { HashCodec, NetUidCodec } from '@taonet/primitives';
import { Struct } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { processCommitWeights } from '../processCommitWeights.js';

export const commitWeights = defineCall({
  pallet: SUBTENSOR,
  index: 96,
  name: 'commit_weights',
  args: Struct({ netuid: NetUidCodec, commit_hash: HashCodec }),
  pays: false,
  docs: 'Commit the hash of weights to reveal RevealPeriodEpochs epochs later.',
  dispatch(ctx, origin, { netuid, commit_hash }) {
    processCommitWeights(ctx, ensureSigned(origin), netuid, 0, commit_hash);
  },
});
