import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BIOME_ARGS, LINT_STEPS } from '../lint.js';

describe('lint', () => {
  it('runs biome (skipping git-ignored files) and the three repo checks', () => {
    assert.deepEqual(
      LINT_STEPS.map(([name]) => name),
      ['biome', 'checkBoundaries', 'checkSizes', 'lintRuntime'],
    );
    assert.ok(BIOME_ARGS.includes('--vcs-use-ignore-file=true'));
  });
});
