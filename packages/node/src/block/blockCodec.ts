/** A block: `header ++ Vec<extrinsic>`, each extrinsic with its own length prefix (Substrate's layout). */
import { concatBytes, encodeCompact, ScaleReader } from '@taonet/rpc';
import { encodeHeader, type Header, readHeader } from './header.js';

export interface Block {
  readonly header: Header;
  /** length-prefixed extrinsics, in block order */
  readonly extrinsics: readonly Uint8Array[];
}

export function encodeBlock(block: Block): Uint8Array {
  return concatBytes([
    encodeHeader(block.header),
    encodeCompact(block.extrinsics.length),
    ...block.extrinsics,
  ]);
}

/** Throws `BAD_FORMAT` on truncated or padded input. */
export function decodeBlock(bytes: Uint8Array, maxExtrinsics = 1 << 20): Block {
  const reader = new ScaleReader(bytes);
  const header = readHeader(reader);
  const count = reader.compactNumber(maxExtrinsics);
  const extrinsics: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const start = reader.offset;
    const length = reader.compactNumber();
    reader.take(length);
    extrinsics.push(bytes.slice(start, reader.offset));
  }
  reader.ensureEnd('the block');
  return { header, extrinsics };
}
