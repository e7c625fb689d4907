/**
 * `batch_set_weights(netuids, weights, version_keys)` [80]: `set_weights` on several subnets (main
 * mechanism); an item fails alone (`BatchWeightItemFailed`), including with `CommitRevealEnabled`.
 */
import { type NetUid, netUid } from '@taonet/primitives';
import { compact, Struct, Tuple, Vector } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { CommitRevealWeightsEnabled } from '../../subnets/hyperparameters.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { fromCompactU16 } from '../fromCompactU16.js';
import { processSetWeights } from '../processSetWeights.js';
import { runBatchItems } from '../runBatchItems.js';

/** a `Compact<u16>` / `Compact<u64>` as decoded by scale-ts */
type CompactValue = number | bigint;

export const batchSetWeights = defineCall({
  pallet: SUBTENSOR,
  index: 80,
  name: 'batch_set_weights',
  args: Struct({
    netuids: Vector(compact),
    weights: Vector(Vector(Tuple(compact, compact))),
    version_keys: Vector(compact),
  }),
  pays: false,
  docs: 'Set weights on several subnets; each item succeeds or fails on its own.',
  dispatch(ctx, origin, { netuids, weights, version_keys }) {
    const hotkey = ensureSigned(origin);
    ensure(
      netuids.length === weights.length && netuids.length === version_keys.length,
      SubtensorErrors.InputLengthsUnequal,
    );
    const subnets: NetUid[] = netuids.map((value: CompactValue) => netUid(fromCompactU16(value)));
    runBatchItems(ctx, hotkey, subnets, (index, netuid) => {
      ensure(!CommitRevealWeightsEnabled.get(ctx.state, [netuid]), SubtensorErrors.CommitRevealEnabled);
      const row = weights[index] ?? [];
      processSetWeights(ctx, {
        hotkey,
        netuid,
        mecid: 0,
        uids: row.map(([uid]) => fromCompactU16(uid)),
        values: row.map(([, value]) => fromCompactU16(value)),
        versionKey: BigInt(version_keys[index] ?? 0),
      });
    });
  },
});
