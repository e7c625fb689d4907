/**
 * State keys cross this package as the runtime writes them: lowercase hex without `0x`, so that string
 * order is byte order. LMDB and the trie store the raw bytes; these convert both ways.
 */
import { TaonetError } from '@taonet/primitives';

const HEX_KEY = /^(?:[0-9a-f]{2})*$/;

/** The raw bytes of a state key; throws INVALID_STATE_KEY on uppercase, `0x`, odd length or non-hex. */
export function stateKeyToBytes(key: string): Uint8Array {
  if (!HEX_KEY.test(key)) {
    throw new TaonetError(
      'INVALID_STATE_KEY',
      `state key "${key.slice(0, 24)}" is not lowercase hex of whole bytes without 0x`,
      { details: { key } },
    );
  }
  return Uint8Array.from(Buffer.from(key, 'hex'));
}

export function stateKeyFromBytes(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** A plain `Uint8Array` view of LMDB's `Buffer` (some codecs mishandle `Buffer`); no copy. */
export function toPlainBytes(buffer: Uint8Array): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
