/**
 * Secret URIs, Substrate's `SecretUri`: `<phrase or 0x seed>[//hard|/soft]...[///password]`.
 * A missing phrase means the well-known development phrase, so `//Alice` is Alice's dev key.
 */
import { TaonetError } from '@taonet/primitives';
import { type DeriveJunction, parseDerivePath } from './deriveJunction.js';

/** Substrate's `DEV_PHRASE`. Never hold value on its keys. */
export const DEV_PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';

export interface Suri {
  /** The mnemonic or `0x` hex seed (DEV_PHRASE when the URI starts with a path). */
  phrase: string;
  /** The path as written, e.g. `//bittensor/0`. */
  derivePath: string;
  junctions: DeriveJunction[];
  /** The `///password` part, if any (the BIP39 passphrase of a mnemonic; ignored for a hex seed). */
  password?: string;
}

// sp_core::crypto::SECRET_PHRASE_REGEX
const SECRET_URI = /^([a-zA-Z0-9 ]+)?((?:\/\/?[^/]+)*)(?:\/\/\/(.*))?$/;

/**
 * Splits a secret URI. Unlike Substrate, an empty URI is an error rather than the dev key, so that a
 * missing value can never silently become a publicly known account.
 */
export function parseSuri(suri: string): Suri {
  if (suri === '') throw new TaonetError('INVALID_SURI', 'the secret URI is empty');
  const match = SECRET_URI.exec(suri);
  if (match === null) {
    throw new TaonetError(
      'INVALID_SURI',
      'not a secret URI: expected <mnemonic or 0x seed>[//hard][/soft]...[///password] (e.g. //Alice)',
      { details: { length: suri.length } },
    );
  }
  const [, phrase, derivePath = '', password] = match;
  const parsed: Suri = {
    phrase: phrase ?? DEV_PHRASE,
    derivePath,
    junctions: parseDerivePath(derivePath),
  };
  if (password !== undefined) parsed.password = password;
  return parsed;
}
