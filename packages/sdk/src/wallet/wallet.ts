/**
 * A wallet: a name, a hotkey name and the wallets directory, as btwallet's `Wallet(name, hotkey, path)`,
 * with the same files (see walletPaths.ts) so that btcli and taonet open each other's wallets. The object
 * holds no secret: `unlock*` returns a keypair and keeps nothing. Nothing is overwritten unless
 * `overwrite: true`; files are written atomically with mode 0600 in directories created 0700.
 */
import {
  createKeypairFromMnemonic,
  encodeSs58,
  generateMnemonic,
  initCrypto,
  type Keypair,
  type MnemonicWordCount,
  ss58ToAccountId,
} from '@taonet/crypto';
import type { Ss58 } from '@taonet/primitives';
import {
  describeKeyfile,
  getKeyfileInfo,
  type KeyfileInfo,
  type KeyfileRef,
  readPublicKey,
  saveKeyfile,
  unlockKeyfile,
  unlockKeyfileData,
} from './keyfile.js';
import {
  createKeyfileData,
  createPublicKeyfileData,
  encodeKeyfileData,
  type PublicKeyInfo,
} from './keyfileData.js';
import { createKeypairFromSource, type KeySource } from './keySource.js';
import type { KeyKind, PasswordOpts } from './passwordSource.js';
import { InvalidKeyfileError, KeyfileNotFoundError } from './walletErrors.js';
import {
  DEFAULT_HOTKEY_NAME,
  DEFAULT_WALLET_NAME,
  DEFAULT_WALLET_PATH,
  getWalletPaths,
  type WalletPaths,
} from './walletPaths.js';
import { existsError, writeFileAtomic } from './writeFileAtomic.js';

export interface WalletOpts {
  /** Default `default`. */
  name?: string;
  /** Default `default`. */
  hotkey?: string;
  /** The wallets directory; default `~/.bittensor/wallets`. */
  path?: string;
}

export interface WriteKeyOpts extends PasswordOpts {
  /** Encrypt the keyfile ($NACL); default true for a coldkey, false for a hotkey (as btcli). */
  usePassword?: boolean;
  /** Replace existing files (default false: KeyfileExistsError before anything is written). */
  overwrite?: boolean;
}

export interface CreateKeyOpts extends WriteKeyOpts {
  /** Mnemonic length: 12 (default), 15, 18, 21 or 24 words. */
  words?: MnemonicWordCount;
}

/** A new key. `mnemonic` is readable but not enumerable: logging or JSON-printing this never shows it. */
export interface CreatedKey {
  keypair: Keypair;
  address: Ss58;
  readonly mnemonic: string;
}

/** Files of a wallet, for `getKeyfileInfo`. */
export type WalletFileKind = 'coldkey' | 'coldkeypub' | 'hotkey' | 'hotkeypub';

async function ensureAbsent(paths: readonly string[], overwrite: boolean | undefined): Promise<void> {
  if (overwrite === true) return;
  for (const path of paths) if ((await getKeyfileInfo(path)).exists) throw existsError(path);
}

function createdKey(keypair: Keypair, mnemonic: string): CreatedKey {
  const created = { keypair, address: keypair.address } as CreatedKey;
  Object.defineProperty(created, 'mnemonic', { value: mnemonic, enumerable: false });
  return created;
}

/** An SS58 address (any prefix; re-encoded with 42) or a 0x public key, validated. */
function toPublicKey(addressOrPublicKey: string): PublicKeyInfo {
  const text = addressOrPublicKey.trim();
  const address = encodeSs58(text.startsWith('0x') ? text : ss58ToAccountId(text));
  return { address, publicKey: ss58ToAccountId(address) };
}

function encodePublicFile(pub: PublicKeyInfo): Uint8Array {
  return encodeKeyfileData(createPublicKeyfileData(pub));
}

export class Wallet {
  readonly name: string;
  readonly hotkey: string;
  /** The wallets directory as given (`~` allowed); `paths.root` is its absolute form. */
  readonly path: string;
  readonly paths: WalletPaths;

