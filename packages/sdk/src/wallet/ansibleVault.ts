/**
 * Reading keyfiles encrypted with Ansible Vault (`$ANSIBLE_VAULT;1.1;AES256`), the format the Python
 * bittensor wallet wrote before `$NACL` and btwallet still emits from `legacy_encrypt_keyfile_data`.
 * Format 1.1/1.2: a header line, then the hex of `hex(salt) \n hex(hmac) \n hex(ciphertext)` in 80-column
 * lines. PBKDF2-HMAC-SHA256(password, salt, 10,000) gives 80 bytes: the AES-256-CTR key, the HMAC-SHA256
 * key, and the 16-byte counter block; the plaintext is PKCS#7 padded. taonet reads it, never writes it.
 */
import { createDecipheriv, createHmac, pbkdf2, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { InvalidKeyfileError, UnsupportedKeyfileFormatError, WrongPasswordError } from './walletErrors.js';

export const ANSIBLE_VAULT_PREFIX = '$ANSIBLE_VAULT';
export const ANSIBLE_VAULT_ITERATIONS = 10_000;

const pbkdf2Async = promisify(pbkdf2);
const HEX = /^(?:[0-9a-fA-F]{2})*$/;

function unhex(text: string): Buffer {
  if (!HEX.test(text))
    throw new InvalidKeyfileError('the Ansible Vault body is not hex: the file is damaged');
  return Buffer.from(text, 'hex');
}

interface VaultParts {
  salt: Buffer;
  hmac: Buffer;
  ciphertext: Buffer;
}

function parseVault(data: Uint8Array): VaultParts {
  const lines = Buffer.from(data).toString('latin1').trim().split(/\r?\n/);
  const header = (lines[0] ?? '').split(';');
  if (header[0] !== ANSIBLE_VAULT_PREFIX || (header[1] !== '1.1' && header[1] !== '1.2')) {
    throw new UnsupportedKeyfileFormatError(
      `unsupported Ansible Vault version "${header[1] ?? ''}" (taonet reads 1.1 and 1.2)`,
    );
  }
  if (header[2]?.trim() !== 'AES256') {
    throw new UnsupportedKeyfileFormatError(`unsupported Ansible Vault cipher "${header[2] ?? ''}"`);
  }
  const parts = unhex(lines.slice(1).join('').trim()).toString('latin1').split('\n');
  if (parts.length !== 3) throw new InvalidKeyfileError('the Ansible Vault body is damaged');
  const [salt, hmac, ciphertext] = parts.map(unhex) as [Buffer, Buffer, Buffer];
  return { salt, hmac, ciphertext };
}

function unpad(padded: Buffer): Buffer {
  const pad = padded[padded.length - 1] ?? 0;
  if (pad < 1 || pad > 16 || pad > padded.length) {
    throw new InvalidKeyfileError('the Ansible Vault plaintext has bad padding: the file is damaged');
  }
  return padded.subarray(0, padded.length - pad);
}

/** Decrypts Ansible Vault 1.1/1.2 AES256 data. Throws WrongPasswordError when the HMAC does not match. */
export async function decryptAnsibleVault(data: Uint8Array, password: string): Promise<Uint8Array> {
  const { salt, hmac, ciphertext } = parseVault(data);
  const derived = await pbkdf2Async(password, salt, ANSIBLE_VAULT_ITERATIONS, 80, 'sha256');
  const expected = createHmac('sha256', derived.subarray(32, 64)).update(ciphertext).digest();
  if (hmac.length !== expected.length || !timingSafeEqual(hmac, expected)) {
    throw new WrongPasswordError('wrong password for this Ansible Vault keyfile');
  }
  const decipher = createDecipheriv('aes-256-ctr', derived.subarray(0, 32), derived.subarray(64, 80));
  const plaintext = unpad(Buffer.concat([decipher.update(ciphertext), decipher.final()]));
  derived.fill(0);
  return new Uint8Array(plaintext);
}
