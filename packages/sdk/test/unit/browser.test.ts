/**
 * The browser entry (`src/browser.ts`, the `browser` export condition): everything but the wallet, and no
 * Node builtin or native module anywhere in what it imports, across the SDK and the @taonet packages it
 * uses (a bundler would otherwise have to stub them, and the page would fail when they are reached).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { it } from 'node:test';
import * as browser from '../../src/browser.js';
import * as full from '../../src/index.js';

const PACKAGES = join(import.meta.dirname, '..', '..', '..');
const FORBIDDEN = [/^node:/, /^@node-rs\//, /^(fs|path|os|crypto|util|child_process|net|http|https)$/];

/** Static imports and re-exports of a file (dynamic `import()` is left out: it is loaded on use only). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm)].map(
    (m) => (m[1] ?? m[2])!,
  );
}

function resolveSource(from: string, specifier: string): string | undefined {
  if (specifier.startsWith('.')) return resolve(dirname(from), specifier.replace(/\.js$/, '.ts'));
  const taonet = /^@taonet\/([a-z-]+)$/.exec(specifier);
  return taonet === null ? undefined : join(PACKAGES, taonet[1]!, 'src', 'index.ts');
}

it('imports no Node builtin or native module, statically, from any file it reaches', () => {
  const seen = new Set<string>();
  const external = new Set<string>();
  const queue = [join(import.meta.dirname, '..', '..', 'src', 'browser.ts')];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of importsOf(file)) {
      const source = resolveSource(file, specifier);
      if (source === undefined) external.add(specifier);
      else queue.push(source);
    }
  }
  assert.ok(seen.size > 20, `only ${seen.size} files reached`);
  const bad = [...external].filter((s) => FORBIDDEN.some((re) => re.test(s)));
  assert.deepEqual(bad, []);
});

it('exports everything the main entry does but the wallet', () => {
  assert.equal(typeof browser.createClient, 'function');
  assert.equal(typeof browser.syncMetagraph, 'function');
  assert.equal('createWallet' in browser, false);
  const missing = Object.keys(full).filter((name) => !(name in browser));
  assert.ok(missing.includes('createWallet'));
  assert.ok(!missing.includes('getAllDynamicInfo'));
});
