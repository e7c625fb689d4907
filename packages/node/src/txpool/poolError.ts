/**
 * Refusals that come from the pool itself rather than from the transaction's validity, with the codes
 * of Substrate's author RPC: already imported (1013), priority too low to replace (1014), immediately
 * dropped because a limit is reached (1016).
 */
import { TaonetError } from '@taonet/primitives';

export type PoolErrorCode = 'ALREADY_IMPORTED' | 'TOO_LOW_PRIORITY' | 'IMMEDIATELY_DROPPED';

export class PoolError extends TaonetError {
  constructor(
    readonly poolCode: PoolErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(poolCode, message, { details });
  }
}

export function isPoolError(error: unknown): error is PoolError {
  return error instanceof PoolError;
}
