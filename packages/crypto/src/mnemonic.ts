/**
 * BIP39 English mnemonics, the Substrate way: the key comes from the phrase's *entropy*
 * (`substrate-bip39`: PBKDF2-HMAC-SHA512(entropy, "mnemonic" + password, 2048)[0..32] = the mini-secret),
 * not from the BIP39 seed. Validation names what is wrong: the word count, the unknown words, the checksum.
 */
import { pbkdf2 } from '@noble/hashes/pbkdf2';
import { sha256, sha512 } from '@noble/hashes/sha2';
import ENGLISH from '@polkadot/util-crypto/mnemonic/wordlists/en';
import { TaonetError } from '@taonet/primitives';
import { loadedWasmCrypto } from './wasmCrypto.js';

export type MnemonicWordCount = 12 | 15 | 18 | 21 | 24;
export const MNEMONIC_WORD_COUNTS: readonly MnemonicWordCount[] = [12, 15, 18, 21, 24];

let wordIndex: Map<string, number> | undefined;

function indexOfWord(word: string): number | undefined {
  wordIndex ??= new Map(ENGLISH.map((w, i) => [w, i]));
  return wordIndex.get(word);
}

function ensureWordCount(count: number): asserts count is MnemonicWordCount {
  if (!MNEMONIC_WORD_COUNTS.includes(count as MnemonicWordCount)) {
    throw new TaonetError('INVALID_MNEMONIC', `a mnemonic has 12, 15, 18, 21 or 24 words, got ${count}`, {
      details: { wordCount: count },
    });
  }
}

/** The words of a phrase: NFKD, lower case, split on any whitespace. */
export function splitMnemonic(phrase: string): string[] {
  const trimmed = phrase.normalize('NFKD').trim().toLowerCase();
  return trimmed === '' ? [] : trimmed.split(/\s+/);
}

function checksumBits(entropy: Uint8Array): number {
  const bits = entropy.length / 4; // ENT / 32
  return (sha256(entropy)[0] ?? 0) >> (8 - bits);
}

/** The phrase of some entropy (16, 20, 24, 28 or 32 bytes). */
export function entropyToMnemonic(entropy: Uint8Array): string {
  if (entropy.length < 16 || entropy.length > 32 || entropy.length % 4 !== 0) {
    throw new TaonetError(
      'INVALID_ENTROPY',
      `BIP39 entropy has 16, 20, 24, 28 or 32 bytes, got ${entropy.length}`,
    );
  }
  let acc = 0n;
  for (const byte of entropy) acc = (acc << 8n) | BigInt(byte);
  const checkBits = entropy.length / 4;
  acc = (acc << BigInt(checkBits)) | BigInt(checksumBits(entropy));
  const count = ((entropy.length * 8 + checkBits) / 11) | 0;
  const words: string[] = new Array(count);
  for (let i = count - 1; i >= 0; i--) {
    words[i] = ENGLISH[Number(acc & 2047n)]!;
    acc >>= 11n;
  }
  return words.join(' ');
}

/** Validates a phrase and returns its entropy; throws INVALID_MNEMONIC saying what is wrong. */
export function mnemonicToEntropy(phrase: string): Uint8Array {
  const words = splitMnemonic(phrase);
  ensureWordCount(words.length);
  const indexes = words.map(indexOfWord);
  const unknown = words.flatMap((word, i) => (indexes[i] === undefined ? [`${i + 1} "${word}"`] : []));
  if (unknown.length > 0) {
    throw new TaonetError(
      'INVALID_MNEMONIC',
      `not in the BIP39 English word list: word ${unknown.join(', word ')}`,
      { details: { unknownWords: unknown } },
    );
  }
  let acc = 0n;
  for (const index of indexes) acc = (acc << 11n) | BigInt(index!);
  const checkBits = words.length / 3;
  const entropy = new Uint8Array(((words.length * 11 - checkBits) / 8) | 0);
  const checksum = Number(acc & ((1n << BigInt(checkBits)) - 1n));
  acc >>= BigInt(checkBits);
  for (let i = entropy.length - 1; i >= 0; i--) {
    entropy[i] = Number(acc & 255n);
    acc >>= 8n;
  }
  if (checksumBits(entropy) !== checksum) {
    throw new TaonetError(
      'INVALID_MNEMONIC',
      'the mnemonic checksum does not match: a word is wrong or the words are out of order',
      { details: { wordCount: words.length } },
    );
  }
  return entropy;
}

/** Throws INVALID_MNEMONIC (naming the problem) unless the phrase is a valid BIP39 English mnemonic. */
export function validateMnemonic(phrase: string): void {
  mnemonicToEntropy(phrase);
}

export function isValidMnemonic(phrase: string): boolean {
  try {
    mnemonicToEntropy(phrase);
    return true;
  } catch {
    return false;
  }
}

/** A new random phrase (12 words unless told), from the platform's secure random source. */
export function generateMnemonic(words: MnemonicWordCount = 12): string {
  ensureWordCount(words);
  return entropyToMnemonic(crypto.getRandomValues(new Uint8Array((words / 3) * 4)));
}

/**
 * The 32-byte mini-secret of a phrase (Substrate's `mini_secret_from_entropy`), the seed both sr25519 and
 * ed25519 keys are made from. `password` is the BIP39 passphrase (`///password` in a secret URI).
 */
export function mnemonicToMiniSecret(phrase: string, password = ''): Uint8Array {
  const entropy = mnemonicToEntropy(phrase);
  const salt = new TextEncoder().encode(`mnemonic${password}`); // substrate-bip39: no normalisation
  // In the WASM once initCrypto() has loaded it (as @polkadot/util-crypto's pbkdf2Encode), else in JavaScript.
  const wasm = loadedWasmCrypto();
  const key = wasm?.isReady()
    ? wasm.pbkdf2(entropy, salt, 2048)
    : pbkdf2(sha512, entropy, salt, { c: 2048, dkLen: 64 });
  return key.slice(0, 32);
}
