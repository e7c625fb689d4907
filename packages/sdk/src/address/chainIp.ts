/** IP addresses as the chain stores them (a u128 and its version), to and from their text form. */
import { InvalidParameterError } from '../errors/sdkError.js';

/** An IP address as the chain stores it: a u128 and its version (4 or 6). */
export interface ChainIp {
  readonly ip: bigint;
  readonly ipType: 4 | 6;
}

function parseIpv6(text: string): bigint | undefined {
  const [head = '', tail, ...rest] = text.split('::');
  if (rest.length > 0) return undefined;
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const missing = 8 - left.length - right.length;
  if ((tail === undefined && missing !== 0) || missing < 0) return undefined;
  const all = [...left, ...Array<string>(missing).fill('0'), ...right];
  let value = 0n;
  for (const group of all) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return undefined;
    value = (value << 16n) | BigInt(Number.parseInt(group, 16));
  }
  return value;
}

/** `"1.2.3.4"` -> `{ ip: 16909060n, ipType: 4 }`; IPv6 too (`"::1"`). */
export function encodeIp(text: string): ChainIp {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4 !== null) {
    const octets = v4.slice(1).map(Number);
    if (octets.every((o) => o <= 255)) {
      return { ip: octets.reduce((acc, o) => (acc << 8n) | BigInt(o), 0n), ipType: 4 };
    }
  }
  const v6 = text.includes(':') ? parseIpv6(text) : undefined;
  if (v6 !== undefined) return { ip: v6, ipType: 6 };
  throw new InvalidParameterError('ip', `"${text}" is not an IPv4 or IPv6 address`);
}

/** The text form of a chain IP: `16909060n, 4` -> `"1.2.3.4"`. */
export function formatIp(ip: bigint, ipType: number): string {
  if (ipType === 4) return [24n, 16n, 8n, 0n].map((shift) => ((ip >> shift) & 255n).toString()).join('.');
  return Array.from({ length: 8 }, (_, i) => ((ip >> BigInt(112 - 16 * i)) & 0xffffn).toString(16)).join(':');
}
