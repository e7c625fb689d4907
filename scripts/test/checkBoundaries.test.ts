// biome-ignore-all lint/suspicious/noTemplateCurlyInString: fixtures are TypeScript source text with `${...}`
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  checkBoundaries,
  DEPENDENCY_RULES,
  findBoundaryViolations,
  formatViolation,
  isTestFile,
  ruleFor,
  type WorkspaceInfo,
} from '../checkBoundaries.js';

function workspace(dir: string, dependencies: string[] = [], devDependencies: string[] = []): WorkspaceInfo {
  const short = dir.split('/')[1]!;
  return {
    dir,
    name: `@taonet/${short}`,
    dependencies: new Set(dependencies),
    devDependencies: new Set(devDependencies),
    exportPaths: ['.'],
  };
}

const all = [
  workspace('packages/primitives'),
  workspace('packages/crypto', ['@taonet/primitives']),
  workspace('packages/runtime', ['@taonet/primitives', '@taonet/crypto']),
  workspace('packages/storage', ['@taonet/primitives', '@taonet/runtime']),
  workspace('packages/rpc', ['@taonet/primitives']),
  workspace('packages/sdk', ['@taonet/primitives', '@taonet/rpc', '@taonet/runtime'], ['@taonet/testing']),
  workspace('packages/testing', ['@taonet/primitives', '@taonet/runtime']),
  { ...workspace('packages/subnet', ['@taonet/sdk']), exportPaths: ['.', './axon', './wire/*'] },
  workspace('subnets/text', ['@taonet/subnet', '@taonet/sdk']),
];
const byName = new Map(all.map((w) => [w.name, w]));
const ws = (dir: string) => all.find((w) => w.dir === dir)!;

function check(file: string, text: string, dir = file.split('/').slice(0, 2).join('/')): string[] {
  return findBoundaryViolations(file, text, ws(dir), byName).map(formatViolation);
}

