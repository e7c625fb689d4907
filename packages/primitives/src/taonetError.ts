/**
 * The one base error class of taonet (node, SDK, CLI): a stable machine-readable `code`, a short
 * human message, structured `details`, and an optional `cause`. Runtime dispatch errors use their own
 * subtensor-named type, built on this one.
 */
export interface TaonetErrorOpts {
  readonly details?: Readonly<Record<string, unknown>>;
  readonly cause?: unknown;
}

export class TaonetError extends Error {
  readonly code: string;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: string, message: string, opts: TaonetErrorOpts = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = new.target.name;
    this.code = code;
    this.details = opts.details ?? {};
  }

  /** A plain-data view for logs and `--json` output (bigints become decimal strings). */
  toJSON(): { code: string; message: string; details: Record<string, unknown> } {
    const details: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(this.details)) {
      details[key] = typeof value === 'bigint' ? value.toString() : value;
    }
    return { code: this.code, message: this.message, details };
  }
}

export function isTaonetError(error: unknown, code?: string): error is TaonetError {
  return error instanceof TaonetError && (code === undefined || error.code === code);
}
