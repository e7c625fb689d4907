/**
 * `tao wallet balance`: the free and staked TAO of the wallet's coldkey, or of addresses given with
 * --ss58 (repeatable). Staked value = every stake position's alpha at its subnet's current price (root
 * stake counts as TAO), read at one block.
 */
import type { BlockHash, Client } from '@taonet/sdk';
import { withChain } from '../../chain/chainSession.js';
import { formatTao, RAO_PER_TAO } from '../../chain/taoAmount.js';
import type { CommandModule } from '../../program/commandSpec.js';
import { selectWallet } from './selectWallet.js';
import {
  type AccountBalance,
  type WalletBalanceResult,
  walletBalanceResultSchema,
} from './walletChainSchemas.js';

interface Target {
  wallet: string | null;
  address: string;
}

function addressList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

async function readBalances(client: Client, targets: readonly Target[], blockHash: BlockHash) {
  const sdk = await import('@taonet/sdk');
  const prices = new Map(
    (await sdk.getAllDynamicInfo(client, { at: blockHash })).map((d) => [d.netuid, d.price] as const),
  );
  return Promise.all(
    targets.map(async (target): Promise<AccountBalance> => {
      const [account, stakes] = await Promise.all([
        sdk.getAccountInfo(client, { address: target.address, at: blockHash }),
        sdk.getStakeInfoForColdkey(client, { coldkey: target.address, at: blockHash }),
      ]);
      const staked = stakes.reduce((sum, p) => {
        const price = p.netuid === 0 ? RAO_PER_TAO : (prices.get(p.netuid) ?? 0n);
        return sum + (p.stake * price) / RAO_PER_TAO;
      }, 0n);
      return {
        wallet: target.wallet,
        address: target.address,
        free: account.free.toString(),
        transferable: account.transferable.toString(),
        staked: staked.toString(),
        total: (account.free + staked).toString(),
      };
    }),
  );
}

const sum = (rows: readonly AccountBalance[], key: 'free' | 'staked' | 'total') =>
  rows.reduce((total, row) => total + BigInt(row[key]), 0n).toString();

export const walletBalance: CommandModule<WalletBalanceResult> = {
  result: walletBalanceResultSchema,
  async run(ctx, input) {
    const given = addressList(input.opts.ss58);
    const targets: Target[] =
      given.length > 0
        ? given.map((address) => ({ wallet: null, address }))
        : await selectWallet(ctx, input).then(async (w) => [
            { wallet: w.name, address: (await w.getColdkeypub()).address },
          ]);
    return withChain(ctx, async ({ client, url, network }) => {
      const sdk = await import('@taonet/sdk');
      ctx.spinner.start('Reading balances');
      const at = await sdk.getBlockHash(client);
      const header = await sdk.getHeader(client, { hash: at });
      const balances = await readBalances(client, targets, at);
      return {
        network: network ?? url,
        block: header.number,
        balances,
        totals: {
          free: sum(balances, 'free'),
          staked: sum(balances, 'staked'),
          total: sum(balances, 'total'),
        },
      };
    });
  },
  render(result, out) {
    const c = out.color;
    out.line(c.dim(`network ${result.network}, block ${result.block}`));
    const rows = result.balances.map((b) => [
      b.wallet ?? '',
      b.address,
      `τ${formatTao(BigInt(b.free))}`,
      `τ${formatTao(BigInt(b.staked))}`,
      `τ${formatTao(BigInt(b.total))}`,
    ]);
    if (result.balances.length > 1) {
      const t = result.totals;
      rows.push([
        'total',
        '',
        `τ${formatTao(BigInt(t.free))}`,
        `τ${formatTao(BigInt(t.staked))}`,
        `τ${formatTao(BigInt(t.total))}`,
      ]);
    }
    out.table(['wallet', 'coldkey', 'free', 'staked', 'total'], rows);
  },
};
