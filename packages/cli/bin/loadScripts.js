/**
 * Runs the cached bundle as CommonJS scripts (buildScripts.mjs writes them next to the ESM chunks) with
 * V8's code cache: each script's compiled code is saved beside it as `<name>.cjs.cache` by the first run
 * that loads it (when the process exits: by then the functions it ran are compiled too), and given back
 * to V8 by the next runs, which then neither parse nor compile what they run again. A cache that V8
 * rejects (another Node version or V8 flags) is rewritten. The caches live and go with their build
 * directory.
 *
 * A small module system: `require('./chunk.mjs')` runs a chunk once and returns its exports; the
 * external packages a chunk imports are imported first through Node's ESM loader (`__taoImport`), other
 * `require`s (Node's built-in modules, CommonJS dependencies of bundled npm code) are Node's `require`.
 * CommonJS, as tao.js.
 */
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { fileURLToPath, pathToFileURL } = require('node:url');
const vm = require('node:vm');

const DEFAULT_LOADER = vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;

/** Chunk file name of a relative specifier (`./chunk-X.mjs` -> `chunk-X.cjs`), else undefined. */
const scriptOf = (specifier) =>
  specifier.startsWith('./') && specifier.endsWith('.mjs') ? `${specifier.slice(2, -4)}.cjs` : undefined;

function saveCache(path, script) {
  try {
    const temporary = `${path}.${process.pid}`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, path);
  } catch {
    // a read-only or removed build directory: the next run compiles again
  }
}

/**
 * Runs the scripts' entry of the build directory `buildUrl`; of the manifest's `scripts`: `externals` maps
 * a script to the packages to import before it runs, `resolved` the packages the bundle's
 * `import.meta.resolve` names to their URLs (see buildScripts.mjs). Before a script is imported (`import()`),
 * `ensureFresh(script)` checks the sources of all it can load (bundleCache.js): when one changed,
 * `onStale()` (which does not return). Returns when the entry has run (not the command).
 */
async function runScripts(buildUrl, { entry, externals, resolved = {} }, { ensureFresh, onStale } = {}) {
  const dir = fileURLToPath(buildUrl);
  const nodeRequire = createRequire(new URL(entry, buildUrl));
  const modules = new Map();
  const imported = new Map();
  const uncached = [];

  function load(name) {
    const known = modules.get(name);
    if (known !== undefined) return known.exports;
    const module = { exports: {} };
    modules.set(name, module);
    const path = `${dir}${name}`;
    let cachedData;
    try {
      cachedData = readFileSync(`${path}.cache`);
    } catch {}
    // a function expression of (exports, require, module, __taoImport, __taoResolve), in ASCII
    // (buildScripts.mjs): one-byte text read either way, and Node 20 decodes UTF-8 natively, twice as
    // fast as latin1 (~0.6 ms less for the ~500 KB a chain command loads)
    const script = new vm.Script(readFileSync(path, 'utf8'), {
      filename: path,
      cachedData,
      importModuleDynamically: DEFAULT_LOADER,
    });
    if (cachedData === undefined || script.cachedDataRejected === true)
      uncached.push([`${path}.cache`, script]);
    script.runInThisContext()(module.exports, require, module, taoImport, taoResolve);
    return module.exports;
  }

  function require(specifier) {
    const name = scriptOf(specifier);
    if (name !== undefined) return load(name);
    return imported.get(specifier) ?? nodeRequire(specifier);
  }

  // as the ES modules' `require` (createRequire in their banner) had them
  require.resolve = nodeRequire.resolve;
  require.cache = nodeRequire.cache;

  async function importExternals(name) {
    const missing = (externals[name] ?? []).filter((specifier) => !imported.has(specifier));
    const namespaces = await Promise.all(missing.map((specifier) => import(specifier)));
    // esbuild's CommonJS `import x from` reads `.default` of an object marked as an ES module
    for (const [i, specifier] of missing.entries()) {
      imported.set(specifier, { __esModule: true, ...namespaces[i] });
    }
  }

  async function taoImport(specifier) {
    const name = scriptOf(specifier);
    if (name === undefined) return import(specifier);
    if (ensureFresh !== undefined && !ensureFresh(name)) onStale();
    await importExternals(name);
    return load(name);
  }

  // as the ES modules' `import.meta.resolve` (resolved when the bundle was built: CommonJS has none)
  function taoResolve(specifier) {
    return resolved[specifier] ?? pathToFileURL(nodeRequire.resolve(specifier)).href;
  }

  process.once('exit', () => {
    for (const [path, script] of uncached) saveCache(path, script);
  });
  await importExternals(entry);
  load(entry);
}

module.exports = { runScripts };
