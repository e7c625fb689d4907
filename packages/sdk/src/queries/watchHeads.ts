/** Follow new best (or finalized) headers; the subscription survives reconnections. */
import type { Client } from '../client/createClient.js';
import { type BlockHeader, toBlockHeader } from './getBlock.js';

export interface WatchHeadsParameters {
  readonly onHeader: (header: BlockHeader) => void;
  readonly onError?: (error: Error) => void;
  /** follow finalized heads instead of best ones */
  readonly finalized?: boolean;
}

/** Starts following; resolves to the function that stops it. */
export async function watchHeads(client: Client, params: WatchHeadsParameters): Promise<() => Promise<void>> {
  const onItem = (header: Parameters<typeof toBlockHeader>[0]) => params.onHeader(toBlockHeader(header));
  const subscription =
    params.finalized === true
      ? await client.subscribe('chain_subscribeFinalizedHeads', [], onItem, params.onError)
      : await client.subscribe('chain_subscribeNewHeads', [], onItem, params.onError);
  return () => subscription.unsubscribe();
}
