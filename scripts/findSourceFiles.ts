/**
 * TypeScript source files (`.ts`, `.tsx`, `.mts`, `.cts`) under some folders of the repo, as sorted
 * `/`-separated paths relative to the repo root. node_modules, dist and dot-folders (.scratch, .data) are
 * skipped.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts'];
const SKIPPED = new Set(['node_modules', 'dist']);

export function isSourceFile(name: string): boolean {
  return SOURCE_EXTENSIONS.some((ext) => name.endsWith(ext));
}

export function findSourceFiles(root: string, dirs: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      if (SKIPPED.has(name) || name.startsWith('.')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (isSourceFile(name)) files.push(relative(root, path).split(sep).join('/'));
    }
  };
  for (const dir of dirs) {
    const abs = join(root, dir);
    if (existsSync(abs) && statSync(abs).isDirectory()) walk(abs);
  }
  return [...new Set(files)].sort();
}

/** `packages/x`, `apps/x`, `subnets/x`: the workspace folders present under the repo root. */
export function findWorkspaceDirs(root: string): string[] {
  const dirs: string[] = [];
  for (const top of ['packages', 'apps', 'subnets']) {
    const abs = join(root, top);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs).sort()) {
      if (name.startsWith('.') || !statSync(join(abs, name)).isDirectory()) continue;
      dirs.push(`${top}/${name}`);
    }
  }
  return dirs;
}
