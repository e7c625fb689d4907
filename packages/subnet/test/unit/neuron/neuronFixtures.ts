/**
 * Shared pieces of the neuron tests: keys, a small synapse, a local subnet with a validator and miners,
 * and a dendrite stand-in that answers per hotkey without HTTP (injected like any other dendrite).
 */
import { createKeypairFromUri, initCrypto, type Keypair } from '@taonet/crypto';
import { z } from 'zod';
import {
  type AxonTarget,
  createLocalChainPort,
  type Dendrite,
  defineSynapse,
  type LocalChainPort,
  type LocalSubnetOpts,
  type NeuronLogger,
  type Synapse,
  type SynapseFields,
} from '../../../src/index.js';

export const Double = defineSynapse({
  name: 'Double',
  fields: { x: z.int(), y: z.int().nullable().default(null) },
  deserialize: (synapse) => synapse.y,
});

export interface Keys {
  alice: Keypair;
  bob: Keypair;
  charlie: Keypair;
  dave: Keypair;
  eve: Keypair;
}

export async function loadKeys(): Promise<Keys> {
  await initCrypto();
  const [alice, bob, charlie, dave, eve] = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve'].map((uri) =>
    createKeypairFromUri(uri),
  ) as [Keypair, Keypair, Keypair, Keypair, Keypair];
  return { alice, bob, charlie, dave, eve };
}

export const TAO = 1_000_000_000n;

/** Subnet 1: Alice validates (uid 0), Bob (1) and Charlie (2) serve, Dave (3) never served. */
export function createTestChain(keys: Keys, subnet: LocalSubnetOpts = {}): LocalChainPort {
  const chain = createLocalChainPort();
  chain.addSubnet(1, { tempo: 10, weightsRateLimit: 3, immunityPeriod: 0, ...subnet });
  chain.register(1, { hotkey: keys.alice.address, stake: 1_000n * TAO, validatorPermit: true });
  chain.register(1, { hotkey: keys.bob.address, axon: { ip: '10.0.0.1', port: 8091 } });
  chain.register(1, { hotkey: keys.charlie.address, axon: { ip: '10.0.0.2', port: 8091 } });
  chain.register(1, { hotkey: keys.dave.address });
  return chain;
}

/** How a fake miner answers: the output, or an HTTP status for a failure. */
export type FakeAnswer = { y: number } | { status: number };

export function createFakeDendrite(
  keypair: Keypair,
  answer: (hotkey: string, x: number) => FakeAnswer,
): Dendrite & { calls: AxonTarget[][] } {
  const calls: AxonTarget[][] = [];
  const one = <F extends SynapseFields, D, C>(target: AxonTarget, synapse: Synapse<F, D, C>) => {
    const reply = answer(target.hotkey, (synapse as unknown as { x: number }).x);
    const status = 'status' in reply ? reply.status : 200;
    return {
      ...synapse,
      ...('y' in reply ? { y: reply.y } : {}),
      dendrite: { ...synapse.dendrite, statusCode: status, hotkey: keypair.address },
      axon: { ...synapse.axon, statusCode: status, hotkey: target.hotkey },
    } as unknown as Synapse<F, D, C>;
  };
  const dendrite: Dendrite & { calls: AxonTarget[][] } = {
    hotkey: keypair.address,
    uuid: 'fake',
    calls,
    call: async (target, synapse) => one(target, synapse),
    async forward(targets, synapse) {
      calls.push([...targets]);
      return targets.map((target) => one(target, synapse));
    },
    async query(targets, synapse) {
      return (await dendrite.forward(targets, synapse)).map((s) => Double.deserialize(s as never) as never);
    },
    stream: () => {
      throw new Error('not used');
    },
    close: () => {},
  };
  return dendrite;
}

export function createEventLog(): { logger: NeuronLogger; events: string[] } {
  const events: string[] = [];
  return { events, logger: (_level, event) => events.push(event) };
}
