/**
 * The SDK's base error, after viem's `BaseError`: a stable `code` (from `TaonetError`), a one-line
 * `shortMessage`, optional `detail` (what the node or the runtime said) and `hint` (what to do), structured
 * `details`, and the `cause`. `message` joins them so that logging an error says everything:
 *
 *   Transaction failed: SubtensorModule.NotSubnetOwner
 *
 *   Details: The caller is not the subnet owner.
 *   Hint: sign with the subnet owner's coldkey
 */
import { TaonetError } from '@taonet/primitives';

export interface SdkErrorOpts {
  readonly detail?: string;
  readonly hint?: string;
  readonly details?: Readonly<Record<string, unknown>>;
  readonly cause?: unknown;
}

function fullMessage(shortMessage: string, opts: SdkErrorOpts): string {
  const lines = [shortMessage];
  if (opts.detail !== undefined || opts.hint !== undefined) lines.push('');
  if (opts.detail !== undefined) lines.push(`Details: ${opts.detail}`);
  if (opts.hint !== undefined) lines.push(`Hint: ${opts.hint}`);
  return lines.join('\n');
}

export class SdkError extends TaonetError {
  readonly shortMessage: string;
  readonly detail: string | undefined;
  readonly hint: string | undefined;

  constructor(code: string, shortMessage: string, opts: SdkErrorOpts = {}) {
    super(code, fullMessage(shortMessage, opts), {
      ...(opts.details === undefined ? {} : { details: opts.details }),
      ...(opts.cause === undefined ? {} : { cause: opts.cause }),
    });
    this.shortMessage = shortMessage;
    this.detail = opts.detail;
    this.hint = opts.hint;
  }
}

/** A parameter the SDK refuses before anything is sent (bad address, mismatched vectors, ...). */
export class InvalidParameterError extends SdkError {
  static readonly code = 'INVALID_PARAMETER';
  constructor(parameter: string, problem: string, opts: SdkErrorOpts = {}) {
    super(InvalidParameterError.code, `Invalid ${parameter}: ${problem}`, {
      ...opts,
      details: { parameter, ...opts.details },
    });
  }
}

/** A block the node does not know (or has pruned). */
export class BlockNotFoundError extends SdkError {
  static readonly code = 'BLOCK_NOT_FOUND';
  constructor(block: string | number) {
    super(BlockNotFoundError.code, `Block ${block} not found`, { details: { block } });
  }
}
