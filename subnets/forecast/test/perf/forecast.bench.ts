/**
 * `npm run bench -- forecast`: the forecasting subnet's miners (naive, seasonal naive with drift,
 * Holt-Winters, AR least squares, tfjs MLP on wasm) on the same seeded tasks: training and prediction
 * time per task, average score and wins against the naive miner measured in the same run; plus the
 * validator's costs (task generation, commitment check, scoring). `--tasks=N` synthetic tasks (default
 * 20), `--real=N` tasks per real series (default 3), `--budget=MS` MLP training budget (default 1500).
 */
import {
  arForecaster,
  computeCommitment,
  createForecastAnswer,
  createForecastTask,
  type Forecaster,
  type ForecastTaskBundle,
  holtWintersForecaster,
  initTfWasm,
  mlpForecast,
  naiveForecaster,
  REAL_SERIES,
  scoreForecast,
  seasonalNaiveForecaster,
} from '@taonet/subnet-forecast';

interface Row {
  name: string;
  trainMs: number[];
  predictMs: number[];
  scores: number[];
}

function option(args: readonly string[], name: string, fallback: number): number {
  const raw = args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const value = raw === undefined ? fallback : Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

const mean = (v: readonly number[]) => (v.length === 0 ? 0 : v.reduce((a, b) => a + b, 0) / v.length);
const median = (v: readonly number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? 0;

function makeTasks(synthetic: number, perReal: number): ForecastTaskBundle[] {
  const tasks = Array.from({ length: synthetic }, (_, i) =>
    createForecastTask({ seed: `bench-${i}`, source: 'synthetic' }),
  );
  for (const info of REAL_SERIES) {
    for (let i = 0; i < perReal; i++)
      tasks.push(createForecastTask({ seed: `bench-${info.name}-${i}`, source: info.name }));
  }
  return tasks;
}

async function runStatistical(model: Forecaster, tasks: readonly ForecastTaskBundle[]): Promise<Row> {
  const row: Row = { name: model.name, trainMs: [], predictMs: [], scores: [] };
  for (const { task, truth } of tasks) {
    const started = performance.now();
    const prediction = await model.forecast(task);
    row.trainMs.push(performance.now() - started);
    row.predictMs.push(0);
    row.scores.push(scoreForecast(task.history, truth, prediction).score);
  }
  return row;
}

async function runMlp(
  tasks: readonly ForecastTaskBundle[],
  budgetMs: number,
): Promise<Row & { epochs: number[] }> {
  const row = {
    name: 'tfjs-mlp',
    trainMs: [] as number[],
    predictMs: [] as number[],
    scores: [] as number[],
    epochs: [] as number[],
  };
  for (const { task, truth } of tasks) {
    const result = await mlpForecast(task, { seed: 'bench', budgetMs });
    row.trainMs.push(result.trainMs);
    row.predictMs.push(result.predictMs);
    row.epochs.push(result.epochs);
    row.scores.push(scoreForecast(task.history, truth, result.prediction).score);
  }
  return row;
}

function printRows(rows: readonly Row[], tasks: readonly ForecastTaskBundle[]): void {
  const naive = rows[0]!.scores;
  const isSynthetic = tasks.map((t) => t.source === 'synthetic');
  const pick = (v: readonly number[], synthetic: boolean) => v.filter((_, i) => isSynthetic[i] === synthetic);
  console.log(
    '  model                  train ms (median/mean)  predict ms  score all  synthetic  real   wins vs naive',
  );
  for (const row of rows) {
    const wins = row.scores.filter((s, i) => s > naive[i]!).length;
    console.log(
      `  ${row.name.padEnd(22)} ${median(row.trainMs).toFixed(1).padStart(9)} / ${mean(row.trainMs).toFixed(1).padStart(7)}` +
        `  ${median(row.predictMs).toFixed(2).padStart(10)}  ${mean(row.scores).toFixed(3).padStart(9)}` +
        `  ${mean(pick(row.scores, true)).toFixed(3).padStart(9)}  ${mean(pick(row.scores, false)).toFixed(3).padStart(5)}` +
        `   ${row === rows[0] ? '-' : `${wins}/${row.scores.length}`}`,
    );
  }
}

function timeValidator(tasks: readonly ForecastTaskBundle[]): void {
  const hotkey = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
  const n = 200;
  let started = performance.now();
  for (let i = 0; i < n; i++) createForecastTask({ seed: `validator-${i}`, source: 'synthetic' });
  const taskMs = (performance.now() - started) / n;
  const { task, truth } = tasks[0]!;
  const answer = createForecastAnswer(hotkey, task, { point: truth.map((v) => v + 1) });
  started = performance.now();
  for (let i = 0; i < n; i++) computeCommitment(hotkey, answer.reveal);
  const hashUs = ((performance.now() - started) / n) * 1000;
  started = performance.now();
  for (let i = 0; i < n; i++) scoreForecast(task.history, truth, answer.reveal);
  const scoreUs = ((performance.now() - started) / n) * 1000;
  console.log(
    `  validator: task generation ${taskMs.toFixed(2)} ms, commitment hash ${hashUs.toFixed(1)} us, scoring ${scoreUs.toFixed(1)} us per reveal`,
  );
}

export async function run(args: string[] = []): Promise<void> {
  const tasks = makeTasks(option(args, 'tasks', 20), option(args, 'real', 3));
  const budgetMs = option(args, 'budget', 1500);
  const horizons = `${tasks[0]?.task.history.length ?? 0} history, ${tasks[0]?.task.horizon ?? 0} ahead`;
  console.log(`  ${tasks.length} tasks (${horizons}); MLP budget ${budgetMs} ms`);
  let started = performance.now();
  await initTfWasm();
  console.log(`  tfjs wasm backend loaded in ${(performance.now() - started).toFixed(0)} ms`);
  const rows: Row[] = [];
  for (const model of [naiveForecaster, seasonalNaiveForecaster, holtWintersForecaster, arForecaster]) {
    rows.push(await runStatistical(model, tasks));
  }
  started = performance.now();
  const mlp = await runMlp(tasks, budgetMs);
  rows.push(mlp);
  printRows(rows, tasks);
  console.log(
    `  (statistical miners: fit + predict + backtested quantiles counted as training; MLP epochs median ${median(mlp.epochs)}, ` +
      `all MLP tasks ${(performance.now() - started).toFixed(0)} ms)`,
  );
  timeValidator(tasks);
}
