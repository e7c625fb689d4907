/**
 * `npm run test:unit`: finds every `*.test.ts` under packages/*\/test, apps/*\/test, subnets/*\/test and
 * scripts/test, then runs them in one `node --test` process (Node 20 has no glob support there).
 * Extra arguments narrow the run to files whose path contains one of them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const roots = ['packages', 'apps', 'subnets'];

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith('.test.ts')) out.push(path);
  }
}

export function findTestFiles(): string[] {
  const files: string[] = [];
  for (const top of roots) {
    const topDir = join(root, top);
    if (!existsSync(topDir)) continue;
    for (const pkg of readdirSync(topDir)) {
      const testDir = join(topDir, pkg, 'test');
      if (existsSync(testDir)) walk(testDir, files);
    }
  }
  const scriptTests = join(root, 'scripts', 'test');
  if (existsSync(scriptTests)) walk(scriptTests, files);
  return files.map((file) => relative(root, file)).sort();
}

const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const files = findTestFiles().filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)));
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--conditions=development', '--import', 'tsx', '--test', '--test-reporter=spec', ...files],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
