/**
 * What a key can be regenerated from (btcli `regen-coldkey` / `regen-hotkey`): a mnemonic, a 32-byte seed,
 * a polkadot-js JSON export with its password, a 64-byte private key (btwallet's `privateKey`), or a secret
 * URI (`//Alice`, `<mnemonic>//hard/soft`) for development keys.
 */
import {
  createKeypairFromMnemonic,
  createKeypairFromSecretKey,
  createKeypairFromSeed,
  createKeypairFromUri,
  initCrypto,
  type Keypair,
  splitMnemonic,
} from '@taonet/crypto';
import { toHex } from '@taonet/primitives';
import { decodePolkadotJson, type PolkadotJson } from './polkadotJson.js';
import { InvalidKeyfileError } from './walletErrors.js';

export type KeySource =
  | { mnemonic: string }
  | { seed: string | Uint8Array }
  | { json: string | PolkadotJson; password: string }
  | { privateKey: string | Uint8Array }
  | { uri: string };

export interface SourcedKeypair {
  keypair: Keypair;
  /** Set when the source was a mnemonic: it is stored in the keyfile as secretPhrase. */
  mnemonic?: string;
}

async function fromJson(json: string | PolkadotJson, password: string): Promise<Keypair> {
  const { secretKey, publicKey } = await decodePolkadotJson(json, password);
  try {
    const keypair = createKeypairFromSecretKey(secretKey);
    if (keypair.accountId !== toHex(publicKey)) {
      throw new InvalidKeyfileError(
        'the polkadot-js export holds a secret that does not match its public key',
      );
    }
    return keypair;
  } finally {
    secretKey.fill(0);
  }
}

/** The keypair (sr25519) a source describes. Invalid input throws the @taonet/crypto error naming it. */
export async function createKeypairFromSource(source: KeySource): Promise<SourcedKeypair> {
  await initCrypto();
  if ('mnemonic' in source) {
    // Stored normalised (lower case, single spaces), the form btwallet's BIP39 parser accepts.
    const mnemonic = splitMnemonic(source.mnemonic).join(' ');
    return { keypair: createKeypairFromMnemonic(mnemonic), mnemonic };
  }
  if ('seed' in source) return { keypair: createKeypairFromSeed(source.seed) };
  if ('json' in source) return { keypair: await fromJson(source.json, source.password) };
  if ('privateKey' in source) return { keypair: createKeypairFromSecretKey(source.privateKey) };
  return { keypair: createKeypairFromUri(source.uri) };
}
