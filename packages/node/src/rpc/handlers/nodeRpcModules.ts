/** What the RPC handlers read: the chain, the pool, and the node's name and version. */
import { type Hash, TaonetError } from '@taonet/primitives';
import type { ChainService } from '../../chain/chainService.js';
import type { TxPool } from '../../txpool/txPool.js';
import { toHash } from '../rpcJson.js';

export interface NodeRpcModules {
  readonly chain: ChainService;
  readonly pool: TxPool;
  readonly nodeName: string;
  readonly nodeVersion: string;
}

/** The block an `at` param names (default: best); throws UNKNOWN_BLOCK for a block the node lacks. */
export function resolveAt(modules: NodeRpcModules, at: string | undefined): Hash {
  if (at === undefined) return modules.chain.best.hash;
  const hash = toHash(at);
  if (modules.chain.getHeader(hash) === undefined)
    throw new TaonetError('UNKNOWN_BLOCK', `block ${hash} is not known`);
  return hash;
}
