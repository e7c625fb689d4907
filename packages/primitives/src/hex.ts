/** Hex text <-> bytes, strict: odd lengths and non-hex characters are errors, not silent garbage. */
import { TaonetError } from './taonetError.js';

const HEX_DIGITS = '0123456789abcdef';

export function toHex(bytes: Uint8Array): `0x${string}` {
  let out = '0x';
  for (const byte of bytes) out += HEX_DIGITS[byte >> 4]! + HEX_DIGITS[byte & 15]!;
  return out as `0x${string}`;
}

export function fromHex(text: string): Uint8Array {
  const body = text.startsWith('0x') || text.startsWith('0X') ? text.slice(2) : text;
  if (body.length % 2 !== 0) {
    throw new TaonetError('INVALID_HEX', `hex "${text.slice(0, 20)}" has an odd number of digits`);
  }
  if (!/^[0-9a-fA-F]*$/.test(body)) {
    throw new TaonetError(
      'INVALID_HEX',
      `"${text.slice(0, 20)}" contains characters that are not hex digits`,
    );
  }
  const bytes = new Uint8Array(body.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(body.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

export function isHex(text: string): boolean {
  return /^0x([0-9a-fA-F]{2})*$/.test(text);
}
