/**
 * Validators and delegates: every hotkey with a take, with its nominators (distinct coldkeys staking to it),
 * its total stake valued in TAO across subnets, and its dividends on the subnets it validates.
 */
import {
  AlphaV2,
  type BlockHash,
  type Client,
  getAllDynamicInfo,
  getBlockHash,
  getDelegates,
  getHotkeyNetuids,
  getNeuronLite,
  getUidForHotkey,
  listStorageEntries,
  TotalHotkeyAlpha,
  toAccountId,
} from '@taonet/sdk';
import { valueAlpha } from './loadAccount.js';

export interface ValidatorRow {
  readonly hotkey: string;
  readonly owner: string | undefined;
  /** the take as a fraction */
  readonly take: number;
  readonly nominators: number;
  /** Σ over subnets of the hotkey's alpha at the subnet's price, plus root TAO (rao) */
  readonly totalStake: bigint;
  readonly rootStake: bigint;
  /** the largest dividends (u16 fraction) over its subnets */
  readonly dividends: number;
  readonly netuids: readonly number[];
  readonly permits: number;
}

export const MAX_VALIDATORS = 64;

async function loadOne(
  client: Client,
  at: BlockHash,
  hotkey: string,
  prices: ReadonlyMap<number, bigint>,
): Promise<Omit<ValidatorRow, 'hotkey' | 'owner' | 'take' | 'rootStake'>> {
  const id = toAccountId(hotkey);
  const [shares, alphas, netuids] = await Promise.all([
    listStorageEntries(client, { item: AlphaV2, prefix: [id], at }),
    listStorageEntries(client, { item: TotalHotkeyAlpha, prefix: [id], at }),
    getHotkeyNetuids(client, { hotkey: id, at }),
  ]);
  const nominators = new Set(shares.filter(([, s]) => s.mantissa !== 0n).map(([[, coldkey]]) => coldkey))
    .size;
  const totalStake = alphas.reduce(
    (sum, [[, netuid], alpha]) => sum + valueAlpha(alpha, prices.get(netuid) ?? 0n, netuid),
    0n,
  );
  const neurons = await Promise.all(
    netuids.map(async (netuid) => {
      const uid = await getUidForHotkey(client, { netuid, hotkey: id, at });
      return uid === undefined ? undefined : getNeuronLite(client, { netuid, uid, at });
    }),
  );
  const found = neurons.filter((n) => n !== undefined);
  return {
    nominators,
    totalStake,
    dividends: Math.max(0, ...found.map((n) => n.dividends)),
    netuids,
    permits: found.filter((n) => n.validatorPermit).length,
  };
}

export async function loadValidators(client: Client, best?: number): Promise<ValidatorRow[]> {
  const at = await getBlockHash(client, best === undefined ? {} : { number: best });
  const [delegates, dynamic] = await Promise.all([
    getDelegates(client, { at }),
    getAllDynamicInfo(client, { at }),
  ]);
  const prices = new Map(dynamic.map((d) => [d.netuid, d.price]));
  return Promise.all(
    delegates.slice(0, MAX_VALIDATORS).map(async (d) => ({
      hotkey: d.hotkey,
      owner: d.owner,
      take: d.take / 65_535,
      rootStake: d.rootStake,
      ...(await loadOne(client, at, d.hotkey, prices)),
    })),
  );
}
