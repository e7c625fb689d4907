/**
 * `delegateInfo_getDelegates` (subtensor's `rpc_info/delegate_info.rs`, `DelegateInfo`): every hotkey in
 * `Delegates` with its take, its nominators' alpha stake per subnet, its owner, the subnets it holds a uid
 * on and those where that uid has a validator permit. `return_per_1000` and `total_daily_return` are 0
 * (not computed yet).
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import { IsNetworkMember, Owner, Uids, ValidatorPermit } from '../neurons/schema.js';
import { AlphaV2, Delegates } from '../staking/schema.js';
import { getStake } from '../staking/stakeAccounting.js';
import type { OverlayState } from '../state/overlayState.js';
import { getExistingNetuids } from './subnetInfo.js';

const ZERO_ACCOUNT = `0x${'00'.repeat(32)}` as AccountId;

export interface DelegateInfo {
  readonly delegate_ss58: AccountId;
  /** u16 fraction of 65535 */
  readonly take: number;
  /** (nominator coldkey, [(netuid, alpha rao)]) */
  readonly nominators: readonly (readonly [AccountId, readonly (readonly [number, bigint])[]])[];
  readonly owner_ss58: AccountId;
  readonly registrations: readonly number[];
  readonly validator_permits: readonly number[];
  readonly return_per_1000: bigint;
  readonly total_daily_return: bigint;
}

function nominatorsOf(state: OverlayState, hotkey: AccountId): DelegateInfo['nominators'] {
  const byColdkey = new Map<AccountId, [number, bigint][]>();
  for (const [[, coldkey, netuid]] of AlphaV2.entries(state, [hotkey])) {
    const stake = getStake(state, { hotkey, coldkey, netuid });
    if (stake === 0n) continue;
    const list = byColdkey.get(coldkey) ?? [];
    list.push([netuid, stake]);
    byColdkey.set(coldkey, list);
  }
  return [...byColdkey.entries()].map(([coldkey, stakes]) => [coldkey, stakes.sort((a, b) => a[0] - b[0])]);
}

function hasPermit(state: OverlayState, hotkey: AccountId, netuid: NetUid): boolean {
  const uid = Uids.getOption(state, [netuid, hotkey]);
  return uid !== undefined && (ValidatorPermit.get(state, [netuid])[uid] ?? false);
}

/** The delegate's description, or `undefined` when the hotkey is not a delegate. */
export function getDelegate(state: OverlayState, hotkey: AccountId): DelegateInfo | undefined {
  const take = Delegates.getOption(state, [hotkey]);
  if (take === undefined) return undefined;
  const registrations = getExistingNetuids(state).filter((n) => IsNetworkMember.get(state, [hotkey, n]));
  return {
    delegate_ss58: hotkey,
    take,
    nominators: nominatorsOf(state, hotkey),
    owner_ss58: Owner.getOption(state, [hotkey]) ?? ZERO_ACCOUNT,
    registrations,
    validator_permits: registrations.filter((netuid) => hasPermit(state, hotkey, netuid)),
    return_per_1000: 0n,
    total_daily_return: 0n,
  };
}

/** Every delegate, in `Delegates` storage order. */
export function getDelegates(state: OverlayState): DelegateInfo[] {
  const out: DelegateInfo[] = [];
  for (const [[hotkey]] of Delegates.entries(state)) {
    const info = getDelegate(state, hotkey);
    if (info !== undefined) out.push(info);
  }
  return out;
}
