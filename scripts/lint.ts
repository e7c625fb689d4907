/**
 * `npm run lint`: biome (format and lint; files ignored by git, such as .scratch, are skipped), then the
 * repo's own checks: checkBoundaries (dependency direction), checkSizes (size budgets) and lintRuntime
 * (determinism of packages/runtime/src). Every step runs, so one run shows every problem; exits 1 when any
 * step failed. Each check also runs alone: `node --import tsx scripts/<name>.ts`.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runBoundaryCheck } from './checkBoundaries.js';
import { runSizeCheck } from './checkSizes.js';
import { isMainModule } from './isMainModule.js';
import { runRuntimeLint } from './lintRuntime.js';

export const BIOME_ARGS = [
  'check',
  '--vcs-enabled=true',
  '--vcs-client-kind=git',
  '--vcs-use-ignore-file=true',
  '.',
];

function runBiome(root: string): number {
  const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
  const result = spawnSync(process.execPath, [biome, ...BIOME_ARGS], { cwd: root, stdio: 'inherit' });
  return result.status ?? 1;
}

export const LINT_STEPS: readonly [string, (root: string) => number][] = [
  ['biome', runBiome],
  ['checkBoundaries', runBoundaryCheck],
  ['checkSizes', runSizeCheck],
  ['lintRuntime', runRuntimeLint],
];

export function runLint(root: string): number {
  const failed = LINT_STEPS.filter(([, step]) => step(root) !== 0).map(([name]) => name);
  if (failed.length > 0) console.error(`lint: failed: ${failed.join(', ')}`);
  return failed.length > 0 ? 1 : 0;
}

if (isMainModule(import.meta.url)) process.exitCode = runLint(join(import.meta.dirname, '..'));
