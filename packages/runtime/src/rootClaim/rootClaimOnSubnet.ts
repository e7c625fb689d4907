/**
 * Claiming root dividends (`root_claim_on_subnet`, `root_claim_all`, `do_root_claim`, economics.md §2.8): the
 * alpha a (hotkey, coldkey) root staker is owed on a subnet is either swapped for TAO (fee-less) and staked on
 * root (`Swap`, the default), or staked as alpha on the subnet (`Keep`; `KeepSubnets` keeps the listed subnets
 * and swaps the others). Claims below the subnet's threshold wait, unless forced. A swap that fails leaves
 * the claim for later.
 */
import { type AccountId, I96F32, type NetUid, saturatingAddU64 } from '@taonet/primitives';
import { transfer } from '../balances/currency.js';
import { SubnetRootSellTao } from '../coinbase/schema.js';
import type { DispatchContext } from '../dispatch/callDef.js';
import { isDispatchError } from '../dispatch/dispatchError.js';
import { StakingHotkeys, TotalStake } from '../staking/schema.js';
import { increaseStake } from '../staking/stakeAccounting.js';
import { getSubnetAccountId } from '../subnets/subnetAccount.js';
import { ROOT_NETUID } from '../subnets/subnetRegistry.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { MIN_PRICE_RAO } from '../swap/math/doSwap.js';
import { SubnetAlphaOut, SubnetTAO } from '../swap/schema.js';
import type { SwapApi } from '../swap/swapApi.js';
import { adjustRootClaimedOnStakeAdded, getRootOwedFloat } from './rootClaimable.js';
import {
  RootClaimable,
  RootClaimableThreshold,
  RootClaimed,
  type RootClaimType,
  RootClaimTypeStorage,
} from './schema.js';

/** What the root claim needs from the swap module. */
export type RootClaimSwap = Pick<SwapApi, 'swapAlphaForTao'>;

function isSwapClaim(type: RootClaimType, netuid: NetUid): boolean {
  if (type.kind === 'Swap') return true;
  if (type.kind === 'Keep') return false;
  return !type.subnets.includes(netuid);
}

/**
 * Sell `alpha` of the subnet fee-less and stake the TAO on root for (hotkey, coldkey): the TAO moves from the
 * subnet's account to root's, root's pool and `TotalStake` grow, and the new root stake is credited as
 * already claimed. Returns false (nothing changed) when the swap fails.
 */
function swapClaimToRoot(
  ctx: DispatchContext,
  swap: RootClaimSwap,
  position: { readonly hotkey: AccountId; readonly coldkey: AccountId; readonly netuid: NetUid },
  alpha: bigint,
): boolean {
  const { state } = ctx;
  const { hotkey, coldkey, netuid } = position;
  try {
    state.transaction(() =>
      ctx.events.transaction(() => {
        const tao = swap.swapAlphaForTao(ctx, netuid, alpha, MIN_PRICE_RAO, true).amountPaidOut;
        transfer(ctx, getSubnetAccountId(netuid), getSubnetAccountId(ROOT_NETUID), tao, false);
        SubnetTAO.mutate(state, [ROOT_NETUID], (v) => saturatingAddU64(v, tao));
        SubnetAlphaOut.mutate(state, [ROOT_NETUID], (v) => saturatingAddU64(v, tao));
        TotalStake.mutate(state, (v) => saturatingAddU64(v, tao));
        increaseStake(state, { hotkey, coldkey, netuid: ROOT_NETUID }, tao);
        adjustRootClaimedOnStakeAdded(state, hotkey, coldkey, tao);
        SubnetRootSellTao.mutate(state, [netuid], (v) => saturatingAddU64(v, tao));
      }),
    );
    return true;
  } catch (error) {
    if (!isDispatchError(error)) throw error;
    return false;
  }
}

/** `root_claim_on_subnet`: claim what (hotkey, coldkey) is owed on `netuid`; returns the alpha claimed. */
export function rootClaimOnSubnet(
  ctx: DispatchContext,
  swap: RootClaimSwap,
  position: { readonly hotkey: AccountId; readonly coldkey: AccountId; readonly netuid: NetUid },
  type: RootClaimType,
  ignoreMinimum = false,
): bigint {
  const { state } = ctx;
  const { hotkey, coldkey, netuid } = position;
  const owed = getRootOwedFloat(state, hotkey, coldkey, netuid);
  if (!ignoreMinimum && owed < RootClaimableThreshold.get(state, [netuid])) return 0n;
  const owedAlpha = owed < 0n ? 0n : I96F32.toU64(owed);
  if (owedAlpha === 0n) return 0n;
  if (isSwapClaim(type, netuid)) {
    if (!swapClaimToRoot(ctx, swap, position, owedAlpha)) return 0n;
  } else {
    increaseStake(state, position, owedAlpha);
  }
  RootClaimed.mutate(state, [netuid, hotkey, coldkey], (claimed) => claimed + owedAlpha);
  return owedAlpha;
}

/** `root_claim_all`: every subnet the hotkey has a claimable rate on (only `subnets` when given). */
export function rootClaimAll(
  ctx: DispatchContext,
  swap: RootClaimSwap,
  hotkey: AccountId,
  coldkey: AccountId,
  subnets?: readonly NetUid[],
): void {
  const type = RootClaimTypeStorage.get(ctx.state, [coldkey]);
  for (const [netuid] of RootClaimable.get(ctx.state, [hotkey])) {
    if (subnets !== undefined && !subnets.includes(netuid)) continue;
    rootClaimOnSubnet(ctx, swap, { hotkey, coldkey, netuid }, type);
  }
}

/** `do_root_claim`: claim for every hotkey the coldkey stakes through; event `RootClaimed { coldkey }`. */
export function doRootClaim(
  ctx: DispatchContext,
  swap: RootClaimSwap,
  coldkey: AccountId,
  subnets?: readonly NetUid[],
): void {
  for (const hotkey of StakingHotkeys.get(ctx.state, [coldkey]))
    rootClaimAll(ctx, swap, hotkey, coldkey, subnets);
  ctx.events.emit({ pallet: SUBTENSOR, name: 'RootClaimed', data: { coldkey } });
}
