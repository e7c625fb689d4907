/**
 * A dev node whose subnet 1 has `uids` neurons, for the CLI's chain benchmarks: the dev chain spec has no
 * genesis neurons, so sudo lifts the registration limits and //Alice submits the `burned_register`s with
 * consecutive nonces without waiting (as the SDK's bench does).
 */
import { createKeypairFromUri, initCrypto } from '@taonet/crypto';
import {
  burnedRegisterCall,
  type Client,
  createClient,
  encodeCall,
  readStorage,
  SubnetworkN,
  setHyperparameter,
  submitTransaction,
} from '@taonet/sdk';
import { type DevNode, startDevNode } from '@taonet/testing/devNode';

async function openRegistrations(client: Client, netuid: number): Promise<void> {
  const alice = createKeypairFromUri('//Alice');
  // the dev subnet's short tempo keeps it inside the admin freeze window: open it first
  const window = { name: 'sudo_set_admin_freeze_window', args: { window: 0 } } as const;
  await setHyperparameter(client, { signer: alice, sudo: true, ...window });
  for (const [name, arg] of [
    ['sudo_set_max_registrations_per_block', 'max_registrations_per_block'],
    ['sudo_set_target_registrations_per_interval', 'target_registrations_per_interval'],
  ] as const) {
    await setHyperparameter(client, {
      signer: alice,
      sudo: true,
      name,
      args: { netuid, [arg]: 1_000 } as never,
    });
  }
}

const count = async (client: Client, netuid: number) =>
  (await readStorage(client, { item: SubnetworkN, keys: [netuid] })) ?? 0;

/** Submits the missing registrations at once (consecutive nonces); waits until they land or `ms` pass. */
async function registerMissing(client: Client, netuid: number, uids: number, ms: number): Promise<number> {
  const alice = createKeypairFromUri('//Alice');
  const start = await client.request('system_accountNextIndex', alice.address);
  const missing = uids - (await count(client, netuid));
  const hotkeys = Array.from(
    { length: missing },
    (_, i) => createKeypairFromUri(`//Bench${start + i}`).accountId,
  );
  const submitted = Promise.allSettled(
    hotkeys.map((hotkey, i) =>
      submitTransaction(client, {
        signer: alice,
        nonce: start + i,
        call: encodeCall(burnedRegisterCall, { netuid, hotkey }),
      }),
    ),
  );
  const deadline = Date.now() + ms;
  for (;;) {
    const n = await count(client, netuid);
    if (n >= uids || Date.now() > deadline) {
      if (n >= uids) await submitted;
      return n;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Registers hotkeys on `netuid` until it has `uids` neurons; a busy node drops some of a burst of
 * transactions, so the missing ones are submitted again (4 rounds of a minute at most). Returns the count.
 */
export async function fillSubnet(client: Client, netuid: number, uids: number): Promise<number> {
  await openRegistrations(client, netuid);
  let n = 0;
  for (let round = 0; round < 4 && n < uids; round++) n = await registerMissing(client, netuid, uids, 60_000);
  return n;
}

/** A dev node (100 ms blocks) with subnet 1 filled to `uids` neurons. */
export async function startFilledNode(uids: number): Promise<DevNode & { n: number }> {
  await initCrypto();
  const node = await startDevNode(['--block-time', '100']);
  const client = createClient({ url: node.url, timeoutMs: 30_000 });
  try {
    return { ...node, n: await fillSubnet(client, 1, uids) };
  } catch (error) {
    await node.stop();
    throw error;
  } finally {
    await client.close();
  }
}
