/**
 * `unstake_from_subnet` (economics.md §3.8): the alpha leaves the (hotkey, coldkey) share pool, is sold
 * through the pool, alpha a limit price left unsold goes back to the position, and the TAO is paid from the
 * subnet account to the beneficiary. The alpha fee is sold fee-less for the block author (burned without
 * one). On root the root-claim watermarks follow. Event `StakeRemoved(coldkey, hotkey, tao, alpha, netuid,
 * fee)` with the alpha that entered the pool.
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import { transfer } from '../balances/currency.js';
import type { DispatchContext } from '../dispatch/callDef.js';
import { getSubnetAccountId } from '../subnets/subnetAccount.js';
import { ROOT_NETUID } from '../subnets/subnetRegistry.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { decreaseStake, getStake, increaseStake } from './stakeAccounting.js';
import type { StakingModules } from './stakingModules.js';

export interface UnstakeFromSubnet {
  readonly hotkey: AccountId;
  readonly coldkey: AccountId;
  /** who receives the TAO (the coldkey, or the destination coldkey of a transfer) */
  readonly beneficiary: AccountId;
  readonly netuid: NetUid;
  /** alpha to sell */
  readonly alpha: bigint;
  /** rao per alpha; `MIN_PRICE_RAO` for no limit */
  readonly limitPriceRao: bigint;
  readonly dropFees: boolean;
}

/**
 * Returns the TAO paid to the beneficiary. The position must hold `alpha` (the callers validate it); if it
 * does not, nothing is sold, as `decrease_stake_for_hotkey_and_coldkey_on_subnet` then removes nothing.
 */
export function unstakeFromSubnet(
  ctx: DispatchContext,
  modules: StakingModules,
  order: UnstakeFromSubnet,
): bigint {
  const { hotkey, coldkey, netuid } = order;
  const { swap } = modules;
  const position = { hotkey, coldkey, netuid };
  // the pool value falls by exactly the amount removed: sell that, so alpha out stays backed
  const removed = getStake(ctx.state, position) >= order.alpha ? order.alpha : 0n;
  decreaseStake(ctx.state, position, removed);
  const receipt = swap.swapAlphaForTao(ctx, netuid, removed, order.limitPriceRao, order.dropFees);
  if (receipt.refund > 0n) increaseStake(ctx.state, position, receipt.refund);
  const subnetAccount = getSubnetAccountId(netuid);
  transfer(ctx, subnetAccount, order.beneficiary, receipt.amountPaidOut, false);
  swap.payAlphaFee(ctx, netuid, subnetAccount, receipt.feeToBlockAuthor);
  if (netuid === ROOT_NETUID) modules.rootStake?.onRootStakeRemoved(ctx, hotkey, coldkey, removed);
  ctx.events.emit({
    pallet: SUBTENSOR,
    name: 'StakeRemoved',
    data: {
      coldkey,
      hotkey,
      tao: receipt.amountPaidOut,
      alpha: receipt.amountPaidIn,
      netuid,
      fee: receipt.feePaid,
    },
  });
  return receipt.amountPaidOut;
}
