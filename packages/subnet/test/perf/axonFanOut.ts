/**
 * The fan-out part of the axon bench: our dendrite (this process) queries 256 axons (two child processes of
 * 128, the other core) and the time is compared with the slowest axon's own latency (target <= 1.5).
 */
import { type AxonTarget, createDendrite } from '../../src/index.js';
import { cpuMicros, Echo, keypairOf, nextMessage, startWorker } from './axonBenchWorker.js';

async function timeFanOut(
  dendrite: ReturnType<typeof createDendrite>,
  targets: AxonTarget[],
): Promise<{ ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const results = await dendrite.forward(targets, Echo.create({ text: 'fan-out' }), { timeout: 12 });
  const elapsed = performance.now() - started;
  const failed = results.filter((r) => r.dendrite.statusCode !== 200).length;
  if (failed > 0) throw new Error(`${failed} of ${targets.length} calls failed`);
  return { ms: elapsed, cpuMs: cpuMicros(cpu) / 1000 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchFanOut(): Promise<void> {
  const count = 256;
  for (const [label, delays] of [
    ['forward 100-200 ms', Array.from({ length: count }, (_, i) => 100 + ((i * 37) % 101))],
    ['forward 0 ms', Array.from({ length: count }, () => 0)],
  ] as const) {
    // real axons run on other machines: here two child processes share the other core, half each
    const workers = [0, 1].map((half) =>
      startWorker({ role: 'axons', count: count / 2, delays: delays.filter((_, i) => i % 2 === half) }),
    );
    const halves = await Promise.all(workers.map((w) => nextMessage<{ axons: AxonTarget[] }>(w)));
    const axons = delays.map((_, i) => halves[i % 2]!.axons[Math.floor(i / 2)]!);
    const dendrite = createDendrite({ keypair: keypairOf(424_242), maxSocketsPerAxon: 2 });
    await timeFanOut(dendrite, axons); // warm-up: connections, JIT
    // five rounds: the median, and the fastest (the one other jobs disturbed least)
    const rounds: { ms: number; cpuMs: number }[] = [];
    for (let i = 0; i < 5; i++) rounds.push(await timeFanOut(dendrite, axons));
    const slowest = delays.indexOf(Math.max(...delays));
    const alone: number[] = [];
    for (let i = 0; i < 5; i++) alone.push((await timeFanOut(dendrite, [axons[slowest]!])).ms);
    const fanOut = median(rounds.map((r) => r.ms));
    const fastest = Math.min(...rounds.map((r) => r.ms));
    const cpu = median(rounds.map((r) => r.cpuMs));
    const single = median(alone);
    console.log(
      `  256 axons, ${label.padEnd(20)} fan-out ${fanOut.toFixed(0).padStart(4)} ms (fastest ${fastest.toFixed(0)} ms; dendrite CPU ${cpu.toFixed(0)} ms, ${((cpu * 1000) / count).toFixed(0)} us/call); slowest axon alone ${single.toFixed(0).padStart(3)} ms; ratio ${(fanOut / single).toFixed(2)} (fastest ${(fastest / single).toFixed(2)}; target <= 1.5)`,
    );
    dendrite.close();
    for (const worker of workers) {
      worker.send('stop');
      await new Promise((resolve) => worker.once('exit', resolve));
    }
  }
}
