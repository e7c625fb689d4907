import assert from 'node:assert/strict';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { computeWeightsCommitHash, createWallet } from '@taonet/sdk';
import {
  commitFilePath,
  readCommits,
  type StoredCommit,
  toWeightsCommit,
  writeCommits,
} from '../../../../src/commands/weights/weightsCommitStore.js';

describe('tao weights commit store', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tao-commits-'));
  after(() => rm(dir, { recursive: true, force: true }));

  const stored: StoredCommit = {
    hotkey: `0x${'11'.repeat(32)}`,
    netuid: 3,
    mechid: 0,
    uids: [0, 2],
    weights: [65_535, 21_845],
    salt: [1, 2, 3],
    versionKey: '7',
    commitHash: '',
    commitBlock: 100,
    revealFirstBlock: 110,
    revealLastBlock: 119,
  };

  it('keeps the commits under the wallet, mode 0600, and removes the file when empty', async () => {
    const wallet = createWallet({ name: 'v', path: dir });
    const path = commitFilePath(wallet, 3, 0, '5Hot');
    assert.equal(path, join(dir, 'v', 'weight_commits', '3-0-5Hot.json'));
    assert.deepEqual(await readCommits(path), []);
    await writeCommits(path, [stored]);
    assert.deepEqual(await readCommits(path), [stored]);
    assert.equal((await stat(path)).mode & 0o777, 0o600);
    await writeCommits(path, []);
    await assert.rejects(stat(path), { code: 'ENOENT' });
  });

  it('gives back the SDK commit, whose hash is what was committed', () => {
    const commit = toWeightsCommit(stored);
    assert.equal(commit.versionKey, 7n);
    assert.deepEqual(commit.salt, [1, 2, 3]);
    assert.match(computeWeightsCommitHash(commit), /^0x[0-9a-f]{64}$/);
  });
});
