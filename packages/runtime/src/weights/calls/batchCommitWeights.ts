/**
 * `batch_commit_weights(netuids, commit_hashes)` [100]: `commit_weights` on several subnets (main
 * mechanism); an item fails alone (`BatchWeightItemFailed`).
 */
import { HashCodec, type NetUid, netUid } from '@taonet/primitives';
import { compact, Struct, Vector } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { fromCompactU16 } from '../fromCompactU16.js';
import { processCommitWeights } from '../processCommitWeights.js';
import { runBatchItems } from '../runBatchItems.js';

export const batchCommitWeights = defineCall({
  pallet: SUBTENSOR,
  index: 100,
  name: 'batch_commit_weights',
  args: Struct({ netuids: Vector(compact), commit_hashes: Vector(HashCodec) }),
  pays: false,
  docs: 'Commit weight hashes on several subnets; each item succeeds or fails on its own.',
  dispatch(ctx, origin, { netuids, commit_hashes }) {
    const hotkey = ensureSigned(origin);
    ensure(netuids.length === commit_hashes.length, SubtensorErrors.InputLengthsUnequal);
    const subnets: NetUid[] = netuids.map((value: number | bigint) => netUid(fromCompactU16(value)));
    runBatchItems(ctx, hotkey, subnets, (index, netuid) => {
      const hash = commit_hashes[index];
      if (hash === undefined) throw SubtensorErrors.InputLengthsUnequal();
      processCommitWeights(ctx, hotkey, netuid, 0, hash);
    });
  },
});
