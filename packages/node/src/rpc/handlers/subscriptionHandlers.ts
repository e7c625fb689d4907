/**
 * Subscriptions: new and finalized heads (the current head first, as Substrate does), storage values
 * (their current values first, then each block's changes), and the life of a submitted extrinsic.
 */
import { computeExtrinsicHash, type RpcSubscriptionHandlers } from '@taonet/rpc';
import type { NewBlock } from '../../chain/chainService.js';
import { isFinalStatus } from '../../txpool/transactionStatus.js';
import { bytesToHex, hexToBytes, toHeaderJson, toStateKey } from '../rpcJson.js';
import type { NodeRpcModules } from './nodeRpcModules.js';

type Change = [string, string | null];

function changesOf(block: NewBlock, keys: readonly string[] | undefined): Change[] {
  const hex = (value: Uint8Array | null | undefined) =>
    value === null || value === undefined ? null : bytesToHex(value);
  if (keys === undefined) return [...block.changes].map(([key, value]): Change => [`0x${key}`, hex(value)]);
  return keys
    .filter((key) => block.changes.has(toStateKey(key)))
    .map((key): Change => [key, hex(block.changes.get(toStateKey(key)))]);
}

export function createSubscriptionHandlers(m: NodeRpcModules): RpcSubscriptionHandlers {
  const { chain, pool } = m;
  return {
    chain_subscribeNewHeads: (sink) => {
      sink.next(toHeaderJson(chain.best.header));
      return chain.onBlock((block) => sink.next(toHeaderJson(block.header)));
    },
    chain_subscribeFinalizedHeads: (sink) => {
      const finalized = chain.getHeader(chain.finalized.hash);
      if (finalized !== undefined) sink.next(toHeaderJson(finalized));
      return chain.onBlock((block) => sink.next(toHeaderJson(block.header)));
    },
    state_subscribeStorage: (sink, keys) => {
      if (keys !== undefined) {
        const state = chain.stateAt();
        const current = keys.map((key): Change => {
          const value = state.get(toStateKey(key));
          return [key, value === undefined ? null : bytesToHex(value)];
        });
        sink.next({ block: chain.best.hash, changes: current });
      }
      return chain.onBlock((block) => {
        const changes = changesOf(block, keys);
        if (changes.length > 0) sink.next({ block: block.hash, changes });
      });
    },
    author_submitAndWatchExtrinsic: (sink, extrinsic) => {
      const bytes = hexToBytes(extrinsic);
      const hash = computeExtrinsicHash(bytes);
      const stops: (() => void)[] = [];
      const stop = () => {
        for (const s of stops.splice(0)) s();
      };
      stops.push(
        pool.onStatus((h, status) => {
          if (h !== hash) return;
          sink.next(status);
          if (isFinalStatus(status)) {
            stop();
            sink.end();
          }
        }),
      );
      try {
        pool.submit(bytes);
      } catch (error) {
        stop();
        throw error;
      }
      stops.push(
        chain.onBlock((block) => {
          if (!block.extrinsics.some((xt) => xt.hash === hash)) return;
          sink.next({ inBlock: block.hash });
          sink.next({ finalized: block.hash });
          stop();
          sink.end();
        }),
      );
      return stop;
    },
  };
}
