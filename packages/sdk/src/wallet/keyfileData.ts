/**
 * The plaintext of a keyfile, as btwallet writes it (`serialized_keypair_to_keyfile_data`): one compact JSON
 * object with the optional string fields accountId, publicKey (both the 0x public key), privateKey (0x, the
 * 64-byte sr25519 secret in schnorrkel's canonical form), secretPhrase (the mnemonic), secretSeed (0x, the
 * 32-byte mini-secret) and ss58Address. Public files (coldkeypub.txt, <hotkey>pub.txt) hold only
 * accountId, publicKey and ss58Address. btwallet's key order is random; taonet writes a fixed order and
 * reads any. A key loads from, in btwallet's order: secretPhrase, secretSeed, privateKey, then the public
 * fields alone (ss58Address, then publicKey or accountId, which btwallet ignores).
 */
import {
  createKeypairFromMnemonic,
  createKeypairFromSecretKey,
  createKeypairFromSeed,
  encodeSs58,
  type Keypair,
  ss58ToAccountId,
} from '@taonet/crypto';
import { type AccountId, fromHex, type Ss58, toHex } from '@taonet/primitives';
import { InvalidKeyfileError } from './walletErrors.js';

export const KEYFILE_FIELDS = [
  'accountId',
  'publicKey',
  'privateKey',
  'secretPhrase',
  'secretSeed',
  'ss58Address',
] as const;

export type KeyfileField = (typeof KEYFILE_FIELDS)[number];

/** The fields of a keyfile; absent means not stored. */
export type KeyfileData = { [K in KeyfileField]?: string };

/** A key read from a keyfile: always the public part, the keypair only when the file holds a secret. */
export interface KeyfileKey {
  address: Ss58;
  publicKey: AccountId;
  keypair?: Keypair;
}

/** The public identity of a key. */
export interface PublicKeyInfo {
  address: Ss58;
  publicKey: AccountId;
}

const encoder = new TextEncoder();

/** The keyfile fields of a keypair; pass the mnemonic it was made from to store it too. */
export function createKeyfileData(keypair: Keypair, opts: { mnemonic?: string } = {}): KeyfileData {
  const secret = keypair.exportSecret();
  const data: KeyfileData = { accountId: keypair.accountId, publicKey: keypair.accountId };
  if (secret.type === 'sr25519') data.privateKey = toHex(secret.secretKey);
  if (opts.mnemonic !== undefined) data.secretPhrase = opts.mnemonic;
  if (secret.seed !== undefined) data.secretSeed = toHex(secret.seed);
  data.ss58Address = keypair.address;
  secret.secretKey.fill(0);
  secret.seed?.fill(0);
  return data;
}

/** The fields of a public-only file (coldkeypub.txt, <hotkey>pub.txt). */
export function createPublicKeyfileData(key: PublicKeyInfo): KeyfileData {
  return { accountId: key.publicKey, publicKey: key.publicKey, ss58Address: key.address };
}

/** The compact JSON bytes of a keyfile, in a fixed field order. */
export function encodeKeyfileData(data: KeyfileData): Uint8Array {
  const ordered: KeyfileData = {};
  for (const field of KEYFILE_FIELDS) {
    const value = data[field];
    if (value !== undefined) ordered[field] = value;
  }
  return encoder.encode(JSON.stringify(ordered));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // The SyntaxError quotes the text, which may hold secrets: never attach it.
    return undefined;
  }
}

/**
 * Parses keyfile plaintext. Throws InvalidKeyfileError (without quoting the content) when it is not a JSON
 * object or a known field is neither a string nor null (null counts as absent, as in btwallet).
 */
export function decodeKeyfileData(bytes: Uint8Array | string): KeyfileData {
  let text: string;
  try {
    text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidKeyfileError('the keyfile is not UTF-8 text (is it encrypted with an unknown format?)');
  }
  const parsed = parseJson(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InvalidKeyfileError('the keyfile is not a JSON object (the file is damaged or not a keyfile)');
  }
  const data: KeyfileData = {};
  for (const field of KEYFILE_FIELDS) {
    const value = (parsed as Record<string, unknown>)[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') {
      throw new InvalidKeyfileError(`the keyfile field ${field} is not a string`, { details: { field } });
    }
    data[field] = value;
  }
  return data;
}

/**
 * The 32 bytes of a secretSeed: 0x hex, or (a btwallet quirk, for a seed whose raw bytes happen to be valid
 * UTF-8) "0x" followed by the raw bytes themselves.
 */
function decodeSecretSeed(text: string): Uint8Array {
  const body = text.startsWith('0x') ? text.slice(2) : text;
  if (/^[0-9a-fA-F]{64}$/.test(body)) return fromHex(body);
  const raw = encoder.encode(body);
  if (raw.length === 32) return raw;
  throw new InvalidKeyfileError('the keyfile field secretSeed is not a 32-byte hex seed', {
    details: { field: 'secretSeed' },
  });
}

function fromSecretField(field: KeyfileField, make: () => Keypair): Keypair {
  try {
    return make();
  } catch {
    // The crypto error may quote words of the phrase: report the field only.
    throw new InvalidKeyfileError(`the keyfile field ${field} does not hold a valid key`, {
      details: { field },
    });
  }
}

function keypairOf(data: KeyfileData): Keypair | undefined {
  const { secretPhrase, secretSeed, privateKey } = data;
  if (secretPhrase !== undefined) {
    return fromSecretField('secretPhrase', () => createKeypairFromMnemonic(secretPhrase));
  }
  if (secretSeed !== undefined) {
    return fromSecretField('secretSeed', () => createKeypairFromSeed(decodeSecretSeed(secretSeed)));
  }
  if (privateKey !== undefined) {
    return fromSecretField('privateKey', () => createKeypairFromSecretKey(privateKey));
  }
  return undefined;
}

/** The public identity stored in the public fields, without touching any secret. */
export function getStoredPublicKey(data: KeyfileData): PublicKeyInfo | undefined {
  const { ss58Address } = data;
  const publicKey = data.publicKey ?? data.accountId;
  try {
    if (ss58Address !== undefined) {
      const hex = ss58ToAccountId(ss58Address);
      return { address: encodeSs58(hex), publicKey: hex };
    }
    if (publicKey !== undefined) {
      const address = encodeSs58(publicKey);
      return { address, publicKey: ss58ToAccountId(address) };
    }
  } catch {
    throw new InvalidKeyfileError('the keyfile holds a malformed ss58Address or publicKey');
  }
  return undefined;
}

/**
 * The key a keyfile holds, in btwallet's order of precedence. Keys with a secret need `initCrypto()`.
 * Throws InvalidKeyfileError when no field gives a key.
 */
export function createKeyFromKeyfileData(data: KeyfileData): KeyfileKey {
  const keypair = keypairOf(data);
  if (keypair !== undefined) return { address: keypair.address, publicKey: keypair.accountId, keypair };
  const stored = getStoredPublicKey(data);
  if (stored === undefined) {
    throw new InvalidKeyfileError(
      'the keyfile has none of secretPhrase, secretSeed, privateKey, ss58Address or publicKey',
    );
  }
  return stored;
}
