/**
 * `tao subnets price [--netuid <n>]`: the spot price of one subnet's alpha, or of every subnet, with the
 * EMA price the emission split uses and the pool reserves, at one block. (No `--history`: the chain keeps
 * no price history; an archive node or an indexer would be needed.)
 */
import type { DynamicInfo } from '@taonet/sdk';
import { withChain } from '../../chain/chainSession.js';
import { parseNetuid, requireSubnet } from '../../chain/netuidInput.js';
import { formatTao } from '../../chain/taoAmount.js';
import type { CommandModule } from '../../program/commandSpec.js';
import { bestBlock } from './subnetsList.js';
import {
  type SubnetPriceRow,
  type SubnetsPriceResult,
  subnetsPriceResultSchema,
} from './subnetsOwnerSchemas.js';

export function toPriceRow(d: DynamicInfo): SubnetPriceRow {
  return {
    netuid: d.netuid,
    name: d.name,
    symbol: d.symbol,
    price: d.price.toString(),
    movingPrice: Number(d.movingPriceBits) / 2 ** 32, // float-ok: display only
    taoIn: d.taoIn.toString(),
    alphaIn: d.alphaIn.toString(),
    started: d.started,
  };
}

export const subnetsPrice: CommandModule<SubnetsPriceResult> = {
  result: subnetsPriceResultSchema,
  async run(ctx, input) {
    const netuid = typeof input.opts.netuid === 'string' ? parseNetuid(input.opts.netuid) : null;
    return withChain(ctx, async ({ client, url, network }) => {
      const sdk = await import('@taonet/sdk');
      ctx.spinner.start('Reading prices');
      const block = await bestBlock(client);
      let rows: DynamicInfo[];
      if (netuid === null) rows = await sdk.getAllDynamicInfo(client, { at: block.hash });
      else {
        await requireSubnet(client, netuid, block.hash);
        const one = await sdk.getDynamicInfo(client, { netuid, at: block.hash });
        rows = one === undefined ? [] : [one];
      }
      return { network: network ?? url, block: block.number, prices: rows.map(toPriceRow) };
    });
  },
  render(result, out) {
    out.line(out.color.dim(`network ${result.network}, block ${result.block}`));
    out.table(
      ['netuid', 'name', 'symbol', 'price (τ/α)', 'EMA price', 'TAO in pool', 'alpha in pool', 'started'],
      result.prices.map((r) => [
        String(r.netuid),
        r.name,
        r.symbol,
        formatTao(BigInt(r.price)),
        r.movingPrice.toFixed(9),
        `τ${formatTao(BigInt(r.taoIn))}`,
        formatTao(BigInt(r.alphaIn)),
        r.started ? 'yes' : out.color.yellow('no'),
      ]),
    );
  },
};
