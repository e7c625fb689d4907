/**
 * The same sparse epoch pipeline as `yuma()` on float64 numbers instead of I32F32 bigints, for the
 * benchmark's baseline only (not bit-exact, not used by the runtime): activity, stake, permits, active
 * stake, masked weights, weighted-median consensus, clipping, incentive, bonds EMA (both variants, fixed
 * or liquid alpha), dividends, emission. Written with plain loops so the baseline is a fair one.
 */
import type { EpochInputs, EpochParams } from '../../src/index.js';

/** A sparse row as parallel column / value arrays. */
interface Row {
  cols: number[];
  vals: number[];
}

const emptyRow = (): Row => ({ cols: [], vals: [] });

function normalize(x: Float64Array): void {
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += x[i] as number;
  if (sum === 0) return;
  for (let i = 0; i < x.length; i++) x[i] = (x[i] as number) / sum;
}

function colNormalize(m: Row[], n: number): void {
  const sums = new Float64Array(n);
  for (const { cols, vals } of m)
    for (let k = 0; k < cols.length; k++) {
      const j = cols[k] as number;
      sums[j] = (sums[j] as number) + (vals[k] as number);
    }
  for (const { cols, vals } of m) {
    for (let k = 0; k < cols.length; k++) {
      const s = sums[cols[k] as number] as number;
      if (s !== 0) vals[k] = (vals[k] as number) / s;
    }
  }
}

function weightedMedian(stake: Float64Array, score: Float64Array, majority: number, idx0: number[]): number {
  let idx = idx0;
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < stake.length; i++) hi += stake[i] as number;
  const minority = hi - majority;
  for (let guard = 0; guard <= idx0.length; guard++) {
    if (idx.length === 0) return 0;
    if (idx.length === 1) return score[idx[0] as number] as number;
    const pivot = score[idx[idx.length >> 1] as number] as number;
    const lower: number[] = [];
    const upper: number[] = [];
    let loStake = 0;
    let hiStake = 0;
    for (const i of idx) {
      const s = score[i] as number;
      if (s < pivot) {
        lower.push(i);
        loStake += stake[i] as number;
      } else if (s > pivot) {
        upper.push(i);
        hiStake += stake[i] as number;
      }
    }
    if (minority < lo + loStake && lower.length > 0) {
      idx = lower;
      hi = lo + loStake;
    } else if (hi - hiStake <= minority && upper.length > 0) {
      idx = upper;
      lo = hi - hiStake;
    } else return pivot;
  }
  return 0;
}

function consensusOf(activeStake: Float64Array, w: Row[], n: number, kappa: number): Float64Array {
  const voters: number[] = [];
  for (let i = 0; i < activeStake.length; i++) if ((activeStake[i] as number) > 0) voters.push(i);
  const stake = Float64Array.from(voters, (i) => activeStake[i] as number);
  normalize(stake);
  const scores = Array.from({ length: n }, () => new Float64Array(voters.length));
  voters.forEach((i, k) => {
    const { cols, vals } = w[i] as Row;
    for (let t = 0; t < cols.length; t++) (scores[cols[t] as number] as Float64Array)[k] = vals[t] as number;
  });
  const idx = voters.map((_, k) => k);
  const out = new Float64Array(n);
  for (let j = 0; j < n; j++) out[j] = weightedMedian(stake, scores[j] as Float64Array, kappa, idx);
  return out;
}

function ema(delta: Row[], old: Row[], alpha: number, n: number): Row[] {
  const dense = new Float64Array(n);
  return delta.map((row, i) => {
    dense.fill(0);
    const prev = old[i] ?? emptyRow();
    for (let k = 0; k < prev.cols.length; k++)
      dense[prev.cols[k] as number] = (1 - alpha) * (prev.vals[k] as number);
    for (let k = 0; k < row.cols.length; k++) {
      const j = row.cols[k] as number;
      dense[j] = (dense[j] as number) + alpha * (row.vals[k] as number);
    }
    const out = emptyRow();
    for (let j = 0; j < n; j++) {
      const v = dense[j] as number;
      if (v > 0) {
        out.cols.push(j);
        out.vals.push(Math.min(v, 1));
      }
    }
    return out;
  });
}

/** Liquid alpha (Yuma 3): a per-cell sigmoid alpha for every (row, column), then the sparse EMA. */
function liquidEma(w: Row[], old: Row[], c: Float64Array, params: EpochParams, n: number): Row[] {
  const low = params.alphaLowU16 / 65535;
  const high = params.alphaHighU16 / 65535;
  const slope = params.alphaSigmoidSteepness / -100;
  const weight = new Float64Array(n);
  const bond = new Float64Array(n);
  const alpha = new Float64Array(n);
  return w.map((row, i) => {
    const prev = old[i] ?? emptyRow();
    weight.fill(0);
    bond.fill(0);
    for (let k = 0; k < row.cols.length; k++) weight[row.cols[k] as number] = row.vals[k] as number;
    for (let k = 0; k < prev.cols.length; k++) bond[prev.cols[k] as number] = prev.vals[k] as number;
    for (let j = 0; j < n; j++) {
      const wj = weight[j] as number;
      const bj = bond[j] as number;
      const diff =
        wj >= bj ? Math.min(Math.max(wj - (c[j] as number), 0), 1) : Math.min(Math.max(bj - wj, 0), 1);
      const x = Math.min(Math.max(slope * (diff - 0.5), -20), 20);
      alpha[j] = Math.min(Math.max(low + (high - low) / (1 + Math.exp(x)), low), high);
    }
    const out = emptyRow();
    for (let k = 0; k < row.cols.length; k++) {
      const j = row.cols[k] as number;
      const a = alpha[j] as number;
      const v = Math.min((1 - a) * (bond[j] as number) + Math.max(a * (row.vals[k] as number), 0), 1);
      if (v > 0) {
        out.cols.push(j);
        out.vals.push(v);
      }
    }
    return out;
  });
}

