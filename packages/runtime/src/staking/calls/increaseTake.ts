/**
 * `increase_take(hotkey, take)` [66]: the owning coldkey raises its delegate take, strictly
 * (`DelegateTakeTooLow` otherwise), up to `MaxDelegateTake` (`DelegateTakeTooHigh`), at most once per
 * `TxDelegateTakeRateLimit` blocks since the last take change (`DelegateTxRateLimitExceeded`). Event
 * `TakeIncreased(coldkey, hotkey, take)`. Pays no fee.
 */
import { AccountIdCodec } from '@taonet/primitives';
import { Struct, u16 } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { ensureTakeChecks, exceedsDelegateTakeRateLimit, setLastDelegateTakeBlock } from '../delegation.js';
import { Delegates } from '../schema.js';
import { MaxDelegateTake } from '../stakingCallsStorage.js';

export const increaseTake = defineCall({
  pallet: SUBTENSOR,
  index: 66,
  name: 'increase_take',
  args: Struct({ hotkey: AccountIdCodec, take: u16 }),
  pays: false,
  docs: 'Raise the delegate take of a hotkey the coldkey owns (u16 fraction, rate limited).',
  dispatch(ctx, origin, { hotkey, take }) {
    const { state } = ctx;
    const coldkey = ensureSigned(origin);
    ensureTakeChecks(state, coldkey, hotkey);
    const current = Delegates.getOption(state, [hotkey]);
    if (current !== undefined) ensure(take > current, SubtensorErrors.DelegateTakeTooLow);
    ensure(take <= MaxDelegateTake.get(state), SubtensorErrors.DelegateTakeTooHigh);
    const block = BigInt(ctx.block.number);
    ensure(!exceedsDelegateTakeRateLimit(state, hotkey, block), SubtensorErrors.DelegateTxRateLimitExceeded);
    setLastDelegateTakeBlock(state, hotkey, block);
    Delegates.set(state, [hotkey], take);
    ctx.events.emit({ pallet: SUBTENSOR, name: 'TakeIncreased', data: { coldkey, hotkey, take } });
  },
});
