/**
 * The spread of a model's errors per horizon step, measured by re-running it from earlier origins of the
 * history (rolling-origin backtest). Used to turn a point forecast into quantiles.
 */
export type PointModel = (history: readonly number[], horizon: number) => number[];

export interface BacktestOpts {
  /** Number of earlier forecast origins; default 6. */
  origins?: number;
  /** Shortest history a backtest fit may use; default half the history. */
  minHistory?: number;
}

/** Root-mean-square error per step h = 1..horizon, made non-decreasing in h. */
export function backtestSpread(
  model: PointModel,
  history: readonly number[],
  horizon: number,
  opts: BacktestOpts = {},
): number[] {
  const origins = opts.origins ?? 6;
  const minHistory = Math.max(8, opts.minHistory ?? Math.floor(history.length / 2));
  const sumSq = new Array<number>(horizon).fill(0);
  const counts = new Array<number>(horizon).fill(0);
  const last = history.length - 1;
  const span = Math.max(1, Math.floor(horizon / 2));
  for (let k = 1; k <= origins; k++) {
    const end = history.length - k * span;
    if (end < minHistory) break;
    const forecast = model(history.slice(0, end), horizon);
    for (let h = 0; h < horizon && end + h <= last; h++) {
      sumSq[h]! += (history[end + h]! - forecast[h]!) ** 2;
      counts[h]! += 1;
    }
  }
  return fillSpread(sumSq, counts, history);
}

function fillSpread(sumSq: number[], counts: number[], history: readonly number[]): number[] {
  let step = 0;
  for (let t = 1; t < history.length; t++) step += Math.abs(history[t]! - history[t - 1]!);
  step = step / Math.max(1, history.length - 1) || 1e-9;
  const out: number[] = [];
  let previous = 0;
  for (let h = 0; h < sumSq.length; h++) {
    const measured = counts[h]! > 0 ? Math.sqrt(sumSq[h]! / counts[h]!) : step * Math.sqrt(h + 1);
    previous = Math.max(previous, Number.isFinite(measured) ? measured : step * Math.sqrt(h + 1));
    out.push(previous);
  }
  return out;
}
