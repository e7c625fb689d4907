/**
 * `tao localnet status [--data-dir <dir>] [--json]`: the running localnet (found through its state file)
 * read from its node: block, finalized, issuance, and per subnet its price, emission share, epochs and
 * every neuron's incentive, dividends and stake.
 */
import { collectLocalnetStatus, type LocalnetStatus } from '../../localnet/collectLocalnetStatus.js';
import { LocalnetError } from '../../localnet/localnetError.js';
import { localnetPaths } from '../../localnet/localnetPlan.js';
import { type LocalnetState, readLocalnetState } from '../../localnet/localnetState.js';
import { isAlive } from '../../localnet/processSupervisor.js';
import { renderLocalnetStatus } from '../../localnet/renderLocalnetStatus.js';
import type { CommandModule } from '../../program/commandSpec.js';
import { readDataDir } from './localnetOptions.js';
import { localnetStatusSchema } from './localnetSchemas.js';

/** The state of a localnet whose node still runs, or LOCALNET_NOT_RUNNING. */
export async function requireRunning(dataDir: string): Promise<LocalnetState> {
  const state = await readLocalnetState(localnetPaths(dataDir).stateFile);
  const node = state?.processes.find((p) => p.id === 'node');
  if (state === undefined || node === undefined || !isAlive(node.pid)) {
    throw new LocalnetError(
      'LOCALNET_NOT_RUNNING',
      `no localnet is running with data in ${dataDir}`,
      'start one with `tao localnet up` (or `npm start`), or pass the --data-dir it uses',
      { details: { path: dataDir } },
    );
  }
  return state;
}

export const localnetStatus: CommandModule<LocalnetStatus> = {
  result: localnetStatusSchema,
  async run(ctx, input) {
    const state = await requireRunning(readDataDir(ctx, input));
    const [{ initCrypto }, { createClient }] = await Promise.all([
      import('@taonet/crypto'),
      import('@taonet/sdk'),
    ]);
    await initCrypto();
    const client = createClient({ url: state.rpc, timeoutMs: 15_000, reconnect: false });
    ctx.spinner.start(`Reading ${state.rpc}`);
    try {
      return await collectLocalnetStatus(client, state);
    } finally {
      await client.close();
    }
  },
  render(result, out) {
    for (const line of renderLocalnetStatus(result, out.color)) out.line(line);
  },
};
