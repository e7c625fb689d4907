#!/usr/bin/env node
/**
 * The `tao` executable.
 *
 * In a checkout of the repository (after `npm ci`, nothing built) it runs the current sources, compiled
 * ahead of time: an esbuild bundle of src/main.ts and the workspace packages, cached under
 * packages/cli/node_modules/.cache/tao/ and rebuilt on the first run after any of its source files
 * changed (bundleCache.js, buildBundle.js). Starting it costs a stat per source file, not a TypeScript
 * compiler: `tao --help` loads the command specs and commander only. The bundle's chunks run as CommonJS
 * scripts with V8's code cache (buildScripts.js, loadScripts.js); `--verbose` and `DEBUG=tao` run them as
 * ES modules, with source maps.
 *
 * When the bundle cannot be had (esbuild missing, another process building it, a build error), or with
 * TAO_USE_TSX=1, it runs the sources through tsx: its loader plus a resolve hook adding the `development`
 * export condition (so @taonet/* packages resolve to their src/ too). Installed without the sources, or
 * with TAO_USE_DIST=1, it imports the compiled dist/main.js (`npm run build` at the repository root).
 */
import { existsSync } from 'node:fs';
import * as nodeModule from 'node:module';

const here = new URL('./', import.meta.url);

// `npm run tao -- ...` runs from the repository root: relative paths mean the caller's directory.
if (process.env.npm_lifecycle_event === 'tao' && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
const source = new URL('../src/main.ts', here);
const useSource = process.env.TAO_USE_DIST !== '1' && existsSync(source);

/** The cached bundle, built first when needed, leased by this process (see bundleCache.js). */
async function findBundle() {
  if (process.env.TAO_USE_TSX === '1') return undefined;
  const { findFreshBundle, leaseBuild } = await import('./bundleCache.js');
  // a build removed between finding and leasing it (a newer one replaced it): look again
  for (let attempt = 0; attempt < 2; attempt++) {
    let bundle = findFreshBundle();
    if (bundle === undefined) {
      const { buildBundle } = await import('./buildBundle.js');
      bundle = await buildBundle();
    }
    if (bundle === undefined) return undefined;
    if (leaseBuild(bundle.build)) return bundle;
  }
  return undefined;
}

function canUseTsx() {
  try {
    import.meta.resolve('tsx/esm/api');
    return true;
  } catch {
    return false;
  }
}

const bundle = useSource ? await findBundle() : undefined;
if (bundle !== undefined) {
  const debug = process.argv.includes('--verbose') || /\btao\b/.test(process.env.DEBUG ?? '');
  if (bundle.scripts != null && !debug) {
    // The chunks as scripts, with V8's code cache (loadScripts.js).
    const { runScripts } = await import('./loadScripts.js');
    await runScripts(bundle.build, bundle.scripts.entry, bundle.scripts.externals);
  } else {
    // Stack traces (--verbose, DEBUG=tao) point into the sources: the ES modules have source maps.
    if (debug) process.setSourceMapsEnabled(true);
    // Node 22: V8's compiled code of the chunks is cached on disk too.
    nodeModule.enableCompileCache?.();
    await import(bundle.main);
  }
} else if (useSource && canUseTsx()) {
  nodeModule.register('./developmentCondition.js', here);
  const { register: registerTsx } = await import('tsx/esm/api');
  // No tsconfig lookup from the caller's directory: the sources need none.
  registerTsx({ tsconfig: false });
  await import(source.href);
} else {
  const dist = new URL('../dist/main.js', here);
  if (!existsSync(dist)) {
    process.stderr.write(
      'error: tao is not built: run `npm run build` (or install tsx to run the sources)\n',
    );
    process.exit(70);
  }
  await import(dist.href);
}
