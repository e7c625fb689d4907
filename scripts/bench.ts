/**
 * `npm run bench`: the benchmark dispatcher.
 *
 * Benchmarks are `packages/<pkg>/test/perf/<name>.bench.ts` (also under apps/ and subnets/), each exporting
 * `async function run(args: string[]): Promise<void>` that prints its own figures next to a baseline
 * measured in the same run. A name is the file name without `.bench.ts` (`<folder>/<name>` when two
 * workspaces have the same one); its description is the first line of the file's top doc comment.
 *
 *   npm run bench                     lists the benchmarks, runs nothing
 *   npm run bench -- fixed epoch      prints the machine once, then runs those, in that order
 *   npm run bench -- --all            runs every benchmark
 * Other `--flags` are handed to every run(args). An unknown name fails with the list of known ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { arch, cpus, platform, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findWorkspaceDirs } from './findSourceFiles.js';
import { isMainModule } from './isMainModule.js';

export interface BenchEntry {
  name: string;
  /** path relative to the repo root */
  file: string;
  description: string;
}

const SUFFIX = '.bench.ts';

/** The first line of the top doc comment, without a leading "`npm run bench -- x`:" usage note. */
export function describeBench(text: string): string {
  const doc = /^\s*(?:#![^\n]*\n\s*)?\/\*\*?([\s\S]*?)\*\//.exec(text);
  if (doc === null) return '';
  for (const raw of (doc[1] ?? '').split('\n')) {
    const line = raw.replace(/^\s*\*?\s?/, '').trim();
    if (line !== '') return line.replace(/^`npm run bench[^`]*`\s*:?\s*/, '');
  }
  return '';
}

export function findBenches(root: string): BenchEntry[] {
  const found: { base: string; workspace: string; file: string }[] = [];
  for (const dir of findWorkspaceDirs(root)) {
    let names: string[];
    try {
      names = readdirSync(join(root, dir, 'test', 'perf'));
    } catch {
      continue;
    }
    for (const name of names.filter((n) => n.endsWith(SUFFIX)).sort()) {
      found.push({ base: name.slice(0, -SUFFIX.length), workspace: dir, file: `${dir}/test/perf/${name}` });
    }
  }
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f.base, (counts.get(f.base) ?? 0) + 1);
  return found.map((f) => ({
    name: (counts.get(f.base) ?? 0) > 1 ? `${f.workspace.split('/')[1]}/${f.base}` : f.base,
    file: f.file,
    description: describeBench(readFileSync(join(root, f.file), 'utf8')),
  }));
}

export function formatBenchList(benches: readonly BenchEntry[]): string {
  if (benches.length === 0) return 'no benchmarks found (packages/*/test/perf/*.bench.ts)';
  const width = Math.max(...benches.map((b) => b.name.length));
  const lines = benches.map((b) => `  ${b.name.padEnd(width)}  ${b.description || b.file}`);
  return ['benchmarks (npm run bench -- <name> ... | --all):', ...lines].join('\n');
}

export function machineSummary(now: Date = new Date()): string {
  const cpuList = cpus();
  const model = cpuList[0]?.model.trim() ?? 'unknown CPU';
  const memory = `${(totalmem() / 2 ** 30).toFixed(1)} GiB`;
  return `machine: ${model}, ${cpuList.length} cores, ${memory} RAM, Node ${process.version} ${platform()}-${arch()}, ${now.toISOString()}`;
}

export type BenchSelection = { benches: BenchEntry[]; args: string[] } | { error: string } | { list: true };

/** Which benchmarks the command line asks for. */
export function selectBenches(available: readonly BenchEntry[], argv: readonly string[]): BenchSelection {
  const args = argv.filter((a) => a.startsWith('-') && a !== '--all');
  const names = argv.filter((a) => !a.startsWith('-'));
  if (argv.includes('--all')) return { benches: [...available], args };
  if (names.length === 0) return { list: true };
  const unknown = names.filter((n) => !available.some((b) => b.name === n));
  if (unknown.length > 0) {
    const known = available.map((b) => b.name).join(', ') || 'none';
    return { error: `unknown benchmark ${unknown.join(', ')}; available: ${known}` };
  }
  return { benches: names.map((n) => available.find((b) => b.name === n)!), args };
}

export async function runBench(root: string, bench: BenchEntry, args: readonly string[]): Promise<void> {
  const mod = (await import(pathToFileURL(join(root, bench.file)).href)) as { run?: unknown };
  if (typeof mod.run !== 'function') throw new Error(`${bench.file} does not export run()`);
  console.log(`\n== ${bench.name} (${bench.file})`);
  await (mod.run as (args: string[]) => Promise<void>)([...args]);
}

async function main(): Promise<number> {
  const root = join(import.meta.dirname, '..');
  const available = findBenches(root);
  const selection = selectBenches(available, process.argv.slice(2));
  if ('list' in selection) {
    console.log(formatBenchList(available));
    return 0;
  }
  if ('error' in selection) {
    console.error(`bench: ${selection.error}`);
    return 1;
  }
  console.log(machineSummary());
  for (const bench of selection.benches) await runBench(root, bench, selection.args);
  return 0;
}

if (isMainModule(import.meta.url)) process.exitCode = await main();
