/**
 * `tao wallet swap-hotkey --new-hotkey <name|ss58>`: move the wallet's hotkey (or `--hotkey-ss58`) to a new
 * hotkey on every subnet, or on one with `--netuid`: registrations, stake, children, takes. Signed by the
 * owner coldkey; costs 0.1 TAO (all subnets) or 0.001 TAO (one), recycled. Checked first: ownership, the
 * new hotkey is free, the balance, and the chain's cooldown on subnets the swap touches.
 */
import type { Client } from '@taonet/sdk';
import { withChain } from '../../chain/chainSession.js';
import { parseNetuid, requireSubnet } from '../../chain/netuidInput.js';
import { confirmOrCancel, sendWithSpinner, unlockColdkey } from '../../chain/runTransaction.js';
import { formatTao } from '../../chain/taoAmount.js';
import { ChainCheckError, MissingInputError, UsageError } from '../../errors/cliErrors.js';
import type { CommandModule } from '../../program/commandSpec.js';
import {
  readHotkeyAddress,
  requireBalance,
  requireOwnedHotkey,
  withStakeHints,
} from '../stake/stakeChecks.js';
import { renderTx, toTx } from '../stake/stakeResults.js';
import { resolveHotkeyAddress } from './resolveKeyAddress.js';
import { optNonEmpty, selectWallet } from './selectWallet.js';
import { type WalletSwapHotkeyResult, walletSwapHotkeyResultSchema } from './walletAccountSchemas.js';

/** `KeySwapOnSubnetCost` (0.001 TAO); the all-subnets swap costs `KeySwapCost`. */
const SWAP_ON_SUBNET_COST = 1_000_000n;
/** `HotkeySwapOnSubnetInterval`: blocks between two hotkey swaps touching a subnet (from block 0). */
const SWAP_INTERVAL = 7_200;

interface Swap {
  hotkey: string;
  newHotkey: string;
  coldkey: string;
  netuid: number | undefined;
}

async function checkSwap(client: Client, swap: Swap): Promise<bigint> {
  const sdk = await import('@taonet/sdk');
  if (swap.netuid !== undefined) await requireSubnet(client, swap.netuid);
  await requireOwnedHotkey(client, swap.hotkey, swap.coldkey);
  const newOwner = await sdk.getHotkeyOwner(client, { hotkey: swap.newHotkey });
  if (newOwner !== undefined && newOwner !== swap.coldkey) {
    throw new ChainCheckError(
      'NOT_HOTKEY_OWNER',
      `the new hotkey ${swap.newHotkey} belongs to another coldkey (${newOwner})`,
      'swap to a new hotkey of your own (`tao wallet new-hotkey`)',
      { details: { hotkey: swap.newHotkey } },
    );
  }
  const taken = await sdk.getHotkeyNetuids(client, { hotkey: swap.newHotkey });
  if (swap.netuid === undefined ? taken.length > 0 : taken.includes(swap.netuid)) {
    throw new ChainCheckError(
      'HOTKEY_ALREADY_REGISTERED',
      `the new hotkey ${swap.newHotkey} is already registered on subnet ${taken.join(', ')}`,
      'swap to a hotkey that holds no uid there (`tao wallet new-hotkey` makes one)',
      { details: { hotkey: swap.newHotkey } },
    );
  }
  const touched =
    swap.netuid === undefined ? await sdk.getHotkeyNetuids(client, { hotkey: swap.hotkey }) : [swap.netuid];
  const block = await sdk.getBlockNumber(client);
  if (touched.length > 0 && block <= SWAP_INTERVAL) {
    throw new ChainCheckError(
      'RATE_LIMITED',
      `hotkey swaps touching subnet ${touched.join(', ')} are allowed from block ${SWAP_INTERVAL + 1} (now ${block})`,
      `retry in ${SWAP_INTERVAL + 1 - block} blocks`,
      { details: {} },
    );
  }
  const { readStorage, KeySwapCost } = sdk;
  return swap.netuid === undefined
    ? ((await readStorage(client, { item: KeySwapCost, keys: [] })) ?? KeySwapCost.fallback!)
    : SWAP_ON_SUBNET_COST;
}

export const walletSwapHotkey: CommandModule<WalletSwapHotkeyResult> = {
  result: walletSwapHotkeyResultSchema,
  async run(ctx, input) {
    const wallet = await selectWallet(ctx, input);
    let newText = optNonEmpty(input, 'newHotkey', '--new-hotkey');
    if (newText === undefined) {
      if (!ctx.prompter.enabled)
        throw new MissingInputError('give the new hotkey with --new-hotkey <hotkey name or ss58>');
      newText = await ctx.prompter.text('New hotkey (a hotkey name of this wallet, or an SS58 address)');
    }
    const netuidText = optNonEmpty(input, 'netuid', '--netuid');
    const netuid = netuidText === undefined ? undefined : parseNetuid(netuidText);
    return withChain(ctx, async ({ client, url, network }) => {
      const sdk = await import('@taonet/sdk');
      const swap: Swap = {
        hotkey: await readHotkeyAddress(input, wallet),
        newHotkey: await resolveHotkeyAddress(wallet, newText),
        coldkey: (await wallet.getColdkeypub()).address,
        netuid,
      };
      if (swap.newHotkey === swap.hotkey) throw new UsageError('the new hotkey is the old one');
      ctx.spinner.start('Checking both hotkeys');
      const cost = await checkSwap(client, swap);
      const signer = await unlockColdkey(ctx, input, wallet);
      ctx.spinner.start('Checking the balance');
      const call = sdk.encodeCall(sdk.swapHotkeyCall, {
        hotkey: sdk.toAccountId(swap.hotkey, 'hotkey'),
        new_hotkey: sdk.toAccountId(swap.newHotkey, 'newHotkey'),
        netuid,
      });
      const fee = await sdk.estimateFee(client, { signer, call });
      await requireBalance(client, swap.coldkey, cost + fee, `the swap (τ${formatTao(cost)} recycled)`);
      await confirmOrCancel(
        ctx,
        `Swap hotkey ${swap.hotkey} to ${swap.newHotkey} on ${netuid === undefined ? 'every subnet' : `subnet ${netuid}`}? τ${formatTao(cost)} is recycled.`,
      );
      const receipt = await withStakeHints(() =>
        sendWithSpinner(ctx, 'Swap hotkey', (onStatus) =>
          sdk.swapHotkey(client, {
            signer,
            hotkey: swap.hotkey,
            newHotkey: swap.newHotkey,
            onStatus,
            ...(netuid === undefined ? {} : { netuid }),
          }),
        ),
      );
      const netuids = await sdk.getHotkeyNetuids(client, { hotkey: swap.newHotkey, at: receipt.blockHash });
      return {
        network: network ?? url,
        coldkey: swap.coldkey,
        hotkey: swap.hotkey,
        newHotkey: swap.newHotkey,
        netuid: netuid ?? null,
        cost: cost.toString(),
        newHotkeyNetuids: netuids,
        tx: toTx(receipt),
      };
    });
  },
  render(result, out) {
    const c = out.color;
    out.line(`${c.green('✔')} hotkey ${result.hotkey} swapped to ${c.cyan(result.newHotkey)}`);
    out.line(
      `  ${result.netuid === null ? 'every subnet' : `subnet ${result.netuid}`}; registered now on: ${result.newHotkeyNetuids.length === 0 ? 'none' : result.newHotkeyNetuids.join(', ')}; τ${formatTao(BigInt(result.cost))} recycled`,
    );
    renderTx(out, result.tx);
  },
};
