/**
 * The OCR validator: each step draws a document from a secret seed (`createOcrTask`), sends the page to the
 * sampled miners, and rewards each answer with `scoreOcrResponse` (text, boxes and the round trip the
 * dendrite measured). The framework's `Validator` keeps the moving average and sets the weights; the truth of
 * a step lives only until its answers are scored.
 */
import type { Keypair } from '@taonet/crypto';
import { TaonetError } from '@taonet/primitives';
import {
  type ChainPort,
  type Dendrite,
  type NeuronLogger,
  resolveHotkey,
  Validator,
  type ValidatorOpts,
  type ValidatorTask,
} from '@taonet/subnet';
import type { OcrResponse } from '../ocrSynapse.js';
import { createOcrTask, type OcrTask } from '../ocrTask.js';
import { OCR_SPEC_VERSION, OcrSynapse, type OcrSynapseFields } from '../protocol/ocrProtocol.js';
import { type OcrScore, type ScoreOpts, scoreOcrResponse } from '../scoreOcrResponse.js';
import type { SynthesizeOpts } from '../synthesizeDocument.js';

export type OcrValidatorTask = ValidatorTask<OcrSynapseFields, OcrResponse | null, string>;
export type OcrValidator = Validator<OcrSynapseFields, OcrResponse | null, string>;

export interface OcrTaskOpts {
  /** Page options (size, fonts, ...). */
  synthesize?: SynthesizeOpts;
  /** Scoring options (weights, latency target and timeout, ...). */
  score?: ScoreOpts;
  /** Seeds (default: 128 random bits each step). */
  createSeed?: (step: number) => string;
  /** Told about every scored answer (logs, benchmarks). */
  onScored?: (scored: {
    step: number;
    uid: number;
    hotkey: string;
    latencyMs: number;
    score: OcrScore;
  }) => void;
}

/** Steps whose truth is kept while their answers are awaited (older ones were abandoned). */
const KEPT_STEPS = 64;

/** The validator's task: a fresh page per step, each answer scored against its truth. */
export function createOcrValidatorTask(opts: OcrTaskOpts = {}): OcrValidatorTask {
  const pending = new Map<number, OcrTask>();
  return {
    createSynapse: ({ step }) => {
      for (const old of pending.keys()) if (old <= step - KEPT_STEPS) pending.delete(old);
      const task = createOcrTask(opts.createSeed?.(step), opts.synthesize);
      pending.set(step, task);
      return OcrSynapse.create(task.request);
    },
    score: (responses, { step }) => {
      const task = pending.get(step);
      pending.delete(step);
      if (task === undefined) throw new TaonetError('OCR_TASK_MISSING', `no OCR task for step ${step}`);
      return responses.map((response) => {
        const latencyMs = (response.synapse.dendrite.processTime ?? Number.POSITIVE_INFINITY) * 1000;
        const score = scoreOcrResponse(
          task.truth,
          response.ok ? response.value : null,
          latencyMs,
          opts.score,
        );
        opts.onScored?.({ step, uid: response.uid, hotkey: response.hotkey, latencyMs, score });
        return score.score;
      });
    },
  };
}

export type OcrValidatorOpts = Omit<
  ValidatorOpts<OcrSynapseFields, OcrResponse | null, string>,
  'task' | 'versionKey'
> & { versionKey?: bigint | number; task?: OcrTaskOpts };

export interface OcrValidatorModules {
  chain: ChainPort;
  dendrite?: Dendrite;
  logger?: NeuronLogger;
  random?: () => number;
}

/** An OCR validator, not started. Queries time out after 12 s, the scoring's `timeoutMs`, unless given. */
export function createOcrValidator(opts: OcrValidatorOpts, modules: OcrValidatorModules): OcrValidator {
  const { task: taskOpts, ...rest } = opts;
  const log = modules.logger;
  const task = createOcrValidatorTask({
    ...taskOpts,
    onScored: (scored) => {
      taskOpts?.onScored?.(scored);
      const { score, ...where } = scored;
      log?.('debug', 'validator.ocr_scored', {
        ...where,
        score: score.score,
        cer: score.cer,
        box: score.boxScore,
        ...(score.reason === undefined ? {} : { reason: score.reason }),
      });
    },
  });
  const timeout = (taskOpts?.score?.timeoutMs ?? 12_000) / 1000;
  return new Validator({ versionKey: OCR_SPEC_VERSION, timeout, ...rest, task }, modules);
}

export interface RunOcrValidatorOpts extends Omit<OcrValidatorOpts, 'hotkey'> {
  hotkey?: Keypair;
  hotkeyUri?: string;
  /** `createLocalChainPort()` now, the SDK's port against a node. */
  chain: ChainPort;
  dendrite?: Dendrite;
  logger?: NeuronLogger;
  random?: () => number;
  signal?: AbortSignal;
}

/** Creates and starts an OCR validator (throws NOT_REGISTERED when its hotkey is not on the subnet). */
export async function runOcrValidator(opts: RunOcrValidatorOpts): Promise<OcrValidator> {
  const { chain, dendrite, logger, random, signal, hotkeyUri, hotkey: given, ...rest } = opts;
  const hotkey = await resolveHotkey({ hotkey: given, hotkeyUri });
  const modules: OcrValidatorModules = { chain };
  if (dendrite !== undefined) modules.dendrite = dendrite;
  if (logger !== undefined) modules.logger = logger;
  if (random !== undefined) modules.random = random;
  const validator = createOcrValidator({ ...rest, hotkey }, modules);
  await validator.start(signal);
  return validator;
}
