/**
 * `WeakOcrEngine`: a deliberately bad miner, to show that the incentive works. It never looks at the pixels:
 * - `random`: plausible corpus words in random boxes, drawn from a generator seeded by its seed and the
 *   task id (so an answer is reproducible);
 * - `cached`: the first answer it ever made, replayed for every later document (a lazy miner).
 * It answers at once; its score stays near zero because neither the text nor the boxes match the page.
 */
import { type Corpus, DocumentText, loadDefaultCorpus } from './documentText.js';
import type { OcrRecognizer } from './engine/ocrEngine.js';
import { decodeOcrRequest, type OcrLine, type OcrResponse, toOcrLine } from './ocrSynapse.js';
import { type Seed, SeededRandom } from './seededRandom.js';

export type WeakOcrMode = 'random' | 'cached';

export interface WeakOcrEngineOpts {
  readonly mode?: WeakOcrMode;
  readonly seed?: Seed;
  readonly corpus?: Corpus;
}

export class WeakOcrEngine implements OcrRecognizer {
  readonly mode: WeakOcrMode;
  readonly #seed: Seed;
  readonly #corpus: Corpus;
  #cached: OcrResponse | undefined;

  constructor(opts: WeakOcrEngineOpts = {}) {
    this.mode = opts.mode ?? 'random';
    this.#seed = opts.seed ?? 'weak-miner';
    this.#corpus = opts.corpus ?? loadDefaultCorpus();
  }

  async recognize(request: unknown): Promise<OcrResponse> {
    const { request: valid } = decodeOcrRequest(request);
    if (this.mode === 'cached' && this.#cached !== undefined) return structuredClone(this.#cached);
    const answer = this.#guess(valid.width, valid.height, valid.task_id);
    if (this.mode === 'cached') this.#cached = structuredClone(answer);
    return answer;
  }

  #guess(width: number, height: number, taskId: string): OcrResponse {
    const rng = new SeededRandom(`${String(this.#seed)}:${taskId}`);
    const text = new DocumentText(rng, this.#corpus);
    const words = text.prose();
    const lines: OcrLine[] = [];
    for (let i = rng.int(5, 15); i > 0; i--) {
      const line = Array.from({ length: rng.int(1, 8) }, () => words.next().value as string).join(' ');
      const size = rng.int(16, 32);
      const w = Math.min(width - 2, Math.round(line.length * size * 0.5));
      const x = rng.range(0, Math.max(1, width - w));
      const y = rng.range(0, Math.max(1, height - size));
      const box = [
        [x, y],
        [x + w, y],
        [x + w, y + size],
        [x, y + size],
      ] as const;
      lines.push(toOcrLine(line, box, rng.range(0.5, 1)));
    }
    return { lines };
  }
}
