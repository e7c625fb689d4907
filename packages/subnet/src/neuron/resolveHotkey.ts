/**
 * A neuron's hotkey for the `run*Miner` / `run*Validator` functions of every subnet: the keypair given, or
 * one derived from a secret URI (`//Bob`, a mnemonic, `<mnemonic>//path`).
 */
import { createKeypairFromUri, initCrypto, type Keypair } from '@taonet/crypto';
import { TaonetError } from '@taonet/primitives';

export interface HotkeySourceOpts {
  hotkey?: Keypair | undefined;
  hotkeyUri?: string | undefined;
}

/** The keypair when given (it wins over the URI), else the URI's; HOTKEY_REQUIRED without either. */
export async function resolveHotkey(opts: HotkeySourceOpts): Promise<Keypair> {
  if (opts.hotkey !== undefined) return opts.hotkey;
  if (opts.hotkeyUri === undefined) {
    throw new TaonetError('HOTKEY_REQUIRED', 'a hotkey is needed: pass a keypair or a secret URI (//Bob)');
  }
  await initCrypto();
  return createKeypairFromUri(opts.hotkeyUri);
}
