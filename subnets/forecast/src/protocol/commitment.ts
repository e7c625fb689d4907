/**
 * Commit-then-reveal of predictions. A miner answers a task with `sha256(canonicalJson({hotkey, task_id,
 * point, quantiles, salt}))` while the future is unknown, and later reveals the prediction and the salt;
 * the validator recomputes the hash and only then scores. Binding the miner's hotkey into the hash stops a
 * miner from copying another's commitment and replaying its reveal.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ForecastCommit, ForecastPrediction, ForecastReveal, ForecastTask } from './forecastPayloads.js';
import { forecastRevealSchema } from './forecastPayloads.js';

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json | undefined };

/**
 * JSON with object keys sorted (by UTF-16 code units), no spaces, `undefined` members dropped, numbers as
 * `JSON.stringify` writes them (shortest round-trip form; -0 as 0). Non-finite numbers are refused.
 */
export function canonicalJson(value: Json): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError('canonicalJson: non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v: Json) => canonicalJson(v)).join(',')}]`;
  const object = value as { readonly [key: string]: Json | undefined };
  const keys = Object.keys(object)
    .filter((key) => object[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key]!)}`).join(',')}}`;
}

/** The text that is hashed: quantiles sorted by level so their order does not matter. */
export function commitmentPreimage(hotkey: string, reveal: ForecastReveal): string {
  const quantiles = reveal.quantiles?.map((q) => ({ q: q.q, values: q.values })).sort((a, b) => a.q - b.q);
  return canonicalJson({
    hotkey,
    task_id: reveal.task_id,
    point: reveal.point,
    quantiles: quantiles ?? null,
    salt: reveal.salt,
  });
}

export function computeCommitment(hotkey: string, reveal: ForecastReveal): string {
  return createHash('sha256').update(commitmentPreimage(hotkey, reveal), 'utf8').digest('hex');
}

/** 32 random bytes as hex, from the OS generator. */
export function createSalt(bytes = 32): string {
  return randomBytes(bytes).toString('hex');
}

export type RevealCheck = { ok: true; reveal: ForecastReveal } | { ok: false; reason: RevealRejection };
export type RevealRejection = 'malformed' | 'task_mismatch' | 'commitment_mismatch';

/**
 * Whether a reveal (untrusted input) opens `commitment` for `hotkey` and `taskId`. Never throws: a reveal
 * that is not even well-formed is rejected as 'malformed'.
 */
export function verifyReveal(
  hotkey: string,
  taskId: string,
  commitment: string,
  reveal: unknown,
): RevealCheck {
  const parsed = forecastRevealSchema.safeParse(reveal);
  if (!parsed.success) return { ok: false, reason: 'malformed' };
  const value = parsed.data as ForecastReveal;
  if (value.task_id !== taskId) return { ok: false, reason: 'task_mismatch' };
  if (computeCommitment(hotkey, value) !== commitment) return { ok: false, reason: 'commitment_mismatch' };
  return { ok: true, reveal: value };
}

export interface ForecastAnswer {
  /** Sent now. */
  commit: ForecastCommit;
  /** Kept by the miner and sent when the validator asks for reveals. */
  reveal: ForecastReveal;
}

/** The miner's side: wrap a prediction into a commit to send now and a reveal to keep. */
export function createForecastAnswer(
  hotkey: string,
  task: Pick<ForecastTask, 'task_id'>,
  prediction: ForecastPrediction,
  salt: string = createSalt(),
): ForecastAnswer {
  const reveal: ForecastReveal = { task_id: task.task_id, point: prediction.point, salt };
  if (prediction.quantiles !== undefined) reveal.quantiles = prediction.quantiles;
  return { commit: { task_id: task.task_id, commitment: computeCommitment(hotkey, reveal) }, reveal };
}
