/**
 * `npm run bench -- fixed`: I32F32 / I64F64 mul and div throughput next to float64 in the same run.
 * Inputs come from a seeded generator so every run does the same work.
 */
import { type Fixed, type FixedType, I32F32, I64F64 } from '../../src/index.js';

const COUNT = 4096;
const ROUNDS = 60;

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

function opsPerSecond(body: () => void, opsPerCall: number): number {
  body(); // warm-up
  const samples: number[] = [];
  for (let r = 0; r < 7; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < ROUNDS; i++) body();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    samples.push((opsPerCall * ROUNDS) / seconds);
  }
  samples.sort((a, b) => a - b);
  return samples[3] ?? 0;
}

function fixedInputs<N extends string>(type: FixedType<N>, random: () => number): Fixed<N>[] {
  return Array.from({ length: COUNT }, () => type.fromF64(random() * 2 + 0.001));
}

function benchType<N extends string>(type: FixedType<N>, xs: Fixed<N>[], ys: Fixed<N>[]) {
  let sink = 0n;
  const mul = opsPerSecond(() => {
    for (let i = 0; i < COUNT; i++) sink ^= type.mul(xs[i]!, ys[i]!);
  }, COUNT);
  const div = opsPerSecond(() => {
    for (let i = 0; i < COUNT; i++) sink ^= type.safeDiv(xs[i]!, ys[i]!);
  }, COUNT);
  return { mul, div, sink };
}

export async function run(): Promise<void> {
  const random = seeded(42);
  const fx = Array.from({ length: COUNT }, () => random() * 2 + 0.001);
  const fy = Array.from({ length: COUNT }, () => random() * 2 + 0.001);
  let floatSink = 0;
  const floatMul = opsPerSecond(() => {
    for (let i = 0; i < COUNT; i++) floatSink += fx[i]! * fy[i]!;
  }, COUNT);
  const floatDiv = opsPerSecond(() => {
    for (let i = 0; i < COUNT; i++) floatSink += fx[i]! / fy[i]!;
  }, COUNT);
  const i32 = benchType(I32F32, fixedInputs(I32F32, random), fixedInputs(I32F32, random));
  const i64 = benchType(I64F64, fixedInputs(I64F64, random), fixedInputs(I64F64, random));

  const rows: [string, number, number][] = [
    ['float64', floatMul, floatDiv],
    ['I32F32', i32.mul, i32.div],
    ['I64F64', i64.mul, i64.div],
  ];
  const fmt = (n: number) => `${(n / 1e6).toFixed(2)}M/s`;
  console.log('type      mul          div          mul vs float64   div vs float64');
  for (const [name, mul, div] of rows) {
    const ratioMul = (floatMul / mul).toFixed(1);
    const ratioDiv = (floatDiv / div).toFixed(1);
    console.log(
      `${name.padEnd(9)} ${fmt(mul).padEnd(12)} ${fmt(div).padEnd(12)} ${`${ratioMul}x slower`.padEnd(16)} ${ratioDiv}x slower`,
    );
  }
  if (floatSink === 0.5 && i32.sink === 1n && i64.sink === 1n) console.log(''); // keep results alive
}
