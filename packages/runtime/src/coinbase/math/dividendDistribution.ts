/**
 * `calculate_dividend_distribution` (coinbase/run_coinbase.rs): splits each hotkey's epoch dividend into an
 * alpha part and a root part by its stake mix, then rescales each part to the pending amounts. All U96F32:
 * `root_prop = root*tw / (alpha + root*tw)`, `root_divs = div * root_prop`, `alpha_divs = div - root_divs`,
 * `alpha_out = pending_alpha * (alpha_divs / Σ alpha_divs)`, `root_out = pending_root * (root_divs / Σ root_divs)`.
 * Hotkeys missing from the stake map are skipped.
 */
import { U96F32 } from '@taonet/primitives';

export interface HotkeyStake {
  /** the hotkey's alpha stake on the subnet */
  readonly alpha: bigint;
  /** the hotkey's stake on root (TAO) */
  readonly root: bigint;
}

export interface DividendDistribution {
  readonly alphaDividends: ReadonlyMap<string, U96F32>;
  readonly rootAlphaDividends: ReadonlyMap<string, U96F32>;
}

export function calculateDividendDistribution(
  pendingAlpha: bigint,
  pendingRootAlpha: bigint,
  taoWeight: U96F32,
  stakeMap: ReadonlyMap<string, HotkeyStake>,
  dividends: ReadonlyMap<string, U96F32>,
): DividendDistribution {
  let totalRootDivs = U96F32.ZERO;
  let totalAlphaDivs = U96F32.ZERO;
  const rootDivsByHotkey = new Map<string, U96F32>();
  const alphaDivsByHotkey = new Map<string, U96F32>();
  for (const [hotkey, dividend] of dividends) {
    const stake = stakeMap.get(hotkey);
    if (stake === undefined) continue;
    const alphaStake = U96F32.saturatingFromInt(stake.alpha);
    const rootAlpha = U96F32.saturatingMul(U96F32.saturatingFromInt(stake.root), taoWeight);
    const totalAlpha = U96F32.saturatingAdd(alphaStake, rootAlpha);
    const rootProp = U96F32.checkedDiv(rootAlpha, totalAlpha) ?? U96F32.ZERO;
    const rootDivs = U96F32.saturatingMul(dividend, rootProp);
    const alphaDivs = U96F32.saturatingSub(dividend, rootDivs);
    alphaDivsByHotkey.set(
      hotkey,
      U96F32.saturatingAdd(alphaDivsByHotkey.get(hotkey) ?? U96F32.ZERO, alphaDivs),
    );
    rootDivsByHotkey.set(hotkey, U96F32.saturatingAdd(rootDivsByHotkey.get(hotkey) ?? U96F32.ZERO, rootDivs));
    totalAlphaDivs = U96F32.saturatingAdd(totalAlphaDivs, alphaDivs);
    totalRootDivs = U96F32.saturatingAdd(totalRootDivs, rootDivs);
  }
  const rescale = (parts: Map<string, U96F32>, total: U96F32, pending: bigint) => {
    const out = new Map<string, U96F32>();
    const pendingFixed = U96F32.saturatingFromInt(pending);
    for (const [hotkey, value] of parts) {
      const share = U96F32.checkedDiv(value, total) ?? U96F32.ZERO;
      out.set(hotkey, U96F32.saturatingMul(pendingFixed, share));
    }
    return out;
  };
  return {
    alphaDividends: rescale(alphaDivsByHotkey, totalAlphaDivs, pendingAlpha),
    rootAlphaDividends: rescale(rootDivsByHotkey, totalRootDivs, pendingRootAlpha),
  };
}
