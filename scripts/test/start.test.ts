import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LOCALNET_DATA, planStart } from '../start.js';

const ROOT = '/repo';

describe('start', () => {
  it("runs `tao localnet up` on the repository's .data/localnet by default", () => {
    assert.deepEqual(planStart([], ROOT), {
      upArgs: ['--data-dir', join(ROOT, LOCALNET_DATA)],
      temporary: false,
    });
  });

  it('passes the flags on, --fresh as --reset, and keeps a --data-dir the user gave', () => {
    assert.deepEqual(planStart(['--fresh', '--tempo', '10'], ROOT).upArgs, [
      '--data-dir',
      join(ROOT, LOCALNET_DATA),
      '--reset',
      '--tempo',
      '10',
    ]);
    assert.deepEqual(planStart(['--data-dir', '/x', '--reset'], ROOT).upArgs, [
      '--data-dir',
      '/x',
      '--reset',
    ]);
    assert.deepEqual(planStart(['--data-dir=/x'], ROOT).upArgs, ['--data-dir=/x']);
  });

  it('uses a throwaway data folder with --tmp', () => {
    assert.deepEqual(planStart(['--tmp', '--rpc-port', '0'], ROOT), {
      upArgs: ['--rpc-port', '0'],
      temporary: true,
    });
  });
});
