/**
 * `tao wallet regen-coldkey` and `tao wallet regen-hotkey`: restore a key from --mnemonic, --seed or
 * --json <polkadot-js export> (asked at a terminal when none is given: masked). The source is checked
 * before anything is asked or written; the key file is then written like a new one (the coldkey
 * encrypted unless --no-use-password, a hotkey only with --use-password), with its public file.
 */
import { readFile } from 'node:fs/promises';
import {
  createKeypairFromSource,
  type KeyKind,
  type KeySource,
  readPasswordFile,
  type Wallet,
} from '@taonet/sdk';
import { MissingInputError, UsageError } from '../../errors/cliErrors.js';
import type { CommandContext } from '../../program/commandContext.js';
import type { CommandInput, CommandModule } from '../../program/commandSpec.js';
import { confirmOverwrite, describeKey, getNewKeyPassword, keyFiles, toWrittenKey } from './keyWriter.js';
import { readNewKeyInput } from './newKeyInput.js';
import { parseMnemonicInput } from './parseMnemonicInput.js';
import { renderWrittenKeys } from './renderWrittenKeys.js';
import { optNonEmpty, optString, selectWallet, toWalletRef } from './selectWallet.js';
import {
  type ColdkeyResult,
  coldkeyResultSchema,
  type HotkeyResult,
  hotkeyResultSchema,
} from './walletSchemas.js';

async function readJsonExportPassword(ctx: CommandContext, input: CommandInput): Promise<string> {
  const file = optNonEmpty(input, 'jsonPasswordFile', '--json-password-file');
  if (file !== undefined) return readPasswordFile(file);
  const given = optString(input, 'jsonPassword');
  if (given !== undefined) {
    ctx.log.warn(
      '--json-password is visible to other users (ps) and in shell history: prefer --json-password-file',
    );
    return given;
  }
  if (ctx.prompter.enabled) return ctx.prompter.password('Password of the polkadot-js export');
  throw new MissingInputError('the polkadot-js export needs its password: give --json-password-file <file>');
}

async function readJsonExport(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError(`cannot read the --json file ${path} (${reason})`, { details: { path, reason } });
  }
}

/** What to restore from: exactly one of --mnemonic, --seed, --json <file>, else asked at a terminal. */
export async function readKeySource(
  ctx: CommandContext,
  input: CommandInput,
  what: string,
): Promise<KeySource> {
  const mnemonic = optNonEmpty(input, 'mnemonic', '--mnemonic');
  const seed = optNonEmpty(input, 'seed', '--seed');
  const jsonFile = typeof input.opts.json === 'string' ? input.opts.json : undefined;
  const count = [mnemonic, seed, jsonFile].filter((v) => v !== undefined).length;
  if (count > 1) throw new UsageError('give only one of --mnemonic, --seed and --json <file>');
  if (mnemonic !== undefined) return { mnemonic: parseMnemonicInput(mnemonic) };
  if (seed !== undefined) return { seed: seed.trim() };
  if (jsonFile !== undefined) {
    const json = await readJsonExport(jsonFile);
    return { json, password: await readJsonExportPassword(ctx, input) };
  }
  if (!ctx.prompter.enabled) {
    throw new MissingInputError(
      `give the key to restore as ${what}: --mnemonic "<words>", --seed 0x<hex> or --json <file>`,
    );
  }
  const answer = await ctx.prompter.password(`Mnemonic (or 0x seed) of ${what}`, {
    validate: (v) => (v.trim() === '' ? 'type the words, separated by spaces' : undefined),
  });
  return answer.trim().startsWith('0x') ? { seed: answer.trim() } : { mnemonic: parseMnemonicInput(answer) };
}

async function regenerate(ctx: CommandContext, input: CommandInput, wallet: Wallet, kind: KeyKind) {
  const what = describeKey(wallet, kind);
  const source = await readKeySource(ctx, input, what);
  const { keypair } = await createKeypairFromSource(source);
  const opts = readNewKeyInput(input, kind === 'coldkey');
  const overwrite = await confirmOverwrite(ctx, wallet, keyFiles(kind), opts.overwrite);
  const password = opts.usePassword
    ? await getNewKeyPassword(ctx, wallet, kind, opts.passwordFile)
    : undefined;
  const write = {
    usePassword: opts.usePassword,
    overwrite,
    useEnv: false,
    ...(password === undefined ? {} : { password }),
  };
  if (opts.usePassword) ctx.spinner.start(`Encrypting ${what} (argon2i, 512 MiB: a few seconds)`);
  try {
    if (kind === 'coldkey') await wallet.regenerateColdkey(source, write);
    else await wallet.regenerateHotkey(source, write);
  } finally {
    ctx.spinner.stop();
  }
  const material = { address: keypair.address, publicKey: keypair.accountId, mnemonic: null };
  return toWrittenKey(wallet, kind, material, opts.usePassword);
}

export const walletRegenColdkey: CommandModule<ColdkeyResult> = {
  result: coldkeyResultSchema,
  async run(ctx, input) {
    const wallet = await selectWallet(ctx, input);
    return { wallet: toWalletRef(wallet), coldkey: await regenerate(ctx, input, wallet, 'coldkey') };
  },
  render(result, out) {
    renderWrittenKeys(out, result.wallet, [result.coldkey]);
  },
};

export const walletRegenHotkey: CommandModule<HotkeyResult> = {
  result: hotkeyResultSchema,
  async run(ctx, input) {
    const wallet = await selectWallet(ctx, input);
    return { wallet: toWalletRef(wallet), hotkey: await regenerate(ctx, input, wallet, 'hotkey') };
  },
  render(result, out) {
    renderWrittenKeys(out, result.wallet, [result.hotkey]);
  },
};
