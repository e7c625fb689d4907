/**
 * Puts the plan on the dev chain, through the SDK only (the transactions any user would send), and only
 * what is missing, so that a restart on a kept data folder redoes nothing: //Alice (the dev chain's sudo
 * key) lifts the network rate limit and the start-call delay and funds every coldkey; each owner creates
 * its subnet with an identity (`register_network_with_identity`); //Alice switches its TAO emission on (a
 * new subnet has it off until root enables it), sets the short tempo, no weights rate limit, no
 * commit-reveal, room for the registrations and a price EMA that moves within tens of blocks (so that
 * emission shares show within a minute, not weeks); the owner starts it
 * (`start_call`); every validator and miner registers (`burned_register`) and the validators stake.
 * Transactions of one signer go out together with consecutive nonces, so each step takes a block or two.
 */
import type { Keypair } from '@taonet/crypto';
import type { Client, TransactionReceipt } from '@taonet/sdk';
import type { LocalnetPlan, NeuronPlan, SubnetKey, SubnetPlan } from './localnetPlan.js';
import type { NeuronKeys } from './localnetWallets.js';

export const RAO_PER_TAO = 1_000_000_000n;

/** `SubnetMovingAlpha` of the localnet: 0.1 as I96F32 bits (the chain's default is 0.000003). */
export const LOCALNET_MOVING_ALPHA_BITS = 429_496_730n;

/** Below this a coldkey is funded (again). */
const FUNDED_THRESHOLD = 10n * RAO_PER_TAO;

export type ProvisionStep = (message: string) => void;

type Sdk = typeof import('@taonet/sdk');

/** Sends `count` transactions of one signer at once: `send(nonce)` each, consecutive nonces. */
async function sendTogether<T>(
  client: Client,
  signer: Keypair,
  sends: readonly ((nonce: number) => Promise<T>)[],
): Promise<T[]> {
  if (sends.length === 0) return [];
  const next = (await client.request('system_accountNextIndex', signer.address)) as number;
  return Promise.all(sends.map((send, i) => send(Number(next) + i)));
}

function ownerOf(subnet: SubnetPlan): NeuronPlan {
  const owner = subnet.neurons.find((n) => n.role === 'owner');
  if (owner === undefined) throw new Error(`subnet ${subnet.key} has no owner in the plan`);
  return owner;
}

function keysOf(keys: ReadonlyMap<string, NeuronKeys>, neuron: NeuronPlan): NeuronKeys {
  const found = keys.get(neuron.id);
  if (found === undefined) throw new Error(`no wallet for ${neuron.id}`);
  return found;
}

async function configureNetwork(sdk: Sdk, client: Client, alice: Keypair): Promise<void> {
  const setters = [
    { name: 'sudo_set_network_rate_limit', args: { rate_limit: 0n } },
    { name: 'sudo_set_start_call_delay', args: { delay: 0n } },
    { name: 'sudo_set_admin_freeze_window', args: { window: 0 } },
    // the price EMA that sets emission shares follows the spot price within tens of blocks, not weeks
    { name: 'sudo_set_subnet_moving_alpha', args: { alpha: LOCALNET_MOVING_ALPHA_BITS } },
  ] as const;
  await sendTogether(
    client,
    alice,
    setters.map(
      (s) => (nonce) =>
        sdk.sudo(client, { signer: alice, nonce, call: sdk.encodeAdminCall(s.name, s.args as never) }),
    ),
  );
}

async function fund(
  sdk: Sdk,
  client: Client,
  alice: Keypair,
  plan: LocalnetPlan,
  keys: ReadonlyMap<string, NeuronKeys>,
): Promise<number> {
  const neurons = plan.subnets.flatMap((s) => s.neurons);
  const addresses = neurons.map((n) => keysOf(keys, n).coldkey.address);
  const balances = await sdk.getBalances(client, { addresses });
  // a coldkey that spent its TAO on a lock, a stake or a registration keeps enough for fees: not refunded
  const needed = neurons.filter((_, i) => (balances[i] ?? 0n) < FUNDED_THRESHOLD);
  await sendTogether(
    client,
    alice,
    needed.map((n) => (nonce) => {
      const to = keysOf(keys, n).coldkey.address;
      return sdk.transfer(client, { signer: alice, nonce, to, amount: BigInt(n.fundTao) * RAO_PER_TAO });
    }),
  );
  return needed.length;
}

/** The netuid of each planned subnet: found (owned by its owner's coldkey) or created. */
async function createSubnets(
  sdk: Sdk,
  client: Client,
  plan: LocalnetPlan,
  keys: ReadonlyMap<string, NeuronKeys>,
): Promise<Map<SubnetKey, number>> {
  const existing = await sdk.getAllDynamicInfo(client);
  const netuids = new Map<SubnetKey, number>();
  await Promise.all(
    plan.subnets.map(async (subnet) => {
      const owner = keysOf(keys, ownerOf(subnet));
      const found = existing.find((info) => info.owner === owner.coldkey.address && info.netuid !== 0);
      if (found !== undefined) {
        netuids.set(subnet.key, found.netuid);
        return;
      }
      const receipt = await sdk.registerNetwork(client, {
        signer: owner.coldkey,
        hotkey: owner.hotkey.address,
        identity: { subnetName: subnet.name, description: subnet.description },
      });
      netuids.set(subnet.key, receipt.netuid);
    }),
  );
  return netuids;
}

