/**
 * `scripts/checkBoundaries.ts`: the dependency direction of docs/architecture.md, enforced on every import.
 *
 * Scans packages/<pkg>/src, packages/<pkg>/test, apps/<app> and subnets/<name> and fails on
 * - an `@taonet/*` import the table below does not allow for that workspace;
 * - a deep import: `@taonet/x/<subpath>` not in x's `exports` map, or a relative path leaving the workspace;
 * - an `@taonet/*` import not declared in the workspace's package.json (`dependencies`/`peerDependencies`;
 *   test files may also use `devDependencies`);
 * - a `node:*` or Node builtin import in packages/runtime/src (the runtime is pure);
 * - an import of the workspace's own name from its src (use a relative path).
 * Test files (under `test/`, or `*.test.ts`/`*.bench.ts`) may in addition import @taonet/testing, the harness.
 * Prints `file:line: message` per violation and exits 1, or one summary line when clean.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, posix } from 'node:path';
import { findImports } from './findImports.js';
import { findSourceFiles, findWorkspaceDirs } from './findSourceFiles.js';
import { isMainModule } from './isMainModule.js';
import { maskSource } from './maskSource.js';

export interface DependencyRule {
  /** folders under packages/ this workspace may import ('*' = any of them), or other workspace folders by path */
  uses: readonly string[];
  /** packages/ folders it may import with `import type` / `export type` only */
  usesTypesOf?: readonly string[];
}

/** Keyed by workspace folder; `apps/*`, `subnets/*` apply to every folder there without its own entry. */
export const DEPENDENCY_RULES: Readonly<Record<string, DependencyRule>> = {
  'packages/primitives': { uses: [] },
  'packages/crypto': { uses: ['primitives'] },
  'packages/runtime': { uses: ['primitives', 'crypto'] },
  'packages/storage': { uses: ['primitives', 'crypto'], usesTypesOf: ['runtime'] },
  'packages/rpc': { uses: ['primitives', 'crypto'] },
  'packages/node': { uses: ['primitives', 'crypto', 'runtime', 'storage', 'rpc'] },
  'packages/sdk': { uses: ['primitives', 'crypto', 'rpc'] },
  'packages/subnet': { uses: ['sdk', 'primitives', 'crypto'] },
  // the CLI serves the explorer (`tao explorer`): its node-side server, never the web app's code; and runs
  // the template subnet's miner (`tao subnet template-miner`)
  'packages/cli': {
    uses: ['sdk', 'subnet', 'node', 'primitives', 'crypto', 'rpc', 'apps/explorer', 'subnets/template'],
  },
  'packages/testing': { uses: ['*'] },
  'apps/explorer': { uses: ['sdk', 'primitives'] },
  'subnets/*': { uses: ['subnet', 'sdk', 'primitives', 'crypto'] },
};

/** Test files of any workspace may use the harness. */
const TEST_HARNESS = 'packages/testing';
const PURE_DIR = 'packages/runtime';
const SCOPE = '@taonet/';

export interface WorkspaceInfo {
  /** `packages/runtime` */
  dir: string;
  /** `@taonet/runtime` ('' without a package.json) */
  name: string;
  /** dependencies, peerDependencies and optionalDependencies */
  dependencies: ReadonlySet<string>;
  devDependencies: ReadonlySet<string>;
  /** keys of the `exports` map ('.', './sub', './*') */
  exportPaths: readonly string[];
}

export interface Violation {
  file: string;
  line: number;
  message: string;
}

export function formatViolation(v: Violation): string {
  return `${v.file}:${v.line}: ${v.message}`;
}

export function ruleFor(dir: string): DependencyRule | undefined {
  return DEPENDENCY_RULES[dir] ?? DEPENDENCY_RULES[`${dir.split('/')[0]}/*`];
}

export function isNodeBuiltin(specifier: string): boolean {
  if (specifier.startsWith('node:')) return true;
  return builtinModules.includes(specifier) || builtinModules.includes(specifier.split('/')[0] ?? '');
}

export function isTestFile(workspaceDir: string, file: string): boolean {
  const inner = file.slice(workspaceDir.length + 1);
  return inner.startsWith('test/') || /\.(?:test|spec|bench)\.[cm]?tsx?$/.test(inner);
}

function isExported(target: WorkspaceInfo, subpath: string): boolean {
  const wanted = `./${subpath}`;
  return target.exportPaths.some((key) => {
    if (!key.includes('*')) return key === wanted;
    const [head = '', tail = ''] = key.split('*');
    return wanted.startsWith(head) && wanted.endsWith(tail) && wanted.length >= head.length + tail.length;
  });
}

interface ImportContext {
  file: string;
  line: number;
  workspace: WorkspaceInfo;
  isTest: boolean;
  typeOnly: boolean;
}

