/**
 * `add_stake_burn(hotkey, netuid, amount, limit: Option)` [132]: the subnet owner buys alpha with TAO
 * (fill-or-kill at `limit` when given) and burns it at once, a subnet buyback. Once per tempo per subnet
 * (`AddStakeBurnRateLimitExceeded`). Event `AddStakeBurn { netuid, hotkey, amount, alpha }`.
 */
import { AccountIdCodec, NetUidCodec } from '@taonet/primitives';
import { Option, Struct, u64 } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { ensureSubnetOwner } from '../../subnets/ensureSubnetOwner.js';
import { Tempo } from '../../subnets/schema.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { AddStakeBurnLastBlock } from '../stakingCallsStorage.js';
import type { StakingModules } from '../stakingModules.js';
import { doAddStake } from './addStake.js';
import { doAddStakeLimit } from './addStakeLimit.js';
import { doBurnAlpha } from './burnAlpha.js';

export function createAddStakeBurnCall(modules: StakingModules) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 132,
    name: 'add_stake_burn',
    args: Struct({ hotkey: AccountIdCodec, netuid: NetUidCodec, amount: u64, limit: Option(u64) }),
    pays: true,
    docs: 'Subnet buyback by its owner: buy alpha with TAO and burn it (once per tempo).',
    dispatch(ctx, origin, { hotkey, netuid, amount, limit }) {
      const coldkey = ensureSubnetOwner(ctx.state, origin, netuid);
      const block = BigInt(ctx.block.number);
      const last = AddStakeBurnLastBlock.get(ctx.state, [netuid]);
      const rateLimit = BigInt(Tempo.get(ctx.state, [netuid]));
      ensure(last === 0n || block - last >= rateLimit, SubtensorErrors.AddStakeBurnRateLimitExceeded);
      const alpha =
        limit === undefined
          ? doAddStake(ctx, modules, coldkey, hotkey, netuid, amount)
          : doAddStakeLimit(ctx, modules, coldkey, hotkey, netuid, {
              amount,
              limitPriceRao: limit,
              allowPartial: false,
            });
      doBurnAlpha(ctx, modules, coldkey, hotkey, alpha, netuid);
      AddStakeBurnLastBlock.set(ctx.state, [netuid], block);
      ctx.events.emit({ pallet: SUBTENSOR, name: 'AddStakeBurn', data: { netuid, hotkey, amount, alpha } });
    },
  });
}
