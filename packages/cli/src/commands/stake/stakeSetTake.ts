/**
 * `tao stake set-take --take <fraction>`: a delegate hotkey's take (its share of what its nominators
 * earn). Sends `decrease_take` or `increase_take` as the current take requires; checks the owner and the
 * chain's bounds first. Raising is rate limited on chain (a decoded error with a hint).
 */
import { withChain } from '../../chain/chainSession.js';
import { confirmOrCancel, sendWithSpinner, unlockColdkey } from '../../chain/runTransaction.js';
import { formatPercent } from '../../chain/taoAmount.js';
import { ChainCheckError, MissingInputError, UsageError } from '../../errors/cliErrors.js';
import type { CommandModule } from '../../program/commandSpec.js';
import { optNonEmpty, selectWallet } from '../wallet/selectWallet.js';
import { fromU16, parseFraction } from './fractionInput.js';
import { readHotkeyAddress, requireOwnedHotkey, withStakeHints } from './stakeChecks.js';
import { renderTx, shortAddress, toTx } from './stakeResults.js';
import { type StakeSetTakeResult, stakeSetTakeResultSchema } from './stakeSchemas.js';

export const stakeSetTake: CommandModule<StakeSetTakeResult> = {
  result: stakeSetTakeResultSchema,
  async run(ctx, input) {
    let takeText = optNonEmpty(input, 'take', '--take');
    if (takeText === undefined) {
      if (!ctx.prompter.enabled)
        throw new MissingInputError('give the new take with --take <fraction>, e.g. 0.1');
      takeText = await ctx.prompter.text('New take (fraction, e.g. 0.1)');
    }
    const take = parseFraction(takeText, '--take');
    const wallet = await selectWallet(ctx, input);
    return withChain(ctx, async ({ client, url, network }) => {
      const sdk = await import('@taonet/sdk');
      const hotkey = await readHotkeyAddress(input, wallet);
      const coldkey = (await wallet.getColdkeypub()).address;
      ctx.spinner.start('Checking the hotkey and the take bounds');
      await requireOwnedHotkey(client, hotkey, coldkey);
      const [currentU16, bounds] = await Promise.all([
        sdk.getDelegateTake(client, { hotkey }),
        sdk.getTakeBounds(client),
      ]);
      const takeU16 = sdk.toU16Fraction(take);
      const [min, max] = [fromU16(bounds.minDelegateTake), fromU16(bounds.maxDelegateTake)];
      if (takeU16 < bounds.minDelegateTake || takeU16 > bounds.maxDelegateTake) {
        throw new ChainCheckError(
          'TAKE_OUT_OF_RANGE',
          `a take of ${formatPercent(take)} is outside the chain's bounds ${formatPercent(min)}..${formatPercent(max)}`,
          `use a --take between ${min.toFixed(4)} and ${max.toFixed(4)}`,
          { details: {} },
        );
      }
      if (takeU16 === currentU16)
        throw new UsageError(`the take of ${hotkey} is already ${formatPercent(take)}`);
      const call = takeU16 > currentU16 ? 'increase_take' : 'decrease_take';
      await confirmOrCancel(
        ctx,
        `${call}: ${shortAddress(hotkey)} from ${formatPercent(fromU16(currentU16))} to ${formatPercent(take)}?`,
      );
      const signer = await unlockColdkey(ctx, input, wallet);
      const receipt = await withStakeHints(() =>
        sendWithSpinner(ctx, 'Set take', (onStatus) =>
          sdk.setDelegateTake(client, { signer, hotkey, take, onStatus }),
        ),
      );
      const after = await sdk.getDelegateTake(client, { hotkey, at: receipt.blockHash });
      return {
        network: network ?? url,
        hotkey,
        takeBefore: fromU16(currentU16),
        take: fromU16(after),
        call,
        tx: toTx(receipt),
      };
    });
  },
  render(result, out) {
    out.line(
      `${out.color.green('✔')} take of ${out.color.cyan(result.hotkey)} ${formatPercent(result.takeBefore)} → ${out.color.bold(formatPercent(result.take))} (${result.call})`,
    );
    renderTx(out, result.tx);
  },
};