  constructor(opts: WalletOpts = {}) {
    this.name = opts.name ?? DEFAULT_WALLET_NAME;
    this.hotkey = opts.hotkey ?? DEFAULT_HOTKEY_NAME;
    this.path = opts.path ?? DEFAULT_WALLET_PATH;
    this.paths = getWalletPaths(this.path, this.name, this.hotkey);
  }

  /** The same wallet with another hotkey selected. */
  withHotkey(hotkey: string): Wallet {
    return new Wallet({ name: this.name, hotkey, path: this.path });
  }

  private ref(key: KeyKind): KeyfileRef {
    return key === 'coldkey'
      ? { wallet: this.name, key, path: this.paths.coldkey }
      : { wallet: this.name, key, hotkey: this.hotkey, path: this.paths.hotkey };
  }

  private pubPath(key: KeyKind): string {
    return key === 'coldkey' ? this.paths.coldkeypub : this.paths.hotkeypub;
  }

  /** Writes a key and its public file; checks first that neither exists (unless overwrite). */
  private async writeKey(key: KeyKind, keypair: Keypair, mnemonic: string | undefined, opts: WriteKeyOpts) {
    const ref = this.ref(key);
    await ensureAbsent([ref.path, this.pubPath(key)], opts.overwrite);
    const data = createKeyfileData(keypair, mnemonic === undefined ? {} : { mnemonic });
    const encrypt = opts.usePassword ?? key === 'coldkey';
    await saveKeyfile(ref, data, { ...opts, encrypt });
    const pub = encodePublicFile({ address: keypair.address, publicKey: keypair.accountId });
    await writeFileAtomic(this.pubPath(key), pub, { overwrite: opts.overwrite === true });
  }

  private async createKey(key: KeyKind, opts: CreateKeyOpts): Promise<CreatedKey> {
    await initCrypto();
    const mnemonic = generateMnemonic(opts.words ?? 12);
    const keypair = createKeypairFromMnemonic(mnemonic);
    await this.writeKey(key, keypair, mnemonic, opts);
    return createdKey(keypair, mnemonic);
  }

  /** A new coldkey from a new mnemonic; writes coldkey (encrypted unless usePassword: false) and coldkeypub.txt. */
  createColdkey(opts: CreateKeyOpts = {}): Promise<CreatedKey> {
    return this.createKey('coldkey', opts);
  }

  /** A new hotkey from a new mnemonic; writes hotkeys/<hotkey> (plaintext unless usePassword) and <hotkey>pub.txt. */
  createHotkey(opts: CreateKeyOpts = {}): Promise<CreatedKey> {
    return this.createKey('hotkey', opts);
  }

  private async regenerate(key: KeyKind, source: KeySource, opts: WriteKeyOpts): Promise<Keypair> {
    const { keypair, mnemonic } = await createKeypairFromSource(source);
    await this.writeKey(key, keypair, mnemonic, opts);
    return keypair;
  }

  /** Restores the coldkey (and coldkeypub.txt) from a mnemonic, seed, polkadot-js JSON, private key or URI. */
  regenerateColdkey(source: KeySource, opts: WriteKeyOpts = {}): Promise<Keypair> {
    return this.regenerate('coldkey', source, opts);
  }

  /** Restores the selected hotkey (and its pub.txt). */
  regenerateHotkey(source: KeySource, opts: WriteKeyOpts = {}): Promise<Keypair> {
    return this.regenerate('hotkey', source, opts);
  }

  private async regeneratePub(key: KeyKind, addressOrPublicKey: string, overwrite?: boolean) {
    const pub = toPublicKey(addressOrPublicKey);
    await writeFileAtomic(this.pubPath(key), encodePublicFile(pub), { overwrite: overwrite === true });
    return pub;
  }

