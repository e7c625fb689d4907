/** A neuron's hotkey: the keypair given, or one derived from a secret URI (`//Bob`, a mnemonic). */
import { createKeypairFromUri, initCrypto, type Keypair } from '@taonet/crypto';
import { TaonetError } from '@taonet/primitives';

export async function resolveHotkey(opts: { hotkey?: Keypair; hotkeyUri?: string }): Promise<Keypair> {
  if (opts.hotkey !== undefined) return opts.hotkey;
  if (opts.hotkeyUri === undefined) {
    throw new TaonetError('HOTKEY_REQUIRED', 'a hotkey is needed: pass a keypair or a secret URI (//Bob)');
  }
  await initCrypto();
  return createKeypairFromUri(opts.hotkeyUri);
}
