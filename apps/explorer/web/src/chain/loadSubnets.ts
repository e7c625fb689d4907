/** Every subnet's row of the subnets table, read at one block. */
import {
  type Client,
  type DynamicInfo,
  getAllDynamicInfo,
  getBlockHash,
  getNetuids,
  getSubnets,
} from '@taonet/sdk';
import { readEmissionDisabled } from './emissionRecords.js';
import { fromI96F32Bits } from './format.js';

export interface SubnetRow {
  readonly netuid: number;
  readonly name: string;
  readonly symbol: string;
  readonly owner: string | undefined;
  /** rao per alpha */
  readonly price: bigint;
  /** EMA price, TAO per alpha */
  readonly movingPrice: number;
  /** this subnet's share of the block emission (moving price / Σ moving prices of the emitting subnets) */
  readonly emissionShare: number;
  readonly taoIn: bigint;
  readonly alphaIn: bigint;
  readonly alphaOut: bigint;
  readonly volume: bigint;
  /** the neuron registration burn (rao) */
  readonly burn: bigint;
  readonly n: number;
  readonly maxN: number;
  readonly tempo: number;
  readonly started: boolean;
}

/**
 * Emission shares by moving price among the subnets that emit (started, not root, TAO emission not switched
 * off by root: `disabled`), as subtensor's `get_shares` before its miner-burn factor; 0 for the others.
 */
export function computeEmissionShares(
  dynamic: readonly Pick<DynamicInfo, 'netuid' | 'movingPriceBits' | 'started'>[],
  disabled: ReadonlySet<number> = new Set(),
): Map<number, number> {
  const emitting = dynamic.filter((d) => d.netuid !== 0 && d.started && !disabled.has(d.netuid));
  const total = emitting.reduce((sum, d) => sum + fromI96F32Bits(d.movingPriceBits), 0);
  return new Map(emitting.map((d) => [d.netuid, total > 0 ? fromI96F32Bits(d.movingPriceBits) / total : 0]));
}

export async function loadSubnets(client: Client, best?: number): Promise<SubnetRow[]> {
  const hash = await getBlockHash(client, best === undefined ? {} : { number: best });
  const [dynamic, infos, disabled] = await Promise.all([
    getAllDynamicInfo(client, { at: hash }),
    getSubnets(client, { at: hash }),
    getNetuids(client, { at: hash }).then((netuids) => readEmissionDisabled(client, netuids, hash)),
  ]);
  const byNetuid = new Map(infos.map((info) => [info.netuid, info]));
  const shares = computeEmissionShares(dynamic, disabled);
  return dynamic.map((d) => {
    const info = byNetuid.get(d.netuid);
    return {
      netuid: d.netuid,
      name: d.identity?.subnetName || d.name,
      symbol: d.symbol,
      owner: d.owner,
      price: d.price,
      movingPrice: fromI96F32Bits(d.movingPriceBits),
      emissionShare: shares.get(d.netuid) ?? 0,
      taoIn: d.taoIn,
      alphaIn: d.alphaIn,
      alphaOut: d.alphaOut,
      volume: d.subnetVolume,
      burn: info?.burn ?? 0n,
      n: info?.subnetworkN ?? 0,
      maxN: info?.maxAllowedUids ?? 0,
      tempo: d.tempo,
      started: d.started,
    };
  });
}
