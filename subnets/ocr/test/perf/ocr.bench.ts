/**
 * `npm run bench -- ocr`: the OCR subnet's figures on synthesized pages: synthesis time, PP-OCRv4 time per
 * image (decode, detection, recognition), scoring time, and the quality (CER, box h-mean, score) of the real
 * engine next to the weak miners in the same run. `--docs=N` pages (default 8); `--gutenye` adds
 * @gutenye/ocr-node's own `detect` as a second baseline (it loads opencv.js into the bench process).
 */
import {
  createOcrTask,
  type DocumentTruth,
  OcrEngine,
  type OcrLine,
  type OcrResponse,
  type OcrTask,
  scoreOcrResponse,
  WeakOcrEngine,
} from '../../src/index.js';

interface Quality {
  cer: number[];
  box: number[];
  score: number[];
  ms: number[];
}

const emptyQuality = (): Quality => ({ cer: [], box: [], score: [], ms: [] });
const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function record(q: Quality, truth: DocumentTruth, answer: unknown, ms: number): void {
  const s = scoreOcrResponse(truth, answer, ms);
  q.cer.push(s.cer);
  q.box.push(s.boxScore);
  q.score.push(s.score);
  q.ms.push(ms);
}

async function timed<T>(job: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const out = await job();
  return [out, performance.now() - t];
}

function synthesize(docs: number): OcrTask[] {
  const tasks: OcrTask[] = [];
  const times: number[] = [];
  for (let i = 0; i < docs; i++) {
    const t = performance.now();
    tasks.push(createOcrTask(`bench-${i}`));
    times.push(performance.now() - t);
  }
  const lines = mean(tasks.map((t) => t.truth.lines.length));
  const kib = mean(tasks.map((t) => t.truth.png.length)) / 1024;
  const { width, height } = tasks[0]?.truth ?? { width: 0, height: 0 };
  console.log(
    `synthesis: ${docs} pages ${width}x${height}, ${mean(times).toFixed(0)} ms/page (median ${median(times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}), ${lines.toFixed(1)} lines/page, PNG ${kib.toFixed(0)} KiB/page`,
  );
  return tasks;
}

async function benchEngine(engine: OcrEngine, tasks: readonly OcrTask[]): Promise<[Quality, OcrResponse[]]> {
  const q = emptyQuality();
  const answers: OcrResponse[] = [];
  const parts = {
    decode: [] as number[],
    detect: [] as number[],
    recognize: [] as number[],
    lines: [] as number[],
  };
  for (const task of tasks) {
    const result = await engine.recognizePng(task.truth.png);
    answers.push({ lines: result.lines });
    record(q, task.truth, answers.at(-1), result.timings.totalMs);
    parts.decode.push(result.timings.decodeMs);
    parts.detect.push(result.timings.detectMs);
    parts.recognize.push(result.timings.recognizeMs);
    parts.lines.push(result.lines.length);
  }
  const perLine = mean(parts.recognize) / Math.max(1, mean(parts.lines));
  console.log(
    `ocr (PP-OCRv4, onnxruntime-node): ${mean(q.ms).toFixed(0)} ms/image (median ${median(q.ms).toFixed(0)}, max ${Math.max(...q.ms).toFixed(0)}) = decode ${mean(parts.decode).toFixed(0)} + detect ${mean(parts.detect).toFixed(0)} + recognize ${mean(parts.recognize).toFixed(0)} (${perLine.toFixed(1)} ms/line); ${(1000 / mean(q.ms)).toFixed(2)} images/s at concurrency 1`,
  );
  return [q, answers];
}

async function benchWeak(mode: 'random' | 'cached', tasks: readonly OcrTask[]): Promise<Quality> {
  const q = emptyQuality();
  const weak = new WeakOcrEngine({ mode });
  for (const task of tasks) {
    const [answer, ms] = await timed(() => weak.recognize(task.request));
    record(q, task.truth, answer, ms);
  }
  return q;
}

/** @gutenye/ocr-node's stock pipeline (rows joined across columns), scored like a miner. */
async function benchGutenye(tasks: readonly OcrTask[]): Promise<Quality> {
  const { default: Ocr } = await import('@gutenye/ocr-node');
  const ocr = await Ocr.create();
  const q = emptyQuality();
  for (const task of tasks) {
    // its detect() hands the argument to sharp, which also takes a Buffer
    const [found, ms] = await timed(() => ocr.detect(task.truth.png as unknown as string));
    const lines = found as { text: string; mean: number; box?: number[][] }[];
    const answer: OcrResponse = {
      lines: lines.flatMap((l) =>
        l.box?.length === 4 ? [{ text: l.text, box: l.box as OcrLine['box'], confidence: l.mean }] : [],
      ),
    };
    record(q, task.truth, answer, ms);
  }
  return q;
}

function scoringTime(tasks: readonly OcrTask[], answers: readonly unknown[]): number {
  const rounds = 20;
  const t = performance.now();
  for (let r = 0; r < rounds; r++) {
    tasks.forEach((task, i) => {
      scoreOcrResponse(task.truth, answers[i], 1000);
    });
  }
  return (performance.now() - t) / (rounds * tasks.length);
}

function printQuality(rows: readonly [string, Quality][]): void {
  console.log(
    `  ${'miner'.padEnd(26)} ${'CER'.padStart(7)} ${'box'.padStart(6)} ${'score'.padStart(6)} ${'ms/img'.padStart(7)}`,
  );
  for (const [name, q] of rows) {
    console.log(
      `  ${name.padEnd(26)} ${mean(q.cer).toFixed(4).padStart(7)} ${mean(q.box).toFixed(3).padStart(6)} ${mean(q.score).toFixed(3).padStart(6)} ${mean(q.ms).toFixed(0).padStart(7)}`,
    );
  }
}

export async function run(args: string[] = []): Promise<void> {
  const docs = Number(args.find((a) => a.startsWith('--docs='))?.slice('--docs='.length) ?? 8);
  const tasks = synthesize(docs);
  const [engine, loadMs] = await timed(() => OcrEngine.create());
  console.log(`model load: ${loadMs.toFixed(0)} ms (detection + recognition sessions)`);
  const [real, answers] = await benchEngine(engine, tasks);
  const weakAnswers = await Promise.all(tasks.map((t) => new WeakOcrEngine().recognize(t.request)));
  console.log(
    `scoring: ${scoringTime(tasks, answers).toFixed(2)} ms/answer (real), ${scoringTime(tasks, weakAnswers).toFixed(2)} ms/answer (weak)`,
  );
  const rows: [string, Quality][] = [
    ['OcrEngine (this package)', real],
    ['WeakOcrEngine random', await benchWeak('random', tasks)],
    ['WeakOcrEngine cached', await benchWeak('cached', tasks)],
  ];
  if (args.includes('--gutenye')) rows.push(['@gutenye/ocr-node detect', await benchGutenye(tasks)]);
  console.log(`quality over ${docs} pages (score includes latency):`);
  printQuality(rows);
  await engine.close();
}
