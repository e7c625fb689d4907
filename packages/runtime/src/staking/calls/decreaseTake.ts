/**
 * `decrease_take(hotkey, take)` [65]: the owning coldkey lowers its delegate take, strictly, to no less
 * than `MinDelegateTake` (`DelegateTakeTooLow`). Not rate limited, but it records the block the
 * increase limit counts from. Event `TakeDecreased(coldkey, hotkey, take)`. Pays no fee.
 */
import { AccountIdCodec } from '@taonet/primitives';
import { Struct, u16 } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { ensureTakeChecks, setLastDelegateTakeBlock } from '../delegation.js';
import { Delegates } from '../schema.js';
import { MinDelegateTake } from '../stakingCallsStorage.js';

export const decreaseTake = defineCall({
  pallet: SUBTENSOR,
  index: 65,
  name: 'decrease_take',
  args: Struct({ hotkey: AccountIdCodec, take: u16 }),
  pays: false,
  docs: 'Lower the delegate take of a hotkey the coldkey owns (u16 fraction, at least MinDelegateTake).',
  dispatch(ctx, origin, { hotkey, take }) {
    const { state } = ctx;
    const coldkey = ensureSigned(origin);
    ensureTakeChecks(state, coldkey, hotkey);
    const current = Delegates.getOption(state, [hotkey]);
    if (current !== undefined) ensure(take < current, SubtensorErrors.DelegateTakeTooLow);
    ensure(take >= MinDelegateTake.get(state), SubtensorErrors.DelegateTakeTooLow);
    setLastDelegateTakeBlock(state, hotkey, BigInt(ctx.block.number));
    Delegates.set(state, [hotkey], take);
    ctx.events.emit({ pallet: SUBTENSOR, name: 'TakeDecreased', data: { coldkey, hotkey, take } });
  },
});
