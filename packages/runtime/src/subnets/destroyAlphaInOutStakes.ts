/**
 * `destroy_alpha_in_out_stakes` (economics.md §5.7): a dissolved subnet's TAO pot (`SubnetTAO`) goes to its
 * stakers pro rata to the alpha value of their positions, the protocol's alpha counting as one more staker
 * (`SubnetProtocolAlpha`, plus the alpha reserve for subnets registered after `TaoInRefundDeploymentBlock`)
 * whose part stays on the subnet account and is recycled. Legacy subnets (registered before
 * `NetworkRegistrationStartBlock`) refund the owner's lock minus the owner cut of the alpha issued, valued at
 * the spot price. Every stake position on the subnet is deleted.
 */
import { type AccountId, type NetUid, safeFloatToU64, U64F64, U96F32 } from '@taonet/primitives';
import { SubnetOwnerCut } from '../admin/adminStorage.js';
import { getReducibleBalance, recycleTao, transfer } from '../balances/currency.js';
import type { DispatchContext } from '../dispatch/callDef.js';
import { isDispatchError } from '../dispatch/dispatchError.js';
import { AlphaV2, TotalHotkeyAlpha, TotalHotkeySharesV2 } from '../staking/schema.js';
import { getHotkeysWithPool, getPoolStakers, getValueOfShares } from '../staking/stakeAccounting.js';
import { SubnetAlphaIn, SubnetAlphaOut, SubnetTAO } from '../swap/schema.js';
import { computeDissolutionPayouts } from './math/dissolutionPayouts.js';
import {
  NetworkRegisteredAt,
  NetworkRegistrationStartBlock,
  SubnetLocked,
  SubnetOwner,
  SubnetProtocolAlpha,
  TaoInRefundDeploymentBlock,
} from './schema.js';
import { getSubnetAccountId } from './subnetAccount.js';
import type { SubnetSwap } from './subnetsModules.js';

interface StakerValue {
  readonly hotkey: AccountId;
  readonly coldkey: AccountId;
  readonly value: bigint;
}

/** Every position on the subnet with a positive value (the raw shares when the pool reads 0, as subtensor). */
function collectStakers(ctx: DispatchContext, netuid: NetUid): StakerValue[] {
  const stakers: StakerValue[] = [];
  for (const hotkey of getHotkeysWithPool(ctx.state, netuid)) {
    for (const { coldkey, shares } of getPoolStakers(ctx.state, hotkey, netuid)) {
      const pooled = getValueOfShares(ctx.state, hotkey, netuid, shares);
      const value = pooled === 0n ? safeFloatToU64(shares) : pooled;
      if (value > 0n) stakers.push({ hotkey, coldkey, value });
    }
  }
  return stakers;
}

/** A transfer whose failure is ignored (`let _ = transfer_tao_from_subnet(...)`). */
function tryTransfer(ctx: DispatchContext, from: AccountId, to: AccountId, amount: bigint): void {
  if (amount === 0n) return;
  try {
    ctx.state.transaction(() => ctx.events.transaction(() => transfer(ctx, from, to, amount, false)));
  } catch (error) {
    if (!isDispatchError(error)) throw error;
  }
}

/** The owner's share of the alpha issued, valued at the spot price (`owner_emission_tao`). */
function ownerEmissionTao(ctx: DispatchContext, netuid: NetUid, swap: SubnetSwap): bigint {
  const issued = SubnetAlphaIn.get(ctx.state, [netuid]) + SubnetAlphaOut.get(ctx.state, [netuid]);
  if (issued === 0n) return 0n;
  const ownerCut = U96F32.safeDiv(U96F32.fromInt(SubnetOwnerCut.get(ctx.state)), U96F32.fromInt(65_535n));
  const ownerAlpha = U96F32.toU64(U96F32.saturatingMul(U96F32.saturatingFromInt(issued), ownerCut));
  if (ownerAlpha === 0n) return 0n;
  const price = U96F32.fromFixed(U64F64, swap.currentAlphaPrice(ctx, netuid));
  return U96F32.toU64(U96F32.saturatingMul(U96F32.saturatingFromInt(ownerAlpha), price));
}

/** The legacy lock refund owed to the owner, computed before the pool is emptied. */
function legacyRefund(ctx: DispatchContext, netuid: NetUid, swap: SubnetSwap): bigint {
  const lock = SubnetLocked.get(ctx.state, [netuid]);
  const legacy = NetworkRegisteredAt.get(ctx.state, [netuid]) < NetworkRegistrationStartBlock.get(ctx.state);
  if (!legacy || lock === 0n) return 0n;
  const owed = ownerEmissionTao(ctx, netuid, swap);
  return lock > owed ? lock - owed : 0n;
}

function deleteStakes(ctx: DispatchContext, netuid: NetUid): void {
  for (const hotkey of getHotkeysWithPool(ctx.state, netuid)) {
    for (const { coldkey } of getPoolStakers(ctx.state, hotkey, netuid)) {
      AlphaV2.remove(ctx.state, [hotkey, coldkey, netuid]);
    }
    TotalHotkeyAlpha.remove(ctx.state, [hotkey, netuid]);
    TotalHotkeySharesV2.remove(ctx.state, [hotkey, netuid]);
  }
}

/** Pay the pot out, empty the pool, delete the stakes, refund a legacy lock and recycle what is left. */
export function destroyAlphaInOutStakes(ctx: DispatchContext, netuid: NetUid, swap: SubnetSwap): void {
  const { state } = ctx;
  const account = getSubnetAccountId(netuid);
  const refund = legacyRefund(ctx, netuid, swap);
  const stakers = collectStakers(ctx, netuid);
  const registeredAt = NetworkRegisteredAt.get(state, [netuid]);
  const reserveCounts = registeredAt > TaoInRefundDeploymentBlock.get(state);
  const protocolValue =
    SubnetProtocolAlpha.get(state, [netuid]) + (reserveCounts ? SubnetAlphaIn.get(state, [netuid]) : 0n);
  const pot = SubnetTAO.get(state, [netuid]);
  const { payouts } = computeDissolutionPayouts(
    pot,
    stakers.map((staker) => staker.value),
    protocolValue,
  );
  const perColdkey = new Map<AccountId, bigint>();
  stakers.forEach((staker, i) => {
    perColdkey.set(staker.coldkey, (perColdkey.get(staker.coldkey) ?? 0n) + (payouts[i] ?? 0n));
  });
  // deterministic: subtensor's BTreeMap order, by account bytes (equal-length lowercase hex sorts alike)
  for (const coldkey of [...perColdkey.keys()].sort()) {
    tryTransfer(ctx, account, coldkey, perColdkey.get(coldkey) ?? 0n);
  }
  deleteStakes(ctx, netuid);
  swap.dissolvePool(ctx, netuid);
  SubnetProtocolAlpha.remove(state, [netuid]);
  SubnetLocked.remove(state, [netuid]);
  const owner = SubnetOwner.getOption(state, [netuid]);
  if (refund > 0n && owner !== undefined) tryTransfer(ctx, account, owner, refund);
  const leftover = getReducibleBalance(ctx, account, true);
  if (leftover > 0n) recycleTao(ctx, account, leftover);
}
