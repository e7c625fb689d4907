/** `state_*` methods: reads at a block through the store (flat table at the head, trie elsewhere). */
import type { RpcMethodHandlers } from '@taonet/rpc';
import { RUNTIME_VERSION } from '../../extrinsic/runtimeVersion.js';
import { bytesToHex, toStateKey } from '../rpcJson.js';
import { type NodeRpcModules, resolveAt } from './nodeRpcModules.js';

type StateHandlers = Pick<
  RpcMethodHandlers,
  | 'state_getStorage'
  | 'state_getKeysPaged'
  | 'state_queryStorageAt'
  | 'state_getReadProof'
  | 'state_getRuntimeVersion'
>;

export function createStateHandlers(m: NodeRpcModules): StateHandlers {
  const { chain } = m;
  const stateAt = (at: string | undefined) => chain.stateAt(at === undefined ? undefined : resolveAt(m, at));
  return {
    state_getStorage: (key, at) => {
      const value = stateAt(at).get(toStateKey(key));
      return value === undefined ? null : bytesToHex(value);
    },
    state_getKeysPaged: (prefix, count, startKey, at) => {
      const start = startKey === undefined ? undefined : toStateKey(startKey);
      return stateAt(at)
        .keysPaged(toStateKey(prefix), count, start)
        .map((key) => `0x${key}`);
    },
    state_queryStorageAt: (keys, at) => {
      const block = resolveAt(m, at);
      const state = chain.stateAt(block);
      const changes = keys.map((key): [string, string | null] => {
        const value = state.get(toStateKey(key));
        return [key, value === undefined ? null : bytesToHex(value)];
      });
      return [{ block, changes }];
    },
    state_getReadProof: (keys, at) => {
      const { at: block, proof } = chain.getReadProof(keys.map(toStateKey), resolveAt(m, at));
      return { at: block, proof: proof.map(bytesToHex) };
    },
    state_getRuntimeVersion: (at) => {
      resolveAt(m, at);
      return { ...RUNTIME_VERSION, apis: [] };
    },
  };
}
