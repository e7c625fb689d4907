import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeWeights } from '@taonet/sdk';
import type { StoredCommit } from '../../../../src/commands/weights/weightsCommitStore.js';
import {
  parseUidList,
  parseWeightList,
  parseWeightsArgs,
} from '../../../../src/commands/weights/weightsInput.js';
import { pickCommit } from '../../../../src/commands/weights/weightsReveal.js';

describe('tao weights --uids/--weights', () => {
  it('reads lists with commas, spaces or brackets', () => {
    assert.deepEqual(parseUidList('1,2, 3'), [1, 2, 3]);
    assert.deepEqual(parseUidList('[0, 7]'), [0, 7]);
    assert.deepEqual(parseWeightList('0.5 .25,1e-3,2'), [0.5, 0.25, 0.001, 2]);
    assert.throws(() => parseUidList('1,x'), /"x" is not a uid/);
    assert.throws(() => parseUidList('70000'), /not a uid/);
    assert.throws(() => parseWeightList('-1'), /not a weight/);
    assert.throws(() => parseWeightList(''), /at least one weight/);
  });

  it('wants one weight per distinct uid and something above 0', () => {
    assert.deepEqual(parseWeightsArgs('1,2', '0.5,0.5'), { uids: [1, 2], weights: [0.5, 0.5] });
    assert.throws(() => parseWeightsArgs('1,2', '1'), /2 entries but --weights has 1/);
    assert.throws(() => parseWeightsArgs('1,1', '1,2'), /uid 1 is given twice/);
    assert.throws(() => parseWeightsArgs('1,2', '0,0'), /above 0/);
  });

  it('sends what the Python SDK sends: max-upscaled to 65535, halves to even, zeros dropped', () => {
    const sent = (uids: string, weights: string) => {
      const args = parseWeightsArgs(uids, weights);
      return normalizeWeights(args.uids, args.weights);
    };
    assert.deepEqual(sent('1,2', '0.5,0.5'), { uids: [1, 2], weights: [65_535, 65_535] });
    assert.deepEqual(sent('0,1,2', '0.7,0.3,0'), { uids: [0, 1], weights: [65_535, 28_086] });
    assert.deepEqual(sent('3,4', '1,131070'), { uids: [4], weights: [65_535] });
    assert.deepEqual(sent('3,4', '0.1,1'), { uids: [3, 4], weights: [6_554, 65_535] });
  });
});

describe('tao weights reveal: which saved commit', () => {
  const commit = (hash: string, first: number, last: number): StoredCommit => ({
    hotkey: '0x00',
    netuid: 1,
    mechid: 0,
    uids: [0],
    weights: [65_535],
    salt: [1],
    versionKey: '0',
    commitHash: hash,
    commitBlock: first - 10,
    revealFirstBlock: first,
    revealLastBlock: last,
  });

  it('takes the oldest commit still in or before its window, and reports the expired ones', () => {
    const commits = [commit('a', 10, 19), commit('b', 20, 29), commit('c', 30, 39)];
    const picked = pickCommit(commits, 25);
    assert.equal(picked.chosen?.commitHash, 'b');
    assert.deepEqual(
      picked.expired.map((c) => c.commitHash),
      ['a'],
    );
    assert.equal(pickCommit(commits, 5).chosen?.commitHash, 'a');
    assert.equal(pickCommit(commits, 40).chosen, undefined);
  });
});
