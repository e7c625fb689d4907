#!/usr/bin/env node
/**
 * The `tao` executable.
 *
 * In a checkout of the repository (after `npm ci`, nothing built) it runs the current sources, compiled
 * ahead of time: an esbuild bundle of src/main.ts and the workspace packages, cached under
 * packages/cli/node_modules/.cache/tao/ and rebuilt on the first run after any of its source files
 * changed (bundleCache.js, buildBundle.mjs). Starting it costs a stat per source file of what it loads
 * (a command's own are checked when its module is imported), not a TypeScript compiler: `tao --help`
 * loads the command specs and commander only. The bundle's chunks run as CommonJS
 * scripts with V8's code cache (buildScripts.mjs, loadScripts.js); `--verbose` and `DEBUG=tao` run them as
 * ES modules, with source maps.
 *
 * This file, bundleCache.js and loadScripts.js are CommonJS (bin/package.json): the fast path starts no
 * ES module loader (an ES module entry costs ~5 ms of CPU more than a CommonJS one).
 *
 * When the bundle cannot be had (esbuild missing, another process building it, a build error), or with
 * TAO_USE_TSX=1, it runs the sources through tsx: its loader plus a resolve hook adding the `development`
 * export condition (so @taonet/* packages resolve to their src/ too). Installed without the sources, or
 * with TAO_USE_DIST=1, it imports the compiled dist/main.js (`npm run build` at the repository root).
 */
'use strict';
const { existsSync } = require('node:fs');
const nodeModule = require('node:module');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

// `npm run tao -- ...` runs from the repository root: relative paths mean the caller's directory.
if (process.env.npm_lifecycle_event === 'tao' && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
const source = join(__dirname, '..', 'src', 'main.ts');
const useSource = process.env.TAO_USE_DIST !== '1' && existsSync(source);
const debug = process.argv.includes('--verbose') || /\btao\b/.test(process.env.DEBUG ?? '');
// set for a run started again by runAgain(): check every input of the bundle first (not passed on)
const checkAll = process.env.TAO_CHECK_ALL_INPUTS === '1';
delete process.env.TAO_CHECK_ALL_INPUTS;

/** The cached bundle, built first when needed, leased by this process (see bundleCache.js). */
async function findBundle() {
  if (process.env.TAO_USE_TSX === '1') return undefined;
  const { findFreshBundle, leaseBuild } = require('./bundleCache.js');
  // a build removed between finding and leasing it (a newer one replaced it): look again
  for (let attempt = 0; attempt < 2; attempt++) {
    // the ES modules (debug) have no per-chunk check: every input is checked first
    let bundle = findFreshBundle(undefined, { all: debug || checkAll });
    if (bundle === undefined) {
      const { buildBundle } = await import('./buildBundle.mjs');
      bundle = await buildBundle();
    }
    if (bundle === undefined) return undefined;
    if (leaseBuild(bundle.build)) return bundle;
  }
  return undefined;
}

/** tsx's ES module API, undefined when tsx is not installed. */
async function importTsx() {
  try {
    return await import('tsx/esm/api');
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

/**
 * A chunk about to be imported was built from sources changed since: a start checks the inputs of what
 * the entry loads, and a chunk imported later those of everything it can load, before it runs. The
 * entry's chunks import a command's module (runCli, runCommand) before running it, and nothing the
 * command loads is checked again: so no command has run yet. Runs it again in a new process, which
 * checks every input first (and rebuilds), and exits as it does.
 */
function runAgain() {
  const { spawnSync } = require('node:child_process');
  const result = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, TAO_CHECK_ALL_INPUTS: '1' },
  });
  if (result.signal !== null) process.kill(process.pid, result.signal);
  process.exit(result.status ?? 70);
}

async function runBundle(bundle) {
  if (bundle.scripts != null && !debug) {
    // The chunks as scripts, with V8's code cache (loadScripts.js).
    const { runScripts } = require('./loadScripts.js');
    await runScripts(bundle.build, bundle.scripts, { ensureFresh: bundle.ensureFresh, onStale: runAgain });
    return;
  }
  // Stack traces (--verbose, DEBUG=tao) point into the sources: the ES modules have source maps.
  if (debug) process.setSourceMapsEnabled(true);
  // Node 22: V8's compiled code of the chunks is cached on disk too.
  nodeModule.enableCompileCache?.();
  await import(bundle.main);
}

async function main() {
  const bundle = useSource ? await findBundle() : undefined;
  if (bundle !== undefined) return runBundle(bundle);
  const tsx = useSource ? await importTsx() : undefined;
  if (tsx !== undefined) {
    nodeModule.register('./developmentCondition.mjs', pathToFileURL(`${__dirname}/`));
    // No tsconfig lookup from the caller's directory: the sources need none.
    tsx.register({ tsconfig: false });
    await import(pathToFileURL(source).href);
    return;
  }
  const dist = join(__dirname, '..', 'dist', 'main.js');
  if (!existsSync(dist)) {
    process.stderr.write(
      'error: tao is not built: run `npm run build` (or install tsx to run the sources)\n',
    );
    process.exit(70);
  }
  await import(pathToFileURL(dist).href);
}

// a failure is an unhandled rejection: printed, exit code 1 (as a top-level await's was)
main();
