import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createKeypairFromSecretKey, initCrypto } from '@taonet/crypto';
import { fromHex, isTaonetError, toHex } from '@taonet/primitives';
import {
  decodePolkadotJson,
  decryptAnsibleVault,
  decryptFernetToken,
  decryptLegacyFernet,
  LEGACY_FERNET_ITERATIONS,
  LEGACY_FERNET_SALT,
} from '../../../src/index.js';
import {
  ANSIBLE_KEYFILE,
  ANSIBLE_SPEC,
  BTWALLET_ADDRESS,
  BTWALLET_MNEMONIC_KEYFILE_JSON,
  BTWALLET_PRIVATE_KEY,
  FERNET_SPEC,
  LIBSODIUM_NACL,
  POLKADOT_JSON,
  PYTHON_FERNET,
} from './compatVectors.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const code = (expected: string) => (e: unknown) => isTaonetError(e, expected);

describe('Ansible Vault keyfiles', () => {
  it("decrypts ansible's own test vector", async () => {
    assert.equal(
      text(await decryptAnsibleVault(bytes(ANSIBLE_SPEC.vault), ANSIBLE_SPEC.password)),
      'Setec Astronomy',
    );
  });

  it('decrypts a keyfile vault (UTF-8 password), with a 1.2 header and CRLF lines too', async () => {
    assert.equal(
      text(await decryptAnsibleVault(bytes(ANSIBLE_KEYFILE), LIBSODIUM_NACL.password)),
      BTWALLET_MNEMONIC_KEYFILE_JSON,
    );
    const v12 = ANSIBLE_SPEC.vault.replace('1.1;AES256', '1.2;AES256;prod').replaceAll('\n', '\r\n');
    assert.equal(text(await decryptAnsibleVault(bytes(v12), ANSIBLE_SPEC.password)), 'Setec Astronomy');
  });

  it('a wrong password is WRONG_PASSWORD; damage and other ciphers are reported', async () => {
    await assert.rejects(decryptAnsibleVault(bytes(ANSIBLE_SPEC.vault), 'nope'), code('WRONG_PASSWORD'));
    const damaged = `${ANSIBLE_SPEC.vault.slice(0, 40)}zz${ANSIBLE_SPEC.vault.slice(42)}`;
    await assert.rejects(decryptAnsibleVault(bytes(damaged), ANSIBLE_SPEC.password), code('KEYFILE_INVALID'));
    const other = ANSIBLE_SPEC.vault.replace('AES256', 'AES');
    await assert.rejects(
      decryptAnsibleVault(bytes(other), ANSIBLE_SPEC.password),
      code('KEYFILE_UNSUPPORTED_FORMAT'),
    );
  });
});

describe('legacy Fernet keyfiles', () => {
  it("opens the Fernet spec's token and the Python wallet's token with their keys", () => {
    assert.equal(
      text(decryptFernetToken(FERNET_SPEC.token, fromHex(FERNET_SPEC.key))),
      FERNET_SPEC.plaintext,
    );
    const plain = decryptFernetToken(bytes(PYTHON_FERNET.token), fromHex(PYTHON_FERNET.key));
    assert.equal(text(plain), BTWALLET_MNEMONIC_KEYFILE_JSON);
  });

  it('a wrong key is WRONG_PASSWORD, a damaged token KEYFILE_INVALID', () => {
    assert.throws(() => decryptFernetToken(FERNET_SPEC.token, new Uint8Array(32)), code('WRONG_PASSWORD'));
    assert.throws(() => decryptFernetToken('gAAAAAAd', fromHex(FERNET_SPEC.key)), code('KEYFILE_INVALID'));
  });

  it('derives the key as the Python wallet did (10 million PBKDF2 rounds, one 2 s run)', async () => {
    assert.equal(LEGACY_FERNET_ITERATIONS, 10_000_000);
    assert.equal(LEGACY_FERNET_SALT, 'Iguesscyborgslikemyselfhaveatendencytobeparanoidaboutourorigins');
    const plain = await decryptLegacyFernet(bytes(PYTHON_FERNET.token), PYTHON_FERNET.password);
    assert.equal(text(plain), BTWALLET_MNEMONIC_KEYFILE_JSON);
  });
});

describe('polkadot-js account exports', () => {
  it('decrypts a @polkadot/keyring export into the canonical secret btwallet stores', async () => {
    await initCrypto();
    const { secretKey, publicKey } = await decodePolkadotJson(
      JSON.stringify(POLKADOT_JSON.json),
      POLKADOT_JSON.password,
    );
    assert.equal(toHex(secretKey), BTWALLET_PRIVATE_KEY);
    assert.equal(createKeypairFromSecretKey(secretKey).address, BTWALLET_ADDRESS);
    assert.equal(createKeypairFromSecretKey(secretKey).accountId, toHex(publicKey));
  });

  it('reports a wrong password, other versions and key types', async () => {
    await assert.rejects(decodePolkadotJson(POLKADOT_JSON.json, 'wrong'), code('WRONG_PASSWORD'));
    const v2 = { ...POLKADOT_JSON.json, encoding: { ...POLKADOT_JSON.json.encoding, version: '2' } };
    await assert.rejects(decodePolkadotJson(v2, 'x'), code('KEYFILE_UNSUPPORTED_FORMAT'));
    const ed = {
      ...POLKADOT_JSON.json,
      encoding: { ...POLKADOT_JSON.json.encoding, content: ['pkcs8', 'ed25519'] },
    };
    await assert.rejects(decodePolkadotJson(ed, 'x'), code('KEYFILE_UNSUPPORTED_FORMAT'));
    await assert.rejects(decodePolkadotJson('{"encoded":', 'x'), code('KEYFILE_INVALID'));
  });
});
