/**
 * The partial-failure loop of `batch_set_weights` / `batch_commit_weights`: each item runs in its own
 * storage and event transaction; a failed item emits `BatchWeightItemFailed(netuid, error)` and the batch
 * goes on. The batch ends with `BatchCompletedWithErrors` when any item failed, else
 * `BatchWeightsCompleted(netuids, who)`. The call itself succeeds either way.
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import { DispatchError } from '../dispatch/dispatchError.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';

export function runBatchItems(
  ctx: DispatchContext,
  who: AccountId,
  netuids: readonly NetUid[],
  runItem: (index: number, netuid: NetUid) => void,
): void {
  let hasErrors = false;
  netuids.forEach((netuid, index) => {
    try {
      ctx.state.transaction(() => ctx.events.transaction(() => runItem(index, netuid)));
    } catch (error) {
      if (!(error instanceof DispatchError)) throw error;
      hasErrors = true;
      ctx.events.emit({
        pallet: SUBTENSOR,
        name: 'BatchWeightItemFailed',
        data: { netuid, error: { module: error.pallet, error: error.error } },
      });
    }
  });
  if (hasErrors) ctx.events.emit({ pallet: SUBTENSOR, name: 'BatchCompletedWithErrors', data: {} });
  else ctx.events.emit({ pallet: SUBTENSOR, name: 'BatchWeightsCompleted', data: { netuids, who } });
}
