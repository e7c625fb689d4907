/** What the store keeps about each block besides its bytes: `u32 number ++ parent ++ stateRoot ++ header`. */
import { type Hash, TaonetError, toHex } from '@taonet/primitives';

export interface BlockRecord {
  readonly hash: Hash;
  readonly number: number;
  readonly parentHash: Hash;
  readonly stateRoot: Hash;
  /** The encoded header when the commit provided one. */
  readonly header?: Uint8Array;
}

export interface BlockRecordFields {
  readonly number: number;
  readonly parentHash: Uint8Array;
  readonly stateRoot: Uint8Array;
  readonly header: Uint8Array | undefined;
}

const FIXED = 4 + 32 + 32;

export function encodeBlockRecord(fields: BlockRecordFields): Uint8Array {
  const out = new Uint8Array(FIXED + (fields.header?.length ?? 0));
  new DataView(out.buffer).setUint32(0, fields.number);
  out.set(fields.parentHash, 4);
  out.set(fields.stateRoot, 36);
  if (fields.header !== undefined) out.set(fields.header, FIXED);
  return out;
}

export function decodeBlockRecordFields(bytes: Uint8Array): BlockRecordFields {
  if (bytes.length < FIXED) throw new TaonetError('CORRUPT_STORE', 'a block record is truncated');
  return {
    number: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0),
    parentHash: bytes.slice(4, 36),
    stateRoot: bytes.slice(36, FIXED),
    header: bytes.length > FIXED ? bytes.slice(FIXED) : undefined,
  };
}

export function decodeBlockRecord(hash: Hash, bytes: Uint8Array): BlockRecord {
  const fields = decodeBlockRecordFields(bytes);
  const record = {
    hash,
    number: fields.number,
    parentHash: toHex(fields.parentHash) as Hash,
    stateRoot: toHex(fields.stateRoot) as Hash,
  };
  return fields.header === undefined ? record : { ...record, header: fields.header };
}
