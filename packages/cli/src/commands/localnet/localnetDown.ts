/**
 * `tao localnet down [--data-dir <dir>]`: stops a running localnet from another terminal. It asks the
 * `up` process to stop (SIGTERM: it stops the neurons, then the node, and removes its state file); when
 * that process is gone (killed), it stops the recorded processes itself, neurons first. Data is kept.
 */
import { localnetPaths } from '../../localnet/localnetPlan.js';
import { readLocalnetState, removeLocalnetState } from '../../localnet/localnetState.js';
import { isAlive, stopPid } from '../../localnet/processSupervisor.js';
import type { CommandModule } from '../../program/commandSpec.js';
import { readDataDir } from './localnetOptions.js';
import { type LocalnetDownResult, localnetDownSchema } from './localnetSchemas.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  return !isAlive(pid);
}

export const localnetDown: CommandModule<LocalnetDownResult> = {
  result: localnetDownSchema,
  async run(ctx, input) {
    const dataDir = readDataDir(ctx, input);
    const stateFile = localnetPaths(dataDir).stateFile;
    const state = await readLocalnetState(stateFile);
    if (state === undefined) return { dataDir, wasRunning: false, stopped: [] };
    const running = state.processes.filter((p) => isAlive(p.pid));
    const wasRunning = running.length > 0 || isAlive(state.supervisorPid);
    ctx.spinner.start(`Stopping the localnet in ${dataDir}`);
    if (isAlive(state.supervisorPid) && state.supervisorPid !== process.pid) {
      process.kill(state.supervisorPid, 'SIGTERM');
      await waitGone(state.supervisorPid, 40_000);
    }
    const leftovers = state.processes.filter((p) => isAlive(p.pid));
    const neurons = leftovers.filter((p) => p.id !== 'node');
    await Promise.all(neurons.map((p) => stopPid(p.pid)));
    for (const node of leftovers.filter((p) => p.id === 'node')) await stopPid(node.pid, 10_000);
    await removeLocalnetState(stateFile);
    return { dataDir, wasRunning, stopped: running.map((p) => p.id) };
  },
  render(result, out) {
    if (!result.wasRunning) out.line(`no localnet was running in ${result.dataDir}`);
    else
      out.line(`localnet stopped (${result.stopped.length} processes); its data stays in ${result.dataDir}`);
  },
};
