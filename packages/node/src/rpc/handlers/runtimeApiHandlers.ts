/**
 * Runtime-API queries over the runtime's views (`Runtime.views`, `Runtime.swap`, the subnets module's
 * registration cost), on the state at a block, returned as JSON (bigints as decimal strings).
 */
import { netUid } from '@taonet/primitives';
import { getMetagraphFieldByIndex, invalidParams, type RpcMethodHandlers } from '@taonet/rpc';
import { getNetworkRegistrationCost, OverlayState, type SwapReceipt } from '@taonet/runtime';
import { toJsonValue } from '../../chain/eventJson.js';
import { type NodeRpcModules, resolveAt } from './nodeRpcModules.js';
import { readOnceState } from './readOnceState.js';
import { toAccountId } from './systemHandlers.js';

type RuntimeApiHandlers = Pick<
  RpcMethodHandlers,
  | 'neuronInfo_getNeuronsLite'
  | 'neuronInfo_getNeuronLite'
  | 'neuronInfo_getNeurons'
  | 'neuronInfo_getNeuron'
  | 'subnetInfo_getSubnetInfo'
  | 'subnetInfo_getSubnetsInfo'
  | 'subnetInfo_getSubnetHyperparams'
  | 'subnetInfo_getDynamicInfo'
  | 'subnetInfo_getAllDynamicInfo'
  | 'subnetInfo_getMetagraph'
  | 'subnetInfo_getAllMetagraphs'
  | 'subnetInfo_getSelectiveMetagraph'
  | 'stakeInfo_getStakeInfoForColdkey'
  | 'delegateInfo_getDelegates'
  | 'delegateInfo_getDelegate'
  | 'subnetRegistration_getNetworkRegistrationCost'
  | 'swap_currentAlphaPrice'
  | 'swap_simSwapTaoForAlpha'
  | 'swap_simSwapAlphaForTao'
>;

const RAO_PER_ALPHA = 1_000_000_000n;

// biome-ignore lint/suspicious/noExplicitAny: view results are checked against the declared schemas
const json = (value: unknown): any => toJsonValue(value);

function simResult(receipt: SwapReceipt, buy: boolean) {
  const input = (receipt.amountPaidIn + receipt.feePaid).toString();
  const output = receipt.amountPaidOut.toString();
  const fee = receipt.feePaid.toString();
  return buy
    ? { tao_amount: input, alpha_amount: output, tao_fee: fee, alpha_fee: '0' }
    : { tao_amount: output, alpha_amount: input, tao_fee: '0', alpha_fee: fee };
}

/** The fields the selective indexes name; an index no field has is an invalid-params error naming it. */
function toMetagraphFields(indexes: readonly number[]) {
  return indexes.map((index) => {
    const field = getMetagraphFieldByIndex(index);
    if (field === undefined) {
      throw invalidParams(`param 1 (fieldIndexes): unknown metagraph field index ${index}`);
    }
    return field;
  });
}

export function createRuntimeApiHandlers(m: NodeRpcModules): RuntimeApiHandlers {
  const { chain } = m;
  const stateAt = (at: string | undefined) => new OverlayState(chain.stateAt(resolveAt(m, at)));
  const views = () => chain.runtime.views;
  return {
    neuronInfo_getNeuronsLite: (n, at) => json(views().getNeuronsLite(stateAt(at), netUid(n))),
    neuronInfo_getNeuronLite: (n, uid, at) =>
      json(views().getNeuronLite(stateAt(at), netUid(n), uid) ?? null),
    neuronInfo_getNeurons: (n, at) => json(views().getNeurons(stateAt(at), netUid(n))),
    neuronInfo_getNeuron: (n, uid, at) => json(views().getNeuron(stateAt(at), netUid(n), uid) ?? null),
    subnetInfo_getSubnetInfo: (n, at) => json(views().getSubnetInfo(stateAt(at), netUid(n)) ?? null),
    subnetInfo_getSubnetsInfo: (at) => json(views().getSubnetsInfo(stateAt(at))),
    subnetInfo_getSubnetHyperparams: (n, at) =>
      json(views().getSubnetHyperparams(stateAt(at), netUid(n)) ?? null),
    subnetInfo_getDynamicInfo: (n, at) => json(views().getDynamicInfo(stateAt(at), netUid(n)) ?? null),
    subnetInfo_getAllDynamicInfo: (at) => json(views().getAllDynamicInfo(stateAt(at))),
    // with the block's hash: a client reading the best block learns which one it was (no round trip first)
    subnetInfo_getMetagraph: (n, at) => {
      const hash = resolveAt(m, at);
      const metagraph = views().getMetagraph(readOnceState(chain.stateAt(hash)), netUid(n));
      return metagraph === undefined ? null : { ...json(metagraph), block_hash: hash };
    },
    subnetInfo_getAllMetagraphs: (at) => {
      const hash = resolveAt(m, at);
      const all = views().getAllMetagraphs(readOnceState(chain.stateAt(hash)));
      return all.map((metagraph) => ({ ...json(metagraph), block_hash: hash }));
    },
    subnetInfo_getSelectiveMetagraph: (n, indexes, at) => {
      const fields = toMetagraphFields(indexes);
      const state = readOnceState(chain.stateAt(resolveAt(m, at)));
      return json(views().getSelectiveMetagraph(state, netUid(n), fields) ?? null);
    },
    stakeInfo_getStakeInfoForColdkey: (coldkey, at) =>
      json(views().getStakeInfoForColdkey(stateAt(at), toAccountId(coldkey))),
    delegateInfo_getDelegates: (at) => json(views().getDelegates(stateAt(at))),
    delegateInfo_getDelegate: (hotkey, at) =>
      json(views().getDelegate(stateAt(at), toAccountId(hotkey)) ?? null),
    subnetRegistration_getNetworkRegistrationCost: (at) => {
      const hash = resolveAt(m, at);
      const number = chain.getHeader(hash)!.number;
      return getNetworkRegistrationCost(new OverlayState(chain.stateAt(hash)), BigInt(number)).toString();
    },
    swap_currentAlphaPrice: (n, at) => {
      const bits = chain.runtime.swap.currentAlphaPrice({ state: stateAt(at) }, netUid(n)) as bigint;
      return ((bits * RAO_PER_ALPHA) >> 64n).toString();
    },
    swap_simSwapTaoForAlpha: (n, tao, at) =>
      simResult(chain.runtime.swap.simSwapTaoForAlpha({ state: stateAt(at) }, netUid(n), BigInt(tao)), true),
    swap_simSwapAlphaForTao: (n, alpha, at) =>
      simResult(
        chain.runtime.swap.simSwapAlphaForTao({ state: stateAt(at) }, netUid(n), BigInt(alpha)),
        false,
      ),
  };
}
