/**
 * Builds the cached CLI bundle (see bundleCache.js) with esbuild, when bin/tao.js finds it missing or
 * stale: src/main.ts and the workspace packages it imports (resolved to their sources through the
 * `development` export condition) are bundled, ESM, split into chunks at each dynamic `import()` so that
 * `tao --help` loads only the command specs and commander. The pure-JavaScript npm packages of
 * BUNDLED_PACKAGES are bundled too; the others stay imports, resolved by Node at run time as from
 * packages/cli. `import.meta.url`, `.dirname` and `.filename` are replaced by the source file's own, so
 * code finding files next to itself works bundled too.
 *
 * buildScripts.mjs then writes the CommonJS twin of each chunk, which bin/tao.js runs with V8's code
 * cache (loadScripts.js).
 *
 * One process builds at a time (a lock directory); a process that finds the lock taken runs the sources
 * through tsx instead of waiting. A build goes to a new directory and the manifest is replaced
 * atomically, then the older builds are removed, but those that a running `tao` still uses.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildScripts } from './buildScripts.mjs';
import { cacheDir, findFreshBundle, LEASE_PREFIX, MANIFEST_VERSION, stampOf } from './bundleCache.js';

const CLI_DIR = fileURLToPath(new URL('../', import.meta.url));
const LOCK_STALE_MS = 120_000;
/** An old build used (a lease taken or dropped, a code cache written) this recently is kept. */
const KEEP_USED_BUILD_MS = 60_000;
/**
 * npm packages bundled all the same (by name or scope prefix): what `tao --help` and the chain commands
 * load, plain JavaScript. Node resolving and reading their hundreds of small modules one by one cost more
 * than the command's own work (@polkadot/* alone: ~400 files); CommonJS ones also load slower from ESM.
 * Native addons, and what only `tao node` and `tao explorer` load (vite, fastify, lmdb...), stay external.
 */
const BUNDLED_PACKAGES = [
  'commander',
  'picocolors',
  '@clack/',
  'scale-ts',
  '@sinclair/typebox',
  'zod',
  'ws',
  'bn.js',
  '@polkadot/',
  '@noble/',
  '@scure/',
];

const isBundledPackage = (specifier) =>
  BUNDLED_PACKAGES.some((name) =>
    name.endsWith('/') ? specifier.startsWith(name) : specifier === name || specifier.startsWith(`${name}/`),
  );
/** For bundled CommonJS: its `require` of Node's built-in modules (esbuild names a module's own `require2`). */
const REQUIRE_BANNER =
  "import { createRequire as __taoCreateRequire } from 'node:module'; const require = __taoCreateRequire(import.meta.url);";

/**
 * Bare imports that resolve into node_modules stay imports, but for BUNDLED_PACKAGES (a file URL when
 * only the importer sees that package, such as a workspace's own nested node_modules).
 */
function externalPackages(cliDir) {
  return {
    name: 'external-packages',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === 'inner' || args.path.startsWith('node:')) return undefined;
        if (isBundledPackage(args.path)) return undefined;
        const found = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          pluginData: 'inner',
        });
        if (found.errors.length > 0 || found.external) return undefined;
        if (!found.path.split(/[\\/]/).includes('node_modules')) return undefined;
        const fromCli = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: cliDir,
          pluginData: 'inner',
        });
        const path = fromCli.path === found.path ? args.path : pathToFileURL(found.path).href;
        return { path, external: true };
      });
    },
  };
}

/** Each workspace source file's `import.meta.url` (dirname, filename) becomes its own, as a literal. */
function ownImportMeta() {
  return {
    name: 'own-import-meta',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?tsx?$/ }, (args) => {
        if (args.path.split(/[\\/]/).includes('node_modules')) return undefined;
        const values = {
          url: pathToFileURL(args.path).href,
          dirname: dirname(args.path),
          filename: args.path,
        };
        const contents = readFileSync(args.path, 'utf8').replace(
          /\bimport\.meta\.(url|dirname|filename)\b/g,
          (_, key) => JSON.stringify(values[key]),
        );
        return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
      });
    },
  };
}

function packageJsonOf(file, memo) {
  const dir = dirname(file);
  if (!memo.has(dir)) {
    const candidate = join(dir, 'package.json');
    const parent = dirname(dir);
    memo.set(
      dir,
      stampOf(candidate) !== '' ? candidate : parent === dir ? undefined : packageJsonOf(dir, memo),
    );
  }
  return memo.get(dir);
}

