/**
 * A local chain for running a subnet without a node (`validator --no-chain`, tests): one subnet with the
 * validator registered (stake and a permit) and the given miners registered with their axons served.
 */
import type { Keypair } from '@taonet/crypto';
import { createLocalChainPort, type LocalChainPort, type LocalSubnetOpts } from './localChainPort.js';
import type { LocalMinerSpec } from './parseNeuronArgs.js';

export interface LocalSubnetChainOpts {
  /** Default 1. */
  netuid?: number;
  validator: Keypair;
  miners: readonly LocalMinerSpec[];
  /** Subnet hyperparameters (default: tempo 20, weights rate limit 5, immunity period 100). */
  subnet?: LocalSubnetOpts;
}

export function createLocalSubnetChain(opts: LocalSubnetChainOpts): LocalChainPort {
  const netuid = opts.netuid ?? 1;
  const chain = createLocalChainPort();
  chain.addSubnet(netuid, { tempo: 20, weightsRateLimit: 5, immunityPeriod: 100, ...opts.subnet });
  chain.register(netuid, {
    hotkey: opts.validator.address,
    stake: 10_000_000_000_000n,
    validatorPermit: true,
  });
  for (const miner of opts.miners) {
    chain.register(netuid, { hotkey: miner.hotkey, axon: { ip: miner.ip, port: miner.port } });
  }
  return chain;
}
