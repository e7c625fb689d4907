/**
 * The compiled CLI that bin/tao.js runs in a checkout, cached in packages/cli/node_modules/.cache/tao/
 * (`TAO_CACHE_DIR` to put it elsewhere). buildBundle.mjs writes it: an esbuild bundle of src/main.ts and
 * of the workspace packages it imports, split so that each command's implementation is its own chunk,
 * loaded only when that command runs. manifest.json names the entry and records every input file
 * (the sources, the build scripts, esbuild's version) with its mtime and size; the bundle is used only
 * while every input still has them, so an edited .ts file is rebuilt on the next run; it also names the
 * chunks' CommonJS scripts (buildScripts.mjs) and, per script, its inputs and the scripts it imports
 * (`graph`). This file is the fast path of every start: one small JSON read and a stat of the inputs of
 * what the entry loads (a chunk imported later has its inputs, and those of all it can import, checked
 * before it runs: `ensureFresh`), no other import; and the lease a running `tao` holds on its build.
 * CommonJS, as tao.js (buildBundle.mjs imports it too).
 */
'use strict';
const { readFileSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

/** Bumped when the manifest's shape or the build's options change. */
const MANIFEST_VERSION = 4;
/** A build directory's `lease-<pid>` files name the processes running it (see leaseBuild). */
const LEASE_PREFIX = 'lease-';

function cacheDir() {
  const dir = process.env.TAO_CACHE_DIR;
  const path = dir === undefined || dir === '' ? join(__dirname, '..', 'node_modules', '.cache', 'tao') : dir;
  return pathToFileURL(path.endsWith('/') ? path : `${path}/`);
}

/** `mtimeMs:size` of a file, '' when it is missing. */
function stampOf(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat === undefined ? '' : `${stat.mtimeMs}:${stat.size}`;
}

/** The manifest in `dir`, undefined when there is none or it is of another version. */
function readManifest(dir = cacheDir()) {
  try {
    const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8'));
    return manifest.version === MANIFEST_VERSION ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks the manifest's inputs lazily: `check(indexes)` stats those not checked yet (false when one
 * changed); `closure(name, dynamic)` is the inputs of a script and of the scripts it imports (statically,
 * and with `dynamic` also through `import()`), from the manifest's `graph`: `{ always, scripts: { name:
 * [inputs, imports, dynamicImports] } }`.
 */
function createInputCheck(inputs, graph) {
  const checked = new Uint8Array(inputs.length);
  const check = (indexes) => {
    for (const i of indexes) {
      if (checked[i] === 1) continue;
      // an index no input has: a manifest not written by this builder
      if (i >= inputs.length || stampOf(inputs[i][0]) !== inputs[i][1]) return false;
      checked[i] = 1;
    }
    return true;
  };
  const closure = (name, dynamic, skip = new Set()) => {
    const indexes = [];
    const seen = new Set([name]);
    const queue = [name];
    while (queue.length > 0) {
      const [own = [], imports = [], dynamicImports = []] = graph.scripts[queue.pop()] ?? [];
      indexes.push(...own);
      for (const next of dynamic ? [...imports, ...dynamicImports] : imports) {
        if (!seen.has(next) && !skip.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return { indexes, seen };
  };
  return { check, closure };
}

/**
 * The cached bundle when it is up to date, else undefined: `build` (its directory's URL), `main` (the
 * ESM entry's URL), `scripts` (`{ entry, externals, resolved }` for loadScripts.js, undefined when the
 * build has no scripts) and `ensureFresh(script)`. With `all`, or for a build without scripts, every input
 * is checked (the ES modules, the builder); else those of the scripts the entry loads, and `ensureFresh`
 * checks, before a script is imported, those of everything it can load (false when one changed: the
 * command must run again, from a new build).
 */
function findFreshBundle(dir = cacheDir(), { all = false } = {}) {
  const manifest = readManifest(dir);
  if (manifest === undefined) return undefined;
  const graph = all ? undefined : (manifest.scripts?.graph ?? undefined);
  const inputs = createInputCheck(manifest.inputs, graph);
  const fresh =
    graph === undefined
      ? inputs.check(manifest.inputs.keys())
      : inputs.check(graph.always) && inputs.check(inputs.closure(manifest.scripts.entry, false).indexes);
  if (!fresh) return undefined;
  const main = new URL(manifest.main, dir);
  if (stampOf(main) === '') return undefined;
  const complete = new Set();
  const ensureFresh = (name) => {
    if (graph === undefined || complete.has(name)) return true;
    const { indexes, seen } = inputs.closure(name, true, complete);
    if (!inputs.check(indexes)) return false;
    for (const script of seen) complete.add(script);
    return true;
  };
  return { build: new URL('./', main), main: main.href, scripts: manifest.scripts ?? undefined, ensureFresh };
}

/**
 * Marks a build directory as in use by this process until it exits, so that a newer build does not
 * remove it while chunks are still to be loaded from it (buildBundle.mjs). False when it is gone already.
 */
function leaseBuild(build) {
  const lease = new URL(`${LEASE_PREFIX}${process.pid}`, build);
  try {
    writeFileSync(lease, '');
  } catch {
    return false;
  }
  process.once('exit', () => rmSync(lease, { force: true }));
  return true;
}

module.exports = {
  MANIFEST_VERSION,
  LEASE_PREFIX,
  cacheDir,
  stampOf,
  readManifest,
  findFreshBundle,
  leaseBuild,
};