/** The package.json of the npm package a file belongs to (the innermost node_modules/<name>), if any. */
function npmPackageJsonOf(file) {
  const match = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(file);
  return match === null ? undefined : join(match[1] ?? '', 'package.json');
}

/**
 * Every file the bundle depends on, with its stamp ('' when it changed during the build: stale next run):
 * each workspace source and its package.json; of a bundled npm package only its package.json (installing
 * another version rewrites it), which halves the files every start has to stat; so for the packages that
 * the scripts resolve (`resolved`, URLs). With scripts, `graph` gives per script the indexes of its inputs
 * and the scripts it imports, statically and dynamically (bundleCache.js checks a script's before it
 * runs); `always` the inputs of no chunk (the build scripts, esbuild, re-export and type-only files),
 * checked at every start.
 */
function collectInputs(metafile, startedAt, scripts) {
  const memo = new Map();
  const filesOf = (input) => {
    const file = resolve(CLI_DIR, input);
    const npmPackage = npmPackageJsonOf(file);
    if (npmPackage !== undefined) return [npmPackage];
    const pkg = packageJsonOf(file, memo);
    return pkg === undefined ? [file] : [file, pkg];
  };
  const always = new Set([
    fileURLToPath(import.meta.url),
    fileURLToPath(new URL('./bundleCache.js', import.meta.url)),
    fileURLToPath(new URL('./buildScripts.mjs', import.meta.url)),
    fileURLToPath(import.meta.resolve('esbuild/package.json')),
  ]);
  for (const url of Object.values(scripts?.resolved ?? {})) {
    const npmPackage = url.startsWith('file:') ? npmPackageJsonOf(fileURLToPath(url)) : undefined;
    if (npmPackage !== undefined) always.add(npmPackage);
  }
  const chunked = new Set();
  for (const output of Object.values(metafile.outputs)) for (const input in output.inputs) chunked.add(input);
  const files = new Set(always);
  for (const input of Object.keys(metafile.inputs)) {
    for (const file of filesOf(input)) {
      files.add(file);
      if (!chunked.has(input)) always.add(file);
    }
  }
  const sorted = [...files].sort();
  const inputs = sorted.map((file) => {
    const stat = statSync(file, { throwIfNoEntry: false });
    return [file, stat === undefined || stat.mtimeMs >= startedAt ? '' : stampOf(file)];
  });
  if (scripts === undefined) return { inputs, graph: undefined };
  const index = new Map(sorted.map((file, i) => [file, i]));
  const indexesOf = (paths) => [...new Set(paths.map((file) => index.get(file)))].sort((a, b) => a - b);
  const scriptOf = (path) => basename(path).replace(/\.mjs$/, '.cjs');
  const graph = { always: indexesOf([...always]), scripts: {} };
  for (const [path, output] of Object.entries(metafile.outputs)) {
    if (!path.endsWith('.mjs')) continue;
    const chunks = (kind) =>
      output.imports.filter((i) => i.kind === kind && !i.external).map((i) => scriptOf(i.path));
    graph.scripts[scriptOf(path)] = [
      indexesOf(Object.keys(output.inputs).flatMap(filesOf)),
      chunks('import-statement'),
      chunks('dynamic-import'),
    ];
  }
  return { inputs, graph };
}

