/**
 * Calls as the SDK builds them: `[pallet index][call index][SCALE arguments]`, the wire form of a
 * Substrate `RuntimeCall`. Each call the SDK sends is declared here with subtensor's pallet index, call
 * index, wire name and argument codec (the SDK never imports the runtime; a test in packages/testing
 * checks every declaration against the runtime's own codec).
 */
import { toHex } from '@taonet/primitives';
import { type Codec, createCodec, createDecoder } from 'scale-ts';

/** Pallet indices of subtensor's `construct_runtime!`. */
export const PALLETS = {
  System: 0,
  Timestamp: 2,
  Balances: 5,
  TransactionPayment: 6,
  SubtensorModule: 7,
  Sudo: 12,
  AdminUtils: 19,
  Swap: 28,
} as const;

export type PalletName = keyof typeof PALLETS;

export interface CallDef<Args> {
  readonly pallet: PalletName;
  readonly name: string;
  readonly index: number;
  readonly args: Codec<Args>;
}

/** An encoded call, with what it is for logs and receipts. */
export interface Call<Args = unknown> {
  readonly pallet: PalletName;
  readonly name: string;
  readonly args: Args;
  /** `[pallet index][call index][arguments]` */
  readonly bytes: Uint8Array;
}

export function defineCall<Args>(def: CallDef<Args>): CallDef<Args> {
  return def;
}

export function encodeCall<Args>(def: CallDef<Args>, args: Args): Call<Args> {
  const encoded = def.args.enc(args);
  const bytes = new Uint8Array(2 + encoded.length);
  bytes[0] = PALLETS[def.pallet];
  bytes[1] = def.index;
  bytes.set(encoded, 2);
  return { pallet: def.pallet, name: def.name, args, bytes };
}

export function toCallHex(call: Call): `0x${string}` {
  return toHex(call.bytes);
}

/** A nested call argument (`sudo(call)`): the call's bytes as they are, no length prefix. */
export const NestedCallCodec: Codec<Call> = createCodec(
  (call: Call) => call.bytes,
  createDecoder((): Call => {
    throw new Error('nested calls are encoded only');
  }),
);
