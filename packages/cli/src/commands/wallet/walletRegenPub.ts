/**
 * `tao wallet regen-coldkeypub` and `tao wallet regen-hotkeypub`: write a public file (coldkeypub.txt,
 * <hotkey>pub.txt) from --ss58 <address> or --public-key <0x hex>, e.g. for a watch-only machine that
 * must never hold the secret key. No password, no secret.
 */
import type { KeyKind, Wallet } from '@taonet/sdk';
import { MissingInputError, UsageError } from '../../errors/cliErrors.js';
import type { CommandContext } from '../../program/commandContext.js';
import type { CommandInput, CommandModule } from '../../program/commandSpec.js';
import { confirmOverwrite, describeKey } from './keyWriter.js';
import { renderPublicFile } from './renderWrittenKeys.js';
import { optBoolean, optNonEmpty, selectWallet, toWalletRef } from './selectWallet.js';
import {
  type ColdkeypubResult,
  coldkeypubResultSchema,
  type HotkeypubResult,
  hotkeypubResultSchema,
  type PublicFile,
} from './walletSchemas.js';

async function readAddress(ctx: CommandContext, input: CommandInput, what: string): Promise<string> {
  const ss58 = optNonEmpty(input, 'ss58', '--ss58');
  const publicKey = optNonEmpty(input, 'publicKey', '--public-key');
  if (ss58 !== undefined && publicKey !== undefined)
    throw new UsageError('give --ss58 or --public-key, not both');
  const given = ss58 ?? publicKey;
  if (given !== undefined) return given;
  if (!ctx.prompter.enabled) {
    throw new MissingInputError(`give the address of ${what}: --ss58 <address> or --public-key 0x<hex>`);
  }
  return ctx.prompter.text(`SS58 address or 0x public key of ${what}`, {
    validate: (v) => (v.trim() === '' ? 'an address starting with 5, or 0x and 64 hex digits' : undefined),
  });
}

async function regeneratePub(
  ctx: CommandContext,
  input: CommandInput,
  wallet: Wallet,
  kind: KeyKind,
): Promise<PublicFile> {
  const address = await readAddress(ctx, input, describeKey(wallet, kind));
  const file = kind === 'coldkey' ? 'coldkeypub' : 'hotkeypub';
  const overwrite = await confirmOverwrite(ctx, wallet, [file], optBoolean(input, 'overwrite') === true);
  const pub =
    kind === 'coldkey'
      ? await wallet.regenerateColdkeypub(address, { overwrite })
      : await wallet.regenerateHotkeypub(address, { overwrite });
  return { address: pub.address, publicKey: pub.publicKey, path: wallet.paths[file] };
}

export const walletRegenColdkeypub: CommandModule<ColdkeypubResult> = {
  result: coldkeypubResultSchema,
  async run(ctx, input) {
    const wallet = await selectWallet(ctx, input);
    return { wallet: toWalletRef(wallet), coldkeypub: await regeneratePub(ctx, input, wallet, 'coldkey') };
  },
  render(result, out) {
    renderPublicFile(out, result.wallet, 'coldkeypub.txt', result.coldkeypub);
  },
};

export const walletRegenHotkeypub: CommandModule<HotkeypubResult> = {
  result: hotkeypubResultSchema,
  async run(ctx, input) {
    const wallet = await selectWallet(ctx, input);
    return { wallet: toWalletRef(wallet), hotkeypub: await regeneratePub(ctx, input, wallet, 'hotkey') };
  },
  render(result, out) {
    renderPublicFile(out, result.wallet, `public file of hotkey ${result.wallet.hotkey}`, result.hotkeypub);
  },
};
