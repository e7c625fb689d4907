/**
 * The read-only entry (`src/read.ts`, `@taonet/sdk/read`): the client, queries, storage and metagraph,
 * and nothing it statically reaches loads the wallet, signing, keyfile encryption or typebox (the
 * declarations' schemas of @taonet/rpc): a read-only program (the `tao` CLI's read-only commands) loads
 * a fraction of the SDK.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { it } from 'node:test';
import * as full from '../../src/index.js';
import * as read from '../../src/read.js';

const PACKAGES = join(import.meta.dirname, '..', '..', '..');
const SDK_SRC = join(PACKAGES, 'sdk', 'src');

/** Static value imports and re-exports of a file (type-only ones and dynamic `import()` left out). */
function valueImportsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(import|export)\s(type\s)?[^'"]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm)]
    .filter((m) => m[2] === undefined)
    .map((m) => (m[3] ?? m[4])!);
}

/** A workspace file for a relative or `@taonet/<pkg>[/<subpath>]` specifier (its `development` export). */
function resolveSource(from: string, specifier: string): string | undefined {
  if (specifier.startsWith('.')) return resolve(dirname(from), specifier.replace(/\.js$/, '.ts'));
  const taonet = /^@taonet\/([a-z-]+)(\/.+)?$/.exec(specifier);
  if (taonet === null) return undefined;
  const dir = join(PACKAGES, taonet[1]!);
  const exports = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).exports;
  return join(dir, exports[`.${taonet[2] ?? ''}`].development);
}

it('reaches no wallet, transaction, call or typebox code', () => {
  const seen = new Set<string>();
  const external = new Set<string>();
  const queue = [join(SDK_SRC, 'read.ts')];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of valueImportsOf(file)) {
      const source = resolveSource(file, specifier);
      if (source === undefined) external.add(specifier);
      else queue.push(source);
    }
  }
  assert.ok(seen.has(join(SDK_SRC, 'metagraph', 'syncMetagraph.ts')));
  const sdkFolders = new Set(
    [...seen].filter((f) => f.startsWith(SDK_SRC)).map((f) => f.slice(SDK_SRC.length + 1).split('/')[0]),
  );
  for (const folder of ['wallet', 'transactions', 'calls'])
    assert.equal(sdkFolders.has(folder), false, folder);
  const rpc = [...seen]
    .filter((f) => f.includes(`${join('rpc', 'src')}/`))
    .map((f) => f.split('/rpc/src/')[1]);
  assert.deepEqual(
    rpc.filter((f) => /^(index|rpcMethods)\.ts$|^(schemas|methods|server|extrinsic)\//.test(f!)),
    [],
  );
  const heavy = [...external].filter((s) => /^@sinclair\/typebox|^@noble\/ciphers|^@node-rs\//.test(s));
  assert.deepEqual(heavy, []);
});

it('exports the chain reading functions of the main entry', () => {
  for (const name of ['createClient', 'syncMetagraph', 'getNetuids', 'getHyperparameters', 'readStorage']) {
    assert.equal(typeof (read as Record<string, unknown>)[name], 'function', name);
  }
  assert.equal('createWallet' in read, false);
  assert.equal('addStake' in read, false);
  const extra = Object.keys(read).filter((name) => !(name in full));
  assert.deepEqual(extra, []);
});
