/**
 * What `--json` prints: exactly one JSON object on stdout, nothing else on stdout (prompts, progress and
 * warnings go to stderr).
 *   success: {"ok": true,  "command": "wallet create", "data": <the command's result schema>}
 *   failure: {"ok": false, "command": "wallet create", "error": {"code", "message", "hint", "details"}}
 * The exit code is 0 exactly when `ok` is true.
 */
import { type Schema, s } from './schema.js';

export interface ErrorBody {
  /** A stable code: the SDK's (KEYFILE_NOT_FOUND, WRONG_PASSWORD, ...) or the CLI's (USAGE, ...). */
  code: string;
  message: string;
  /** How to fix it, when known. */
  hint: string | null;
  /** Paths, names and numbers only: never a password, mnemonic, seed or key. */
  details: Record<string, unknown>;
}

export const errorBodySchema: Schema<ErrorBody> = s.object({
  code: s.string(),
  message: s.string(),
  hint: s.nullable(s.string()),
  details: s.record(s.unknown()),
});

export interface SuccessEnvelope<T> {
  ok: true;
  command: string;
  data: T;
}

export interface ErrorEnvelope {
  ok: false;
  command: string;
  error: ErrorBody;
}

export function successEnvelopeSchema<T>(data: Schema<T>): Schema<SuccessEnvelope<T>> {
  return s.object({ ok: s.literal(true), command: s.string(), data });
}

export const errorEnvelopeSchema: Schema<ErrorEnvelope> = s.object({
  ok: s.literal(false),
  command: s.string(),
  error: errorBodySchema,
});

/**
 * The JSON text printed for an envelope: pretty-printed, bigints as decimal strings, one trailing newline.
 * Results hold no bigint (their schemas have none), so the replacer runs only when plain JSON fails (an
 * error's details), not once per value of a 256-row result.
 */
export function formatEnvelope(envelope: SuccessEnvelope<unknown> | ErrorEnvelope): string {
  let text: string;
  try {
    text = JSON.stringify(envelope, null, 2);
  } catch {
    text = JSON.stringify(envelope, (_k, v) => (typeof v === 'bigint' ? v.toString() : v), 2);
  }
  return `${text}\n`;
}
