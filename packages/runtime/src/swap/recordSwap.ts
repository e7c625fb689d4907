/**
 * The reserve bookkeeping around a swap (`stake_utils.rs`, economics.md §3.5). The swap itself computes
 * amounts; these functions move them between the pool counters:
 *
 * - buy (`swap_tao_for_alpha`): SubnetAlphaIn -= out, SubnetAlphaOut += out, SubnetTAO += paid_in,
 *   TotalStake += tao taken (paid_in + fee: subtensor counts the fee, and backs out a limit refund),
 *   SubnetVolume += tao offered;
 * - sell (`swap_alpha_for_tao`): SubnetAlphaIn += paid_in, SubnetAlphaOut -= paid_in, SubnetTAO -= out,
 *   TotalStake -= out, SubnetVolume += out. The alpha fee stays in SubnetAlphaOut until it is paid.
 *
 * All u64 arithmetic saturates, SubnetVolume is a saturating u128. As in subtensor, only the reserve that
 * shrinks is left unwritten when its delta is 0 (`decrease_provided_*_reserve`).
 */
import { clampU128, type NetUid, saturatingAddU64, saturatingSubU64 } from '@taonet/primitives';
import { TotalStake } from '../staking/schema.js';
import type { OverlayState } from '../state/overlayState.js';
import { SubnetAlphaIn, SubnetAlphaOut, SubnetTAO, SubnetVolume } from './schema.js';
import type { SwapReceipt } from './swapApi.js';

const add = (amount: bigint) => (value: bigint) => saturatingAddU64(value, amount);
const sub = (amount: bigint) => (value: bigint) => saturatingSubU64(value, amount);

function addVolume(state: OverlayState, netuid: NetUid, amount: bigint): void {
  SubnetVolume.mutate(state, [netuid], (volume) => clampU128(volume + amount));
}

export function recordBuy(
  state: OverlayState,
  netuid: NetUid,
  taoOffered: bigint,
  receipt: SwapReceipt,
): void {
  if (receipt.amountPaidOut > 0n) SubnetAlphaIn.mutate(state, [netuid], sub(receipt.amountPaidOut));
  SubnetAlphaOut.mutate(state, [netuid], add(receipt.amountPaidOut));
  SubnetTAO.mutate(state, [netuid], add(receipt.amountPaidIn));
  TotalStake.mutate(state, add(saturatingSubU64(taoOffered, receipt.refund)));
  addVolume(state, netuid, taoOffered);
}

export function recordSell(state: OverlayState, netuid: NetUid, receipt: SwapReceipt): void {
  SubnetAlphaIn.mutate(state, [netuid], add(receipt.amountPaidIn));
  SubnetAlphaOut.mutate(state, [netuid], sub(receipt.amountPaidIn));
  if (receipt.amountPaidOut > 0n) SubnetTAO.mutate(state, [netuid], sub(receipt.amountPaidOut));
  TotalStake.mutate(state, sub(receipt.amountPaidOut));
  addVolume(state, netuid, receipt.amountPaidOut);
}

/** Injected liquidity joins the reserves: SubnetTAO and TotalStake += tao, SubnetAlphaIn += alpha. */
export function recordInjection(state: OverlayState, netuid: NetUid, tao: bigint, alpha: bigint): void {
  if (tao > 0n) {
    SubnetTAO.mutate(state, [netuid], add(tao));
    TotalStake.mutate(state, add(tao));
  }
  if (alpha > 0n) SubnetAlphaIn.mutate(state, [netuid], add(alpha));
}
