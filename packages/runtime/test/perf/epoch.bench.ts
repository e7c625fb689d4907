/**
 * `npm run bench -- epoch`: one Yuma epoch (original and Yuma 3) on dense random subnets, next to a float64 port.
 * Subnets of 256 uids / 64 validators and 1024 uids / 128 validators, every validator weighting every other
 * uid with seeded random weights and carrying the bonds of a previous epoch; then 128 subnets of 256 uids
 * in one go. Prints the median milliseconds per epoch and the ratio to the float64 pipeline timed in the
 * same run; for 256 uids also the bigint pipeline alone (what `yuma` falls back to when a value leaves the
 * exact-number range).
 */

import { computeMatrixTerms } from '../../src/epoch/computeMatrixTerms.js';
import { runEpoch } from '../../src/epoch/yuma.js';
import {
  type EpochInputs,
  type EpochParams,
  type StoredRow,
  vecU16MaxUpscaleToU16,
  yuma,
} from '../../src/index.js';
import { PARAMS } from '../unit/epoch/epochFixture.js';
import { yumaFloat64 } from './epochFloat64.js';

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n uids, the first `validators` staked and permitted, each weighting every other uid at random. */
function randomSubnet(n: number, validators: number, seed: number, params: EpochParams): EpochInputs {
  const random = seeded(seed);
  const weights: StoredRow[] = Array.from({ length: n }, (_, i) => {
    if (i >= validators) return [];
    const uids = Array.from({ length: n }, (_, j) => j).filter((j) => j !== i);
    const values = vecU16MaxUpscaleToU16(uids.map(() => Math.floor(random() * 65536)));
    return uids.map((j, k) => [j, values[k] ?? 0] as const);
  });
  const base: EpochInputs = {
    n,
    currentBlock: 1000n,
    raoEmission: 1_000_000_000n,
    stakeAlpha: Array.from({ length: n }, (_, i) =>
      i < validators ? BigInt(1 + Math.floor(random() * 1e12)) : 0n,
    ),
    blockAtRegistration: new Array<bigint>(n).fill(1n),
    lastUpdate: new Array<bigint>(n).fill(900n),
    validatorPermit: Array.from({ length: n }, (_, i) => i < validators),
    weights,
    bonds: Array.from({ length: n }, (): StoredRow => []),
  };
  // carry the bonds of one previous epoch, as a live subnet would
  return { ...base, bonds: yuma(base, params).bonds };
}

function elapsedMs(body: () => void): number {
  const start = process.hrtime.bigint();
  body();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(samples: number[]): number {
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1] ?? 0;
}

/**
 * The median milliseconds of each body over `runs` rounds, after one warm-up round. The bodies take turns
 * within a round, so a load spike on the (shared) machine hits all of them alike and the ratios hold.
 */
function medianMs(bodies: readonly (() => void)[], runs: number): number[] {
  for (const body of bodies) body();
  const samples = bodies.map((): number[] => []);
  for (let r = 0; r < runs; r++) {
    bodies.forEach((body, b) => {
      samples[b]?.push(elapsedMs(body));
    });
  }
  return samples.map(median);
}

function benchCase(
  label: string,
  subnet: EpochInputs,
  params: EpochParams,
  runs: number,
  withBigint: boolean,
) {
  const bodies = [() => yuma(subnet, params), () => yumaFloat64(subnet, params)];
  if (withBigint) bodies.push(() => runEpoch(subnet, params, computeMatrixTerms));
  const [fixed = 0, float = 0, bigint] = medianMs(bodies, runs);
  const reference = bigint === undefined ? '' : `   bigint pipeline ${bigint.toFixed(2)} ms`;
  console.log(
    `${label.padEnd(46)} ${fixed.toFixed(2).padStart(7)} ms/epoch   float64 ${float.toFixed(2).padStart(6)} ms   ratio ${(fixed / float).toFixed(2)}x${reference}`,
  );
}

export async function run(): Promise<void> {
  const variants: [string, EpochParams][] = [
    ['original Yuma', PARAMS],
    ['Yuma 3', { ...PARAMS, yuma3: true }],
    ['Yuma 3 + liquid alpha', { ...PARAMS, yuma3: true, liquidAlpha: true }],
  ];
  for (const [name, params] of variants) {
    benchCase(`n=256, 64 validators, ${name}`, randomSubnet(256, 64, 256 * 7 + 64, params), params, 21, true);
    const wide = { ...params, maxAllowedValidators: 128 };
    benchCase(
      `n=1024, 128 validators, ${name}`,
      randomSubnet(1024, 128, 1024 * 7 + 128, wide),
      wide,
      9,
      false,
    );
  }
  const subnets = Array.from({ length: 128 }, (_, s) => randomSubnet(256, 64, 1000 + s, PARAMS));
  const [many = 0] = medianMs(
    [
      () => {
        for (const subnet of subnets) yuma(subnet, PARAMS);
      },
    ],
    3,
  );
  console.log(
    `128 subnets x 256 uids, original Yuma: ${many.toFixed(0)} ms in one go (${(many / 128).toFixed(2)} ms/subnet)`,
  );
}
