/**
 * An account: balance, stake per hotkey and subnet (alpha and its TAO value at the current price), what it
 * is as a hotkey (owner, subnets), and its recent extrinsics found in the last blocks.
 */
import {
  type AccountInfo,
  type Client,
  getAccountInfo,
  getAllDynamicInfo,
  getBlockHash,
  getHotkeyNetuids,
  getHotkeyOwner,
  getStakeInfoForColdkey,
  toAccountId,
  toAddress,
} from '@taonet/sdk';
import { type ExtrinsicSummary, getRecentBlocks } from './blockSummary.js';
import { RAO_PER_TAO } from './economics.js';

export interface StakePosition {
  readonly hotkey: string;
  readonly netuid: number;
  readonly symbol: string;
  /** alpha (rao units); TAO on root */
  readonly alpha: bigint;
  /** its value in TAO (rao) at the spot price */
  readonly taoValue: bigint;
}

export interface AccountData {
  readonly address: string;
  readonly accountId: string;
  readonly info: AccountInfo;
  readonly stakes: readonly StakePosition[];
  readonly totalStakeValue: bigint;
  /** as a hotkey: its coldkey, and the subnets it is registered on */
  readonly hotkeyOwner: string | undefined;
  readonly hotkeyNetuids: readonly number[];
  readonly recent: readonly ExtrinsicSummary[];
  /** how many blocks were searched for `recent` */
  readonly scannedBlocks: number;
}

export const SCANNED_BLOCKS = 60;

/** Alpha valued in TAO at a price in rao per alpha (root: 1:1). */
export function valueAlpha(alpha: bigint, price: bigint, netuid: number): bigint {
  return netuid === 0 ? alpha : (alpha * price) / RAO_PER_TAO;
}

export async function loadAccount(client: Client, address: string, best: number): Promise<AccountData> {
  const accountId = toAccountId(address);
  const ss58 = toAddress(accountId);
  const at = await getBlockHash(client, { number: best });
  const [info, stakeInfo, dynamic, hotkeyOwner, hotkeyNetuids, blocks] = await Promise.all([
    getAccountInfo(client, { address: accountId, at }),
    getStakeInfoForColdkey(client, { coldkey: accountId, at }),
    getAllDynamicInfo(client, { at }),
    getHotkeyOwner(client, { hotkey: accountId, at }),
    getHotkeyNetuids(client, { hotkey: accountId, at }),
    getRecentBlocks(client, best, SCANNED_BLOCKS),
  ]);
  const byNetuid = new Map(dynamic.map((d) => [d.netuid, d]));
  const stakes = stakeInfo.map((s) => {
    const d = byNetuid.get(s.netuid);
    return {
      hotkey: s.hotkey,
      netuid: s.netuid,
      symbol: d?.symbol ?? '',
      alpha: s.stake,
      taoValue: valueAlpha(s.stake, d?.price ?? 0n, s.netuid),
    };
  });
  const recent = blocks.flatMap((b) => b.extrinsics.filter((x) => x.signer === accountId));
  return {
    address: ss58,
    accountId,
    info,
    stakes,
    totalStakeValue: stakes.reduce((sum, s) => sum + s.taoValue, 0n),
    hotkeyOwner,
    hotkeyNetuids,
    recent,
    scannedBlocks: blocks.length,
  };
}
