/** `chain_*` methods. */
import type { RpcMethodHandlers } from '@taonet/rpc';
import { parseBlockNumber, toHash, toHeaderJson, toSignedBlockJson } from '../rpcJson.js';
import type { NodeRpcModules } from './nodeRpcModules.js';

type ChainHandlers = Pick<
  RpcMethodHandlers,
  'chain_getHeader' | 'chain_getBlock' | 'chain_getBlockHash' | 'chain_getFinalizedHead' | 'chain_getEvents'
>;

export function createChainHandlers(m: NodeRpcModules): ChainHandlers {
  const { chain } = m;
  const hashOf = (hash: string | undefined) => (hash === undefined ? chain.best.hash : toHash(hash));
  return {
    chain_getHeader: (hash) => {
      const header = chain.getHeader(hashOf(hash));
      return header === undefined ? null : toHeaderJson(header);
    },
    chain_getBlock: (hash) => {
      const block = chain.getBlock(hashOf(hash));
      return block === undefined ? null : toSignedBlockJson(block);
    },
    chain_getBlockHash: (number) => {
      if (number === undefined) return chain.best.hash;
      return chain.getHash(parseBlockNumber(number)) ?? null;
    },
    chain_getFinalizedHead: () => chain.finalized.hash,
    chain_getEvents: (hash) => {
      const events = chain.getEvents(hashOf(hash));
      return events === undefined ? null : events.map((e) => ({ ...e, topics: [...e.topics] }));
    },
  };
}
