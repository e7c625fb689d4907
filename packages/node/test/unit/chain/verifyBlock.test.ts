import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fromHex } from '@taonet/primitives';
import { createRuntime } from '@taonet/runtime';
import { openChainStore } from '@taonet/storage';
import {
  type AuthoredBlock,
  addSeal,
  ChainService,
  computeExtrinsicsRoot,
  computeHeaderHash,
  createDevChainSpec,
  createInThreadVerifier,
  createWorkerVerifier,
  decodeExtrinsic,
  encodeBlock,
  type SignatureVerifier,
  splitSeal,
} from '../../../src/index.js';
import { openTestChain, type TestChain } from '../../fixtures/testChain.js';

async function openImporter(verifier: SignatureVerifier) {
  const path = mkdtempSync(join(tmpdir(), 'taonet-import-'));
  const store = await openChainStore({ path, noSync: true });
  const spec = createDevChainSpec({ blockTime: 100 });
  const chain = await ChainService.open({ spec }, { store, runtime: createRuntime(), verifier });
  const close = async () => {
    await verifier.close();
    await store.close();
    rmSync(path, { recursive: true, force: true });
  };
  return { chain, close };
}

let author: TestChain;
let importers: Awaited<ReturnType<typeof openImporter>>[];
let block: AuthoredBlock;
const TRANSFERS = 60;

before(async () => {
  author = await openTestChain();
  importers = [await openImporter(createInThreadVerifier()), await openImporter(createWorkerVerifier(1))];
  for (let n = 0; n < TRANSFERS / 2; n++) {
    author.pool.submit(author.transfer(author.alice, n));
    author.pool.submit(author.transfer(author.bob, n));
  }
  block = await author.author();
});
after(async () => {
  await author.close();
  for (const importer of importers) await importer.close();
});

/** The block with the signature of extrinsic `index` forged, resealed by its author. */
function forgeSignature(index: number, of: AuthoredBlock = block): Uint8Array {
  return forgeBlockSignature(author, of, index);
}

function forgeBlockSignature(by: TestChain, of: AuthoredBlock, index: number): Uint8Array {
  const extrinsics = [...of.block.extrinsics];
  const bytes = Uint8Array.from(extrinsics[index]!);
  const { envelope } = decodeExtrinsic(bytes, by.chain.runtime.executive);
  if (!envelope.signed) throw new Error('not signed');
  const at = bytes.findIndex((_, i) => envelope.signature.every((byte, k) => bytes[i + k] === byte));
  bytes[at + 10]! ^= 1;
  extrinsics[index] = bytes;
  const unsealed = {
    ...splitSeal(of.block.header)!.unsealed,
    extrinsicsRoot: computeExtrinsicsRoot(extrinsics),
  };
  const header = addSeal(unsealed, by.alice.sign(fromHex(computeHeaderHash(unsealed))));
  return encodeBlock({ header, extrinsics });
}

describe('block import with the signatures split between threads', () => {
  it('a bad signature anywhere in the block fails it the same way, with or without workers', async () => {
    assert.equal(block.included.length, TRANSFERS);
    for (const index of [1, 2, 9, 17, 30, 31, 59, TRANSFERS]) {
      const bytes = forgeSignature(index);
      for (const importer of importers) {
        await assert.rejects(importer.chain.importBlock(bytes), {
          code: 'BLOCK_IMPORT',
          reason: 'extrinsic',
          message: `extrinsic ${index}: Transaction has a bad signature`,
        });
        assert.equal(importer.chain.best.number, 0);
      }
    }
  });

  it('the good block imports to the same state root', async () => {
    for (const importer of importers) {
      const imported = await importer.chain.importBlock(encodeBlock(block.block));
      assert.equal(imported.hash, block.hash);
      assert.equal(imported.header.stateRoot, block.header.stateRoot);
      assert.deepEqual(
        imported.extrinsics.map((xt) => xt.hash),
        block.extrinsics.map((xt) => xt.hash),
      );
    }
  });

  it('blocks given ahead are verified ahead, imported in order, a forged one refused the same way', async () => {
    const next: AuthoredBlock[] = [];
    for (let b = 0; b < 3; b++) {
      for (let n = 0; n < 20; n++)
        author.pool.submit(author.transfer(author.alice, TRANSFERS / 2 + b * 20 + n));
      next.push(await author.author());
    }
    const [second, third, fourth] = next as [AuthoredBlock, AuthoredBlock, AuthoredBlock];
    const forged = forgeSignature(7, third);
    for (const importer of importers) {
      const all = [second, undefined, third, fourth].map((b) =>
        importer.chain.importBlock(b === undefined ? forged : encodeBlock(b.block)),
      );
      const outcomes = await Promise.allSettled(all);
      assert.deepEqual(
        outcomes.map((o) => o.status),
        ['fulfilled', 'rejected', 'fulfilled', 'fulfilled'],
      );
      const refused = outcomes[1] as PromiseRejectedResult;
      assert.equal(refused.reason.message, 'extrinsic 7: Transaction has a bad signature');
      assert.equal(importer.chain.best.hash, fourth.hash);
      assert.equal(importer.chain.best.header.stateRoot, fourth.header.stateRoot);
    }
  });
});

describe('block import of a block whose checks go to the workers in several slices', () => {
  it('finds a bad signature in any slice; the good block imports', async () => {
    const source = await openTestChain();
    const importer = await openImporter(createWorkerVerifier(1));
    try {
      for (let n = 0; n < 150; n++) {
        source.pool.submit(source.transfer(source.alice, n));
        source.pool.submit(source.transfer(source.bob, n));
      }
      const big = await source.author();
      assert.equal(big.included.length, 300);
      for (const index of [3, 256, 257, 300]) {
        const forged = forgeBlockSignature(source, big, index);
        await assert.rejects(importer.chain.importBlock(forged), {
          message: `extrinsic ${index}: Transaction has a bad signature`,
        });
      }
      const imported = await importer.chain.importBlock(encodeBlock(big.block));
      assert.equal(imported.header.stateRoot, big.header.stateRoot);
    } finally {
      await source.close();
      await importer.close();
    }
  });
});
