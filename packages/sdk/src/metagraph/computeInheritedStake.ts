/**
 * The stake Yuma reads for a hotkey (subtensor's `get_inherited_for_hotkey_on_subnet`, the chain's
 * `getStakeWeightsForNetwork`), computed from raw storage where the node cannot compute it (the
 * metagraph's fallback path): own stake − Σ child proportion × own stake + Σ parent proportion × parent
 * stake, proportions `u64 / u64::MAX`, in U96F32 with the chain's saturating rounding, floored to u64.
 */
import { U64_MAX, U96F32 } from '@taonet/primitives';

const U64_MAX_U96 = U96F32.saturatingFromInt(U64_MAX);

/** `[proportion (u64 fraction of u64::MAX), other hotkey]`, as `ChildKeys` / `ParentKeys` store them. */
export type KeyProportions = readonly (readonly [bigint, string])[];

export interface InheritedStakeInput {
  /** the hotkey's own stake (`TotalHotkeyAlpha`) */
  readonly own: bigint;
  /** the hotkey's children on the subnet */
  readonly children: KeyProportions;
  /** the hotkey's parents on the subnet */
  readonly parents: KeyProportions;
  /** a parent's own stake on the same subnet as `own` */
  readonly stakeOf: (parent: string) => bigint;
}

const proportionOf = (proportion: bigint) =>
  U96F32.safeDiv(U96F32.saturatingFromInt(proportion), U64_MAX_U96);

export function computeInheritedStake(input: InheritedStakeInput): bigint {
  const initial = U96F32.saturatingFromInt(input.own);
  let toChildren = U96F32.ZERO;
  for (const [proportion] of input.children) {
    toChildren = U96F32.saturatingAdd(toChildren, U96F32.saturatingMul(proportionOf(proportion), initial));
  }
  let fromParents = U96F32.ZERO;
  for (const [proportion, parent] of input.parents) {
    const stake = U96F32.saturatingFromInt(input.stakeOf(parent));
    fromParents = U96F32.saturatingAdd(fromParents, U96F32.saturatingMul(proportionOf(proportion), stake));
  }
  return U96F32.toU64(U96F32.saturatingAdd(U96F32.saturatingSub(initial, toChildren), fromParents));
}
