/**
 * bin/tao.js's cached bundle (bin/bundleCache.js, bin/buildBundle.mjs) in a temporary cache directory
 * (TAO_CACHE_DIR): the first run builds it, the next ones reuse it, a changed input makes the next run
 * rebuild it (an input of what the entry loads, at the start; one of a chunk imported later, before the
 * chunk runs: the command runs again from the new build), and a run that finds another process building
 * runs the sources through tsx meanwhile, as do the runs after a failed build until the file it failed
 * on changes.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cleanEnv, runTao } from '../fixtures/taoProcess.js';

interface Manifest {
  main: string;
  inputs: [string, string][];
  /** per script: its inputs (indexes), the scripts it imports, those it imports dynamically */
  scripts: {
    entry: string;
    graph: { always: number[]; scripts: Record<string, [number[], string[], string[]]> };
  };
}

/** The manifest with the stamp of input `index` changed (as by an edit of that file). */
const withChangedInput = (manifest: Manifest, index: number): Manifest => ({
  ...manifest,
  inputs: manifest.inputs.map(([p, s], i): [string, string] => [p, i === index ? '1:1' : s]),
});

describe('tao bundle cache (e2e)', () => {
  let dir = '';
  let env: Record<string, string> = {};
  const manifestPath = () => join(dir, 'manifest.json');
  const readManifest = async () => JSON.parse(await readFile(manifestPath(), 'utf8')) as Manifest;
  const version = async () => {
    const run = await runTao(env, ['--version']);
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /^\d+\.\d+\.\d+\n$/);
    assert.equal(run.err, '');
  };

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tao-cache-'));
    env = cleanEnv({ TAO_CACHE_DIR: dir, HOME: dir, NO_COLOR: '1' });
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('builds the bundle on the first run, with its sources among its inputs, then reuses it', async () => {
    await version();
    const first = await readManifest();
    assert.match(first.main, /^build-[0-9a-z]+-\d+\/main\.mjs$/);
    const inputs = first.inputs.map(([path]) => path);
    assert.ok(inputs.some((path) => path.endsWith(join('cli', 'src', 'main.ts'))));
    assert.ok(inputs.some((path) => path.endsWith(join('cli', 'bin', 'buildBundle.mjs'))));
    assert.ok(inputs.some((path) => path.endsWith(join('sdk', 'src', 'index.ts'))));
    // a bundled npm package is represented by its package.json alone
    const npm = inputs.filter((path) => path.includes(`node_modules${sep}`));
    assert.ok(npm.some((path) => path.endsWith(join('@polkadot', 'util', 'package.json'))));
    assert.deepEqual(
      npm.filter((path) => !path.endsWith('package.json')),
      [],
    );
    await version();
    assert.equal((await readManifest()).main, first.main);
  });

  it('rebuilds when an input of what the entry loads changed since the build', async () => {
    const before = await readManifest();
    const { graph } = before.scripts;
    assert.ok(graph.always.length > 0);
    const index =
      graph.scripts[before.scripts.entry]?.[0].find((i) => before.inputs[i]?.[0].endsWith('.ts')) ?? -1;
    const [path] = before.inputs[index] ?? ['', ''];
    assert.ok(path.endsWith('.ts'), path);
    await writeFile(manifestPath(), JSON.stringify(withChangedInput(before, index)));
    await version();
    const after = await readManifest();
    assert.notEqual(after.main, before.main);
    assert.deepEqual(
      after.inputs.find(([p]) => p === path),
      before.inputs.find(([p]) => p === path),
    );
  });

  it('sees a changed input of a chunk imported later before it runs, and runs the command again', async () => {
    const before = await readManifest();
    const { graph } = before.scripts;
    const chunk = Object.keys(graph.scripts).find((name) => name.startsWith('configShow-')) ?? '';
    const index = graph.scripts[chunk]?.[0].find((i) => before.inputs[i]?.[0].endsWith('configShow.ts'));
    assert.ok(index !== undefined, chunk);
    await writeFile(manifestPath(), JSON.stringify(withChangedInput(before, index)));
    await version(); // the entry does not load that chunk: nothing to rebuild
    assert.equal((await readManifest()).main, before.main);
    const run = await runTao(env, ['config', 'list', '--json']);
    assert.equal(run.code, 0, run.err);
    assert.equal(JSON.parse(run.out).command, 'config list');
    const after = await readManifest();
    assert.notEqual(after.main, before.main);
    assert.deepEqual(after.inputs[index], before.inputs[index]);
  });

  it('runs the sources while another process holds the build lock, leaving the cache alone', async () => {
    const stale = { ...(await readManifest()), inputs: [[join(dir, 'gone.ts'), '1:1']] };
    await writeFile(manifestPath(), JSON.stringify(stale));
    await mkdir(join(dir, 'build.lock'));
    await version();
    assert.deepEqual(await readManifest(), stale);
  });

  it('after a failed build, runs the sources until the file it failed on changes', async () => {
    await rm(join(dir, 'build.lock'), { recursive: true });
    const stale = await readManifest();
    const broken = join(dir, 'broken.ts');
    await writeFile(broken, 'export const = 1;\n');
    const { mtimeMs, size } = await stat(broken);
    const failure = { at: Date.now(), file: broken, stamp: `${mtimeMs}:${size}` };
    await writeFile(join(dir, 'failure.json'), JSON.stringify(failure));
    await version();
    assert.deepEqual(await readManifest(), stale);
    await writeFile(broken, 'export const fixed = 1;\n');
    await version();
    assert.notEqual((await readManifest()).main, stale.main);
    await assert.rejects(stat(join(dir, 'failure.json')));
  });
});
