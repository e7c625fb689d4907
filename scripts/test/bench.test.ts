import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  type BenchEntry,
  describeBench,
  findBenches,
  formatBenchList,
  machineSummary,
  selectBenches,
} from '../bench.js';

const entry = (name: string): BenchEntry => ({
  name,
  file: `packages/x/test/perf/${name}.bench.ts`,
  description: name,
});

describe('bench', () => {
  it('describes a bench by the first line of its top doc comment', () => {
    assert.equal(
      describeBench('/**\n * `npm run bench -- fixed`: I32F32 mul.\n * more\n */\nexport {}'),
      'I32F32 mul.',
    );
    assert.equal(describeBench('/** Epoch at 4096 uids. */'), 'Epoch at 4096 uids.');
    assert.equal(describeBench("import x from 'y';\n/** late */"), '');
  });

  it('finds benches under packages, apps and subnets and qualifies duplicate names', () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-'));
    try {
      const write = (path: string, text: string) => {
        mkdirSync(join(root, path, '..'), { recursive: true });
        writeFileSync(join(root, path), text);
      };
      write('packages/a/test/perf/fixed.bench.ts', '/** A fixed. */');
      write('packages/a/test/perf/epoch.bench.ts', '/** A epoch. */');
      write('packages/a/test/perf/helper.ts', '');
      write('subnets/s/test/perf/epoch.bench.ts', '/** S epoch. */');
      write('apps/e/test/perf/render.bench.ts', '');
      assert.deepEqual(
        findBenches(root).map((b) => [b.name, b.file, b.description]),
        [
          ['a/epoch', 'packages/a/test/perf/epoch.bench.ts', 'A epoch.'],
          ['fixed', 'packages/a/test/perf/fixed.bench.ts', 'A fixed.'],
          ['render', 'apps/e/test/perf/render.bench.ts', ''],
          ['s/epoch', 'subnets/s/test/perf/epoch.bench.ts', 'S epoch.'],
        ],
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('selects benches from the command line', () => {
    const available = [entry('fixed'), entry('epoch')];
    assert.deepEqual(selectBenches(available, []), { list: true });
    assert.deepEqual(selectBenches(available, ['epoch', 'fixed', '--n=3']), {
      benches: [available[1], available[0]],
      args: ['--n=3'],
    });
    assert.deepEqual(selectBenches(available, ['--all']), { benches: available, args: [] });
    assert.deepEqual(selectBenches(available, ['nope']), {
      error: 'unknown benchmark nope; available: fixed, epoch',
    });
  });

  it('lists and prints the machine', () => {
    assert.match(formatBenchList([entry('fixed')]), /^benchmarks .*\n {2}fixed {2}fixed$/);
    const machine = machineSummary(new Date(Date.UTC(2030, 0, 2)));
    assert.match(machine, /^machine: .+, \d+ cores, [\d.]+ GiB RAM, Node v\d+.*, 2030-01-02T00:00:00.000Z$/);
  });
});
