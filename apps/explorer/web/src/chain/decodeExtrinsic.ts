/**
 * A block's extrinsic, decoded for display: Substrate's v4 envelope (signed: signer, era, nonce, tip),
 * then the call's pallet and call indices, named from the SDK's call declarations, and its arguments when
 * the SDK's codec can decode them.
 */

import { fromHex, toHex } from '@taonet/primitives';
import { ADMIN_CALLS, type CallDef, PALLETS, SDK_CALLS } from '@taonet/sdk';

export interface DecodedExtrinsic {
  readonly signed: boolean;
  /** the signer's account id (0x hex) */
  readonly signer?: `0x${string}`;
  readonly nonce?: number;
  readonly tip?: bigint;
  readonly pallet: string;
  readonly call: string;
  readonly palletIndex: number;
  readonly callIndex: number;
  /** decoded arguments, when the call is known and decodable */
  readonly args?: unknown;
  /** the call's argument bytes */
  readonly argsHex: `0x${string}`;
  readonly length: number;
}

// biome-ignore lint/suspicious/noExplicitAny: calls of any argument type
type AnyCall = CallDef<any>;

const TIMESTAMP_SET = '2:0';
const INHERENTS: Readonly<Record<string, string>> = { [TIMESTAMP_SET]: 'set' };
let callTable: Map<string, AnyCall> | undefined;

function getCallTable(): Map<string, AnyCall> {
  if (callTable === undefined) {
    callTable = new Map();
    for (const def of [...SDK_CALLS, ...Object.values(ADMIN_CALLS)] as AnyCall[]) {
      callTable.set(`${PALLETS[def.pallet]}:${def.index}`, def);
    }
  }
  return callTable;
}

const PALLET_NAMES = new Map<number, string>(Object.entries(PALLETS).map(([name, index]) => [index, name]));

class Reader {
  offset = 0;
  constructor(readonly bytes: Uint8Array) {}
  u8(): number {
    const value = this.bytes[this.offset];
    if (value === undefined) throw new Error('the extrinsic ends early');
    this.offset++;
    return value;
  }
  take(n: number): Uint8Array {
    if (this.offset + n > this.bytes.length) throw new Error('the extrinsic ends early');
    const out = this.bytes.subarray(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }
  compact(): bigint {
    const first = this.u8();
    const mode = first & 3;
    if (mode === 0) return BigInt(first >> 2);
    if (mode === 1) return BigInt((first | (this.u8() << 8)) >> 2);
    if (mode === 2) {
      const [b1 = 0, b2 = 0, b3 = 0] = this.take(3);
      return BigInt(first + b1 * 2 ** 8 + b2 * 2 ** 16 + b3 * 2 ** 24) >> 2n;
    }
    const n = (first >> 2) + 4;
    let value = 0n;
    const bytes = this.take(n);
    for (let i = n - 1; i >= 0; i--) value = (value << 8n) | BigInt(bytes[i]!);
    return value;
  }
}

function decodeArgs(def: AnyCall | undefined, args: Uint8Array): unknown {
  if (def === undefined) return undefined;
  try {
    return def.args.dec(args.slice()); // a copy: scale-ts reads a view from its buffer start
  } catch {
    return undefined;
  }
}

export function decodeExtrinsic(hex: string): DecodedExtrinsic {
  const bytes = fromHex(hex);
  const reader = new Reader(bytes);
  reader.compact();
  const version = reader.u8();
  const signed = (version & 0x80) !== 0;
  let signer: `0x${string}` | undefined;
  let nonce: number | undefined;
  let tip: bigint | undefined;
  if (signed) {
    reader.u8(); // MultiAddress::Id
    signer = toHex(reader.take(32));
    reader.u8(); // signature kind
    reader.take(64);
    if (reader.u8() !== 0) reader.u8(); // era: immortal is one zero byte, mortal two bytes
    nonce = Number(reader.compact());
    tip = reader.compact();
    reader.u8(); // CheckMetadataHash mode
  }
  const palletIndex = reader.u8();
  const callIndex = reader.u8();
  const args = bytes.subarray(reader.offset);
  const key = `${palletIndex}:${callIndex}`;
  const def = getCallTable().get(key);
  const decoded = key === TIMESTAMP_SET ? { now: new Reader(args).compact() } : decodeArgs(def, args);
  return {
    signed,
    ...(signer === undefined ? {} : { signer }),
    ...(nonce === undefined ? {} : { nonce }),
    ...(tip === undefined ? {} : { tip }),
    pallet: PALLET_NAMES.get(palletIndex) ?? `pallet ${palletIndex}`,
    call: def?.name ?? INHERENTS[key] ?? `call ${callIndex}`,
    palletIndex,
    callIndex,
    ...(decoded === undefined ? {} : { args: decoded }),
    argsHex: toHex(args),
    length: bytes.length,
  };
}
