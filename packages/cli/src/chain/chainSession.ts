/**
 * A connection to the chain for one command: the network from --network (or the environment, the config,
 * `local`) and a client that is always closed, so that the process exits as soon as the command is done.
 * The crypto WASM is not initialised here: SS58 addresses and hashes need none, and the wallet
 * initialises it when it unlocks a key (inflating and instantiating it costs ~30 ms of CPU, which a
 * read-only command does not pay).
 */
import { type Client, createClient } from '@taonet/sdk/read';
import type { CommandContext } from '../program/commandContext.js';

export interface ChainSession {
  readonly client: Client;
  /** ws:// URL of the node. */
  readonly url: string;
  /** The network's name (`local`, a configured name) or null for a bare URL. */
  readonly network: string | null;
}

/** Runs `fn` with a connected client, closing it afterwards (also on failure), without waiting for the close. */
export async function withChain<T>(
  ctx: CommandContext,
  fn: (session: ChainSession) => Promise<T>,
): Promise<T> {
  const network = await ctx.network();
  const client = createClient({
    url: network.url,
    timeoutMs: 15_000,
    reconnect: { initialDelayMs: 100, maxDelayMs: 1_000, attempts: 2 },
  });
  ctx.spinner.start(`Connecting to ${network.url}`);
  try {
    return await fn({ client, url: network.url, network: network.name ?? null });
  } finally {
    ctx.spinner.stop();
    // Not awaited: the close frame is sent now and the result checked and written; the process then ends
    // once its output is flushed (main.ts), without waiting for the node's answer to the close.
    client.close().catch(() => {});
  }
}