  /** Writes coldkeypub.txt from an SS58 address or 0x public key (a watch-only wallet). */
  regenerateColdkeypub(
    addressOrPublicKey: string,
    opts: { overwrite?: boolean } = {},
  ): Promise<PublicKeyInfo> {
    return this.regeneratePub('coldkey', addressOrPublicKey, opts.overwrite);
  }

  /** Writes <hotkey>pub.txt from an SS58 address or 0x public key. */
  regenerateHotkeypub(
    addressOrPublicKey: string,
    opts: { overwrite?: boolean } = {},
  ): Promise<PublicKeyInfo> {
    return this.regeneratePub('hotkey', addressOrPublicKey, opts.overwrite);
  }

  private async getPub(key: KeyKind): Promise<PublicKeyInfo> {
    const ref = this.ref(key);
    const what = describeKeyfile(ref);
    if ((await getKeyfileInfo(this.pubPath(key))).exists) {
      const pub = await readPublicKey(this.pubPath(key), `the public file of ${what}`);
      if (pub !== undefined) return pub;
    }
    if ((await getKeyfileInfo(ref.path)).exists) {
      const pub = await readPublicKey(ref.path, what);
      if (pub !== undefined) return pub;
    }
    throw new KeyfileNotFoundError(
      `${what} has no public file (${this.pubPath(key)}) and no plaintext keyfile to read it from: ` +
        'regenerate the public file from the address, or unlock the key',
      { details: { path: this.pubPath(key) } },
    );
  }

  /** The coldkey's address and public key, from coldkeypub.txt (or a plaintext coldkey); no password. */
  getColdkeypub(): Promise<PublicKeyInfo> {
    return this.getPub('coldkey');
  }

  /** The selected hotkey's address and public key, from <hotkey>pub.txt or a plaintext hotkey file. */
  getHotkeypub(): Promise<PublicKeyInfo> {
    return this.getPub('hotkey');
  }

  private async unlock(key: KeyKind, opts: PasswordOpts): Promise<Keypair> {
    const ref = this.ref(key);
    const { keypair } = await unlockKeyfile(ref, opts);
    if (keypair === undefined) {
      throw new InvalidKeyfileError(`${describeKeyfile(ref)} holds only a public key (${ref.path})`, {
        details: { path: ref.path },
      });
    }
    return keypair;
  }

  /** The coldkey keypair, asking the password sources when the file is encrypted. */
  unlockColdkey(opts: PasswordOpts = {}): Promise<Keypair> {
    return this.unlock('coldkey', opts);
  }

  /** The selected hotkey keypair (a password only when its file is encrypted). */
  unlockHotkey(opts: PasswordOpts = {}): Promise<Keypair> {
    return this.unlock('hotkey', opts);
  }

  /** Whether a file of the wallet exists, its encryption and mode; reads no secret. */
  getKeyfileInfo(kind: WalletFileKind): Promise<KeyfileInfo> {
    return getKeyfileInfo(this.paths[kind]);
  }

  /**
   * Makes a keyfile `$NACL`-encrypted: a legacy one (Ansible Vault, Fernet) is decrypted with its password
   * and re-encrypted with the password given for `encrypt` (the same sources; a prompt may ask for a new
   * one); a plaintext one is encrypted. A `$NACL` file is left as it is.
   */
  async encryptKeyfile(key: KeyKind, opts: PasswordOpts = {}): Promise<KeyfileInfo> {
    const ref = this.ref(key);
    const info = await getKeyfileInfo(ref.path);
    if (info.encryption === 'nacl') return info;
    const { data } = await unlockKeyfileData(ref, opts);
    await saveKeyfile(ref, data, { ...opts, encrypt: true, overwrite: true });
    return getKeyfileInfo(ref.path);
  }

  /** Names and location only. */
  toJSON(): { name: string; hotkey: string; path: string } {
    return { name: this.name, hotkey: this.hotkey, path: this.paths.root };
  }
}

/** `new Wallet(opts)`. */
export function createWallet(opts: WalletOpts = {}): Wallet {
  return new Wallet(opts);
}
