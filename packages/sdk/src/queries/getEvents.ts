/** The events of a block, in Substrate's record shape, with the extrinsic each belongs to. */
import type { Client } from '../client/createClient.js';
import { BlockNotFoundError } from '../errors/sdkError.js';
import type { BlockHash } from './readStorage.js';

/** `{ applyExtrinsic: n }` during extrinsic n, else block initialization or finalization. */
export type EventPhase = { readonly applyExtrinsic: number } | 'initialization' | 'finalization';

export interface ChainEvent {
  readonly pallet: string;
  readonly name: string;
  /** the event's fields as JSON: amounts as decimal strings, accounts and bytes as 0x hex */
  readonly data: unknown;
  readonly phase: EventPhase;
}

export interface GetEventsParameters {
  /** default: the best block */
  readonly blockHash?: BlockHash;
}

export async function getEvents(client: Client, params: GetEventsParameters = {}): Promise<ChainEvent[]> {
  const records = await client.request('chain_getEvents', params.blockHash);
  if (records === null) throw new BlockNotFoundError(params.blockHash ?? 'best');
  return records.map((record) => ({ ...record.event, phase: record.phase }));
}

/** The events of extrinsic `index` of a block's events. */
export function getExtrinsicEvents(events: readonly ChainEvent[], index: number): ChainEvent[] {
  return events.filter((event) => typeof event.phase === 'object' && event.phase.applyExtrinsic === index);
}
