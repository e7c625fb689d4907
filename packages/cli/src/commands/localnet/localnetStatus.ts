/**
 * `tao localnet status [--data-dir <dir>] [--json]`: the running localnet (found through its state file)
 * read from its node: block, finalized, issuance, and per subnet its price, emission share, epochs and
 * every neuron's incentive, dividends and stake. `--json` gives the localnet's contract (localnetSchemas):
 * the figures for people only (issuance, emission, logs folder) stay out of it.
 */
import {
  collectLocalnetStatus,
  type LocalnetStatus,
  type LocalnetStatusJson,
  toStatusJson,
} from '../../localnet/collectLocalnetStatus.js';
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

/** The whole status behind each `--json` result, for `render`. */
const fullStatus = new WeakMap<LocalnetStatusJson, LocalnetStatus>();

export const localnetStatus: CommandModule<LocalnetStatusJson> = {
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
      const status = await collectLocalnetStatus(client, state);
      const json = toStatusJson(status);
      fullStatus.set(json, status);
      return json;
    } finally {
      await client.close();
    }
  },
  render(result, out) {
    const status = fullStatus.get(result);
    if (status === undefined) throw new Error('localnet status: rendered a result it did not collect');
    for (const line of renderLocalnetStatus(status, out.color)) out.line(line);
  },
};
