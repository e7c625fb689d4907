/**
 * `tao subnets create`: register a new subnet (`register_network_with_identity`), the wallet's coldkey
 * as owner and its hotkey as the owner hotkey (uid 0). Shows the lock cost (TAO locked, not spent) and
 * checks the balance before asking; `--symbol` then sets the token symbol (`update_symbol`).
 */
import type { Client, SubnetIdentity } from '@taonet/sdk';
import { withChain } from '../../chain/chainSession.js';
import { describeInclusion, toInclusion } from '../../chain/receiptFields.js';
import { confirmOrCancel, sendWithSpinner, unlockColdkey } from '../../chain/runTransaction.js';
import { formatTao } from '../../chain/taoAmount.js';
import { readWalletAddresses } from '../../chain/walletKeys.js';
import { ChainCheckError } from '../../errors/cliErrors.js';
import type { CommandInput, CommandModule } from '../../program/commandSpec.js';
import { optNonEmpty, selectWallet } from '../wallet/selectWallet.js';
import { type SubnetsCreateResult, subnetsCreateResultSchema } from './subnetsOwnerSchemas.js';

/** flag key -> identity field */
const IDENTITY_FLAGS: readonly [string, string, keyof SubnetIdentity][] = [
  ['subnetName', '--subnet-name', 'subnetName'],
  ['githubRepo', '--github-repo', 'githubRepo'],
  ['subnetContact', '--subnet-contact', 'subnetContact'],
  ['subnetUrl', '--subnet-url', 'subnetUrl'],
  ['discord', '--discord', 'discord'],
  ['description', '--description', 'description'],
  ['logoUrl', '--logo-url', 'logoUrl'],
  ['additionalInfo', '--additional-info', 'additional'],
];

export function readIdentity(input: CommandInput): SubnetIdentity | undefined {
  const identity: Record<string, string> = {};
  for (const [key, flag, field] of IDENTITY_FLAGS) {
    const value = optNonEmpty(input, key, flag);
    if (value !== undefined) identity[field] = value;
  }
  return Object.keys(identity).length === 0 ? undefined : (identity as SubnetIdentity);
}

async function checkBalance(client: Client, coldkey: string, cost: bigint): Promise<bigint> {
  const { getAccountInfo } = await import('@taonet/sdk');
  const account = await getAccountInfo(client, { address: coldkey });
  if (account.transferable < cost) {
    throw new ChainCheckError(
      'INSUFFICIENT_BALANCE',
      `not enough balance: creating a subnet locks τ${formatTao(cost)}, but ${coldkey} can spend τ${formatTao(account.transferable)}`,
      'fund the coldkey (`tao wallet transfer` from another wallet), or wait: the lock cost decreases over time',
      { details: { address: coldkey } },
    );
  }
  return account.transferable;
}

async function checkSymbolFree(client: Client, symbol: string): Promise<void> {
  const { getAllDynamicInfo } = await import('@taonet/sdk');
  const taken = (await getAllDynamicInfo(client)).find((d) => d.symbol === symbol);
  if (taken !== undefined) {
    throw new ChainCheckError(
      'SYMBOL_IN_USE',
      `the symbol ${symbol} is already used by subnet ${taken.netuid}`,
      'pick another symbol (`tao subnets list` shows the ones in use), or leave --symbol out',
      { details: { netuid: taken.netuid } },
    );
  }
}

export const subnetsCreate: CommandModule<SubnetsCreateResult> = {
  result: subnetsCreateResultSchema,
  async run(ctx, input) {
    const identity = readIdentity(input);
    const symbol = optNonEmpty(input, 'symbol', '--symbol') ?? null;
    const wallet = await selectWallet(ctx, input);
    const keys = await readWalletAddresses(wallet);
    return withChain(ctx, async ({ client, url, network }) => {
      const sdk = await import('@taonet/sdk');
      ctx.spinner.start('Reading the subnet lock cost');
      const cost = await sdk.getNetworkRegistrationCost(client);
      await checkBalance(client, keys.coldkey, cost);
      if (symbol !== null) await checkSymbolFree(client, symbol);
      await confirmOrCancel(
        ctx,
        `Create a subnet owned by ${keys.coldkey} (owner hotkey ${keys.hotkey}), locking τ${formatTao(cost)}?`,
      );
      const signer = await unlockColdkey(ctx, input, wallet);
      const created = await sendWithSpinner(ctx, 'Creating the subnet', (onStatus) =>
        sdk.registerNetwork(client, {
          signer,
          hotkey: keys.hotkey,
          onStatus,
          ...(identity === undefined ? {} : { identity }),
        }),
      );
      let symbolSet: string | null = null;
      if (symbol !== null) {
        const call = sdk.encodeCall(sdk.updateSymbolCall, {
          netuid: created.netuid,
          symbol: new TextEncoder().encode(symbol),
        });
        try {
          await sendWithSpinner(ctx, `Setting the symbol ${symbol}`, (onStatus) =>
            sdk.sendTransaction(client, { signer, call, onStatus }),
          );
          symbolSet = symbol;
        } catch (error) {
          // the subnet exists: report it, with the symbol left as the chain chose it
          ctx.log.warn(
            `subnet ${created.netuid} created, but its symbol was not set: ${(error as Error).message}`,
          );
        }
      }
      return {
        network: network ?? url,
        netuid: created.netuid,
        owner: keys.coldkey,
        ownerHotkey: keys.hotkey,
        lockCost: cost.toString(),
        name: identity?.subnetName ?? null,
        symbol: symbolSet,
        ...toInclusion(created),
      };
    });
  },
  render(result, out) {
    const c = out.color;
    out.line(
      `${c.green('✔')} created subnet ${c.bold(String(result.netuid))}, locking τ${formatTao(BigInt(result.lockCost))}`,
    );
    out.line(`  owner ${c.cyan(result.owner)}, owner hotkey ${result.ownerHotkey}`);
    out.line(`  ${describeInclusion(result, formatTao)}`);
    out.line(c.dim(`  next: tao subnets start --netuid ${result.netuid} (emission and staking begin)`));
  },
};
