import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto, type Keypair } from '@taonet/crypto';
import { type AccountId, fromHex, toHex } from '@taonet/primitives';
import { decodeExtrinsicEnvelope } from '@taonet/rpc';
import { u16, u64 } from 'scale-ts';
import {
  BlocksSinceLastStep,
  commitWeights,
  computeWeightsCommitHash,
  encodeCall,
  getStorageKey,
  getWeightsRevealWindow,
  normalizeWeights,
  revealWeights,
  revealWeightsCall,
  roundHalfEven,
  Tempo,
} from '../../../src/index.js';
import { createFakeChain } from '../fixtures/fakeChain.js';

let bob: Keypair;

before(async () => {
  await initCrypto();
  bob = createKeypairFromUri('//Bob');
});

describe('weights normalisation (the Python SDK convert_weights_and_uids_for_emit)', () => {
  it('rounds halves to even as Python round() does', () => {
    assert.deepEqual([0.5, 1.5, 2.5, 3.5, 6553.5, 2.4, 2.6].map(roundHalfEven), [0, 2, 2, 4, 6554, 2, 3]);
  });

  it('gives the u16 weights the Python SDK sends (reference values from CPython 3)', () => {
    const cases: [number[], number[], number[]][] = [
      [[1, 131_070], [1], [65_535]],
      [
        [3, 131_070],
        [0, 1],
        [2, 65_535],
      ],
      [
        [5, 131_070],
        [0, 1],
        [2, 65_535],
      ],
      [
        [0.1, 1],
        [0, 1],
        [6_554, 65_535],
      ],
      [
        [2.5, 65_535],
        [0, 1],
        [2, 65_535],
      ],
      [
        [1, 3],
        [0, 1],
        [21_845, 65_535],
      ],
    ];
    for (const [weights, uids, values] of cases) {
      assert.deepEqual(normalizeWeights([0, 1], weights), { uids, weights: values }, String(weights));
    }
  });
});

describe('commitWeights and revealWeights', () => {
  const reference = {
    netuid: 3,
    uids: [0, 2],
    weights: [65_535, 21_845],
    salt: [1, 2, 3, 65_535],
    versionKey: 7n,
  };

  it('hashes as subtensor get_commit_hash (hand-encoded SCALE reference)', () => {
    const hotkey = toHex(bob.publicKey) as AccountId;
    assert.equal(
      computeWeightsCommitHash({ ...reference, hotkey, mechid: 0 }),
      '0x1c85b4b1ac3dde379a9dfd43917d738701f79b08bd9f74b02adb3806715579fb',
    );
    assert.equal(
      computeWeightsCommitHash({ ...reference, hotkey, mechid: 1 }),
      '0x1ea20915db8c264763471d55dab1b4f28c1da17b36eae7d91394c67bbc9d933e',
    );
    assert.throws(() => computeWeightsCommitHash({ ...reference, hotkey, mechid: 0, salt: [70_000] }));
  });

  it('commits the hash of the normalised weights with a fresh salt, and reveals exactly them', async () => {
    const chain = createFakeChain();
    const sent = await commitWeights(chain.client, { signer: bob, netuid: 3, uids: [0, 2], weights: [3, 1] });
    assert.equal(sent.commit.salt.length, 8);
    assert.deepEqual(sent.commit.weights, [65_535, 21_845]);
    assert.equal(sent.commit.hotkey, toHex(bob.publicKey));
    assert.equal(sent.commitHash, computeWeightsCommitHash(sent.commit));
    const call = decodeExtrinsicEnvelope(fromHex(chain.submitted[0]!)).call;
    assert.deepEqual([...call.slice(0, 4)], [7, 96, 3, 0]); // commit_weights, netuid 3
    assert.equal(toHex(call.slice(4)), sent.commitHash);

    await revealWeights(chain.client, { signer: bob, commit: sent.commit });
    const reveal = decodeExtrinsicEnvelope(fromHex(chain.submitted[1]!)).call;
    const expected = encodeCall(revealWeightsCall, {
      netuid: 3,
      uids: [0, 2],
      values: [65_535, 21_845],
      salt: [...sent.commit.salt],
      version_key: 0n,
    });
    assert.deepEqual([...reveal], [...expected.bytes]);
    const again = await commitWeights(chain.client, { signer: bob, netuid: 3, uids: [0], weights: [1] });
    assert.notDeepEqual(again.commit.salt, sent.commit.salt);
  });

  it('places the reveal window period epochs after the last epoch before the commit', async () => {
    const storage = new Map([
      [getStorageKey(Tempo, [3]), toHex(u16.enc(10))],
      [getStorageKey(BlocksSinceLastStep, [3]), toHex(u64.enc(4n))],
    ]);
    const chain = createFakeChain({
      methods: {
        state_getStorage: (key) => storage.get(key as `0x${string}`) ?? null,
        subnetInfo_getSubnetHyperparams: () => ({ weights_version: '0', commit_reveal_period: '2' }),
      },
    });
    const window = await getWeightsRevealWindow(chain.client, {
      netuid: 3,
      commitBlock: 104,
      commitBlockHash: `0x${'44'.repeat(32)}`,
    });
    assert.deepEqual(window, { firstBlock: 120, lastBlock: 129, tempo: 10, period: 2 });
  });
});
