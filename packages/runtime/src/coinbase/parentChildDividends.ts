/**
 * How a hotkey's epoch dividend reaches its parents (`get_parent_child_dividends_distribution`,
 * `get_self_contribution`, economics.md §2.7.3), all in U96F32: each parent's contribution is its alpha and
 * TAO-weighted root stake times the proportion it delegates; the hotkey's own contribution is what it keeps
 * after delegating to its children. The dividend is shared by contribution; a parent of another coldkey pays
 * the childkey take (kept by the child) and the `CKBurn` share (recycled) out of its part.
 */
import { type AccountId, type NetUid, U16_MAX, U64_MAX, U96F32 } from '@taonet/primitives';
import { getOwnerOrDefault } from '../rootClaim/rootClaimable.js';
import { ChildKeys, ParentKeys, TotalHotkeyAlpha } from '../staking/schema.js';
import { ChildkeyTake, MinChildkeyTake, MinChildkeyTakePerSubnet } from '../staking/stakingCallsStorage.js';
import type { OverlayState } from '../state/overlayState.js';
import { ROOT_NETUID } from '../subnets/subnetRegistry.js';
import { CKBurn } from './schema.js';

const U64_MAX_FIXED = U96F32.saturatingFromInt(U64_MAX);
const U16_MAX_FIXED = U96F32.saturatingFromInt(U16_MAX);

/** `u64 proportion / u64::MAX` */
const proportionOf = (raw: bigint) => U96F32.safeDiv(U96F32.saturatingFromInt(raw), U64_MAX_FIXED);

/** `get_ck_burn`: `CKBurn / u64::MAX`. */
export function getCkBurn(state: OverlayState): U96F32 {
  return proportionOf(CKBurn.get(state));
}

/** `get_childkey_take`: the hotkey's childkey take on the subnet, at least the effective minimum (u16). */
export function getChildkeyTake(state: OverlayState, hotkey: AccountId, netuid: NetUid): number {
  return Math.max(
    ChildkeyTake.get(state, [hotkey, netuid]),
    MinChildkeyTake.get(state),
    MinChildkeyTakePerSubnet.get(state, [netuid]),
  );
}

/** `alpha · p + root · p · tao_weight` for a stake and a proportion `p`. */
function contribution(state: OverlayState, hotkey: AccountId, netuid: NetUid, p: U96F32, tw: U96F32): U96F32 {
  const alpha = U96F32.saturatingFromInt(TotalHotkeyAlpha.get(state, [hotkey, netuid]));
  const root = U96F32.saturatingFromInt(TotalHotkeyAlpha.get(state, [hotkey, ROOT_NETUID]));
  const alphaPart = U96F32.saturatingMul(alpha, p);
  const rootPart = U96F32.saturatingMul(U96F32.saturatingMul(root, p), tw);
  return U96F32.saturatingAdd(alphaPart, rootPart);
}

/** `get_self_contribution`: the hotkey's stake weight it did not delegate to children (u64). */
export function getSelfContribution(
  state: OverlayState,
  hotkey: AccountId,
  netuid: NetUid,
  taoWeight: U96F32,
): bigint {
  let remaining = U96F32.ONE;
  for (const [proportion] of ChildKeys.get(state, [hotkey, netuid])) {
    remaining = U96F32.saturatingSub(remaining, proportionOf(proportion));
  }
  return U96F32.toU64(contribution(state, hotkey, netuid, remaining, taoWeight));
}

/**
 * `get_parent_child_dividends_distribution`: `(recipient, alpha)` for every parent, then the hotkey itself.
 * `recycle` receives the childkey burn of each parent (floored).
 */
export function getParentChildDividendsDistribution(
  state: OverlayState,
  hotkey: AccountId,
  netuid: NetUid,
  dividend: bigint,
  taoWeight: U96F32,
  recycle: (amount: bigint) => void,
): [AccountId, bigint][] {
  if (dividend === 0n) {
    // every share of nothing is 0: only the recipients matter
    const parents = ParentKeys.get(state, [hotkey, netuid]).map(([, parent]): [AccountId, bigint] => [
      parent,
      0n,
    ]);
    return [...parents, [hotkey, 0n]];
  }
  const validating = U96F32.saturatingFromInt(dividend);
  let remaining = validating;
  const burnProportion = getCkBurn(state);
  const takeProportion = U96F32.safeDiv(
    U96F32.saturatingFromInt(getChildkeyTake(state, hotkey, netuid)),
    U16_MAX_FIXED,
  );
  const childOwner = getOwnerOrDefault(state, hotkey);
  let total = U96F32.saturatingFromInt(getSelfContribution(state, hotkey, netuid, taoWeight));
  const parents: [AccountId, U96F32][] = [];
  for (const [proportion, parent] of ParentKeys.get(state, [hotkey, netuid])) {
    const c = contribution(state, parent, netuid, proportionOf(proportion), taoWeight);
    total = U96F32.saturatingAdd(total, c);
    parents.push([parent, c]);
  }
  const out: [AccountId, bigint][] = [];
  let childTake = U96F32.ZERO;
  for (const [parent, c] of parents) {
    const factor = U96F32.checkedDiv(c, total) ?? U96F32.ZERO;
    let emission = U96F32.saturatingMul(validating, factor);
    remaining = U96F32.saturatingSub(remaining, emission);
    if (getOwnerOrDefault(state, parent) !== childOwner) {
      const burn = U96F32.saturatingMul(burnProportion, emission);
      const take = U96F32.saturatingMul(takeProportion, emission);
      emission = U96F32.saturatingSub(U96F32.saturatingSub(emission, burn), take);
      childTake = U96F32.saturatingAdd(childTake, take);
      recycle(U96F32.toU64(burn));
    }
    out.push([parent, U96F32.toU64(emission)]);
  }
  out.push([hotkey, U96F32.toU64(U96F32.saturatingAdd(remaining, childTake))]);
  return out;
}
