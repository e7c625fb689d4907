/**
 * `swap_coldkey(old_coldkey, new_coldkey, swap_cost)` [71], root: swap a coldkey at once, recycling
 * `swap_cost` from the old coldkey (`NotEnoughBalanceToPaySwapColdKey`), and clear its announcement and
 * dispute.
 */
import { AccountIdCodec } from '@taonet/primitives';
import { Struct, u64 } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensureRoot } from '../../dispatch/origin.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { chargeSwapCost } from '../chargeSwapCost.js';
import { doSwapColdkey } from '../doSwapColdkey.js';
import type { KeySwapModules } from '../keySwapModules.js';
import { ColdkeySwapAnnouncements, ColdkeySwapDisputes } from '../schema.js';

export function createSwapColdkeyCall(modules: KeySwapModules) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 71,
    name: 'swap_coldkey',
    args: Struct({ old_coldkey: AccountIdCodec, new_coldkey: AccountIdCodec, swap_cost: u64 }),
    pays: true,
    docs: 'Swap a coldkey immediately (root), recycling the given cost.',
    dispatch(ctx, origin, { old_coldkey, new_coldkey, swap_cost }) {
      ensureRoot(origin);
      chargeSwapCost(ctx, old_coldkey, swap_cost, SubtensorErrors.NotEnoughBalanceToPaySwapColdKey);
      doSwapColdkey(ctx, modules, old_coldkey, new_coldkey);
      ColdkeySwapAnnouncements.remove(ctx.state, [old_coldkey]);
      ColdkeySwapDisputes.remove(ctx.state, [old_coldkey]);
    },
  });
}
