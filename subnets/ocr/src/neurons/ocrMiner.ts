/**
 * The OCR miner: an axon answering `OcrSynapse` with the text lines a recognizer reads on the page.
 * The recognizer is PP-OCRv4 (`OcrEngine`) by default, or `WeakOcrEngine` (`weak: 'random' | 'cached'`), the
 * deliberately bad miner, or any injected `OcrRecognizer`. Forwards run one at a time by default (the
 * axon's queue, served by the caller's stake, is the engine's); a request whose PNG does not match its
 * declared size answers 400, an engine that is full 503.
 */
import type { Keypair } from '@taonet/crypto';
import { isTaonetError } from '@taonet/primitives';
import {
  type ChainPort,
  Miner,
  type MinerOpts,
  type NeuronLogger,
  type RunMinerOpts,
  resolveHotkey,
  resolveMinerChain,
  toMinerOpts,
} from '@taonet/subnet';
import { OcrEngine, type OcrEngineOpts, type OcrRecognizer } from '../engine/ocrEngine.js';
import type { OcrRequest } from '../ocrSynapse.js';
import { OcrSynapse, type OcrSynapseMessage } from '../protocol/ocrProtocol.js';
import { WeakOcrEngine, type WeakOcrMode } from '../weakOcrEngine.js';

/** A miner that owns its recognizer: `stop()` closes it too. */
export class OcrMiner extends Miner {
  readonly engine: OcrRecognizer & { close?(): Promise<void> };

  constructor(
    opts: MinerOpts,
    modules: { chain: ChainPort | null; logger?: NeuronLogger },
    engine: OcrRecognizer & { close?(): Promise<void> },
  ) {
    const log = modules.logger;
    super(opts, {
      ...modules,
      axon: { onError: (error, ctx) => log?.('warn', 'miner.forward_failed', { ...ctx, error }) },
    });
    this.engine = engine;
    this.attach(OcrSynapse, { forward: (synapse) => forwardOcr(engine, synapse) });
  }

  override async stop(): Promise<void> {
    await super.stop();
    await this.engine.close?.();
  }
}

function requestOf(synapse: OcrSynapseMessage): OcrRequest {
  const { image_png_b64, width, height, task_id } = synapse;
  return { image_png_b64, width, height, task_id };
}

/** The miner's work: read the page; a bad request answers 400, a full engine 503 (no lines). */
export async function forwardOcr(
  engine: OcrRecognizer,
  synapse: OcrSynapseMessage,
): Promise<OcrSynapseMessage> {
  try {
    const { lines } = await engine.recognize(requestOf(synapse));
    return { ...synapse, lines };
  } catch (error) {
    const status = isTaonetError(error, 'OCR_BAD_REQUEST') ? 400 : isTaonetError(error, 'OCR_BUSY') ? 503 : 0;
    if (status === 0) throw error;
    const message = (error as Error).message.split('\n')[0] ?? 'refused';
    return { ...synapse, lines: null, axon: { ...synapse.axon, statusCode: status, statusMessage: message } };
  }
}

export interface RunOcrMinerOpts extends RunMinerOpts {
  /** Answer with `WeakOcrEngine` in this mode instead of reading the page. */
  weak?: WeakOcrMode;
  /** Seed of the weak engine (default 'weak-miner'). */
  weakSeed?: string;
  /** Options of the PP-OCRv4 engine (concurrency, threads, ...). */
  engineOpts?: OcrEngineOpts;
  /** A recognizer to use instead (tests); closed on stop when it has `close()`. */
  engine?: OcrRecognizer;
}

async function createEngine(opts: RunOcrMinerOpts): Promise<OcrRecognizer> {
  if (opts.engine !== undefined) return opts.engine;
  if (opts.weak !== undefined) {
    return new WeakOcrEngine({
      mode: opts.weak,
      ...(opts.weakSeed === undefined ? {} : { seed: opts.weakSeed }),
    });
  }
  return OcrEngine.create(opts.engineOpts);
}

/** The framework's miner options, with the axon's queue sized to the engine. */
function minerOptsOf(opts: RunOcrMinerOpts, hotkey: Keypair): MinerOpts {
  const concurrency = opts.weak === undefined ? (opts.engineOpts?.concurrency ?? 1) : 8;
  const minerOpts = toMinerOpts(opts, hotkey);
  minerOpts.axon = {
    ...minerOpts.axon,
    limits: { maxConcurrentForwards: concurrency, maxQueuedForwards: opts.engineOpts?.maxWaiting ?? 8 },
  };
  return minerOpts;
}

/** Loads the recognizer, then creates and starts an OCR miner; resolves once its axon listens. */
export async function runOcrMiner(opts: RunOcrMinerOpts): Promise<OcrMiner> {
  const hotkey = await resolveHotkey(opts);
  const chain = resolveMinerChain(opts);
  const engine = await createEngine(opts);
  const modules = opts.logger === undefined ? { chain } : { chain, logger: opts.logger };
  const miner = new OcrMiner(minerOptsOf(opts, hotkey), modules, engine);
  try {
    await miner.start(opts.signal);
  } catch (error) {
    await (engine as { close?(): Promise<void> }).close?.();
    throw error;
  }
  return miner;
}
