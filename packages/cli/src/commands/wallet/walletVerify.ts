/**
 * `tao wallet verify`: check a signature of a message against an SS58 address or 0x public key
 * (--address), by default the wallet's coldkey (or hotkey with --use-hotkey) read from its public file.
 * Accepts sr25519 and ed25519, over the message or over `<Bytes>message</Bytes>` (browser extensions).
 * An invalid signature is an error (SIGNATURE_INVALID, exit code 1).
 */
import { encodeSs58, initCrypto, signatureVerify } from '@taonet/crypto';
import { InvalidSignatureError, MissingInputError } from '../../errors/cliErrors.js';
import type { CommandContext } from '../../program/commandContext.js';
import type { CommandInput, CommandModule } from '../../program/commandSpec.js';
import { optBoolean, optNonEmpty, optString, selectWallet } from './selectWallet.js';
import { type WalletVerifyResult, walletVerifyResultSchema } from './walletSchemas.js';

async function need(ctx: CommandContext, value: string | undefined, flag: string, question: string) {
  if (value !== undefined) return value;
  if (!ctx.prompter.enabled) throw new MissingInputError(`give ${flag}`);
  return ctx.prompter.text(question);
}

async function readSigner(ctx: CommandContext, input: CommandInput): Promise<string> {
  const given = optNonEmpty(input, 'address', '--address');
  if (given !== undefined) return given.trim();
  const wallet = await selectWallet(ctx, input);
  const pub =
    optBoolean(input, 'useHotkey') === true ? await wallet.getHotkeypub() : await wallet.getColdkeypub();
  return pub.address;
}

export const walletVerify: CommandModule<WalletVerifyResult> = {
  result: walletVerifyResultSchema,
  async run(ctx, input) {
    const message = await need(ctx, optString(input, 'message'), '--message <text>', 'Signed message');
    const signature = (
      await need(
        ctx,
        optNonEmpty(input, 'signature', '--signature'),
        '--signature 0x<hex>',
        'Signature (0x hex)',
      )
    ).trim();
    const signer = await readSigner(ctx, input);
    await initCrypto();
    const check = signatureVerify(message, signature, signer);
    const address = encodeSs58(check.publicKey);
    if (!check.isValid || check.type === null) {
      throw new InvalidSignatureError(`the signature does not match this message and ${address}`, {
        details: { address },
      });
    }
    return { valid: true, address, message, signature, type: check.type, wrapped: check.isWrapped };
  },
  render(result, out) {
    const c = out.color;
    const wrapped = result.wrapped ? ' (over <Bytes>message</Bytes>)' : '';
    out.line(`${c.green('✔')} valid ${result.type} signature by ${c.cyan(result.address)}${wrapped}`);
  },
};
