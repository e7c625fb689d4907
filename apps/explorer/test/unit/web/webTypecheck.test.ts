/** The web app has its own compiler settings (DOM, JSX, bundler resolution): it must typecheck with them. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { it } from 'node:test';

it('typechecks apps/explorer/web with its tsconfig', () => {
  const pkg = createRequire(import.meta.url).resolve('typescript/package.json');
  const tsc = join(pkg, '..', 'bin', 'tsc');
  const project = join(import.meta.dirname, '..', '..', '..', 'web', 'tsconfig.json');
  const result = spawnSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' });
  assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
});
