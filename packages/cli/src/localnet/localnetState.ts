/**
 * `<data-dir>/localnet.json`: what a running `tao localnet up` started (its own pid, the node's and every
 * neuron's pid and log, the RPC URL, the explorer's URL) and the roster (which hotkey is which neuron), so
 * that `tao localnet status` and `tao localnet down` work from another terminal. Written atomically when
 * everything runs; removed by a clean stop.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { NeuronRole, SubnetKey } from './localnetPlan.js';

export interface StateProcess {
  readonly id: string;
  readonly pid: number;
  readonly log: string;
}

export interface StateNeuron {
  readonly id: string;
  readonly role: NeuronRole;
  readonly weak: boolean;
  /** SS58 */
  readonly hotkey: string;
  readonly coldkey: string;
  readonly port: number | null;
}

export interface StateSubnet {
  readonly key: SubnetKey;
  readonly name: string;
  readonly netuid: number;
  readonly neurons: readonly StateNeuron[];
}

export interface LocalnetState {
  readonly version: 1;
  /** the `tao localnet up` process */
  readonly supervisorPid: number;
  readonly startedAt: string;
  readonly dataDir: string;
  readonly logsDir: string;
  readonly rpc: string;
  readonly explorer: string | null;
  readonly blockTimeMs: number;
  readonly tempo: number;
  /** the node first, then the neurons, then the services */
  readonly processes: readonly StateProcess[];
  readonly subnets: readonly StateSubnet[];
}

export async function writeLocalnetState(path: string, state: LocalnetState): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, path);
}

/** The recorded state, or undefined when there is none (never started, or stopped cleanly). */
export async function readLocalnetState(path: string): Promise<LocalnetState | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const state = JSON.parse(text) as LocalnetState;
  if (state.version !== 1 || typeof state.rpc !== 'string' || !Array.isArray(state.processes)) {
    throw new Error(`${path} is not a localnet state file`);
  }
  return state;
}

export async function removeLocalnetState(path: string): Promise<void> {
  await rm(path, { force: true });
}
