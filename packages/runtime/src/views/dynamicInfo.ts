/**
 * `subnetInfo_getDynamicInfo` / `subnetInfo_getAllDynamicInfo` (subtensor's `rpc_info/dynamic_info.rs`,
 * `DynamicInfo`): a subnet's pool and emission state as `btcli subnets list` shows it, with subtensor's
 * field names. Additions: `price` (the swap's current price, rao per alpha). `emission` is the TAO
 * injected into the pool this block (`SubnetTaoInEmission`); `pending_alpha_emission` is the miners' plus
 * validators' alpha waiting for the epoch, `pending_root_emission` the root stakers' alpha waiting for it.
 */
import type { AccountId, I96F32, NetUid } from '@taonet/primitives';
import {
  PendingRootAlphaDivs,
  PendingServerEmission,
  PendingValidatorEmission,
  SubnetAlphaInEmission,
  SubnetAlphaOutEmission,
  SubnetTaoInEmission,
} from '../coinbase/schema.js';
import type { OverlayState } from '../state/overlayState.js';
import {
  BlocksSinceLastStep,
  LastMechansimStepBlock,
  NetworkRegisteredAt,
  NetworksAdded,
  SubnetIdentitiesV3,
  type SubnetIdentityV3,
  SubnetMovingPrice,
  SubnetOwner,
  SubnetOwnerHotkey,
  Tempo,
  TokenSymbol,
} from '../subnets/schema.js';
import { getSymbolForSubnet } from '../subnets/tokenSymbols.js';
import { readCurrentAlphaPrice } from '../swap/readPool.js';
import { SubnetAlphaIn, SubnetAlphaOut, SubnetTAO, SubnetVolume } from '../swap/schema.js';
import { getExistingNetuids } from './subnetInfo.js';

const ZERO_ACCOUNT = `0x${'00'.repeat(32)}` as AccountId;
const RAO_PER_ALPHA = 1_000_000_000n;
const encoder = new TextEncoder();

export interface DynamicInfo {
  readonly netuid: number;
  readonly owner_hotkey: AccountId;
  readonly owner_coldkey: AccountId;
  /** UTF-8 bytes */
  readonly subnet_name: Uint8Array;
  /** UTF-8 bytes */
  readonly token_symbol: Uint8Array;
  readonly tempo: number;
  readonly last_step: bigint;
  readonly blocks_since_last_step: bigint;
  readonly emission: bigint;
  readonly alpha_in: bigint;
  readonly alpha_out: bigint;
  readonly tao_in: bigint;
  readonly alpha_out_emission: bigint;
  readonly alpha_in_emission: bigint;
  readonly tao_in_emission: bigint;
  readonly pending_alpha_emission: bigint;
  readonly pending_root_emission: bigint;
  readonly subnet_volume: bigint;
  readonly network_registered_at: bigint;
  readonly subnet_identity: SubnetIdentityV3 | undefined;
  /** I96F32 raw bits */
  readonly moving_price: I96F32;
  /** the swap's current price in rao per alpha (1e9 = 1 TAO per alpha) */
  readonly price: bigint;
}

/** `get_name_for_subnet`: the identity's name when set, else `root` for netuid 0 and `unknown`. */
export function getSubnetName(identity: SubnetIdentityV3 | undefined, netuid: NetUid): Uint8Array {
  if (identity !== undefined && identity.subnet_name.length > 0) return identity.subnet_name;
  return encoder.encode(netuid === 0 ? 'root' : 'unknown');
}

function tokenSymbol(state: OverlayState, netuid: NetUid): Uint8Array {
  const stored = TokenSymbol.get(state, [netuid]);
  return stored.length > 0 ? stored : getSymbolForSubnet(netuid);
}

/** The subnet's dynamic state, or `undefined` when it does not exist. */
export function getDynamicInfo(state: OverlayState, netuid: NetUid): DynamicInfo | undefined {
  if (!NetworksAdded.get(state, [netuid])) return undefined;
  const key: [NetUid] = [netuid];
  const identity = SubnetIdentitiesV3.getOption(state, key);
  const priceBits = readCurrentAlphaPrice(state, netuid) as bigint;
  return {
    netuid,
    owner_hotkey: SubnetOwnerHotkey.getOption(state, key) ?? ZERO_ACCOUNT,
    owner_coldkey: SubnetOwner.getOption(state, key) ?? ZERO_ACCOUNT,
    subnet_name: getSubnetName(identity, netuid),
    token_symbol: tokenSymbol(state, netuid),
    tempo: Tempo.get(state, key),
    last_step: LastMechansimStepBlock.get(state, key),
    blocks_since_last_step: BlocksSinceLastStep.get(state, key),
    emission: SubnetTaoInEmission.get(state, key),
    alpha_in: SubnetAlphaIn.get(state, key),
    alpha_out: SubnetAlphaOut.get(state, key),
    tao_in: SubnetTAO.get(state, key),
    alpha_out_emission: SubnetAlphaOutEmission.get(state, key),
    alpha_in_emission: SubnetAlphaInEmission.get(state, key),
    tao_in_emission: SubnetTaoInEmission.get(state, key),
    pending_alpha_emission: PendingServerEmission.get(state, key) + PendingValidatorEmission.get(state, key),
    pending_root_emission: PendingRootAlphaDivs.get(state, key),
    subnet_volume: SubnetVolume.get(state, key),
    network_registered_at: NetworkRegisteredAt.get(state, key),
    subnet_identity: identity,
    moving_price: SubnetMovingPrice.get(state, key),
    price: (priceBits * RAO_PER_ALPHA) >> 64n,
  };
}

/** Every existing subnet's dynamic state, ascending by netuid (root included). */
export function getAllDynamicInfo(state: OverlayState): DynamicInfo[] {
  return getExistingNetuids(state).flatMap((netuid) => getDynamicInfo(state, netuid) ?? []);
}
