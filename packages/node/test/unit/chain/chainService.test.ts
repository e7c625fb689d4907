import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fromHex } from '@taonet/primitives';
import { computeExtrinsicHash } from '@taonet/rpc';
import { getFreeBalance, OverlayState } from '@taonet/runtime';
import {
  addSeal,
  computeExtrinsicsRoot,
  computeHeaderHash,
  computeTransactionFee,
  decodeBlock,
  decodeExtrinsic,
  encodeBlock,
  getAccountNonce,
  getHeaderSlot,
  type Header,
  type SignedExtrinsic,
  splitSeal,
} from '../../../src/index.js';
import { openTestChain, type TestChain } from '../../fixtures/testChain.js';

let a: TestChain;
let b: TestChain;
before(async () => {
  a = await openTestChain();
  b = await openTestChain();
});
after(async () => {
  await a.close();
  await b.close();
});

describe('ChainService', () => {
  it('writes the same genesis for the same spec', () => {
    assert.equal(a.chain.genesisHash, b.chain.genesisHash);
    assert.equal(a.chain.best.number, 0);
    assert.equal(a.chain.finalized.hash, a.chain.genesisHash);
  });

  it('authors blocks of pool transactions that another node imports to the same state root', async () => {
    for (let n = 0; n < 3; n++) a.pool.submit(a.transfer(a.alice, n));
    a.pool.submit(a.transfer(a.bob, 0));
    const first = await a.author();
    assert.equal(first.number, 1);
    assert.equal(first.included.length, 4);
    assert.equal(first.extrinsics.length, 5);
    assert.equal(a.pool.size, 0);
    assert.equal(getAccountNonce(a.chain.stateAt(), a.alice.accountId), 3);
    assert.ok(first.events.some((e) => e.event.name === 'ExtrinsicSuccess'));
    assert.equal(a.chain.finalized.hash, first.hash);
    const second = await a.author();
    const imported1 = await b.chain.importBlock(encodeBlock(first.block));
    const imported2 = await b.chain.importBlock(encodeBlock(second.block));
    assert.equal(imported1.hash, first.hash);
    assert.equal(imported2.header.stateRoot, second.header.stateRoot);
    assert.equal(b.chain.best.hash, a.chain.best.hash);
    assert.deepEqual(b.chain.getEvents(first.hash), a.chain.getEvents(first.hash));
    assert.equal(getHeaderSlot(second.header), 1002);
  });

  it('refuses blocks that fail a check, naming it', async () => {
    a.pool.submit(a.transfer(a.alice, 3));
    const good = await a.author();
    const { header, extrinsics } = good.block;
    const refuse = async (bytes: Uint8Array, reason: string) =>
      assert.rejects(b.chain.importBlock(bytes), { code: 'BLOCK_IMPORT', reason });
    const unsealed = splitSeal(header)!.unsealed;
    const reseal = (h: Header) => addSeal(h, b.alice.sign(fromHex(computeHeaderHash(h))));
    await refuse(encodeBlock({ header: { ...header, parentHash: header.stateRoot }, extrinsics }), 'parent');
    await refuse(encodeBlock({ header: unsealed, extrinsics }), 'seal');
    await refuse(
      encodeBlock({
        header: addSeal(unsealed, b.bob.sign(fromHex(computeHeaderHash(unsealed)))),
        extrinsics,
      }),
      'author',
    );
    await refuse(
      encodeBlock({ header: reseal({ ...unsealed, extrinsicsRoot: computeExtrinsicsRoot([]) }), extrinsics }),
      'extrinsicsRoot',
    );
    await refuse(
      encodeBlock({ header: reseal({ ...unsealed, stateRoot: unsealed.extrinsicsRoot }), extrinsics }),
      'stateRoot',
    );
    const replay = [extrinsics[0]!, a.transfer(a.alice, 0)];
    await refuse(
      encodeBlock({
        header: reseal({ ...unsealed, extrinsicsRoot: computeExtrinsicsRoot(replay) }),
        extrinsics: replay,
      }),
      'extrinsic',
    );
    await refuse(
      encodeBlock({
        header: reseal({ ...unsealed, extrinsicsRoot: computeExtrinsicsRoot([]) }),
        extrinsics: [],
      }),
      'inherent',
    );
    await refuse(Uint8Array.of(1, 2, 3), 'format');
    const imported = await b.chain.importBlock(encodeBlock(good.block));
    assert.equal(imported.hash, good.hash);
    assert.deepEqual(decodeBlock(encodeBlock(good.block)), good.block);
  });

  it('a failing call pays its fee; a transaction that turns invalid is left out and reported', async () => {
    a.pool.submit(a.transfer(a.bob, 1, 2_000_000n * 10n ** 9n));
    const failing = await a.author();
    assert.equal(failing.included.length, 1);
    assert.ok(failing.events.some((e) => e.event.name === 'ExtrinsicFailed'));
    const free = getFreeBalance({ state: new OverlayState(a.chain.stateAt()) }, a.bob.accountId);
    const drain = a.transfer(a.bob, 2, 0n);
    const fee = computeTransactionFee(decodeExtrinsic(drain, a.chain.runtime.executive) as SignedExtrinsic);
    a.pool.submit(a.transfer(a.bob, 2, free - 500n - fee - 10_000n));
    const starved = a.transfer(a.bob, 3);
    a.pool.submit(starved);
    const block = await a.author();
    assert.equal(block.included.length, 1);
    assert.equal(block.rejected.length, 1);
    assert.match(block.rejected[0]!.reason, /Payment/);
    assert.equal(block.rejected[0]!.tx.hash, computeExtrinsicHash(starved));
    const imported = await b.chain.importBlock(encodeBlock(failing.block));
    assert.equal(imported.hash, failing.hash);
    await b.chain.importBlock(encodeBlock(block.block));
    assert.equal(b.chain.best.header.stateRoot, a.chain.best.header.stateRoot);
  });
});
