import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { inspect } from 'node:util';
import { createKeypairFromUri, initCrypto } from '@taonet/crypto';
import { fromHex, isTaonetError } from '@taonet/primitives';
import {
  createWallet,
  decodeKeyfileData,
  listWallets,
  openNaclKeyfile,
  type PasswordRequest,
  Wallet,
} from '../../../src/index.js';
import {
  ANSIBLE_KEYFILE,
  BTWALLET_ADDRESS,
  BTWALLET_KEYFILE_JSON,
  BTWALLET_MNEMONIC,
  BTWALLET_PRIVATE_KEY,
  BTWALLET_PUBLIC_KEY,
  BTWALLET_SEED,
  LIBSODIUM_NACL,
  POLKADOT_JSON,
} from './compatVectors.js';

const code = (expected: string) => (e: unknown) => isTaonetError(e, expected);
const mode = async (path: string) => (await stat(path)).mode & 0o777;
const json = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as Record<string, string>;
const noEnv = { useEnv: false } as const;

describe('Wallet', () => {
  let root: string;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'taonet-wallets-'));
    await initCrypto();
  });
  after(() => rm(root, { recursive: true, force: true }));

  it('lays out files as btwallet: coldkey, coldkeypub.txt, hotkeys/<name>, hotkeys/<name>pub.txt', async () => {
    const wallet = createWallet({ name: 'alice', hotkey: 'miner', path: root });
    const cold = await wallet.createColdkey({ usePassword: false, words: 24 });
    const hot = await wallet.createHotkey();
    assert.deepEqual((await readdir(wallet.paths.dir)).sort(), ['coldkey', 'coldkeypub.txt', 'hotkeys']);
    assert.deepEqual((await readdir(wallet.paths.hotkeysDir)).sort(), ['miner', 'minerpub.txt']);
    for (const path of [
      wallet.paths.coldkey,
      wallet.paths.coldkeypub,
      wallet.paths.hotkey,
      wallet.paths.hotkeypub,
    ]) {
      assert.equal(await mode(path), 0o600, path);
    }
    assert.equal(await mode(wallet.paths.dir), 0o700);
    assert.equal(cold.mnemonic.split(' ').length, 24);
    assert.equal(hot.mnemonic.split(' ').length, 12);
    const coldData = await json(wallet.paths.coldkey);
    assert.equal(coldData.secretPhrase, cold.mnemonic);
    assert.equal(coldData.ss58Address, cold.address);
    assert.deepEqual(await json(wallet.paths.coldkeypub), {
      accountId: cold.keypair.accountId,
      publicKey: cold.keypair.accountId,
      ss58Address: cold.address,
    });
    assert.equal((await wallet.getHotkeypub()).address, hot.address);
    assert.equal((await wallet.unlockColdkey(noEnv)).address, cold.address);
  });

  it('never prints a created mnemonic unless asked', async () => {
    const created = await createWallet({ name: 'quiet', path: root }).createHotkey();
    const words = created.mnemonic.split(' ');
    for (const shown of [
      JSON.stringify(created),
      inspect(created, { depth: 5 }),
      String(Object.keys(created)),
    ]) {
      assert.ok(!words.every((w) => shown.includes(w)), 'mnemonic leaked');
    }
  });

  it('refuses to overwrite a key before writing anything; overwrite: true replaces it', async () => {
    const wallet = createWallet({ name: 'keep', path: root });
    const first = await wallet.createColdkey({ usePassword: false });
    const before = await readFile(wallet.paths.coldkey, 'utf8');
    await assert.rejects(wallet.createColdkey({ usePassword: false }), code('KEYFILE_EXISTS'));
    await assert.rejects(
      wallet.regenerateColdkey({ mnemonic: BTWALLET_MNEMONIC }, noEnv),
      code('KEYFILE_EXISTS'),
    );
    assert.equal(await readFile(wallet.paths.coldkey, 'utf8'), before);
    assert.equal((await wallet.getColdkeypub()).address, first.address);
    const again = await wallet.regenerateColdkey(
      { mnemonic: BTWALLET_MNEMONIC },
      { usePassword: false, overwrite: true },
    );
    assert.equal(again.address, BTWALLET_ADDRESS);
    assert.equal((await wallet.getColdkeypub()).address, BTWALLET_ADDRESS);
  });

  it('regenerates from a mnemonic, seed, polkadot-js JSON, private key or URI', async () => {
    const wallet = createWallet({ name: 'regen', path: root });
    const opts = { usePassword: false, overwrite: true };
    const sources = [
      { mnemonic: `  ${BTWALLET_MNEMONIC.toUpperCase()} ` },
      { seed: BTWALLET_SEED },
      { json: JSON.stringify(POLKADOT_JSON.json), password: POLKADOT_JSON.password },
      { privateKey: BTWALLET_PRIVATE_KEY },
    ];
    for (const source of sources) {
      assert.equal((await wallet.regenerateHotkey(source, opts)).address, BTWALLET_ADDRESS);
      assert.equal((await wallet.unlockHotkey()).address, BTWALLET_ADDRESS);
      assert.equal((await wallet.getHotkeypub()).publicKey, BTWALLET_PUBLIC_KEY);
    }
    assert.equal((await json(wallet.paths.hotkey)).secretPhrase, undefined);
    await wallet.regenerateHotkey({ mnemonic: BTWALLET_MNEMONIC }, opts);
    assert.equal((await json(wallet.paths.hotkey)).secretPhrase, BTWALLET_MNEMONIC);
    const alice = await wallet.withHotkey('alice').regenerateHotkey({ uri: '//Alice' }, opts);
    assert.equal(alice.address, createKeypairFromUri('//Alice').address);
  });

  it('a watch-only wallet: coldkeypub from an address or public key, no coldkey to unlock', async () => {
    const wallet = createWallet({ name: 'watch', path: root });
    assert.equal((await wallet.regenerateColdkeypub(BTWALLET_PUBLIC_KEY)).address, BTWALLET_ADDRESS);
    await assert.rejects(wallet.regenerateColdkeypub(BTWALLET_ADDRESS), code('KEYFILE_EXISTS'));
    const pub = await wallet.regenerateColdkeypub(BTWALLET_ADDRESS, { overwrite: true });
    assert.deepEqual(pub, { address: BTWALLET_ADDRESS, publicKey: BTWALLET_PUBLIC_KEY });
    assert.deepEqual(await wallet.getColdkeypub(), pub);
    await assert.rejects(wallet.unlockColdkey(noEnv), code('KEYFILE_NOT_FOUND'));
    await assert.rejects(wallet.getHotkeypub(), code('KEYFILE_NOT_FOUND'));
    await assert.rejects(wallet.regenerateHotkeypub('5Grw'), code('INVALID_SS58'));
    assert.deepEqual(await wallet.getKeyfileInfo('coldkey'), { path: wallet.paths.coldkey, exists: false });
  });

  it('opens a wallet made by btcli (libsodium $NACL coldkey), re-prompting after a wrong password', async () => {
    const wallet = createWallet({ name: 'from-btcli', path: root });
    await mkdir(wallet.paths.hotkeysDir, { recursive: true });
    await writeFile(wallet.paths.coldkey, fromHex(LIBSODIUM_NACL.fileHex));
    await writeFile(
      wallet.paths.coldkeypub,
      `{"ss58Address":"${BTWALLET_ADDRESS}","publicKey":"${BTWALLET_PUBLIC_KEY}"}`,
    );
    await writeFile(wallet.paths.hotkey, BTWALLET_KEYFILE_JSON);
    assert.equal((await wallet.getKeyfileInfo('coldkey')).encryption, 'nacl');
    const asked: PasswordRequest[] = [];
    const prompt = (request: PasswordRequest) => {
      asked.push(request);
      return request.attempt === 1 ? 'not it' : LIBSODIUM_NACL.password;
    };
    const coldkey = await wallet.unlockColdkey({ ...noEnv, prompt });
    assert.equal(coldkey.address, BTWALLET_ADDRESS);
    assert.deepEqual(
      asked.map((r) => [r.purpose, r.key, r.wallet, r.attempt]),
      [
        ['unlock', 'coldkey', 'from-btcli', 1],
        ['unlock', 'coldkey', 'from-btcli', 2],
      ],
    );
    assert.equal((await wallet.unlockHotkey()).address, BTWALLET_ADDRESS);
    await assert.rejects(wallet.unlockColdkey(noEnv), code('PASSWORD_REQUIRED'));
    // A wrong password from a non-interactive source is not retried; the error names the source only.
    const env = { TAO_WALLET_PASSWORD: 'hunter2-wrong' };
    await assert.rejects(
      wallet.unlockColdkey({ env, prompt }),
      (e) =>
        code('WRONG_PASSWORD')(e) &&
        /environment variable TAO_WALLET_PASSWORD/.test((e as Error).message) &&
        !JSON.stringify(e).includes('hunter2') &&
        !inspect(e).includes('hunter2'),
    );
    assert.equal(asked.length, 2);
  });

  it('encrypts a new coldkey as $NACL that libsodium opens, password from the environment', async () => {
    const wallet = createWallet({ name: 'sealed', path: root });
    const env = { TAO_WALLET_SEALED_PASSWORD: LIBSODIUM_NACL.password };
    await assert.rejects(wallet.createColdkey({ password: 'short' }), code('WEAK_PASSWORD'));
    assert.equal((await wallet.getKeyfileInfo('coldkey')).exists, false);
    const created = await wallet.createColdkey({ env });
    const file = new Uint8Array(await readFile(wallet.paths.coldkey));
    assert.equal((await wallet.getKeyfileInfo('coldkey')).encryption, 'nacl');
    // LIBSODIUM_NACL.key is libsodium's argon2i key for this password: libsodium can open the file.
    const plain = decodeKeyfileData(openNaclKeyfile(file, fromHex(LIBSODIUM_NACL.key)));
    assert.equal(plain.secretPhrase, created.mnemonic);
    assert.equal((await wallet.getColdkeypub()).address, created.address);
  });

  it('re-encrypts a legacy Ansible Vault coldkey as $NACL, keeping its content', async () => {
    const wallet = createWallet({ name: 'legacy', path: root });
    await mkdir(wallet.paths.dir, { recursive: true });
    await writeFile(wallet.paths.coldkey, ANSIBLE_KEYFILE);
    const password = LIBSODIUM_NACL.password;
    assert.equal((await wallet.getKeyfileInfo('coldkey')).encryption, 'ansible-vault');
    const info = await wallet.encryptKeyfile('coldkey', { password });
    assert.equal(info.encryption, 'nacl');
    assert.equal(info.mode, 0o600);
    const plain = openNaclKeyfile(
      new Uint8Array(await readFile(wallet.paths.coldkey)),
      fromHex(LIBSODIUM_NACL.key),
    );
    assert.equal(decodeKeyfileData(plain).secretPhrase, BTWALLET_MNEMONIC);
  });

  it('rejects names that are not plain file names', () => {
    for (const name of ['', '..', 'a/b', '.hidden']) {
      assert.throws(() => new Wallet({ name, path: root }), code('INVALID_WALLET_NAME'));
      assert.throws(() => new Wallet({ hotkey: name, path: root }), code('INVALID_WALLET_NAME'));
    }
    assert.deepEqual(new Wallet({ name: 'x', path: root }).toJSON(), {
      name: 'x',
      hotkey: 'default',
      path: root,
    });
  });

  it('lists wallets and hotkeys with their addresses, without passwords', async () => {
    const path = join(root, 'list');
    const a = createWallet({ name: 'a', hotkey: 'h1', path });
    const cold = await a.createColdkey({ usePassword: false });
    const h1 = await a.createHotkey();
    const h2 = await a.withHotkey('h2').createHotkey();
    await a.withHotkey('watch').regenerateHotkeypub(BTWALLET_ADDRESS);
    await writeFile(join(a.paths.hotkeysDir, 'broken'), '{not json');
    await mkdir(join(path, 'empty'));
    const listed = await listWallets({ path });
    assert.deepEqual(
      listed.map((w) => w.name),
      ['a', 'empty'],
    );
    const [first, empty] = listed;
    assert.equal(first?.coldkey.address, cold.address);
    assert.equal(first?.coldkey.encryption, 'none');
    assert.deepEqual(
      first?.hotkeys.map((h) => [h.name, h.exists, h.address ?? h.error]),
      [
        ['broken', true, 'KEYFILE_INVALID'],
        ['h1', true, h1.address],
        ['h2', true, h2.address],
        ['watch', false, BTWALLET_ADDRESS],
      ],
    );
    assert.deepEqual(empty?.hotkeys, []);
    assert.equal(empty?.coldkey.exists, false);
    assert.deepEqual(await listWallets({ path: join(root, 'nowhere') }), []);
  });
});
