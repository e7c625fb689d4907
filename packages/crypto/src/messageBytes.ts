/**
 * What gets signed. A string is always signed as its UTF-8 bytes, which is what Bittensor's dendrite and
 * axon do with their `"{nonce}.{hotkey}.{hotkey}.{uuid}.{hash}"` messages. Unlike btwallet's Python
 * `Keypair.sign`, a string starting with `0x` is NOT hex-decoded: pass the bytes (`fromHex`) for that.
 */
import { TaonetError } from '@taonet/primitives';

export type SignableMessage = string | Uint8Array;

const encoder = new TextEncoder();
const BYTES_OPEN = encoder.encode('<Bytes>');
const BYTES_CLOSE = encoder.encode('</Bytes>');

export function toMessageBytes(message: SignableMessage): Uint8Array {
  if (typeof message === 'string') return encoder.encode(message);
  if (message instanceof Uint8Array) return message;
  throw new TaonetError('INVALID_MESSAGE', 'a message to sign or verify is a string or a Uint8Array');
}

/** `<Bytes>` ‖ message ‖ `</Bytes>`, the wrapper polkadot-js `signRaw` (browser extensions) signs. */
export function wrapBytes(message: SignableMessage): Uint8Array {
  const bytes = toMessageBytes(message);
  const out = new Uint8Array(BYTES_OPEN.length + bytes.length + BYTES_CLOSE.length);
  out.set(BYTES_OPEN);
  out.set(bytes, BYTES_OPEN.length);
  out.set(BYTES_CLOSE, BYTES_OPEN.length + bytes.length);
  return out;
}
