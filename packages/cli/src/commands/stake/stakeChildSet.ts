/**
 * `tao stake child-set` (btcli `stake child set`): a parent hotkey's children on a subnet, each with a
 * share of the parent's stake weight (`set_children`; they apply after the cooldown), or none with
 * --revoke. `tao stake child-take` shows or sets the hotkey's childkey take (`set_childkey_take`).
 * Both are signed by the hotkey's owner coldkey, checked first.
 */
import { withChain } from '../../chain/chainSession.js';
import { readNetuid, requireSubnet } from '../../chain/netuidInput.js';
import { confirmOrCancel, sendWithSpinner, unlockColdkey } from '../../chain/runTransaction.js';
import { formatPercent } from '../../chain/taoAmount.js';
import { ChainCheckError, MissingInputError, UsageError } from '../../errors/cliErrors.js';
import type { CommandInput, CommandModule } from '../../program/commandSpec.js';
import { optBoolean, optNonEmpty, selectWallet } from '../wallet/selectWallet.js';
import { fromU16, parseFraction } from './fractionInput.js';
import { readHotkeyAddress, requireOwnedHotkey, withStakeHints } from './stakeChecks.js';
import { toKin } from './stakeChildGet.js';
import { renderTx, shortAddress, toTx } from './stakeResults.js';
import {
  type StakeChildSetResult,
  type StakeChildTakeResult,
  stakeChildSetResultSchema,
  stakeChildTakeResultSchema,
} from './stakeSchemas.js';

const MAX_CHILDREN = 5;

function list(input: CommandInput, key: string): string[] {
  const value = input.opts[key];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value])
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** The children and their shares from --children/--proportions (or none with --revoke). */
export function readChildren(input: CommandInput, parent: string): { hotkey: string; proportion: number }[] {
  if (optBoolean(input, 'revoke') === true) {
    if (input.opts.children !== undefined) throw new UsageError('give --children or --revoke, not both');
    return [];
  }
  const children = list(input, 'children');
  const proportions = list(input, 'proportions').map((p) => parseFraction(p, '--proportions'));
  if (children.length === 0)
    throw new MissingInputError(
      'give the children with --children <ss58...> and their --proportions (or --revoke)',
    );
  if (children.length > MAX_CHILDREN)
    throw new UsageError(`at most ${MAX_CHILDREN} children, got ${children.length}`);
  if (proportions.length !== children.length) {
    throw new UsageError(
      `give one --proportions value per child (${children.length} children, ${proportions.length} proportions)`,
    );
  }
  if (new Set(children).size !== children.length) throw new UsageError('a child is listed twice');
  if (children.includes(parent)) throw new UsageError('a hotkey cannot be its own child');
  const sum = proportions.reduce((a, b) => a + b, 0);
  if (sum > 1 + 1e-9) throw new UsageError(`the proportions add up to ${sum}, more than 1`);
  return children.map((hotkey, i) => ({ hotkey, proportion: proportions[i]! }));
}

