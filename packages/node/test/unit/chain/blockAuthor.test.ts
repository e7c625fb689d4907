import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BlockAuthor } from '../../../src/index.js';
import { openTestChain, type TestChain } from '../../fixtures/testChain.js';

let tc: TestChain;
before(async () => {
  tc = await openTestChain(50);
});
after(() => tc.close());

describe('BlockAuthor', () => {
  it('authors its own open slots only, and drops what the executive refused', async () => {
    const author = new BlockAuthor({ key: tc.alice }, { chain: tc.chain, pool: tc.pool });
    const other = new BlockAuthor({ key: tc.bob }, { chain: tc.chain, pool: tc.pool });
    assert.equal(await other.authorSlot(5000), undefined, 'bob is not an authority of the dev chain');
    tc.pool.submit(tc.transfer(tc.alice, 0));
    const block = await author.authorSlot(5000);
    assert.equal(block?.included.length, 1);
    assert.equal(await author.authorSlot(5000), undefined, 'slot already used');
    assert.equal(await author.authorSlot(4999), undefined, 'slot in the past');
    assert.ok(author.maxTransactions >= 1);
  });

  it('produces a block per slot on the wall clock until stopped', async () => {
    const seen: number[] = [];
    const author = new BlockAuthor(
      { key: tc.alice },
      {
        chain: tc.chain,
        pool: tc.pool,
        onBlock: (b) => seen.push(b.number),
        onError: (e) => assert.fail(String(e)),
      },
    );
    const start = tc.chain.best.number;
    author.start();
    // wait for three slots however loaded the machine is (a fixed sleep flakes under load)
    for (let waited = 0; seen.length < 3 && waited < 10_000; waited += 25) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await author.stop();
    const stoppedAt = tc.chain.best.number;
    assert.ok(seen.length >= 3, `blocks authored: ${seen.length}`);
    assert.deepEqual(
      seen,
      seen.map((_, i) => start + 1 + i),
    );
    await new Promise((resolve) => setTimeout(resolve, 120));
    assert.equal(tc.chain.best.number, stoppedAt);
  });
});
