/**
 * The SDK against the real node (`taonet-node --dev --tmp --block-time 100`): a transfer and the balances
 * it changes; typed errors for refused and failed transactions; a subnet registered with an identity and
 * started; hotkeys registered on the dev subnet (tempo 10), an axon served, stake added, weights set, and
 * the metagraph read after an epoch, at one block.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto, type Keypair } from '@taonet/crypto';
import { type DevNode, startDevNode } from '@taonet/testing/devNode';
import {
  addStake,
  burnedRegister,
  type Client,
  commitWeights,
  createClient,
  ExtrinsicFailedError,
  getBalances,
  getDynamicInfo,
  getHotkeyNetuids,
  getHotkeyOwner,
  getStakeInfoForColdkey,
  getSubnets,
  type Metagraph,
  registerNetwork,
  serveAxon,
  setWeights,
  startCall,
  syncMetagraph,
  TransactionRejectedError,
  transfer,
} from '../../src/index.js';

const TAO = 1_000_000_000n;
let node: DevNode;
let client: Client;
const keys: Record<string, Keypair> = {};

before(async () => {
  await initCrypto();
  for (const name of ['Alice', 'Alice//stash', 'Bob', 'Bob//hot', 'Charlie', 'Miner1', 'Miner2', 'Pauper']) {
    keys[name] = createKeypairFromUri(`//${name}`);
  }
  node = await startDevNode(['--block-time', '100']);
  client = createClient({ url: node.url, timeoutMs: 10_000 });
});

after(async () => {
  await client?.close();
  await node?.stop();
});

/** Polls until `check` holds (the chain makes a block every 100 ms). */
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

describe('transfers', () => {
  it('moves TAO: the receiver gains the amount, the sender pays it and the fee', async () => {
    // Bob sends: Alice authors the blocks, and the dev chain pays fees to the author
    const { Bob: bob, Charlie: charlie } = keys as Record<string, Keypair>;
    const addresses = [bob!.address, charlie!.address];
    const [a0, c0] = await getBalances(client, { addresses });
    const receipt = await transfer(client, { signer: bob!, to: charlie!.address, amount: 5n * TAO });
    assert.equal(receipt.status, 'success');
    assert.ok(receipt.events.some((e) => e.pallet === 'Balances' && e.name === 'Transfer'));
    assert.ok(receipt.fee !== undefined && receipt.fee > 0n);
    const [a1, c1] = await getBalances(client, { addresses, at: receipt.blockHash });
    assert.equal(c1! - c0!, 5n * TAO);
    assert.equal(a0! - a1!, 5n * TAO + receipt.fee);
  });

  it('refuses what the pool cannot accept and reports runtime failures by name', async () => {
    const pauper = await transfer(client, { signer: keys.Pauper!, to: keys.Bob!.address, amount: TAO }).catch(
      (e) => e,
    );
    assert.ok(pauper instanceof TransactionRejectedError, String(pauper));
    assert.equal(pauper.reason, 'invalid');
    // Bob's nonce 0 was used by the transfer above
    const stale = await transfer(client, {
      signer: keys.Bob!,
      to: keys.Alice!.address,
      amount: 1n,
      nonce: 0,
    }).catch((e) => e);
    assert.ok(stale instanceof TransactionRejectedError, String(stale));
    assert.match(stale.message, /outdated|stale/i);
    const notOwner = await startCall(client, { signer: keys.Bob!, netuid: 1 }).catch((e) => e);
    assert.ok(notOwner instanceof ExtrinsicFailedError, String(notOwner));
    assert.equal(notOwner.code, 'TX_FAILED');
    assert.equal(notOwner.receipt.status, 'failed');
    const commit = await commitWeights(client, {
      signer: keys['Alice//stash']!,
      netuid: 1,
      uids: [0],
      weights: [1],
    }).catch((e) => e);
    assert.ok(commit instanceof ExtrinsicFailedError, String(commit));
    assert.equal(commit.errorName, 'CommitRevealDisabled');
    assert.equal(commit.moduleError.palletIndex, 7);
    assert.match(commit.message, /Commit-reveal is off on this subnet/);
  });
});

