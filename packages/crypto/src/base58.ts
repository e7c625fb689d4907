/**
 * Base58 (Bitcoin's alphabet, as SS58 uses it) for short byte strings such as the 35-byte body of an
 * address. A fresh process runs this code in V8's interpreter, where each operation counts: encoding
 * divides a native `BigInt` by 58^8 (six divisions for an address) and writes each 8-digit remainder
 * through a table of digit pairs; decoding reads eight digits at a time into the `BigInt`. Hundreds of
 * address bodies in a fresh process: ~8 µs each to encode, from ~20–28 with the digit-by-digit schoolbook
 * conversion (which took 10–20 ms for 512 less than @scure/base's `convertRadix`).
 */
const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const DIGIT_OF = new Int8Array(128).fill(-1);
for (let i = 0; i < 58; i++) DIGIT_OF[ALPHABET.charCodeAt(i)] = i;
/** The character codes of the two digits of 0..58^2-1, most significant (HIGH) and least (LOW). */
const PAIRS = 58 * 58;
const HIGH = new Uint8Array(PAIRS);
const LOW = new Uint8Array(PAIRS);
for (let i = 0; i < PAIRS; i++) {
  HIGH[i] = ALPHABET.charCodeAt((i / 58) | 0);
  LOW[i] = ALPHABET.charCodeAt(i % 58);
}

const GROUP = 58 * 58 * 58 * 58; // four digits
/** 58^0..58^8: decoding takes eight digits at a time, their value an exact double (58^8 < 2^53). */
const POWERS = Array.from({ length: 9 }, (_, k) => 58n ** BigInt(k));
const EIGHT_DIGITS = POWERS[8] as bigint;

/** Node's native hex encoding of part of a Uint8Array; undefined in browsers. */
const hexSlice = (
  globalThis as { Buffer?: { prototype: { hexSlice?: (this: Uint8Array, start: number) => string } } }
).Buffer?.prototype.hexSlice;
const HEX_OF = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** The bytes from `from` on as a number (`from` < length). */
function toBigInt(bytes: Uint8Array, from: number): bigint {
  if (hexSlice !== undefined) return BigInt(`0x${hexSlice.call(bytes, from)}`);
  let hex = '0x';
  for (let i = from; i < bytes.length; i++) hex += HEX_OF[bytes[i] as number];
  return BigInt(hex);
}

/** Writes the four digits of `value` (< 58^4) as character codes, ending before `end`. */
function putGroup(chars: Uint8Array, end: number, value: number): void {
  const high = (value / PAIRS) | 0;
  const low = value - high * PAIRS;
  chars[end - 1] = LOW[low] as number;
  chars[end - 2] = HIGH[low] as number;
  chars[end - 3] = LOW[high] as number;
  chars[end - 4] = HIGH[high] as number;
}

/** Base58 of `bytes`: a `1` per leading zero byte, then the number's digits, most significant first. */
export function encodeBase58(bytes: Uint8Array): string {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  if (zeros === bytes.length) return '1'.repeat(zeros);
  // log(256) / log(58) < 1.37 digits per byte, rounded up to whole 8-digit groups
  const size = 8 * ((((bytes.length - zeros) * 137) / 800 + 1) | 0);
  const chars = new Uint8Array(size);
  let end = size;
  for (let n = toBigInt(bytes, zeros); n > 0n; end -= 8) {
    const quotient = n / EIGHT_DIGITS;
    const remainder = Number(n - quotient * EIGHT_DIGITS); // < 58^8 < 2^53
    n = quotient;
    const high = Math.floor(remainder / GROUP);
    putGroup(chars, end, remainder - high * GROUP);
    putGroup(chars, end - 4, high);
  }
  while (end < size && chars[end] === 49) end++; // the last group's leading zero digits ('1')
  return '1'.repeat(zeros) + String.fromCharCode.apply(null, chars.subarray(end) as unknown as number[]);
}

/** Node's native hex decoding; undefined in browsers. */
const fromHexNative = (globalThis as { Buffer?: { from(text: string, encoding: 'hex'): Uint8Array } }).Buffer;

/** The big-endian bytes of `n` (> 0) after `zeros` zero bytes. */
function fromBigInt(n: bigint, zeros: number): Uint8Array {
  let hex = n.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  const length = hex.length / 2;
  const out = new Uint8Array(zeros + length);
  if (fromHexNative !== undefined) out.set(fromHexNative.from(hex, 'hex'), zeros);
  else for (let i = 0; i < length; i++) out[zeros + i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** The bytes of a base58 string, or undefined when a character is not in the alphabet. */
export function decodeBase58(text: string): Uint8Array | undefined {
  let zeros = 0;
  while (zeros < text.length && text.charCodeAt(zeros) === 49) zeros++; // '1'
  let n = 0n;
  let i = zeros;
  let take = (text.length - zeros) % 8 || 8; // the first group takes what whole 8-digit groups leave
  while (i < text.length) {
    let group = 0;
    for (const stop = i + take; i < stop; i++) {
      const code = text.charCodeAt(i);
      const digit = code < 128 ? (DIGIT_OF[code] as number) : -1;
      if (digit < 0) return undefined;
      group = group * 58 + digit;
    }
    n = n * (POWERS[take] as bigint) + BigInt(group);
    take = 8;
  }
  return n === 0n ? new Uint8Array(zeros) : fromBigInt(n, zeros);
}
