/**
 * `npm start`: will start the local network once the node package lands. Until then it says honestly what
 * exists (the workspaces present, with their descriptions), what is not built yet, and what can be run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBenches } from './bench.js';
import { findWorkspaceDirs } from './findSourceFiles.js';
import { isMainModule } from './isMainModule.js';

/** The workspaces of docs/architecture.md, in dependency order. */
export const PLANNED_WORKSPACES = [
  'packages/primitives',
  'packages/crypto',
  'packages/runtime',
  'packages/storage',
  'packages/rpc',
  'packages/node',
  'packages/sdk',
  'packages/subnet',
  'packages/cli',
  'packages/testing',
  'subnets',
  'apps/explorer',
];

export interface WorkspaceSummary {
  dir: string;
  name: string;
  description: string;
}

export function readWorkspaceSummary(root: string, dir: string): WorkspaceSummary {
  try {
    const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as Record<string, unknown>;
    const name = typeof pkg.name === 'string' ? pkg.name : dir;
    return { dir, name, description: typeof pkg.description === 'string' ? pkg.description : '' };
  } catch {
    return { dir, name: dir, description: '' };
  }
}

export function renderStartBanner(
  present: readonly WorkspaceSummary[],
  benchNames: readonly string[],
): string {
  const rank = (dir: string) => {
    const i = PLANNED_WORKSPACES.findIndex((p) => dir === p || dir.startsWith(`${p}/`));
    return i === -1 ? PLANNED_WORKSPACES.length : i;
  };
  present = [...present].sort((a, b) => rank(a.dir) - rank(b.dir));
  const dirs = new Set(present.map((w) => w.dir));
  const has = (planned: string) =>
    planned === 'subnets' ? present.some((w) => w.dir.startsWith('subnets/')) : dirs.has(planned);
  const missing = PLANNED_WORKSPACES.filter((planned) => !has(planned));
  const width = Math.max(0, ...present.map((w) => w.name.length));
  const out = ['taonet: the Bittensor network, rebuilt in TypeScript', ''];
  out.push(
    dirs.has('packages/node')
      ? 'The node package exists, but `npm start` does not launch a local network yet.'
      : 'The local network cannot start yet: the chain node (packages/node) is not built.',
    '',
    'Built so far:',
    ...present.map((w) => `  ${w.name.padEnd(width)}  ${w.description}`.trimEnd()),
  );
  if (missing.length > 0) out.push('', `Not built yet: ${missing.join(', ')}`);
  out.push(
    '',
    'What runs today:',
    '  npm test                                typecheck, lint, every unit and property test',
    '  npm run conformance -- <vectors.json>   the shared conformance vectors (conformance:all: every file)',
    `  npm run bench -- <name>                 benchmarks: ${benchNames.join(', ') || 'none yet'}`,
  );
  return out.join('\n');
}

if (isMainModule(import.meta.url)) {
  const root = join(import.meta.dirname, '..');
  const present = findWorkspaceDirs(root).map((dir) => readWorkspaceSummary(root, dir));
  console.log(
    renderStartBanner(
      present,
      findBenches(root).map((b) => b.name),
    ),
  );
}