/** The hyperparameters //Alice sets on each localnet subnet. */
export function subnetSetters(netuid: number, tempo: number) {
  return [
    // register_network leaves a new subnet without TAO emission (SubnetEmissionEnabled = false)
    { name: 'sudo_set_subnet_emission_enabled', args: { netuid, enabled: true } },
    { name: 'sudo_set_tempo', args: { netuid, tempo } },
    { name: 'sudo_set_weights_set_rate_limit', args: { netuid, weights_set_rate_limit: 0n } },
    { name: 'sudo_set_commit_reveal_weights_enabled', args: { netuid, enabled: false } },
    { name: 'sudo_set_max_registrations_per_block', args: { netuid, max_registrations_per_block: 32 } },
    {
      name: 'sudo_set_target_registrations_per_interval',
      args: { netuid, target_registrations_per_interval: 32 },
    },
    { name: 'sudo_set_serving_rate_limit', args: { netuid, serving_rate_limit: 0n } },
    { name: 'sudo_set_ema_price_halving_period', args: { netuid, ema_halving: 1n } },
  ] as const;
}

async function configureSubnets(
  sdk: Sdk,
  client: Client,
  alice: Keypair,
  netuids: readonly number[],
  tempo: number,
): Promise<void> {
  const calls = netuids.flatMap((netuid) => subnetSetters(netuid, tempo));
  await sendTogether(
    client,
    alice,
    calls.map(
      (s) => (nonce) =>
        sdk.sudo(client, { signer: alice, nonce, call: sdk.encodeAdminCall(s.name, s.args as never) }),
    ),
  );
}

async function startSubnets(
  sdk: Sdk,
  client: Client,
  plan: LocalnetPlan,
  keys: ReadonlyMap<string, NeuronKeys>,
  netuids: ReadonlyMap<SubnetKey, number>,
): Promise<void> {
  const infos = await sdk.getAllDynamicInfo(client);
  await Promise.all(
    plan.subnets.map(async (subnet) => {
      const netuid = netuids.get(subnet.key)!;
      if (infos.find((i) => i.netuid === netuid)?.started === true) return;
      await sdk.startCall(client, { signer: keysOf(keys, ownerOf(subnet)).coldkey, netuid });
    }),
  );
}

async function registerAndStake(
  sdk: Sdk,
  client: Client,
  neuron: NeuronPlan,
  nk: NeuronKeys,
  netuid: number,
): Promise<TransactionReceipt[]> {
  const done: TransactionReceipt[] = [];
  const hotkey = nk.hotkey.address;
  if ((await sdk.getUidForHotkey(client, { netuid, hotkey })) === undefined) {
    done.push(await sdk.burnedRegister(client, { signer: nk.coldkey, netuid, hotkey }));
  }
  if (neuron.stakeTao > 0) {
    const staked = await sdk.getStake(client, { hotkey, coldkey: nk.coldkey.address, netuid });
    if (staked === 0n) {
      const amount = BigInt(neuron.stakeTao) * RAO_PER_TAO;
      done.push(await sdk.addStake(client, { signer: nk.coldkey, hotkey, netuid, amount, slippage: false }));
    }
  }
  return done;
}

export interface ProvisionResult {
  readonly netuids: ReadonlyMap<SubnetKey, number>;
}

export async function provisionChain(
  client: Client,
  plan: LocalnetPlan,
  keys: ReadonlyMap<string, NeuronKeys>,
  step: ProvisionStep,
): Promise<ProvisionResult> {
  const [sdk, { createKeypairFromUri }] = await Promise.all([
    import('@taonet/sdk'),
    import('@taonet/crypto'),
  ]);
  const alice = createKeypairFromUri('//Alice');
  step('network: no subnet rate limit, no start-call delay (sudo //Alice)');
  await configureNetwork(sdk, client, alice);
  const funded = await fund(sdk, client, alice, plan, keys);
  step(funded === 0 ? 'wallets: already funded' : `wallets: ${funded} coldkeys funded by //Alice`);
  const netuids = await createSubnets(sdk, client, plan, keys);
  step(`subnets: ${plan.subnets.map((s) => `${s.name} = netuid ${netuids.get(s.key)}`).join(', ')}`);
  await configureSubnets(sdk, client, alice, [...netuids.values()], plan.tempo);
  await startSubnets(sdk, client, plan, keys, netuids);
  step(`subnets: emission on, tempo ${plan.tempo}, no weights rate limit, commit-reveal off, started`);
  const work = plan.subnets.flatMap((subnet) =>
    subnet.neurons
      .filter((n) => n.role !== 'owner')
      .map((n) => registerAndStake(sdk, client, n, keysOf(keys, n), netuids.get(subnet.key)!)),
  );
  const receipts = (await Promise.all(work)).flat();
  step(`neurons: registered and staked (${receipts.length} transactions)`);
  return { netuids };
}
