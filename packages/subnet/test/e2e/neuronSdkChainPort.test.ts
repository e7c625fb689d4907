/**
 * `createSdkChainPort` against the real dev node (`taonet-node --dev --tmp --block-time 100`, subnet 1 at
 * tempo 10): blocks in order from one head subscription, hyperparameters and epoch timing, registration,
 * serve_axon (accepted, and refused by name), the metagraph snapshot, set_weights, and commit-reveal v2
 * end to end (the commit read back with its epoch, revealed in the reveal epoch).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto, type Keypair } from '@taonet/crypto';
import { netUid } from '@taonet/primitives';
import { addStake, burnedRegister, createClient, setHyperparameter } from '@taonet/sdk';
import { type DevNode, startDevNode } from '@taonet/testing/devNode';
import { computeCommitHash, createSdkChainPort, getUidOfHotkey, type SdkChainPort } from '../../src/index.js';

const NETUID = netUid(1);
const TAO = 1_000_000_000n;
let node: DevNode;
let chain: SdkChainPort;
const keys: Record<string, Keypair> = {};

before(async () => {
  await initCrypto();
  for (const name of ['Alice', 'Alice//stash', 'Charlie', 'PortMiner', 'PortValidator']) {
    keys[name] = createKeypairFromUri(`//${name}`);
  }
  node = await startDevNode(['--block-time', '100']);
  chain = createSdkChainPort({ url: node.url, timeoutMs: 10_000 });
});

after(async () => {
  await chain?.close();
  await node?.stop();
});

async function until<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('createSdkChainPort', () => {
  it('follows new blocks in increasing order and stops when unsubscribed', async () => {
    const seen: number[] = [];
    const unsubscribe = chain.subscribeBlocks((block) => {
      seen.push(block);
    });
    await until(
      async () => seen.length,
      (n) => n >= 3,
    );
    unsubscribe();
    const count = seen.length;
    assert.ok(
      seen.every((block, i) => i === 0 || block > seen[i - 1]!),
      seen.join(','),
    );
    assert.ok((await chain.getBlockNumber()) >= seen.at(-1)!);
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.ok(seen.length <= count + 1, 'no blocks after unsubscribing');
  });

  it('reads the hyperparameters and the epoch timing of the dev subnet', async () => {
    const hparams = await chain.getHyperparameters(NETUID);
    assert.equal(hparams.tempo, 10);
    assert.equal(hparams.weightsRateLimit, 0);
    assert.equal(hparams.commitRevealWeightsEnabled, false);
    const epoch = await chain.getEpoch(NETUID);
    assert.equal(epoch.tempo, 10);
    assert.ok(epoch.blocksUntilNext >= 0 && epoch.blocksUntilNext <= 10, JSON.stringify(epoch));
    assert.ok(epoch.index >= 0);
    assert.ok(epoch.nextEpochBlock > 0);
    await assert.rejects(chain.getHyperparameters(netUid(77)), /subnet 77/);
  });

  it('registers, serves an axon (a loopback address is refused by name) and reads the metagraph', async () => {
    const miner = keys.PortMiner!;
    assert.equal(await chain.isRegistered(NETUID, miner.address), false);
    const client = createClient({ url: node.url, timeoutMs: 10_000 });
    try {
      await burnedRegister(client, { signer: keys.Charlie!, netuid: 1, hotkey: miner.address });
    } finally {
      await client.close();
    }
    assert.equal(await chain.isRegistered(NETUID, miner.address), true);
    const serve = { netuid: NETUID, version: 7, port: 8091, ipType: 4 as const };
    const loopback = await chain.serveAxon(miner, { ...serve, ip: '127.0.0.1' });
    assert.deepEqual(loopback.ok ? 'ok' : loopback.error, 'InvalidIpAddress');
    assert.ok(!loopback.ok && /SubtensorModule\.InvalidIpAddress/.test(loopback.message));
    const served = await chain.serveAxon(miner, { ...serve, ip: '10.1.2.3' });
    assert.equal(served.ok, true);
    const metagraph = await chain.getMetagraph(NETUID);
    const uid = getUidOfHotkey(metagraph, miner.address);
    assert.ok(uid !== null);
    assert.equal(metagraph.coldkeys[uid], keys.Charlie!.address);
    assert.deepEqual(
      { ...metagraph.axons[uid], hotkey: undefined },
      {
        version: 7,
        ip: '10.1.2.3',
        port: 8091,
        ipType: 4,
        protocol: 4,
        placeholder1: 0,
        placeholder2: 0,
        hotkey: undefined,
        coldkey: keys.Charlie!.address,
      },
    );
    assert.equal(metagraph.n, metagraph.hotkeys.length);
    assert.ok(metagraph.blockAtRegistration[uid]! > 0);
    assert.ok(metagraph.incentive.every((x) => x >= 0 && x <= 1));
  });

  it('sets weights, and commits then reveals them once commit-reveal is on', async () => {
    const validator = keys.PortValidator!;
    const client = createClient({ url: node.url, timeoutMs: 10_000 });
    try {
      await burnedRegister(client, { signer: keys.Alice!, netuid: 1, hotkey: validator.address });
      await addStake(client, { signer: keys.Alice!, hotkey: validator.address, netuid: 1, amount: TAO });
      const metagraph = await until(
        () => chain.getMetagraph(NETUID),
        (mg) => mg.validatorPermit[getUidOfHotkey(mg, validator.address) ?? 0] === true,
      );
      const minerUid = getUidOfHotkey(metagraph, keys.PortMiner!.address)!;
      const weights = { netuid: NETUID, uids: [minerUid], values: [65_535], versionKey: 0n };
      const set = await chain.setWeights(validator, weights);
      assert.equal(set.ok, true, JSON.stringify(set));
      const disabled = await chain.commitWeights(validator, {
        netuid: NETUID,
        commitHash: `0x${'11'.repeat(32)}`,
      });
      assert.equal(disabled.ok ? 'ok' : disabled.error, 'CommitRevealDisabled');

      await setHyperparameter(client, {
        signer: keys.Alice!,
        name: 'sudo_set_commit_reveal_weights_enabled',
        args: { netuid: 1, enabled: true },
      });
      assert.equal((await chain.getHyperparameters(NETUID)).commitRevealWeightsEnabled, true);
      const salt = [1, 2, 3];
      const commitHash = computeCommitHash({ hotkey: validator.publicKey, ...weights, salt });
      const before = await chain.getEpoch(NETUID);
      const commit = await chain.commitWeights(validator, { netuid: NETUID, commitHash });
      assert.equal(commit.ok, true, JSON.stringify(commit));
      const commits = await chain.getWeightCommits(NETUID, validator.address);
      assert.equal(commits.length, 1);
      assert.equal(commits[0]!.hash, commitHash);
      assert.ok(commit.ok && commits[0]!.commitBlock === commit.block);
      assert.ok(commits[0]!.commitEpoch >= before.index && commits[0]!.commitEpoch <= before.index + 1);
      const early = await chain.revealWeights(validator, { ...weights, salt });
      assert.equal(early.ok ? 'ok' : early.error, 'RevealTooEarly');
      const period = (await chain.getHyperparameters(NETUID)).commitRevealPeriod;
      await until(
        () => chain.getEpoch(NETUID),
        (epoch) => epoch.index === commits[0]!.commitEpoch + period,
      );
      const revealed = await chain.revealWeights(validator, { ...weights, salt });
      assert.equal(revealed.ok, true, JSON.stringify(revealed));
      assert.deepEqual(await chain.getWeightCommits(NETUID, validator.address), []);
    } finally {
      await client.close();
    }
  });
});