/** Violations of one `@taonet/...` specifier; `workspaces` by package name. */
function checkScopedImport(
  ctx: ImportContext,
  specifier: string,
  workspaces: ReadonlyMap<string, WorkspaceInfo>,
): string[] {
  const [scope = '', short = '', ...rest] = specifier.split('/');
  const name = `${scope}/${short}`;
  const target = workspaces.get(name);
  if (target === undefined) return [`${name} is not a workspace package`];
  const problems: string[] = [];
  if (rest.length > 0 && !isExported(target, rest.join('/'))) {
    problems.push(`deep import ${specifier}: import ${name} (only its exports map is public)`);
  }
  if (target === ctx.workspace) {
    if (!ctx.isTest)
      problems.push(`${ctx.workspace.dir}/src imports its own package ${name}; use a relative path`);
    return problems;
  }
  const allowed = allowedProblem(ctx, target);
  if (allowed !== null) problems.push(allowed);
  const declared =
    ctx.workspace.dependencies.has(name) || (ctx.isTest && ctx.workspace.devDependencies.has(name));
  if (!declared) {
    const where = ctx.isTest ? 'dependencies or devDependencies' : 'dependencies';
    problems.push(`${name} is imported but not declared in ${ctx.workspace.dir}/package.json ${where}`);
  }
  return problems;
}

function allowedProblem(ctx: ImportContext, target: WorkspaceInfo): string | null {
  const rule = ruleFor(ctx.workspace.dir);
  if (rule === undefined) {
    return `no dependency rule for ${ctx.workspace.dir}: add it to DEPENDENCY_RULES in scripts/checkBoundaries.ts`;
  }
  const short = target.dir.startsWith('packages/') ? target.dir.slice('packages/'.length) : target.dir;
  if (short !== null && (rule.uses.includes('*') || rule.uses.includes(short))) return null;
  if (ctx.isTest && target.dir === TEST_HARNESS) return null;
  if (short !== null && rule.usesTypesOf?.includes(short)) {
    return ctx.typeOnly
      ? null
      : `${ctx.workspace.dir} may only use types of ${target.name}: write \`import type\` / \`export type\``;
  }
  const list = [...rule.uses, ...(rule.usesTypesOf ?? []).map((p) => `${p} (types)`)].join(', ') || 'none';
  return `${ctx.workspace.dir} must not depend on ${target.name} (allowed: ${list})`;
}

/** All boundary violations of one file of `workspace`. */
export function findBoundaryViolations(
  file: string,
  text: string,
  workspace: WorkspaceInfo,
  workspaces: ReadonlyMap<string, WorkspaceInfo>,
): Violation[] {
  const isTest = isTestFile(workspace.dir, file);
  const pure = workspace.dir === PURE_DIR && !isTest;
  const violations: Violation[] = [];
  for (const imp of findImports(maskSource(text))) {
    const ctx: ImportContext = { file, line: imp.line, workspace, isTest, typeOnly: imp.typeOnly };
    const report = (message: string) => violations.push({ file, line: imp.line, message });
    const spec = imp.specifier;
    if (spec.startsWith('./') || spec.startsWith('../')) {
      const resolved = posix.normalize(posix.join(posix.dirname(file), spec));
      if (!resolved.startsWith(`${workspace.dir}/`)) {
        report(`relative import ${spec} leaves ${workspace.dir}: import the other package by its name`);
      }
    } else if (spec.startsWith(SCOPE)) {
      for (const message of checkScopedImport(ctx, spec, workspaces)) report(message);
    } else if (pure && isNodeBuiltin(spec)) {
      report(`${PURE_DIR}/src must not import Node builtins (${spec}): the runtime is pure`);
    }
  }
  return violations;
}

function keysOf(value: unknown): string[] {
  return value !== null && typeof value === 'object' ? Object.keys(value) : [];
}

function exportPathsOf(exportsField: unknown): string[] {
  if (exportsField === undefined) return [];
  const keys = keysOf(exportsField);
  return keys.some((key) => key.startsWith('.')) ? keys : ['.'];
}

export function loadWorkspace(root: string, dir: string): WorkspaceInfo {
  let pkg: Record<string, unknown> = {};
  try {
    pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  } catch {
    // no package.json: nothing declared
  }
  return {
    dir,
    name: typeof pkg.name === 'string' ? pkg.name : '',
    dependencies: new Set([
      ...keysOf(pkg.dependencies),
      ...keysOf(pkg.peerDependencies),
      ...keysOf(pkg.optionalDependencies),
    ]),
    devDependencies: new Set(keysOf(pkg.devDependencies)),
    exportPaths: exportPathsOf(pkg.exports),
  };
}

export interface BoundaryReport {
  files: number;
  violations: Violation[];
}

export function checkBoundaries(root: string): BoundaryReport {
  const workspaces = findWorkspaceDirs(root).map((dir) => loadWorkspace(root, dir));
  const byName = new Map(workspaces.filter((w) => w.name !== '').map((w) => [w.name, w]));
  const violations: Violation[] = [];
  let files = 0;
  for (const workspace of workspaces) {
    const scanned = workspace.dir.startsWith('packages/')
      ? [`${workspace.dir}/src`, `${workspace.dir}/test`]
      : [workspace.dir];
    for (const file of findSourceFiles(root, scanned)) {
      files++;
      const text = readFileSync(join(root, file), 'utf8');
      violations.push(...findBoundaryViolations(file, text, workspace, byName));
    }
  }
  return { files, violations };
}

/** Prints the report; the exit code. */
export function runBoundaryCheck(root: string): number {
  const { files, violations } = checkBoundaries(root);
  for (const v of violations) console.error(formatViolation(v));
  if (violations.length > 0) {
    console.error(`checkBoundaries: ${violations.length} violation(s) in ${files} files`);
    return 1;
  }
  console.log(`checkBoundaries: ${files} files, dependency direction respected`);
  return 0;
}

if (isMainModule(import.meta.url)) process.exitCode = runBoundaryCheck(join(import.meta.dirname, '..'));