async function runEsbuild(esbuild, outdir) {
  return esbuild.build({
    absWorkingDir: CLI_DIR,
    entryPoints: [join(CLI_DIR, 'src', 'main.ts')],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    conditions: ['development'],
    // As tsx runs the sources: no tsconfig.json (the sources need none).
    tsconfigRaw: '{}',
    keepNames: true,
    banner: { js: REQUIRE_BANNER },
    sourcemap: 'linked',
    sourcesContent: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [externalPackages(CLI_DIR), ownImportMeta()],
  });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Whether a live process holds a lease on the build directory (bundleCache.js's leaseBuild). */
function inUse(path) {
  return readdirSync(path).some(
    (name) => name.startsWith(LEASE_PREFIX) && isAlive(Number(name.slice(LEASE_PREFIX.length))),
  );
}

/**
 * Removes the builds but the current one, except those a running `tao` holds a lease on or used within
 * the last minute. A build is renamed away first and its leases looked at again: one taken meanwhile
 * puts it back (a process that finds its lease's directory gone looks for the bundle again).
 */
function removeOldBuilds(dir, current) {
  for (const name of readdirSync(dir)) {
    const path = fileURLToPath(new URL(name, dir));
    try {
      if (name.startsWith('trash-')) rmSync(path, { recursive: true, force: true });
      if (!name.startsWith('build-') || name === current) continue;
      const stat = statSync(path, { throwIfNoEntry: false });
      if (stat === undefined || Date.now() - stat.mtimeMs < KEEP_USED_BUILD_MS || inUse(path)) continue;
      const trash = fileURLToPath(new URL(`trash-${name}`, dir));
      renameSync(path, trash);
      if (inUse(trash)) renameSync(trash, path);
      else rmSync(trash, { recursive: true, force: true });
    } catch {
      // removed by another process, or not removable: tried again after the next build
    }
  }
}

async function buildInto(esbuild, dir) {
  const startedAt = Date.now();
  const name = `build-${startedAt.toString(36)}-${process.pid}`;
  const outdir = fileURLToPath(new URL(name, dir));
  const result = await runEsbuild(esbuild, outdir);
  const scripts = await buildScripts(esbuild, outdir, result.metafile, REQUIRE_BANNER);
  const { inputs, graph } = collectInputs(result.metafile, startedAt, scripts);
  const manifest = {
    version: MANIFEST_VERSION,
    main: `${name}/main.mjs`,
    scripts: scripts === undefined ? null : { ...scripts, graph },
    builtAt: new Date(startedAt).toISOString(),
    inputs,
  };
  const temporary = new URL(`manifest.json.${process.pid}`, dir);
  writeFileSync(temporary, `${JSON.stringify(manifest)}\n`);
  renameSync(temporary, new URL('manifest.json', dir));
  removeOldBuilds(dir, name);
  const main = new URL(manifest.main, dir);
  return { build: new URL('./', main), main: main.href, scripts };
}

function takeLock(lock) {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      mkdirSync(lock);
      return true;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const stat = statSync(lock, { throwIfNoEntry: false });
      if (stat !== undefined && Date.now() - stat.mtimeMs < LOCK_STALE_MS) return false;
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return false;
}

/** A failed build is not retried by every run: not until the file it failed on changes (5 minutes at most). */
const RETRY_FAILED_BUILD_MS = 5 * 60_000;

function recordFailure(dir, error) {
  const first = error?.errors?.[0];
  const file = first?.location?.file === undefined ? undefined : resolve(CLI_DIR, first.location.file);
  const failure = { at: Date.now(), file, stamp: file === undefined ? undefined : stampOf(file) };
  writeFileSync(new URL('failure.json', dir), `${JSON.stringify(failure)}\n`);
  const text = first === undefined ? (error instanceof Error ? error.message : String(error)) : first.text;
  const where = first?.location == null ? '' : `${first.location.file}:${first.location.line}: `;
  process.stderr.write(`tao: could not build the CLI bundle, running the sources: ${where}${text}\n`);
}

function failedRecently(dir) {
  try {
    const failure = JSON.parse(readFileSync(new URL('failure.json', dir), 'utf8'));
    if (Date.now() - failure.at > RETRY_FAILED_BUILD_MS) return false;
    return failure.file === undefined || stampOf(failure.file) === failure.stamp;
  } catch {
    return false;
  }
}

/**
 * The up-to-date bundle (see findFreshBundle), building it first when needed; undefined when esbuild is not
 * installed, another process is building, or the build failed (said on stderr; not retried while the
 * file it failed on is unchanged, 5 minutes at most): run the sources then.
 */
export async function buildBundle(dir = cacheDir()) {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return undefined;
  }
  const lock = new URL('build.lock', dir);
  try {
    mkdirSync(dir, { recursive: true });
    if (failedRecently(dir) || !takeLock(lock)) return undefined;
  } catch {
    return undefined;
  }
  try {
    const bundle = findFreshBundle(dir, { all: true }) ?? (await buildInto(esbuild, dir));
    rmSync(new URL('failure.json', dir), { force: true });
    return bundle;
  } catch (error) {
    recordFailure(dir, error);
    return undefined;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
