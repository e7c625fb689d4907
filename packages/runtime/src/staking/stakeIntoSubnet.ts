/**
 * `stake_into_subnet` (economics.md §3.8): the coldkey's TAO goes to the subnet account (all of it, or all
 * but the existential deposit when that would reap the account), is swapped for alpha through the pool, and
 * the alpha is credited to the (hotkey, coldkey) share pool. The swap fee goes to the block author (burned
 * without one); TAO a limit price left unswapped comes back to the coldkey. On root the root-claim
 * watermarks follow. Event `StakeAdded(coldkey, hotkey, tao, alpha, netuid, fee)`.
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import { getReducibleBalance, transfer } from '../balances/currency.js';
import type { DispatchContext } from '../dispatch/callDef.js';
import { ensure } from '../dispatch/dispatchError.js';
import { getSubnetAccountId } from '../subnets/subnetAccount.js';
import { ROOT_NETUID } from '../subnets/subnetRegistry.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { canIncreaseStake, increaseStake } from './stakeAccounting.js';
import type { StakingModules } from './stakingModules.js';

export interface StakeIntoSubnet {
  readonly hotkey: AccountId;
  readonly coldkey: AccountId;
  readonly netuid: NetUid;
  /** TAO to stake (rao) */
  readonly tao: bigint;
  /** rao per alpha; `MAX_PRICE_RAO` for no limit */
  readonly limitPriceRao: bigint;
  readonly dropFees: boolean;
}

/**
 * `transfer_tao_to_subnet`: move up to `amount` from the coldkey to the subnet account without reaping the
 * coldkey; returns what moved (`InsufficientBalance` when nothing can).
 */
export function transferTaoToSubnet(
  ctx: DispatchContext,
  netuid: NetUid,
  coldkey: AccountId,
  amount: bigint,
): bigint {
  if (amount === 0n) return 0n;
  const reducible = getReducibleBalance(ctx, coldkey, true);
  const moved = amount < reducible ? amount : reducible;
  ensure(moved > 0n, SubtensorErrors.InsufficientBalance);
  transfer(ctx, coldkey, getSubnetAccountId(netuid), moved, true);
  return moved;
}

/** Returns the alpha credited to the position. */
export function stakeIntoSubnet(
  ctx: DispatchContext,
  modules: StakingModules,
  order: StakeIntoSubnet,
): bigint {
  const { hotkey, coldkey, netuid } = order;
  const { swap } = modules;
  const subnetAccount = getSubnetAccountId(netuid);
  const taoStaked = transferTaoToSubnet(ctx, netuid, coldkey, order.tao);
  const receipt = swap.swapTaoForAlpha(ctx, netuid, taoStaked, order.limitPriceRao, order.dropFees);
  const alpha = receipt.amountPaidOut;
  ensure(alpha > 0n, SubtensorErrors.AmountTooLow);
  const position = { hotkey, coldkey, netuid };
  ensure(canIncreaseStake(ctx.state, position, alpha), SubtensorErrors.InsufficientLiquidity);
  increaseStake(ctx.state, position, alpha);
  swap.payTaoFee(ctx, subnetAccount, receipt.feeToBlockAuthor);
  // the swap already left the refund out of TotalStake; the TAO itself goes back to the staker
  if (receipt.refund > 0n) transfer(ctx, subnetAccount, coldkey, receipt.refund, false);
  if (netuid === ROOT_NETUID) modules.rootStake?.onRootStakeAdded(ctx, hotkey, coldkey, alpha);
  ctx.events.emit({
    pallet: SUBTENSOR,
    name: 'StakeAdded',
    data: { coldkey, hotkey, tao: taoStaked, alpha, netuid, fee: receipt.feePaid },
  });
  return alpha;
}