function maskedWeights(inputs: EpochInputs, forbid: boolean[], n: number): Row[] {
  const registered = Array.from({ length: n }, (_, j) => Number(inputs.blockAtRegistration[j] ?? 0n));
  const out: Row[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = emptyRow();
    out[i] = row;
    if (forbid[i]) continue;
    const updated = Number(inputs.lastUpdate[i] ?? 0n);
    let sum = 0;
    for (const [j, v] of inputs.weights[i] ?? []) {
      if (j >= n || j === i || updated <= (registered[j] ?? 0)) continue;
      row.cols.push(j);
      row.vals.push(v);
      sum += v;
    }
    if (sum > 0) for (let k = 0; k < row.vals.length; k++) row.vals[k] = (row.vals[k] as number) / sum;
  }
  return out;
}

function clip(w: Row[], c: Float64Array): Row[] {
  return w.map(({ cols, vals }) => {
    const out = emptyRow();
    for (let k = 0; k < cols.length; k++) {
      const j = cols[k] as number;
      const cj = c[j] as number;
      const v = vals[k] as number;
      if (cj < v && cj <= 0) continue;
      out.cols.push(j);
      out.vals.push(cj < v ? cj : v);
    }
    return out;
  });
}

function scaled(
  m: readonly (readonly (readonly [number, number])[])[],
  factor: (i: number) => number,
): Row[] {
  return m.map((cells, i) => {
    const f = factor(i);
    return { cols: cells.map(([j]) => j), vals: cells.map(([, v]) => v * f) };
  });
}

function rowDot(row: Row, x: Float64Array): number {
  let acc = 0;
  for (let k = 0; k < row.cols.length; k++)
    acc += (row.vals[k] as number) * (x[row.cols[k] as number] as number);
  return acc;
}

function dividendsOf(
  params: EpochParams,
  clipped: Row[],
  s: Float64Array,
  inc: Float64Array,
  inputs: EpochInputs,
  consensus: Float64Array,
) {
  const n = inputs.n;
  const alpha = 1 - Number(params.bondsMovingAverage) / 1e6;
  const dividends = new Float64Array(n);
  if (params.yuma3) {
    const old = scaled(inputs.bonds, () => 1 / 65535);
    const liquid = params.liquidAlpha && consensus.some((x) => x !== 0);
    const bonds = liquid ? liquidEma(clipped, old, consensus, params, n) : ema(clipped, old, alpha, n);
    colNormalize(bonds, n);
    bonds.forEach((row, i) => {
      dividends[i] = rowDot(row, inc) * (s[i] as number);
    });
  } else {
    const prev = scaled(inputs.bonds, () => 1);
    colNormalize(prev, n);
    const delta = clipped.map((row, i) => ({
      cols: row.cols,
      vals: row.vals.map((v) => v * (s[i] as number)),
    }));
    colNormalize(delta, n);
    const bonds = ema(delta, prev, alpha, n);
    colNormalize(bonds, n);
    bonds.forEach((row, i) => {
      dividends[i] = rowDot(row, inc);
    });
  }
  normalize(dividends);
  return dividends;
}

export function yumaFloat64(
  inputs: EpochInputs,
  params: EpochParams,
): { incentive: Float64Array; dividends: Float64Array; emission: number[] } {
  const n = inputs.n;
  const stake = Float64Array.from({ length: n }, (_, i) => Number(inputs.stakeAlpha[i] ?? 0n));
  normalize(stake);
  const forbid = Array.from({ length: n }, (_, i) => inputs.validatorPermit[i] !== true);
  const activeStake = Float64Array.from(stake, (x, i) => {
    const inactive = (inputs.lastUpdate[i] ?? 0n) + params.activityCutoffBlocks < inputs.currentBlock;
    return inactive || forbid[i] ? 0 : x;
  });
  normalize(activeStake);
  const w = maskedWeights(inputs, forbid, n);
  const consensus = consensusOf(activeStake, w, n, params.kappaU16 / 65535);
  const clipped = clip(w, consensus);
  const incentive = new Float64Array(n);
  clipped.forEach(({ cols, vals }, i) => {
    for (let k = 0; k < cols.length; k++) {
      const j = cols[k] as number;
      incentive[j] = (incentive[j] as number) + (vals[k] as number) * (activeStake[i] as number);
    }
  });
  normalize(incentive);
  const dividends = dividendsOf(params, clipped, activeStake, incentive, inputs, consensus);
  let total = 0;
  for (let i = 0; i < n; i++) total += (incentive[i] as number) + (dividends[i] as number);
  const rao = Number(inputs.raoEmission);
  const emission = Array.from(incentive, (x, i) =>
    Math.floor(((x + (dividends[i] as number)) / (total || 1)) * rao),
  );
  return { incentive, dividends, emission };
}
