/**
 * The compiled CLI that bin/tao.js runs in a checkout, cached in packages/cli/node_modules/.cache/tao/
 * (`TAO_CACHE_DIR` to put it elsewhere). buildBundle.mjs writes it: an esbuild bundle of src/main.ts and
 * of the workspace packages it imports, split so that each command's implementation is its own chunk,
 * loaded only when that command runs. manifest.json names the entry and records every input file
 * (the sources, the build scripts, esbuild's version) with its mtime and size; the bundle is used only
 * while every input still has them, so an edited .ts file is rebuilt on the next run; it also names the
 * chunks' CommonJS scripts (buildScripts.mjs). This file is the fast path of every start: one small JSON
 * read and a stat of each input, no other import; and the lease a running `tao` holds on its build.
 * CommonJS, as tao.js (buildBundle.mjs imports it too).
 */
'use strict';
const { readFileSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

/** Bumped when the manifest's shape or the build's options change. */
const MANIFEST_VERSION = 3;
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
 * The cached bundle when it is up to date with every input, else undefined: `build` (its directory's
 * URL), `main` (the ESM entry's URL) and `scripts` (`{ entry, externals, resolved }` for loadScripts.js,
 * undefined when the build has no scripts).
 */
function findFreshBundle(dir = cacheDir()) {
  const manifest = readManifest(dir);
  if (manifest === undefined) return undefined;
  for (const [path, stamp] of manifest.inputs) if (stampOf(path) !== stamp) return undefined;
  const main = new URL(manifest.main, dir);
  if (stampOf(main) === '') return undefined;
  return { build: new URL('./', main), main: main.href, scripts: manifest.scripts ?? undefined };
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
