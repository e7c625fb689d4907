/**
 * `set_childkey_take(hotkey, netuid, take)` [75]: the owning coldkey sets the share of parent dividends its
 * hotkey keeps on a subnet, within [max(MinChildkeyTake, MinChildkeyTakePerSubnet), MaxChildkeyTake]
 * (`InvalidChildkeyTake`); an increase at most once per `TxChildkeyTakeRateLimit` blocks
 * (`TxChildkeyTakeRateLimitExceeded`). Event `ChildKeyTakeSet(hotkey, take)`.
 */
import { AccountIdCodec, NetUidCodec } from '@taonet/primitives';
import { Struct, u16 } from 'scale-ts';
import { TransactionKeyLastBlock } from '../../admin/adminStorage.js';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { coldkeyOwnsHotkey } from '../../neurons/hotkeyOwnership.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import {
  ChildkeyTake,
  MaxChildkeyTake,
  MinChildkeyTake,
  MinChildkeyTakePerSubnet,
  TxChildkeyTakeRateLimit,
} from '../stakingCallsStorage.js';

/** `TransactionType::SetChildkeyTake` in `TransactionKeyLastBlock` */
const SET_CHILDKEY_TAKE_TX = 1;

export const setChildkeyTake = defineCall({
  pallet: SUBTENSOR,
  index: 75,
  name: 'set_childkey_take',
  args: Struct({ hotkey: AccountIdCodec, netuid: NetUidCodec, take: u16 }),
  pays: true,
  docs: 'Set the childkey take of a hotkey on a subnet (u16 fraction; increases are rate limited).',
  dispatch(ctx, origin, { hotkey, netuid, take }) {
    const { state } = ctx;
    const coldkey = ensureSigned(origin);
    ensure(coldkeyOwnsHotkey(state, coldkey, hotkey), SubtensorErrors.NonAssociatedColdKey);
    const globalMin = MinChildkeyTake.get(state);
    const subnetMin = MinChildkeyTakePerSubnet.get(state, [netuid]);
    const min = globalMin > subnetMin ? globalMin : subnetMin;
    ensure(take >= min && take <= MaxChildkeyTake.get(state), SubtensorErrors.InvalidChildkeyTake);
    const block = BigInt(ctx.block.number);
    if (take > ChildkeyTake.get(state, [hotkey, netuid])) {
      const last = TransactionKeyLastBlock.get(state, [hotkey, netuid, SET_CHILDKEY_TAKE_TX]);
      const passes = last === 0n || block - last >= TxChildkeyTakeRateLimit.get(state);
      ensure(passes, SubtensorErrors.TxChildkeyTakeRateLimitExceeded);
    }
    TransactionKeyLastBlock.set(state, [hotkey, netuid, SET_CHILDKEY_TAKE_TX], block);
    ChildkeyTake.set(state, [hotkey, netuid], take);
    ctx.events.emit({ pallet: SUBTENSOR, name: 'ChildKeyTakeSet', data: { hotkey, take } });
  },
});
