/** Node values in the wire's JSON shapes: headers with 0x numbers and hex digest logs, hex bytes. */
import { fromHex, type Hash, TaonetError, toHex } from '@taonet/primitives';
import type { Block } from '../block/blockCodec.js';
import { decodeDigestItem, encodeDigestItem, type Header } from '../block/header.js';

export interface HeaderJson {
  parentHash: string;
  number: string;
  stateRoot: string;
  extrinsicsRoot: string;
  digest: { logs: string[] };
}

export function toHeaderJson(header: Header): HeaderJson {
  return {
    parentHash: header.parentHash,
    number: `0x${header.number.toString(16)}`,
    stateRoot: header.stateRoot,
    extrinsicsRoot: header.extrinsicsRoot,
    digest: { logs: header.digest.map((item) => toHex(encodeDigestItem(item))) },
  };
}

/** A header from its JSON form (digest logs decoded); throws on malformed input. */
export function fromHeaderJson(json: HeaderJson): Header {
  return {
    parentHash: toHash(json.parentHash),
    number: Number.parseInt(json.number.slice(2), 16),
    stateRoot: toHash(json.stateRoot),
    extrinsicsRoot: toHash(json.extrinsicsRoot),
    digest: json.digest.logs.map((log) => decodeDigestItem(fromHex(log))),
  };
}

/** A block from its `chain_getBlock` JSON form. */
export function fromSignedBlockJson(json: { block: { header: HeaderJson; extrinsics: string[] } }): Block {
  return { header: fromHeaderJson(json.block.header), extrinsics: json.block.extrinsics.map(hexToBytes) };
}

export function toSignedBlockJson(block: Block) {
  return {
    block: { header: toHeaderJson(block.header), extrinsics: block.extrinsics.map((xt) => toHex(xt)) },
    justifications: null,
  };
}

/** 0x hex (already checked by the param schema) -> bytes, via Buffer for speed. */
export function hexToBytes(hex: string): Uint8Array {
  return new Uint8Array(Buffer.from(hex.slice(2), 'hex'));
}

export function bytesToHex(bytes: Uint8Array): string {
  return `0x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')}`;
}

/** A storage key param (0x hex) as the state's key form (lowercase hex without 0x). */
export function toStateKey(hex: string): string {
  return hex.slice(2).toLowerCase();
}

/** A block number param: a JSON number or 0x hex. */
export function parseBlockNumber(value: number | string): number {
  return typeof value === 'number' ? value : Number.parseInt(value.slice(2), 16);
}

export function toHash(value: string): Hash {
  if (fromHex(value).length !== 32) throw new TaonetError('INVALID_HASH', `${value} is not a 32-byte hash`);
  return value.toLowerCase() as Hash;
}
