/** Why a block is refused at import (code `BLOCK_IMPORT`, with the failed check as `reason`). */
import { TaonetError } from '@taonet/primitives';

export type BlockImportReason =
  | 'format'
  | 'parent'
  | 'number'
  | 'seal'
  | 'slot'
  | 'author'
  | 'extrinsicsRoot'
  | 'size'
  | 'weight'
  | 'inherent'
  | 'extrinsic'
  | 'stateRoot';

export class BlockImportError extends TaonetError {
  constructor(
    readonly reason: BlockImportReason,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super('BLOCK_IMPORT', message, { details: { reason, ...details } });
  }
}