describe('checkBoundaries', () => {
  it('has a rule for every planned package and resolves folder wildcards', () => {
    for (const pkg of ['primitives', 'crypto', 'runtime', 'storage', 'rpc', 'node', 'sdk', 'subnet', 'cli']) {
      assert.ok(DEPENDENCY_RULES[`packages/${pkg}`], pkg);
    }
    assert.deepEqual(ruleFor('subnets/anything'), DEPENDENCY_RULES['subnets/*']);
    assert.equal(ruleFor('apps/unknown'), undefined);
    assert.ok(!DEPENDENCY_RULES['packages/sdk']!.uses.includes('runtime'));
  });

  it('accepts allowed, declared imports', () => {
    const text = "import { a } from '@taonet/primitives';\nimport { b } from '../x/y.js';\n";
    assert.deepEqual(check('packages/crypto/src/sub/k.ts', text), []);
    assert.deepEqual(check('packages/testing/src/a.ts', "import '@taonet/runtime';"), []);
  });

  it('fails a forbidden direction even when declared', () => {
    assert.deepEqual(check('packages/sdk/src/a.ts', "import { applyBlock } from '@taonet/runtime';"), [
      'packages/sdk/src/a.ts:1: packages/sdk must not depend on @taonet/runtime (allowed: primitives, crypto, rpc)',
    ]);
  });

  it('lets storage use runtime types only', () => {
    assert.deepEqual(
      check('packages/storage/src/b.ts', "import type { StateBackend } from '@taonet/runtime';"),
      [],
    );
    assert.deepEqual(
      check('packages/storage/src/b.ts', "\nimport { type StateBackend } from '@taonet/runtime';"),
      [
        'packages/storage/src/b.ts:2: packages/storage may only use types of @taonet/runtime: write `import type` / `export type`',
      ],
    );
  });

  it('fails deep imports by name or by relative path, but not exported subpaths', () => {
    assert.deepEqual(
      check('packages/crypto/src/c.ts', "import { x } from '@taonet/primitives/src/fixed/x.js';"),
      [
        'packages/crypto/src/c.ts:1: deep import @taonet/primitives/src/fixed/x.js: import @taonet/primitives (only its exports map is public)',
      ],
    );
    assert.deepEqual(
      check('subnets/text/src/m.ts', "import '@taonet/subnet/axon';\nimport '@taonet/subnet/wire/http';"),
      [],
    );
    assert.deepEqual(
      check('packages/sdk/test/unit/d.test.ts', "import { y } from '../../../runtime/src/index.js';"),
      [
        'packages/sdk/test/unit/d.test.ts:1: relative import ../../../runtime/src/index.js leaves packages/sdk: import the other package by its name',
      ],
    );
    assert.deepEqual(
      check('packages/sdk/test/unit/d.test.ts', "import { y } from '../../src/index.js';"),
      [],
    );
  });

  it('fails undeclared imports; test files may use devDependencies and the testing harness', () => {
    assert.deepEqual(
      check('packages/crypto/src/e.ts', "export { z } from '@taonet/primitives';\nimport '@taonet/x';"),
      ['packages/crypto/src/e.ts:2: @taonet/x is not a workspace package'],
    );
    assert.deepEqual(check('packages/rpc/src/e.ts', "const m = await import('@taonet/crypto');"), [
      'packages/rpc/src/e.ts:1: @taonet/crypto is imported but not declared in packages/rpc/package.json dependencies',
    ]);
    assert.deepEqual(
      check('packages/sdk/test/e2e/f.test.ts', "import { startLocalnet } from '@taonet/testing';"),
      [],
    );
    assert.deepEqual(
      check('packages/sdk/src/f.ts', "import { startLocalnet } from '@taonet/testing';").length,
      2,
    );
  });

  it('keeps runtime src free of Node builtins, but not its tests', () => {
    const text = "import { readFileSync } from 'node:fs';\nimport { join } from 'path';\nimport 'scale-ts';";
    assert.deepEqual(check('packages/runtime/src/g.ts', text), [
      'packages/runtime/src/g.ts:1: packages/runtime/src must not import Node builtins (node:fs): the runtime is pure',
      'packages/runtime/src/g.ts:2: packages/runtime/src must not import Node builtins (path): the runtime is pure',
    ]);
    assert.deepEqual(check('packages/runtime/test/unit/g.test.ts', text), []);
  });

  it('flags a self import from src only, and ignores imports in comments and strings', () => {
    assert.equal(check('packages/rpc/src/h.ts', "import '@taonet/rpc';").length, 1);
    assert.deepEqual(check('packages/rpc/test/h.test.ts', "import '@taonet/rpc';"), []);
    const text =
      "// import '@taonet/runtime';\nconst s = \"import x from '@taonet/runtime'\";\nconst t = `${'../../x'}`;";
    assert.deepEqual(check('packages/sdk/src/i.ts', text), []);
  });

  it('classifies test files', () => {
    assert.ok(isTestFile('packages/sdk', 'packages/sdk/test/unit/a.test.ts'));
    assert.ok(isTestFile('apps/explorer', 'apps/explorer/src/a.test.tsx'));
    assert.ok(!isTestFile('packages/sdk', 'packages/sdk/src/testnet.ts'));
  });

  it('scans a repo tree and reports workspaces without a rule', () => {
    const root = mkdtempSync(join(tmpdir(), 'boundaries-'));
    try {
      const write = (path: string, text: string) => {
        mkdirSync(join(root, path, '..'), { recursive: true });
        writeFileSync(join(root, path), text);
      };
      write(
        'packages/primitives/package.json',
        '{"name":"@taonet/primitives","exports":{".":"./src/index.ts"}}',
      );
      write('packages/primitives/src/index.ts', 'export const a = 1;\n');
      write(
        'packages/weird/package.json',
        '{"name":"@taonet/weird","dependencies":{"@taonet/primitives":"0.1.0"}}',
      );
      write('packages/weird/src/index.ts', "import '@taonet/primitives';\n");
      write('packages/weird/node_modules/x/index.ts', "import '@taonet/nothing';\n");
      const report = checkBoundaries(root);
      assert.equal(report.files, 2);
      assert.deepEqual(report.violations.map(formatViolation), [
        'packages/weird/src/index.ts:1: no dependency rule for packages/weird: add it to DEPENDENCY_RULES in scripts/checkBoundaries.ts',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
