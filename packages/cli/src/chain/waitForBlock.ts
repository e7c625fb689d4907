/** Waits until the best block reaches a number (a spinner says how far it is), following new heads. */
import type { Client } from '@taonet/sdk';
import type { CommandContext } from '../program/commandContext.js';

export async function waitForBlock(ctx: CommandContext, client: Client, target: number, what: string) {
  const { getBlockNumber, watchHeads } = await import('@taonet/sdk');
  let current = await getBlockNumber(client);
  if (current >= target) return current;
  const done = new Promise<number>((resolve, reject) => {
    const stopped = watchHeads(client, {
      onHeader: (header) => {
        current = header.number;
        ctx.spinner.start(`Waiting for block ${target} (${what}): now ${current}`);
        if (current >= target) {
          void stopped.then((stop) => stop()).catch(() => {});
          resolve(current);
        }
      },
      onError: reject,
    });
    stopped.catch(reject);
  });
  ctx.spinner.start(`Waiting for block ${target} (${what}): now ${current}`);
  return done;
}
