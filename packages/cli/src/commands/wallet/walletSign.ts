/**
 * `tao wallet sign`: sign a message (its UTF-8 bytes, as btcli) with the coldkey, or the hotkey with
 * --use-hotkey, to prove ownership. The coldkey's password comes from --password-file, the
 * TAO_WALLET_<WALLET>_PASSWORD[_FILE] variables, btwallet's BT_PW_* variable, or a prompt (three tries).
 */
import { toHex } from '@taonet/primitives';
import type { PasswordOpts, Wallet } from '@taonet/sdk';
import { MissingInputError } from '../../errors/cliErrors.js';
import type { CommandContext } from '../../program/commandContext.js';
import type { CommandInput, CommandModule } from '../../program/commandSpec.js';
import { describeKey } from './keyWriter.js';
import { optBoolean, optNonEmpty, optString, selectWallet, toWalletRef } from './selectWallet.js';
import { type WalletSignResult, walletSignResultSchema } from './walletSchemas.js';

/** Password sources for unlocking a key, the prompt pausing the spinner while it asks. */
export function unlockOpts(ctx: CommandContext, input: CommandInput, what: string): PasswordOpts {
  const passwordFile = optNonEmpty(input, 'passwordFile', '--password-file');
  const { prompter, spinner } = ctx;
  return {
    env: ctx.io.env,
    ...(passwordFile === undefined ? {} : { passwordFile }),
    ...(prompter.enabled
      ? {
          prompt: async (request) => {
            spinner.stop();
            const retry = request.attempt > 1 ? 'Wrong password. ' : '';
            const password = await prompter.password(`${retry}Password of ${what}`);
            spinner.start(`Unlocking ${what}`);
            return password;
          },
        }
      : {}),
  };
}

async function readMessage(ctx: CommandContext, input: CommandInput): Promise<string> {
  const message = optString(input, 'message');
  if (message !== undefined) return message;
  if (!ctx.prompter.enabled) throw new MissingInputError('give the message to sign with --message <text>');
  return ctx.prompter.text('Message to sign');
}

async function unlock(ctx: CommandContext, input: CommandInput, wallet: Wallet, useHotkey: boolean) {
  const what = describeKey(wallet, useHotkey ? 'hotkey' : 'coldkey');
  const opts = unlockOpts(ctx, input, what);
  ctx.spinner.start(`Unlocking ${what}`);
  try {
    return useHotkey ? await wallet.unlockHotkey(opts) : await wallet.unlockColdkey(opts);
  } finally {
    ctx.spinner.stop();
  }
}

export const walletSign: CommandModule<WalletSignResult> = {
  result: walletSignResultSchema,
  async run(ctx, input) {
    const wallet = await selectWallet(ctx, input);
    const useHotkey = optBoolean(input, 'useHotkey') === true;
    const message = await readMessage(ctx, input);
    const keypair = await unlock(ctx, input, wallet, useHotkey);
    return {
      wallet: toWalletRef(wallet),
      key: useHotkey ? 'hotkey' : 'coldkey',
      address: keypair.address,
      message,
      signature: toHex(keypair.sign(message)),
    };
  },
  render(result, out) {
    const c = out.color;
    out.line(`${c.green('✔')} signed by the ${result.key} ${c.cyan(result.address)}`);
    out.line(`signature: ${c.bold(result.signature)}`);
  },
};
