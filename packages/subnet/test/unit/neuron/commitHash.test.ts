/**
 * The commit hash against values computed by the runtime's `get_commit_hash` (BlakeTwo256 of the SCALE
 * tuple), including a vector longer than 63 entries (two-byte compact length) and a mechanism index.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto, type Keypair } from '@taonet/crypto';
import { computeCommitHash, encodeCommitPreimage, getNetuidIndex } from '../../../src/index.js';

let alice: Keypair;
before(async () => {
  await initCrypto();
  alice = createKeypairFromUri('//Alice');
});

describe('computeCommitHash', () => {
  it('matches subtensor for a small commit', () => {
    const hash = computeCommitHash({
      hotkey: alice.publicKey,
      netuid: 1,
      uids: [0, 1, 2],
      values: [65535, 100, 0],
      salt: [1, 2, 3, 4, 5, 6, 7, 8],
      versionKey: 7n,
    });
    assert.equal(hash, '0x770fe578f395bf795654131b3bb662463c4c490630c85aacb5f3cfa6b10ffdb8');
  });

  it('matches subtensor with 70 uids, a mechanism index and the largest version key', () => {
    const uids = Array.from({ length: 70 }, (_, i) => i);
    const hash = computeCommitHash({
      hotkey: alice.publicKey,
      netuid: 3,
      mechid: 1,
      uids,
      values: uids.map((uid) => uid * 900),
      salt: [9, 9],
      versionKey: 2n ** 64n - 1n,
    });
    assert.equal(hash, '0x66ee3a490afb4e16da23d451d0f8a05eb32e9cb75242036071b1d83ff8ac4399');
  });

  it('matches subtensor for empty vectors', () => {
    const empty = { hotkey: alice.publicKey, netuid: 0, uids: [], values: [], salt: [], versionKey: 0n };
    assert.equal(
      computeCommitHash(empty),
      '0xa7b588ab1eb86ee5516a49aff3619cc59744b4fea7c410159e0c05dd3333e1d8',
    );
    assert.equal(encodeCommitPreimage(empty).length, 32 + 2 + 3 + 8);
  });

  it('refuses values that are not u16 and indices out of range', () => {
    const base = { hotkey: alice.publicKey, netuid: 1, uids: [0], values: [1], salt: [1], versionKey: 0n };
    assert.throws(() => computeCommitHash({ ...base, values: [65536] }), /u16/);
    assert.throws(() => computeCommitHash({ ...base, uids: [1.5] }), /u16/);
    assert.throws(() => computeCommitHash({ ...base, versionKey: -1n }), /u64/);
    assert.equal(getNetuidIndex(5, 2), 8197);
    assert.throws(() => getNetuidIndex(1, 16), /out of range/);
  });
});
