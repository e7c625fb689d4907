/**
 * Where the localnet finds what it runs: the repository root (found upwards from this file, so it works
 * from the sources and from dist/), the node's executable and the subnets' entry scripts. The CLI never
 * imports the subnets: it runs their scripts as processes, by path.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface RepoLayout {
  readonly root: string;
  readonly nodeBin: string;
  /** an entry script's absolute path (`subnets/ocr/src/neurons/miner.ts`) */
  script(relative: string): string;
}

export function findRepoRoot(from: string = import.meta.dirname): string {
  let dir = from;
  for (;;) {
    if (
      existsSync(join(dir, 'packages', 'node', 'bin', 'taonet-node.js')) &&
      existsSync(join(dir, 'subnets'))
    ) {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(
        'the localnet runs from a checkout of the taonet repository (packages/node and subnets/ were not found)',
      );
    }
    dir = parent;
  }
}

export function repoLayout(root: string = findRepoRoot()): RepoLayout {
  return {
    root,
    nodeBin: join(root, 'packages', 'node', 'bin', 'taonet-node.js'),
    script: (relative) => join(root, relative),
  };
}
