/**
 * `stakeInfo_getStakeInfoForColdkey` (subtensor's `rpc_info/stake_info.rs`, `StakeInfo`): every
 * (hotkey, subnet) position of a coldkey with a non-zero stake, hotkeys in `StakingHotkeys` order and
 * subnets ascending. `emission` / `tao_emission` are the hotkey's alpha and root-alpha dividends of the
 * subnet's last epoch (`AlphaDividendsPerSubnet`, `RootAlphaDividendsPerSubnet`); `locked` and `drain`
 * are 0 as in subtensor.
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import { AlphaDividendsPerSubnet, RootAlphaDividendsPerSubnet } from '../coinbase/schema.js';
import { IsNetworkMember } from '../neurons/schema.js';
import { StakingHotkeys } from '../staking/schema.js';
import { getStake } from '../staking/stakeAccounting.js';
import type { OverlayState } from '../state/overlayState.js';
import { getExistingNetuids } from './subnetInfo.js';

export interface StakeInfo {
  readonly hotkey: AccountId;
  readonly coldkey: AccountId;
  readonly netuid: number;
  /** alpha (rao) */
  readonly stake: bigint;
  readonly locked: bigint;
  /** alpha (rao) */
  readonly emission: bigint;
  /** root alpha dividends (rao) */
  readonly tao_emission: bigint;
  readonly drain: bigint;
  readonly is_registered: boolean;
}

function stakeInfoOf(
  state: OverlayState,
  hotkey: AccountId,
  coldkey: AccountId,
  netuid: NetUid,
): StakeInfo | undefined {
  const stake = getStake(state, { hotkey, coldkey, netuid });
  if (stake === 0n) return undefined;
  return {
    hotkey,
    coldkey,
    netuid,
    stake,
    locked: 0n,
    emission: AlphaDividendsPerSubnet.get(state, [netuid, hotkey]),
    tao_emission: RootAlphaDividendsPerSubnet.get(state, [netuid, hotkey]),
    drain: 0n,
    is_registered: IsNetworkMember.get(state, [hotkey, netuid]),
  };
}

/** The coldkey's non-zero stake positions. */
export function getStakeInfoForColdkey(state: OverlayState, coldkey: AccountId): StakeInfo[] {
  const netuids = getExistingNetuids(state);
  const out: StakeInfo[] = [];
  for (const hotkey of StakingHotkeys.get(state, [coldkey])) {
    for (const netuid of netuids) {
      const info = stakeInfoOf(state, hotkey, coldkey, netuid);
      if (info !== undefined) out.push(info);
    }
  }
  return out;
}
