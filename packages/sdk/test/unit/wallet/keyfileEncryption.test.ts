import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromHex, isTaonetError, toHex } from '@taonet/primitives';
import {
  decryptKeyfileData,
  encryptKeyfileData,
  getKeyfileEncryption,
  isKeyfileEncrypted,
  NACL_MEMLIMIT,
  NACL_OPSLIMIT,
  NACL_SALT,
  openNaclKeyfile,
  sealNaclKeyfile,
} from '../../../src/index.js';
import { ANSIBLE_SPEC, BTWALLET_KEYFILE_JSON, FERNET_SPEC, LIBSODIUM_NACL } from './compatVectors.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const code = (expected: string) => (e: unknown) => isTaonetError(e, expected);
const fixtureFile = fromHex(LIBSODIUM_NACL.fileHex);
const fixtureKey = fromHex(LIBSODIUM_NACL.key);

describe('keyfile encryption', () => {
  it("uses btwallet's salt and libsodium's argon2i SENSITIVE limits", () => {
    // keyfile.rs: NACL_SALT = b"\x13q\x83\xdf\xf1Z\t\xbc\x9c\x90\xb5Q\x879\xe9\xb1"
    const pythonLiteral = '\x13q\x83\xdf\xf1Z\t\xbc\x9c\x90\xb5Q\x879\xe9\xb1';
    assert.deepEqual(
      NACL_SALT,
      Uint8Array.from(pythonLiteral, (c) => c.charCodeAt(0)),
    );
    assert.equal(NACL_OPSLIMIT, 8); // crypto_pwhash_argon2i_OPSLIMIT_SENSITIVE
    assert.equal(NACL_MEMLIMIT, 512 * 1024 * 1024); // crypto_pwhash_argon2i_MEMLIMIT_SENSITIVE
  });

  it('detects the format by prefix, as keyfile_data_encryption_method', () => {
    assert.equal(getKeyfileEncryption(fixtureFile), 'nacl');
    assert.equal(getKeyfileEncryption(bytes(ANSIBLE_SPEC.vault)), 'ansible-vault');
    assert.equal(getKeyfileEncryption(bytes(FERNET_SPEC.token)), 'legacy-fernet');
    assert.equal(getKeyfileEncryption(bytes(BTWALLET_KEYFILE_JSON)), 'none');
    assert.equal(getKeyfileEncryption(bytes('$NAC')), 'none');
    assert.equal(isKeyfileEncrypted(fixtureFile), true);
    assert.equal(isKeyfileEncrypted(new Uint8Array()), false);
  });

  it("seals byte for byte as libsodium's crypto_secretbox_easy, and opens libsodium's file", () => {
    const sealed = sealNaclKeyfile(bytes(BTWALLET_KEYFILE_JSON), fixtureKey, fromHex(LIBSODIUM_NACL.nonce));
    assert.equal(toHex(sealed), toHex(fixtureFile));
    assert.equal(text(openNaclKeyfile(fixtureFile, fixtureKey)), BTWALLET_KEYFILE_JSON);
  });

  it('a random nonce makes each encryption different and the layout is $NACL ‖ nonce ‖ tag ‖ box', () => {
    const a = sealNaclKeyfile(bytes('{}'), fixtureKey);
    const b = sealNaclKeyfile(bytes('{}'), fixtureKey);
    assert.notEqual(toHex(a), toHex(b));
    assert.equal(a.length, 5 + 24 + 16 + 2);
    assert.equal(text(a.subarray(0, 5)), '$NACL');
  });

  it('an altered byte or a wrong key is WRONG_PASSWORD; a truncated file is KEYFILE_INVALID', () => {
    const altered = fixtureFile.slice();
    altered[40] = (altered[40] ?? 0) ^ 1;
    assert.throws(() => openNaclKeyfile(altered, fixtureKey), code('WRONG_PASSWORD'));
    assert.throws(() => openNaclKeyfile(fixtureFile, new Uint8Array(32)), code('WRONG_PASSWORD'));
    assert.throws(() => openNaclKeyfile(fixtureFile.subarray(0, 40), fixtureKey), code('KEYFILE_INVALID'));
  });

  it('derives the key as libsodium crypto_pwhash_argon2i13 does (one 2 s derivation)', async () => {
    const encrypted = await encryptKeyfileData(bytes(BTWALLET_KEYFILE_JSON), LIBSODIUM_NACL.password, {
      nonce: fromHex(LIBSODIUM_NACL.nonce),
    });
    assert.equal(toHex(encrypted), toHex(fixtureFile));
  });

  it('decryptKeyfileData reads the legacy formats and refuses plaintext', async () => {
    assert.equal(
      text(await decryptKeyfileData(bytes(ANSIBLE_SPEC.vault), ANSIBLE_SPEC.password)),
      'Setec Astronomy',
    );
    await assert.rejects(decryptKeyfileData(bytes('{}'), 'x'), code('KEYFILE_UNSUPPORTED_FORMAT'));
    await assert.rejects(decryptKeyfileData(bytes('$NACL1234'), 'x'), code('KEYFILE_INVALID'));
  });
});
