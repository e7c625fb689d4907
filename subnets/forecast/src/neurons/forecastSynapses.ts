/**
 * The forecasting subnet's two synapses (the Python classes a Python neuron would declare):
 *
 *   class ForecastTaskSynapse(bt.Synapse):        # validator -> miner, answered at once
 *       task_id: str; history: list[float]; horizon: int; interval_s: float
 *       commitment: Optional[str] = None          # the miner's ForecastCommit
 *
 *   class ForecastRevealSynapse(bt.Synapse):      # validator -> miner, once the commit window has closed
 *       task_id: str
 *       point: Optional[list[float]] = None; quantiles: Optional[list[Quantile]] = None
 *       salt: Optional[str] = None                # the miner's ForecastReveal
 *
 * The inputs are hashed into the signed body hash and frozen (an answer cannot change which task it is
 * about). The outputs are typed loosely on purpose: a reveal whose salt or values are off reaches the
 * validator's `verifyReveal`, which names the reason, instead of failing as an unparsable answer.
 */
import { defineSynapse } from '@taonet/subnet';
import { z } from 'zod';
import {
  type ForecastCommit,
  type ForecastReveal,
  forecastTaskSchema,
} from '../protocol/forecastPayloads.js';

const taskFields = {
  ...forecastTaskSchema.shape,
  commitment: z.string().nullable().default(null),
};

export const ForecastTaskSynapse = defineSynapse<typeof taskFields, ForecastCommit | null>({
  name: 'ForecastTaskSynapse',
  fields: taskFields,
  requiredHashFields: ['task_id', 'history', 'horizon', 'interval_s'],
  frozenFields: ['task_id', 'history', 'horizon', 'interval_s'],
  deserialize: (synapse): ForecastCommit | null =>
    synapse.commitment === null ? null : { task_id: synapse.task_id, commitment: synapse.commitment },
});

const quantileField = z.object({ q: z.number(), values: z.array(z.number()) });

const revealFields = {
  task_id: forecastTaskSchema.shape.task_id,
  point: z.array(z.number()).nullable().default(null),
  quantiles: z.array(quantileField).nullable().default(null),
  salt: z.string().nullable().default(null),
};

export const ForecastRevealSynapse = defineSynapse<typeof revealFields, ForecastReveal | null>({
  name: 'ForecastRevealSynapse',
  fields: revealFields,
  requiredHashFields: ['task_id'],
  frozenFields: ['task_id'],
  deserialize: (synapse): ForecastReveal | null => {
    if (synapse.point === null || synapse.salt === null) return null;
    const reveal: ForecastReveal = { task_id: synapse.task_id, point: synapse.point, salt: synapse.salt };
    if (synapse.quantiles !== null) reveal.quantiles = synapse.quantiles;
    return reveal;
  },
});

export type ForecastTaskSynapseType = ReturnType<typeof ForecastTaskSynapse.create>;
export type ForecastRevealSynapseType = ReturnType<typeof ForecastRevealSynapse.create>;

/** The subnet code's version. */
export const FORECAST_VERSION = '1.0.0';

/** `spec_version` = 1000 * major + 10 * minor + patch: the weights version key. */
export const FORECAST_SPEC_VERSION = ((): number => {
  const [major = 0, minor = 0, patch = 0] = FORECAST_VERSION.split('.').map(Number);
  return 1000 * major + 10 * minor + patch;
})();
