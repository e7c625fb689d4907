/**
 * `tao subnets list`: every subnet at one block: name, symbol, price, pool reserves, neurons, tempo,
 * registration price, whether emission started.
 */
import type { BlockHash, Client, DynamicInfo, SubnetInfo } from '@taonet/sdk';
import { withChain } from '../../chain/chainSession.js';
import { formatTao } from '../../chain/taoAmount.js';
import type { CommandModule } from '../../program/commandSpec.js';
import { type SubnetRow, type SubnetsListResult, subnetsListResultSchema } from './subnetsSchemas.js';

export function toSubnetRow(d: DynamicInfo, info: SubnetInfo | undefined): SubnetRow {
  return {
    netuid: d.netuid,
    name: d.name,
    symbol: d.symbol,
    owner: d.owner ?? null,
    price: d.price.toString(),
    taoIn: d.taoIn.toString(),
    alphaIn: d.alphaIn.toString(),
    alphaOut: d.alphaOut.toString(),
    neurons: info?.subnetworkN ?? 0,
    maxNeurons: info?.maxAllowedUids ?? 0,
    tempo: d.tempo,
    burn: (info?.burn ?? 0n).toString(),
    started: d.started,
  };
}

/** The best block's number and hash. */
export async function bestBlock(client: Client): Promise<{ hash: BlockHash; number: number }> {
  const { getBlockHash, getHeader } = await import('@taonet/sdk');
  const hash = await getBlockHash(client);
  return { hash, number: (await getHeader(client, { hash })).number };
}

export const subnetsList: CommandModule<SubnetsListResult> = {
  result: subnetsListResultSchema,
  async run(ctx) {
    return withChain(ctx, async ({ client, url, network }) => {
      const sdk = await import('@taonet/sdk');
      ctx.spinner.start('Reading the subnets');
      const block = await bestBlock(client);
      const [dynamic, infos] = await Promise.all([
        sdk.getAllDynamicInfo(client, { at: block.hash }),
        sdk.getSubnets(client, { at: block.hash }),
      ]);
      const byNetuid = new Map(infos.map((i) => [i.netuid, i] as const));
      return {
        network: network ?? url,
        block: block.number,
        subnets: dynamic.map((d) => toSubnetRow(d, byNetuid.get(d.netuid))),
      };
    });
  },
  render(result, out) {
    const c = out.color;
    out.line(c.dim(`network ${result.network}, block ${result.block}, ${result.subnets.length} subnets`));
    out.table(
      ['netuid', 'name', 'symbol', 'price (τ/α)', 'TAO in pool', 'neurons', 'tempo', 'reg. price', 'started'],
      result.subnets.map((r) => [
        String(r.netuid),
        r.name,
        r.symbol,
        formatTao(BigInt(r.price)),
        `τ${formatTao(BigInt(r.taoIn))}`,
        `${r.neurons}/${r.maxNeurons}`,
        String(r.tempo),
        `τ${formatTao(BigInt(r.burn))}`,
        r.started ? 'yes' : c.yellow('no'),
      ]),
    );
  },
};
