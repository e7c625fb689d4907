/** `sudo_set_tx_childkey_take_rate_limit(tx_rate_limit)` [69], root: blocks between childkey take increases. */
import { Struct, u64 } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensureRoot } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { TxChildkeyTakeRateLimit } from '../stakingCallsStorage.js';

export const sudoSetTxChildkeyTakeRateLimit = defineCall({
  pallet: SUBTENSOR,
  index: 69,
  name: 'sudo_set_tx_childkey_take_rate_limit',
  args: Struct({ tx_rate_limit: u64 }),
  pays: true,
  docs: 'Set the blocks between two childkey take increases of a hotkey (root).',
  dispatch(ctx, origin, { tx_rate_limit }) {
    ensureRoot(origin);
    TxChildkeyTakeRateLimit.set(ctx.state, tx_rate_limit);
    const data = { txRateLimit: tx_rate_limit };
    ctx.events.emit({ pallet: SUBTENSOR, name: 'TxChildKeyTakeRateLimitSet', data });
  },
});
