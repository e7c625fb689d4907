/**
 * The CommonJS twin of the cached bundle (buildBundle.mjs calls it after the ESM build): each chunk
 * `<name>.mjs` is converted by esbuild's transform into `<name>.cjs`, a script that loadScripts.js runs
 * with V8's code cache (Node 20 caches the compiled code of scripts, `vm.Script`'s `cachedData`, not of
 * ES modules). The ESM chunks stay: `--verbose` and `DEBUG=tao` run them, with their source maps.
 *
 * In a script, a static import of a chunk becomes `require('./chunk.mjs')`; a dynamic `import()` of a
 * chunk or of an external package (a literal the build's metafile lists) becomes `__taoImport(...)`,
 * loadScripts.js's: it imports the external packages a chunk needs (statically, itself or through the
 * chunks it imports) through Node's ESM loader first, then runs the chunk. `import.meta.resolve` becomes
 * `__taoResolve` (resolving from packages/cli, as the chunks' own did from the cache directory inside it).
 * Not possible for a bundle whose chunks import each other in a cycle (CommonJS would see an unfinished
 * chunk) or with a top-level `await`: then there are no scripts and `tao` runs the ESM chunks.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { basename, join } from 'node:path';

const isChunk = (path) => path.endsWith('.mjs');

/** Per chunk (basename): the chunks it imports statically, and its imports of packages, static and dynamic. */
function importsOf(metafile) {
  const chunks = new Map();
  for (const [path, output] of Object.entries(metafile.outputs)) {
    if (!isChunk(path)) continue;
    const entry = { chunks: [], externals: [], dynamic: new Set() };
    for (const { path: target, kind, external } of output.imports) {
      const spec = external ? target : `./${basename(target)}`;
      if (kind === 'dynamic-import') entry.dynamic.add(spec);
      else if (kind === 'import-statement' && !external) entry.chunks.push(basename(target));
      else if (kind === 'import-statement' && !isBuiltin(target)) entry.externals.push(target);
    }
    chunks.set(basename(path), entry);
  }
  return chunks;
}

/** Each chunk's external packages with those of every chunk it imports statically; undefined on a cycle. */
function closures(chunks) {
  const done = new Map();
  const visiting = new Set();
  const visit = (name) => {
    const known = done.get(name);
    if (known !== undefined) return known;
    if (visiting.has(name)) return undefined;
    visiting.add(name);
    const all = new Set(chunks.get(name)?.externals ?? []);
    for (const dep of chunks.get(name)?.chunks ?? []) {
      const inner = visit(dep);
      if (inner === undefined) return undefined;
      for (const spec of inner) all.add(spec);
    }
    visiting.delete(name);
    done.set(name, all);
    return all;
  };
  for (const name of chunks.keys()) if (visit(name) === undefined) return undefined;
  return done;
}

/**
 * esbuild's `__toCommonJS(x_exports)` copies the chunk's exports object, a getter per name, into another
 * of getters: the object itself, marked as an ES module, is the same to `require` (the SDK's index
 * re-exports 333 names of a chunk that exports 333: ~1 ms of getters defined at each start).
 */
const TO_COMMON_JS = /^module\.exports = __toCommonJS\((\w+)\);$/m;
/**
 * esbuild's `keepNames` helper, called for every function and class of the bundle (~1,700 at the start of
 * a chain command), redefines `name` on each, which gives each its own copy of its map: only those that
 * the bundle renamed (`Command2`) need it, the others already have their name. Nor do the arrow functions
 * and methods it leaves without one (`{ writeOut: __name((text) => ..., "writeOut") }`: ~800 at the start
 * of a chain command, ~0.5 ms and 250 KB): nothing reads their `name` (stack traces do not), and those
 * whose `name` is read (classes, for errors' `new.target.name`) have a `prototype`.
 */
const KEEP_NAME =
  /^var __name = \(target, value\) => (\w+)\(target, "name", \{ value, configurable: true \}\);$/m;
/**
 * A script is one function expression, which loadScripts.js calls with these: wrapped here rather than at
 * each start (the wrapped copy of a 300 KB chunk is a large object, counted against the old generation).
 */
const WRAPPER_START = "(function (exports, require, module, __taoImport, __taoResolve) {'use strict';";
const WRAPPER_END = '\n})';
const DYNAMIC_IMPORT = /\bimport\(("(?:[^"\\\n]|\\.)*")\)/g;
const TAO_RESOLVE = /\b__taoResolve\(("(?:[^"\\\n]|\\.)*")\)/g;
/**
 * What esbuild's ASCII output leaves (comments): one such character makes V8 hold the whole source
 * as two-byte and decode it on a slower path. `\uXXXX` means the same character in a string, template,
 * regular expression or name, and nothing in a comment.
 */
const NON_ASCII = /[^\0-\x7f]/g;

async function toScript(esbuild, outdir, name, entry, banner) {
  let code = await readFile(join(outdir, name), 'utf8');
  if (code.startsWith(banner)) code = code.slice(banner.length);
  code = code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  const result = await esbuild.transform(code, {
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    define: { 'import.meta.resolve': '__taoResolve' },
    logLevel: 'silent',
  });
  const script = result.code
    .replace(TO_COMMON_JS, 'module.exports = __defProp($1, "__esModule", { value: true });')
    .replace(
      KEEP_NAME,
      'var __name = (target, value) => target.name === value || (target.name === "" && !Object.hasOwn(target, "prototype")) ? target : $1(target, "name", { value, configurable: true });',
    )
    .replace(DYNAMIC_IMPORT, (call, literal) =>
      entry.dynamic.has(JSON.parse(literal)) ? `__taoImport(${literal})` : call,
    )
    .replace(NON_ASCII, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  await writeFile(join(outdir, name.replace(/\.mjs$/, '.cjs')), `${WRAPPER_START}${script}${WRAPPER_END}`);
  return [...script.matchAll(TAO_RESOLVE)].map((match) => JSON.parse(match[1] ?? '""'));
}

/** The URL of each specifier, as `import.meta.resolve` in packages/cli gives it (unresolvable: left out). */
function resolveAll(specifiers) {
  const resolved = {};
  for (const specifier of new Set(specifiers)) {
    try {
      resolved[specifier] = import.meta.resolve(specifier);
    } catch {
      // resolved when called, as Node's require would
    }
  }
  return resolved;
}

/**
 * Writes `<chunk>.cjs` beside each chunk of `outdir`; returns `{ entry, externals, resolved }` for the
 * manifest (externals: per script with any, the packages to import before running it; resolved: the URL
 * of each package the scripts resolve), or undefined when the bundle cannot run as scripts.
 */
export async function buildScripts(esbuild, outdir, metafile, banner) {
  const chunks = importsOf(metafile);
  const closure = closures(chunks);
  if (closure === undefined || !chunks.has('main.mjs')) return undefined;
  let resolvedSpecifiers;
  try {
    resolvedSpecifiers = await Promise.all(
      [...chunks].map(([name, entry]) => toScript(esbuild, outdir, name, entry, banner)),
    );
  } catch {
    return undefined; // a top-level await (esbuild: not supported with the "cjs" output format)
  }
  const externals = {};
  for (const [name, specs] of closure) {
    if (specs.size > 0) externals[name.replace(/\.mjs$/, '.cjs')] = [...specs].sort();
  }
  return { entry: 'main.cjs', externals, resolved: resolveAll(resolvedSpecifiers.flat()) };
}
