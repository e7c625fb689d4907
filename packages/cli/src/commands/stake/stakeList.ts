/**
 * `tao stake list`: every stake position of the wallet's coldkey (or `--ss58 <address>`) at one block: the
 * hotkey (with the wallet's name for it), the subnet, the alpha, its value at the spot price and what
 * unstaking it would return now (the swap simulation, fee and price move included).
 */
import type { Client, StakeInfo } from '@taonet/sdk';
import { withChain } from '../../chain/chainSession.js';
import { formatTao } from '../../chain/taoAmount.js';
import type { CommandModule } from '../../program/commandSpec.js';
import { optNonEmpty, selectWallet } from '../wallet/selectWallet.js';
import { alphaToTao } from './priceImpact.js';
import { shortAddress } from './stakeResults.js';
import { type StakeListResult, stakeListResultSchema } from './stakeSchemas.js';

type Position = StakeListResult['positions'][number];

async function swapValue(client: Client, info: StakeInfo, at: `0x${string}`): Promise<bigint | null> {
  const { simSwapAlphaForTao } = await import('@taonet/sdk');
  try {
    return (await simSwapAlphaForTao(client, { netuid: info.netuid, amount: info.stake, at })).taoAmount;
  } catch {
    return null; // the pool cannot take it (reserves too low): no swap value
  }
}

export const stakeList: CommandModule<StakeListResult> = {
  result: stakeListResultSchema,
  async run(ctx, input) {
    const ss58 = optNonEmpty(input, 'ss58', '--ss58');
    const wallet = ss58 === undefined ? await selectWallet(ctx, input) : undefined;
    return withChain(ctx, async ({ client, url, network }) => {
      const sdk = await import('@taonet/sdk');
      if (ss58 !== undefined) sdk.toAccountId(ss58, 'coldkey');
      const coldkey = ss58 ?? (await wallet!.getColdkeypub()).address;
      ctx.spinner.start(`Reading the stake of ${coldkey}`);
      const best = await sdk.getBestBlock(client);
      const infos = await sdk.getStakeInfoForColdkey(client, { coldkey, at: best.hash });
      const netuids = [...new Set(infos.map((i) => i.netuid))];
      const pools = new Map(
        (await sdk.readDynamicInfo(client, netuids, best.hash)).map((d) => [d.netuid, d]),
      );
      const names = new Map<string, string>();
      if (wallet !== undefined) {
        for (const key of await sdk.listHotkeys(wallet)) if (key.address) names.set(key.address, key.name);
      }
      const positions: Position[] = [];
      let total = 0n;
      for (const info of infos.sort((a, b) => a.netuid - b.netuid || a.hotkey.localeCompare(b.hotkey))) {
        const price = pools.get(info.netuid)?.price ?? 0n;
        const value = alphaToTao(info.stake, price);
        total += value;
        const swap = await swapValue(client, info, best.hash);
        positions.push({
          hotkey: info.hotkey,
          hotkeyName: names.get(info.hotkey) ?? null,
          netuid: info.netuid,
          symbol: pools.get(info.netuid)?.symbol ?? '',
          stake: info.stake.toString(),
          price: price.toString(),
          value: value.toString(),
          swapValue: swap === null ? null : swap.toString(),
        });
      }
      return {
        network: network ?? url,
        block: best.number,
        coldkey,
        positions,
        totalValue: total.toString(),
      };
    });
  },
  render(result, out) {
    const c = out.color;
    out.line(c.dim(`stake of ${result.coldkey} at block ${result.block}`));
    if (result.positions.length === 0) {
      out.line('no stake (stake with `tao stake add --netuid <n> --amount <tao>`)');
      return;
    }
    out.table(
      ['netuid', 'hotkey', 'stake', 'price (τ)', 'value (τ)', 'swap value (τ)'],
      result.positions.map((p) => [
        String(p.netuid),
        p.hotkeyName === null ? shortAddress(p.hotkey) : `${p.hotkeyName} ${c.dim(shortAddress(p.hotkey))}`,
        `${formatTao(BigInt(p.stake))} ${p.symbol}`,
        formatTao(BigInt(p.price)),
        formatTao(BigInt(p.value)),
        p.swapValue === null ? c.dim('-') : formatTao(BigInt(p.swapValue)),
      ]),
    );
    out.line(`total value τ${c.bold(formatTao(BigInt(result.totalValue)))}`);
  },
};
