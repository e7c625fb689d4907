/**
 * Activity on a fresh dev chain, made through the SDK, so every explorer page has something to show: a
 * transfer, a subnet registered with an identity and started, miners registered on subnet 1 with an axon,
 * stake, a root-registered delegate with its own take, and weights.
 */
import {
  addStake,
  burnedRegister,
  type Client,
  createKeypairFromSource,
  registerNetwork,
  rootRegister,
  serveAxon,
  setDelegateTake,
  setWeights,
  startCall,
  transfer,
} from '@taonet/sdk';

export const TAO = 1_000_000_000n;

export type DevKeys = Awaited<ReturnType<typeof loadKeys>>;

export async function loadKeys() {
  const names = ['Alice', 'Alice//stash', 'Bob', 'Bob//hot', 'Charlie', 'Miner1', 'Miner2'] as const;
  const pairs = await Promise.all(
    names.map(async (n) => (await createKeypairFromSource({ uri: `//${n}` })).keypair),
  );
  const [alice, validator, bob, bobHot, charlie, miner1, miner2] = pairs;
  return {
    alice: alice!,
    validator: validator!,
    bob: bob!,
    bobHot: bobHot!,
    charlie: charlie!,
    miner1: miner1!,
    miner2: miner2!,
  };
}

export interface Activity {
  readonly transfer: { readonly block: number; readonly index: number; readonly amount: bigint };
  readonly netuid: number;
  readonly minerUids: readonly number[];
}

export async function createActivity(client: Client, keys: DevKeys): Promise<Activity> {
  const sent = await transfer(client, { signer: keys.bob, to: keys.charlie.address, amount: 7n * TAO });
  const { netuid } = await registerNetwork(client, {
    signer: keys.bob,
    hotkey: keys.bobHot.address,
    identity: { subnetName: 'explorer-e2e', description: 'made by the explorer test' },
  });
  await startCall(client, { signer: keys.bob, netuid });
  const minerUids: number[] = [];
  for (const miner of [keys.miner1, keys.miner2]) {
    minerUids.push(
      (await burnedRegister(client, { signer: keys.charlie, netuid: 1, hotkey: miner.address })).uid,
    );
  }
  await serveAxon(client, { signer: keys.miner1, netuid: 1, ip: '10.0.0.1', port: 8091 });
  await addStake(client, { signer: keys.alice, hotkey: keys.validator.address, netuid: 1, amount: TAO });
  await rootRegister(client, { signer: keys.alice, hotkey: keys.validator.address });
  await setDelegateTake(client, { signer: keys.alice, hotkey: keys.validator.address, take: 0.1 });
  await addStake(client, { signer: keys.bob, hotkey: keys.validator.address, netuid: 0, amount: 10n * TAO });
  await setWeights(client, { signer: keys.validator, netuid: 1, uids: minerUids, weights: [1, 3] });
  return {
    transfer: { block: sent.blockNumber, index: sent.extrinsicIndex, amount: 7n * TAO },
    netuid,
    minerUids,
  };
}
