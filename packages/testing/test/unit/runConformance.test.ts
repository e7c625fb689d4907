import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type ConformanceSuite, fail, pass, runConformance } from '../../src/index.js';

const doubling: ConformanceSuite = {
  name: 'doubling',
  accepts: (vector) => vector.function === 'double',
  run: (vector) => {
    const input = vector.args as { x: number };
    return input.x * 2 === vector.expected ? pass : fail(`expected ${vector.expected}, got ${input.x * 2}`);
  },
};

function writeVectors(content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'taonet-conformance-'));
  const file = join(dir, 'vectors.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('runConformance', () => {
  it('prints one line per vector and the summary line', () => {
    const file = writeVectors([
      { name: 'ok', function: 'double', args: { x: 2 }, expected: 4 },
      { name: 'bad', function: 'double', args: { x: 2 }, expected: 5 },
      { name: 'words', kind: 'description' },
      { name: 'unknown', function: 'triple' },
      { name: 'throws', function: 'double', args: null, expected: 0 },
    ]);
    const lines: string[] = [];
    const report = runConformance([file], [doubling], (line) => lines.push(line));
    assert.deepEqual(lines.slice(0, 3), [
      'PASS ok',
      'FAIL bad: expected 5, got 4',
      'SKIP words: kind "description" has no runnable inputs',
    ]);
    assert.match(lines[3]!, /^FAIL unknown: not implemented/);
    assert.match(lines[4]!, /^FAIL throws: doubling threw/);
    assert.equal(lines.at(-1), '1 passed, 3 failed, 1 skipped');
    assert.deepEqual(report, { passed: 1, failed: 3, skipped: 1, brokenFiles: 0 });
  });

  it('reports unreadable files without stopping', () => {
    const broken = writeVectors('{not json');
    const good = writeVectors([{ name: 'ok', function: 'double', args: { x: 1 }, expected: 2 }]);
    const lines: string[] = [];
    const report = runConformance([broken, '/nonexistent/vectors.json', good], [doubling], (line) =>
      lines.push(line),
    );
    assert.equal(report.brokenFiles, 2);
    assert.equal(report.passed, 1);
    assert.match(lines[0]!, /^ERROR /);
  });
});
