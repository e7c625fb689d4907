/**
 * The three messages of the forecasting protocol, as plain types and zod schemas (snake_case, as they
 * travel in synapse bodies):
 *
 * - `ForecastTask` (validator -> miner): a history window, how many steps to predict, seconds per step.
 * - `ForecastCommit` (miner -> validator, before the truth exists): the commitment hash of the answer.
 * - `ForecastReveal` (miner -> validator, after the commit window closed): the answer and its salt.
 *
 * Limits keep a hostile payload cheap to reject: at most MAX_HISTORY history values, MAX_HORIZON steps,
 * MAX_QUANTILES quantile levels.
 */
import { z } from 'zod';

export const MAX_HISTORY = 20_000;
export const MAX_HORIZON = 1_000;
export const MAX_QUANTILES = 32;
/** 16..64 bytes of salt, lowercase hex. */
export const SALT_PATTERN = /^[0-9a-f]{32,128}$/;
/** 32 bytes of sha256, lowercase hex. */
export const COMMITMENT_PATTERN = /^[0-9a-f]{64}$/;
export const TASK_ID_PATTERN = /^[0-9a-zA-Z_-]{1,128}$/;

export interface ForecastTask {
  /** Opaque id chosen by the validator; reveals nothing about the series' seed. */
  task_id: string;
  /** Past values, oldest first. */
  history: number[];
  /** Number of future steps to predict. */
  horizon: number;
  /** Seconds between two steps (a hint: 3600 = hourly). */
  interval_s: number;
}

export interface ForecastCommit {
  task_id: string;
  /** sha256 (hex) of the canonical JSON of {hotkey, task_id, point, quantiles, salt}: see commitment.ts. */
  commitment: string;
}

export interface QuantileForecast {
  /** Quantile level in (0, 1), e.g. 0.1. */
  q: number;
  /** One value per horizon step. */
  values: number[];
}

export interface ForecastReveal {
  task_id: string;
  /** The point forecast, one value per horizon step. */
  point: number[];
  /** Optional predictive quantiles; scored by CRPS (quantile loss). */
  quantiles?: QuantileForecast[];
  /** Lowercase hex, 16 to 64 bytes, fresh for every answer. */
  salt: string;
}

/** A prediction without protocol fields: what a model returns. */
export interface ForecastPrediction {
  point: number[];
  quantiles?: QuantileForecast[];
}

const finite = z.number().refine(Number.isFinite, 'must be finite');
const taskId = z.string().regex(TASK_ID_PATTERN);

export const forecastTaskSchema = z.object({
  task_id: taskId,
  history: z.array(finite).min(1).max(MAX_HISTORY),
  horizon: z.int().min(1).max(MAX_HORIZON),
  interval_s: z.number().positive(),
});

export const forecastCommitSchema = z.object({
  task_id: taskId,
  commitment: z.string().regex(COMMITMENT_PATTERN),
});

export const quantileForecastSchema = z.object({
  q: z.number().gt(0).lt(1),
  values: z.array(finite).max(MAX_HORIZON),
});

export const forecastRevealSchema = z.object({
  task_id: taskId,
  point: z.array(finite).min(1).max(MAX_HORIZON),
  quantiles: z.array(quantileForecastSchema).max(MAX_QUANTILES).optional(),
  salt: z.string().regex(SALT_PATTERN),
});
