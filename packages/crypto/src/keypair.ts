/**
 * Keypairs: sr25519 (Bittensor's coldkeys and hotkeys) or ed25519, made from a 32-byte seed, a BIP39
 * mnemonic, a secret URI (`//Alice`, `<mnemonic>//hard/soft///password`, `0x<seed>//hard`) or an exported
 * secret key, with Substrate's exact derivation. The secret stays inside the object; `exportSecret()` hands
 * it out for the keyfile layer. Needs `await initCrypto()` first.
 */
import { type AccountId, fromHex, type Ss58, TaonetError, toHex } from '@taonet/primitives';
import { ed25519SignSeed } from './ed25519.js';
import { ensureCryptoReady } from './initCrypto.js';
import { ensureKeypairType, type KeypairType } from './keypairType.js';
import { createKeySecret, deriveKeySecret, getSecretPublicKey, type KeySecret } from './keySecret.js';
import { type SignableMessage, toMessageBytes } from './messageBytes.js';
import { mnemonicToMiniSecret } from './mnemonic.js';
import { sr25519CanonicalSecret, sr25519PairFromCanonicalSecret, sr25519SignPair } from './sr25519.js';
import { encodeSs58, SS58_PREFIX } from './ss58.js';
import { parseSuri } from './suri.js';
import { verifySignature } from './verifySignature.js';

export interface KeypairOpts {
  /** 'sr25519' unless told. */
  type?: KeypairType;
  /** The SS58 prefix of `address`; 42 unless told. */
  ss58Prefix?: number;
}

export interface KeypairSecret {
  type: KeypairType;
  /**
   * sr25519: 64 bytes, schnorrkel's canonical scalar ‖ nonce (sp_core `to_raw_vec()`, btwallet's
   * `privateKey`). ed25519: the 32-byte seed.
   */
  secretKey: Uint8Array;
  /** The 32-byte mini-secret / seed (btwallet's `secretSeed`) when known; absent after sr25519 derivation. */
  seed?: Uint8Array;
}

export interface Keypair {
  readonly type: KeypairType;
  /** The 32-byte public key (the account id). Do not mutate. */
  readonly publicKey: Uint8Array;
  /** The public key as 0x lowercase hex. */
  readonly accountId: AccountId;
  readonly address: Ss58;
  /** A 64-byte signature of the message (a string is signed as UTF-8). */
  sign(message: SignableMessage): Uint8Array;
  /** Checks one of this key's signatures (no `<Bytes>` wrapper; see `signatureVerify` for that). */
  verify(message: SignableMessage, signature: Uint8Array | string): boolean;
  /** The secret material, for writing a keyfile. Handle with care. */
  exportSecret(): KeypairSecret;
  /** Public fields only, so logging a keypair never prints secrets. */
  toJSON(): { type: KeypairType; address: Ss58; accountId: AccountId };
}

function signWith(secret: KeySecret, publicKey: Uint8Array, message: Uint8Array): Uint8Array {
  return secret.type === 'sr25519'
    ? sr25519SignPair(secret.pair, message)
    : ed25519SignSeed(secret.seed, publicKey, message);
}

function exportKeySecret(secret: KeySecret): KeypairSecret {
  const out: KeypairSecret = {
    type: secret.type,
    secretKey: secret.type === 'sr25519' ? sr25519CanonicalSecret(secret.pair) : secret.seed.slice(),
  };
  if (secret.seed !== undefined) out.seed = secret.seed.slice();
  return out;
}

function createKeypair(secret: KeySecret, opts: KeypairOpts): Keypair {
  const publicKey = getSecretPublicKey(secret);
  const ownKey = publicKey.slice();
  const address = encodeSs58(publicKey, opts.ss58Prefix ?? SS58_PREFIX);
  const accountId = toHex(publicKey) as AccountId;
  const type = secret.type;
  return {
    type,
    publicKey,
    accountId,
    address,
    sign(message) {
      ensureCryptoReady(`${type} sign`);
      return signWith(secret, ownKey, toMessageBytes(message));
    },
    verify: (message, signature) => verifySignature(type, message, signature, ownKey),
    exportSecret: () => exportKeySecret(secret),
    toJSON: () => ({ type, address, accountId }),
  };
}

function toBytes(
  value: Uint8Array | string,
  code: string,
  what: string,
  lengths: readonly number[],
): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = typeof value === 'string' ? fromHex(value) : value.slice();
  } catch (cause) {
    throw new TaonetError(code, `${what} is bytes or 0x hex; the hex given is malformed`, { cause });
  }
  if (!lengths.includes(bytes.length)) {
    throw new TaonetError(code, `${what} has ${lengths.join(' or ')} bytes, got ${bytes.length}`, {
      details: { length: bytes.length },
    });
  }
  return bytes;
}

function typeOf(opts: KeypairOpts): KeypairType {
  const type = opts.type ?? 'sr25519';
  ensureKeypairType(type);
  return type;
}

/** A keypair from a 32-byte seed (the mini-secret; bytes or 0x hex): sp_core `Pair::from_seed`. */
export function createKeypairFromSeed(seed: Uint8Array | string, opts: KeypairOpts = {}): Keypair {
  const bytes = toBytes(seed, 'INVALID_SEED', 'a seed', [32]);
  return createKeypair(createKeySecret(typeOf(opts), bytes), opts);
}

/** A keypair from a BIP39 mnemonic, no derivation: sp_core `Pair::from_phrase(phrase, None)`. */
export function createKeypairFromMnemonic(phrase: string, opts: KeypairOpts = {}): Keypair {
  return createKeypair(createKeySecret(typeOf(opts), mnemonicToMiniSecret(phrase)), opts);
}

/**
 * A keypair from a secret URI: sp_core `Pair::from_string`. A URI without a phrase uses DEV_PHRASE;
 * a `0x` phrase is a 32-byte hex seed (its `///password` is ignored, as in Substrate).
 */
export function createKeypairFromUri(suri: string, opts: KeypairOpts = {}): Keypair {
  const type = typeOf(opts);
  const { phrase, junctions, password } = parseSuri(suri);
  const seed = phrase.startsWith('0x')
    ? toBytes(phrase, 'INVALID_SEED', 'the hex seed of a secret URI', [32])
    : mnemonicToMiniSecret(phrase, password ?? '');
  return createKeypair(deriveKeySecret(createKeySecret(type, seed), junctions), opts);
}

/**
 * A keypair from an exported `secretKey` (see KeypairSecret): sr25519 takes the 64-byte canonical form
 * (btwallet's `privateKey`), ed25519 the 32-byte seed.
 */
export function createKeypairFromSecretKey(secretKey: Uint8Array | string, opts: KeypairOpts = {}): Keypair {
  const type = typeOf(opts);
  const bytes = toBytes(secretKey, 'INVALID_SECRET_KEY', `an ${type} secret key`, [
    type === 'sr25519' ? 64 : 32,
  ]);
  if (type === 'ed25519') return createKeypair(createKeySecret(type, bytes), opts);
  ensureCryptoReady('creating an sr25519 key');
  return createKeypair({ type, pair: sr25519PairFromCanonicalSecret(bytes), seed: undefined }, opts);
}