export const stakeChildSet: CommandModule<StakeChildSetResult> = {
  result: stakeChildSetResultSchema,
  async run(ctx, input) {
    const netuid = await readNetuid(ctx, input);
    if (netuid === 0) throw new UsageError('children cannot be set on the root subnet (netuid 0)');
    const wallet = await selectWallet(ctx, input);
    return withChain(ctx, async ({ client, url, network }) => {
      const sdk = await import('@taonet/sdk');
      const hotkey = await readHotkeyAddress(input, wallet);
      const children = readChildren(input, hotkey);
      for (const child of children) sdk.toAccountId(child.hotkey, 'hotkey');
      const coldkey = (await wallet.getColdkeypub()).address;
      ctx.spinner.start('Checking the subnet and the parent hotkey');
      await requireSubnet(client, netuid);
      await requireOwnedHotkey(client, hotkey, coldkey);
      const what = children.map((c) => `${shortAddress(c.hotkey)} ${formatPercent(c.proportion)}`).join(', ');
      await confirmOrCancel(
        ctx,
        `Set the children of ${shortAddress(hotkey)} on subnet ${netuid} to ${children.length === 0 ? 'none' : what}?`,
      );
      const signer = await unlockColdkey(ctx, input, wallet);
      const receipt = await withStakeHints(() =>
        sendWithSpinner(ctx, 'Set children', (onStatus) =>
          sdk.setChildren(client, { signer, hotkey, netuid, children, onStatus }),
        ),
      );
      const at = receipt.blockHash;
      const pending = await sdk.getPendingChildren(client, { hotkey, netuid, at });
      const applied = await sdk.getChildren(client, { hotkey, netuid, at });
      return {
        network: network ?? url,
        netuid,
        hotkey,
        children: toKin(pending?.children ?? applied),
        cooldownBlock: pending === undefined ? null : pending.cooldownBlock.toString(),
        tx: toTx(receipt),
      };
    });
  },
  render(result, out) {
    const c = out.color;
    const when =
      result.cooldownBlock === null ? 'applied' : `scheduled, applying after block ${result.cooldownBlock}`;
    out.line(`${c.green('✔')} children of ${c.cyan(result.hotkey)} on subnet ${result.netuid} ${when}`);
    for (const child of result.children) out.line(`  ${child.hotkey}  ${formatPercent(child.proportion)}`);
    renderTx(out, result.tx);
  },
};

export const stakeChildTake: CommandModule<StakeChildTakeResult> = {
  result: stakeChildTakeResultSchema,
  async run(ctx, input) {
    const netuid = await readNetuid(ctx, input);
    const takeText = optNonEmpty(input, 'take', '--take');
    const take = takeText === undefined ? undefined : parseFraction(takeText, '--take');
    const wallet = await selectWallet(ctx, input);
    return withChain(ctx, async ({ client, url, network }) => {
      const sdk = await import('@taonet/sdk');
      const hotkey = await readHotkeyAddress(input, wallet);
      ctx.spinner.start('Reading the childkey take');
      await requireSubnet(client, netuid);
      const before = fromU16(await sdk.getChildkeyTake(client, { hotkey, netuid }));
      const base = { network: network ?? url, netuid, hotkey, takeBefore: before };
      if (take === undefined) return { ...base, take: before, tx: null };
      const coldkey = (await wallet.getColdkeypub()).address;
      await requireOwnedHotkey(client, hotkey, coldkey);
      const max = fromU16((await sdk.getTakeBounds(client)).maxChildkeyTake);
      if (take > max) {
        throw new ChainCheckError(
          'TAKE_OUT_OF_RANGE',
          `a childkey take of ${formatPercent(take)} is above the chain's maximum of ${formatPercent(max)}`,
          `use --take ${max.toFixed(4)} or less`,
          { details: {} },
        );
      }
      await confirmOrCancel(
        ctx,
        `Set the childkey take of ${shortAddress(hotkey)} on subnet ${netuid} from ${formatPercent(before)} to ${formatPercent(take)}?`,
      );
      const signer = await unlockColdkey(ctx, input, wallet);
      const receipt = await withStakeHints(() =>
        sendWithSpinner(ctx, 'Set childkey take', (onStatus) =>
          sdk.setChildkeyTake(client, { signer, hotkey, netuid, take, onStatus }),
        ),
      );
      const after = fromU16(await sdk.getChildkeyTake(client, { hotkey, netuid, at: receipt.blockHash }));
      return { ...base, take: after, tx: toTx(receipt) };
    });
  },
  render(result, out) {
    if (result.tx === null) {
      out.line(`childkey take of ${result.hotkey} on subnet ${result.netuid}: ${formatPercent(result.take)}`);
      return;
    }
    out.line(
      `${out.color.green('✔')} childkey take ${formatPercent(result.takeBefore)} → ${formatPercent(result.take)}`,
    );
    renderTx(out, result.tx);
  },
};
