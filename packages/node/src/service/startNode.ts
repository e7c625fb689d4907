/**
 * The composition root: data directory and lock, LMDB chain store, runtime, chain, transaction pool,
 * the Aura author (when our key is an authority), metrics, logs, and the JSON-RPC server. `stop()`
 * shuts down in reverse order: no new blocks, RPC closed, store flushed and closed, lock released.
 */
import type { Keypair } from '@taonet/crypto';
import { RpcRouter } from '@taonet/rpc';
import { createRuntime } from '@taonet/runtime';
import { openChainStore } from '@taonet/storage';
import { getAccountNonce } from '../chain/accountNonce.js';
import { BlockAuthor } from '../chain/blockAuthor.js';
import { ChainService, type NewBlock } from '../chain/chainService.js';
import { createWorkerVerifier, getDefaultVerifyThreads } from '../chain/signatureVerifier.js';
import type { ChainSpec } from '../chainSpec/chainSpec.js';
import type { Logger } from '../logger/logger.js';
import { createNodeMetrics } from '../metrics/nodeMetrics.js';
import { createNodeRpcHandlers } from '../rpc/handlers/createNodeRpcHandlers.js';
import { mapNodeError } from '../rpc/mapNodeError.js';
import { type RpcServer, startRpcServer } from '../rpc/rpcServer.js';
import { TxPool, type TxPoolOpts } from '../txpool/txPool.js';
import { validateTransaction } from '../txpool/validateTransaction.js';
import { openDataDir } from './dataDir.js';

export const NODE_NAME = 'taonet-node';
export const NODE_VERSION = '0.1.0';

export interface StartNodeOpts {
  readonly spec: ChainSpec;
  /** absent or `tmp`: a temporary directory removed at stop */
  readonly basePath?: string;
  readonly tmp?: boolean;
  readonly rpcHost?: string;
  /** default 9944; 0 picks a free port */
  readonly rpcPort?: number;
  readonly rpcMaxConnections?: number;
  /** the authority key that authors blocks (none: the node only serves) */
  readonly authorityKey?: Keypair;
  readonly pool?: TxPoolOpts;
  readonly logger: Logger;
  /** skip fsync on commit (tests, benchmarks) */
  readonly noSync?: boolean;
  /** worker threads verifying signatures at block import (default: the cores beyond one, at most 4) */
  readonly verifyThreads?: number;
}

export interface RunningNode {
  readonly chain: ChainService;
  readonly pool: TxPool;
  readonly rpc: RpcServer;
  readonly basePath: string;
  stop(): Promise<void>;
}

/** The pool of a chain: validation against its best block. */
export function createTxPool(chain: ChainService, opts: TxPoolOpts = {}): TxPool {
  return new TxPool(opts, {
    validate: (bytes) =>
      validateTransaction(
        bytes,
        { ...chain.signing, bestNumber: chain.best.number, bestState: chain.stateAt() },
        { calls: chain.runtime.executive, maxLength: chain.blockLimits.maxNormalBytes },
      ),
    bestNumber: () => chain.best.number,
    accountNonce: (who) => getAccountNonce(chain.stateAt(), who),
  });
}

function logBlock(logger: Logger, block: NewBlock, finalized: number): void {
  logger.info(block.origin === 'authored' ? 'authored block' : 'imported block', {
    number: block.number,
    hash: block.hash,
    extrinsics: block.extrinsics.length,
    ms: Math.round(block.timings.totalMs * 10) / 10,
    finalized,
  });
}

export async function startNode(opts: StartNodeOpts): Promise<RunningNode> {
  const { spec, logger } = opts;
  const dataDir = openDataDir({
    chainId: spec.id,
    ...(opts.basePath === undefined ? {} : { basePath: opts.basePath }),
    tmp: opts.tmp ?? false,
  });
  const store = await openChainStore({ path: dataDir.dbPath, ...(opts.noSync ? { noSync: true } : {}) });
  try {
    const runtime = createRuntime();
    const verifier = createWorkerVerifier(opts.verifyThreads ?? getDefaultVerifyThreads());
    const chain = await ChainService.open(
      { spec, onListenerError: (error) => logger.error('block listener failed', { error }) },
      { store, runtime, verifier },
    );
    const pool = createTxPool(chain, opts.pool ?? {});
    const metrics = createNodeMetrics(pool, () => store.space());
    chain.onBlock((block) => {
      pool.maintain(block.extrinsics.map((xt) => xt.hash));
      metrics.onBlock(block, chain.finalized.number);
      logBlock(logger, block, chain.finalized.number);
    });
    const { methods, subscriptions } = createNodeRpcHandlers({
      chain,
      pool,
      nodeName: NODE_NAME,
      nodeVersion: NODE_VERSION,
    });
    const router = new RpcRouter(methods, subscriptions, {
      mapError: mapNodeError,
      onCall: metrics.onRpcCall,
      onInternalError: (error, method) =>
        logger.error('rpc handler failed', { method, error: String(error) }),
    });
    const rpc = await startRpcServer(
      {
        host: opts.rpcHost ?? '127.0.0.1',
        port: opts.rpcPort ?? 9944,
        ...(opts.rpcMaxConnections === undefined ? {} : { maxConnections: opts.rpcMaxConnections }),
      },
      {
        router,
        metrics: () => metrics.registry.render(),
        health: () => methods.system_health(),
        onConnections: metrics.setRpcConnections,
      },
    );
    const key = opts.authorityKey;
    const author =
      key !== undefined && spec.authorities.includes(key.accountId)
        ? new BlockAuthor(
            { key },
            {
              chain,
              pool,
              onError: (error, slot) => logger.error('authoring failed', { slot, error: String(error) }),
            },
          )
        : undefined;
    if (key !== undefined && author === undefined)
      logger.warn('the key is not an authority of this chain: not authoring', { key: key.address });
    author?.start();
    logger.info('node started', {
      chain: spec.name,
      genesis: chain.genesisHash,
      best: chain.best.number,
      rpc: rpc.url,
      basePath: dataDir.basePath,
      authoring: author !== undefined,
      blockTime: spec.blockTime,
    });
    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        await author?.stop();
        await rpc.close();
        await verifier.close();
        await store.close();
        dataDir.release();
        logger.info('node stopped', { best: chain.best.number });
      })());
    return { chain, pool, rpc, basePath: dataDir.basePath, stop };
  } catch (error) {
    await store.close();
    dataDir.release();
    throw error;
  }
}
