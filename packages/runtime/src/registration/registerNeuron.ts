/** `register_neuron` (economics.md §5.2): append while the subnet has room, else replace the prune candidate. */
import type { AccountId, NetUid } from '@taonet/primitives';
import { ensure } from '../dispatch/dispatchError.js';
import { appendNeuron, replaceNeuron } from '../neurons/neuronSlots.js';
import { SubnetworkN } from '../neurons/schema.js';
import type { OverlayState } from '../state/overlayState.js';
import { MaxAllowedUids } from '../subnets/hyperparameters.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { getNeuronToPrune } from './getNeuronToPrune.js';

/** The uid the hotkey now holds. */
export function registerNeuron(
  state: OverlayState,
  netuid: NetUid,
  hotkey: AccountId,
  block: bigint,
): number {
  if (SubnetworkN.get(state, [netuid]) < MaxAllowedUids.get(state, [netuid])) {
    return appendNeuron(state, netuid, hotkey, block);
  }
  const uid = getNeuronToPrune(state, netuid, block);
  ensure(uid !== undefined, SubtensorErrors.NoNeuronIdAvailable);
  replaceNeuron(state, netuid, uid, hotkey, block);
  return uid;
}
