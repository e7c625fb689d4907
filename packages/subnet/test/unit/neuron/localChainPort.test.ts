/** The local chain's checks mirror subtensor's, with the same error names. */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { netUid } from '@taonet/primitives';
import { computeCommitHash } from '../../../src/index.js';
import { createTestChain, type Keys, loadKeys } from './neuronFixtures.js';

let keys: Keys;
before(async () => {
  keys = await loadKeys();
});

const NETUID = netUid(1);
const weights = { netuid: NETUID, uids: [1, 2], values: [100, 50], versionKey: 0n };

describe('createLocalChainPort', () => {
  it('builds the metagraph columns by uid', async () => {
    const chain = createTestChain(keys);
    const metagraph = await chain.getMetagraph(NETUID);
    assert.equal(metagraph.n, 4);
    assert.deepEqual(
      metagraph.hotkeys,
      [keys.alice, keys.bob, keys.charlie, keys.dave].map((k) => k.address),
    );
    assert.deepEqual(metagraph.validatorPermit, [true, false, false, false]);
    assert.equal(metagraph.axons[1]!.ip, '10.0.0.1');
    assert.equal(metagraph.axons[3]!.ip, '0.0.0.0');
    assert.equal(await chain.isRegistered(NETUID, keys.eve.address), false);
  });

  it('rate-limits set_weights against LastUpdate and stores max-upscaled weights', async () => {
    const chain = createTestChain(keys);
    await chain.advance(1);
    assert.deepEqual(await chain.setWeights(keys.alice, weights), {
      ok: false,
      error: 'SettingWeightsTooFast',
      message: 'SubtensorModule.SettingWeightsTooFast',
    });
    await chain.advance(2);
    assert.deepEqual(await chain.setWeights(keys.alice, weights), { ok: true, block: 4 });
    assert.deepEqual(chain.getWeights(1, 0), [
      [1, 65535],
      [2, 32768],
    ]);
    assert.equal((await chain.getMetagraph(NETUID)).lastUpdate[0], 4);
  });

  it('refuses weights the way subtensor does', async () => {
    const chain = createTestChain(keys, { weightsRateLimit: 0, minAllowedWeights: 2, weightsVersion: 3n });
    const error = async (hotkey = keys.alice, params = {}) => {
      const result = await chain.setWeights(hotkey, { ...weights, versionKey: 3n, ...params });
      return result.ok ? 'ok' : result.error;
    };
    assert.equal(await error(keys.eve), 'HotKeyNotRegisteredInSubNet');
    assert.equal(await error(keys.alice, { versionKey: 2n }), 'IncorrectWeightVersionKey');
    assert.equal(await error(keys.bob), 'NeuronNoValidatorPermit');
    assert.equal(await error(keys.bob, { uids: [1], values: [1] }), 'ok'); // a self-weight needs no permit
    assert.equal(await error(keys.alice, { uids: [1, 1] }), 'DuplicateUids');
    assert.equal(await error(keys.alice, { uids: [1, 9] }), 'UidVecContainInvalidOne');
    assert.equal(await error(keys.alice, { uids: [1], values: [1] }), 'WeightVecLengthIsLow');
    assert.equal(await error(keys.alice, { values: [1] }), 'WeightVecNotEqualSize');
    assert.equal(await error(), 'ok');
    chain.setHyperparameters(1, { commitRevealWeightsEnabled: true });
    assert.equal(await error(), 'CommitRevealEnabled');
  });

  it('reveals a commit only in epoch commit_epoch + period, and expires it after', async () => {
    const chain = createTestChain(keys, { commitRevealWeightsEnabled: true, weightsRateLimit: 0 });
    const salt = [1, 2, 3];
    const commitHash = computeCommitHash({ hotkey: keys.alice.publicKey, ...weights, salt });
    const reveal = async () => {
      const result = await chain.revealWeights(keys.alice, { ...weights, salt });
      return result.ok ? 'ok' : result.error;
    };
    assert.equal(await reveal(), 'NoWeightsCommitFound');
    assert.equal((await chain.commitWeights(keys.alice, { netuid: NETUID, commitHash })).ok, true);
    assert.deepEqual(await chain.getWeightCommits(NETUID, keys.alice.address), [
      { hash: commitHash, commitEpoch: 0, commitBlock: 1 },
    ]);
    assert.equal(await reveal(), 'RevealTooEarly');
    const wrong = await chain.revealWeights(keys.alice, { ...weights, salt: [9] });
    assert.equal(wrong.ok ? 'ok' : wrong.error, 'InvalidRevealCommitHashNotMatch');
    await chain.advance(10); // block 11: epoch 1
    assert.deepEqual(await chain.getEpoch(NETUID), {
      index: 1,
      blocksUntilNext: 10,
      tempo: 10,
      blocksSinceLastStep: 0,
      nextEpochBlock: 21,
    });
    assert.equal(await reveal(), 'ok');
    assert.deepEqual(chain.getWeights(1, 0), [
      [1, 65535],
      [2, 32768],
    ]);
    assert.equal(await reveal(), 'NoWeightsCommitFound');

    assert.equal((await chain.commitWeights(keys.alice, { netuid: NETUID, commitHash })).ok, true);
    await chain.advance(20); // epoch 3: the commit of epoch 1 expired
    assert.equal(await reveal(), 'ExpiredWeightCommit');
  });

  it('runs epochs: incentive follows the stake-weighted weights, emission is paid', async () => {
    const chain = createTestChain(keys, { weightsRateLimit: 0 });
    await chain.setWeights(keys.alice, weights);
    await chain.advance(10);
    const metagraph = await chain.getMetagraph(NETUID);
    assert.deepEqual(
      metagraph.incentive.map((x) => Number(x.toFixed(4))),
      [0, 0.6667, 0.3333, 0],
    );
    assert.deepEqual(metagraph.dividends, [1, 0, 0, 0]);
    assert.ok(metagraph.emission[1]! > metagraph.emission[2]! && metagraph.emission[3] === 0n);
  });

  it('serves axons with the serving rate limit and replaces neurons', async () => {
    const chain = createTestChain(keys, { servingRateLimit: 5 });
    const axon = { netuid: NETUID, version: 1, ip: '10.0.0.9', port: 9000, ipType: 4 as const };
    assert.equal((await chain.serveAxon(keys.dave, axon)).ok, true);
    const again = await chain.serveAxon(keys.dave, { ...axon, port: 9001 });
    assert.equal(again.ok ? 'ok' : again.error, 'ServingRateLimitExceeded');
    const stranger = await chain.serveAxon(keys.eve, axon);
    assert.equal(stranger.ok ? 'ok' : stranger.error, 'HotKeyNotRegisteredInNetwork');
    assert.equal((await chain.getMetagraph(NETUID)).axons[3]!.port, 9000);

    await chain.advance(2);
    assert.equal(chain.register(1, { hotkey: keys.eve.address, replaceUid: 3 }), 3);
    const metagraph = await chain.getMetagraph(NETUID);
    assert.equal(metagraph.hotkeys[3], keys.eve.address);
    assert.equal(metagraph.blockAtRegistration[3], 3);
    assert.equal(metagraph.axons[3]!.ip, '0.0.0.0');
    assert.throws(() => chain.register(1, { hotkey: keys.eve.address }), /already registered/);
  });

  it('awaits block listeners and stops notifying after unsubscribe', async () => {
    const chain = createTestChain(keys);
    const seen: number[] = [];
    const unsubscribe = chain.subscribeBlocks(async (block) => {
      await new Promise((resolve) => setImmediate(resolve));
      seen.push(block);
    });
    await chain.advance(2);
    assert.deepEqual(seen, [2, 3]);
    unsubscribe();
    await chain.advance(1);
    assert.deepEqual(seen, [2, 3]);
    assert.equal(await chain.getBlockNumber(), 4);
  });
});