describe('subnets', () => {
  it('registers a subnet with an identity and starts it', async () => {
    const registered = await registerNetwork(client, {
      signer: keys.Bob!,
      hotkey: keys['Bob//hot']!.address,
      identity: { subnetName: 'e2e', description: 'made by the SDK test' },
    });
    const { netuid } = registered;
    assert.ok(netuid >= 2, `netuid ${netuid}`);
    const before = await getDynamicInfo(client, { netuid });
    assert.equal(before?.owner, keys.Bob!.address);
    assert.equal(before?.ownerHotkey, keys['Bob//hot']!.address);
    assert.equal(before?.name, 'e2e');
    assert.equal(before?.started, false);
    await startCall(client, { signer: keys.Bob!, netuid });
    assert.equal((await getDynamicInfo(client, { netuid }))?.started, true);
    assert.ok(
      (await getSubnets(client)).some((s) => s.netuid === netuid && s.identity?.subnetName === 'e2e'),
    );
  });

  it('registers hotkeys, sets weights, and shows incentive in the metagraph after an epoch', async () => {
    const validator = keys['Alice//stash']!;
    const uids: number[] = [];
    for (const miner of [keys.Miner1!, keys.Miner2!]) {
      uids.push(
        (await burnedRegister(client, { signer: keys.Charlie!, netuid: 1, hotkey: miner.address })).uid,
      );
    }
    assert.deepEqual(await getHotkeyNetuids(client, { hotkey: keys.Miner1!.address }), [1]);
    assert.equal(await getHotkeyOwner(client, { hotkey: keys.Miner1!.address }), keys.Charlie!.address);
    await serveAxon(client, { signer: keys.Miner1!, netuid: 1, ip: '10.0.0.1', port: 8091 });
    const stake = { signer: keys.Alice!, hotkey: validator.address, netuid: 1 };
    // 100 TAO would move the 1,000-TAO pool's price far beyond the default 0.5% tolerance
    const slipped = await addStake(client, { ...stake, amount: 100n * TAO }).catch((e) => e);
    assert.equal((slipped as ExtrinsicFailedError).errorName, 'SlippageTooHigh');
    await addStake(client, { ...stake, amount: TAO });
    const sync = () => syncMetagraph(client, { netuid: 1 });
    await until(sync, (mg) => mg.validatorPermit[0] === true && mg.n >= 3);
    const set = await setWeights(client, { signer: validator, netuid: 1, uids, weights: [1, 3] });
    const mg: Metagraph = await until(
      sync,
      (m) => m.block > set.blockNumber + 10 && m.incentive[uids[1]!]! > 0,
    );
    assert.ok(mg.incentive[uids[1]!]! > mg.incentive[uids[0]!]!);
    assert.ok(mg.stake[0]! > 0n);
    assert.equal(mg.coldkeys[uids[0]!], keys.Charlie!.address);
    assert.equal(mg.hotkeys[uids[1]!], keys.Miner2!.address);
    assert.equal(mg.axons[uids[0]!]?.ip, '10.0.0.1');
    assert.equal(mg.axons[uids[0]!]?.port, 8091);
    assert.ok(mg.blockAtRegistration[uids[0]!]! > 0n);
    assert.ok(mg.lastUpdate[0]! >= set.blockNumber);
    const weights = await mg.getWeights();
    assert.deepEqual([weights[0]![uids[0]!], weights[0]![uids[1]!]], [21_845, 65_535]);
    const stakes = await getStakeInfoForColdkey(client, { coldkey: keys.Alice!.address });
    assert.ok(stakes.some((s) => s.netuid === 1 && s.hotkey === validator.address && s.stake > 0n));
  });
});
