/**
 * Lookups on a metagraph snapshot without copying it: a hotkey -> uid index built once per snapshot (kept
 * in a WeakMap, so a resync's new snapshot gets a new index and the old one is collected with it).
 */
import type { AxonTarget } from '../dendrite/axonTarget.js';
import type { ChainAxonInfo, MetagraphSnapshot } from './chainPort.js';

const indexes = new WeakMap<MetagraphSnapshot, Map<string, number>>();

function getHotkeyIndex(metagraph: MetagraphSnapshot): Map<string, number> {
  let index = indexes.get(metagraph);
  if (index === undefined) {
    index = new Map(metagraph.hotkeys.map((hotkey, uid) => [hotkey as string, uid]));
    indexes.set(metagraph, index);
  }
  return index;
}

/** The uid of a hotkey, or null when it is not registered. */
export function getUidOfHotkey(metagraph: MetagraphSnapshot, hotkey: string): number | null {
  return getHotkeyIndex(metagraph).get(hotkey) ?? null;
}

/** An axon counts as serving once it published an address (the SDK's `is_serving`). */
export function isServingAxon(axon: ChainAxonInfo | undefined): boolean {
  return axon !== undefined && axon.ip !== '0.0.0.0' && axon.ip !== '::' && axon.ip !== '' && axon.port > 0;
}

/** Where to send a uid's synapses. */
export function getAxonTarget(metagraph: MetagraphSnapshot, uid: number): AxonTarget | null {
  const axon = metagraph.axons[uid];
  const hotkey = metagraph.hotkeys[uid];
  if (axon === undefined || hotkey === undefined || !isServingAxon(axon)) return null;
  return { ip: axon.ip, port: axon.port, hotkey };
}
