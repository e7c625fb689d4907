/**
 * Carries out a plan: the node, the wallets, the chain set-up (provisionChain), a process per validator
 * and miner (`node --conditions=development --import tsx <entry script> --network ... --netuid ...`, its
 * log in `<data-dir>/logs/<id>.log`), the optional services, then the state file. `stop()` stops the
 * services and neurons (SIGTERM, in parallel), then the node, removes the state file and says how each
 * process ended.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Client } from '@taonet/sdk';
import {
  type LocalnetPlan,
  type NeuronPlan,
  neuronArgs,
  planNeurons,
  runningNeurons,
  type SubnetKey,
} from './localnetPlan.js';
import { type LocalnetState, removeLocalnetState, writeLocalnetState } from './localnetState.js';
import { ensureWallets, type NeuronKeys } from './localnetWallets.js';
import { startNode } from './nodeProcess.js';
import { type ManagedProcess, type ProcessExit, startProcess } from './processSupervisor.js';
import { provisionChain } from './provisionChain.js';
import type { RepoLayout } from './repoLayout.js';

export interface StartHooks {
  step(message: string): void;
}

export interface RunningLocalnet {
  readonly state: LocalnetState;
  readonly client: Client;
  readonly node: ManagedProcess;
  /** neurons and services */
  readonly processes: readonly ManagedProcess[];
  /** stops everything; how each process ended, the node last */
  stop(): Promise<StoppedProcess[]>;
}

export interface StoppedProcess extends ProcessExit {
  readonly id: string;
}

/** Ports free on the loopback right now (the OS picks them). */
export async function freePorts(count: number): Promise<number[]> {
  const ports: number[] = [];
  const servers = await Promise.all(
    Array.from({ length: count }, () => {
      const server = createServer();
      return new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve(server));
      });
    }),
  );
  for (const server of servers) {
    const address = server.address();
    if (address !== null && typeof address === 'object') ports.push(address.port);
  }
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

function checkScripts(plan: LocalnetPlan, layout: RepoLayout): void {
  for (const neuron of runningNeurons(plan)) {
    const script = layout.script(neuron.script ?? '');
    if (!existsSync(script)) throw new Error(`the entry script of ${neuron.id} is missing: ${script}`);
  }
}

async function startNeurons(
  plan: LocalnetPlan,
  layout: RepoLayout,
  rpcUrl: string,
  netuids: ReadonlyMap<SubnetKey, number>,
): Promise<{ processes: ManagedProcess[]; ports: Map<string, number> }> {
  const neurons = runningNeurons(plan);
  const needPorts = neurons.filter((n) => n.port === 0);
  const chosen = await freePorts(needPorts.length);
  const ports = new Map<string, number>();
  for (const n of neurons) if (n.port !== null && n.port !== 0) ports.set(n.id, n.port);
  needPorts.forEach((n, i) => {
    ports.set(n.id, chosen[i] ?? 0);
  });
  const processes = neurons.map((neuron) => {
    const port = ports.get(neuron.id);
    const launch = {
      rpcUrl,
      netuid: netuids.get(neuron.subnet) ?? 0,
      ...(port === undefined ? {} : { port }),
    };
    return startProcess({
      id: neuron.id,
      file: process.execPath,
      args: ['--conditions=development', '--import', 'tsx', ...neuronArgs(plan, neuron, launch)],
      cwd: layout.root,
      logFile: join(plan.paths.logsDir, `${neuron.id}.log`),
    });
  });
  return { processes, ports };
}

function buildState(
  plan: LocalnetPlan,
  rpc: string,
  procs: { node: ManagedProcess; others: readonly ManagedProcess[] },
  keys: ReadonlyMap<string, NeuronKeys>,
  netuids: ReadonlyMap<SubnetKey, number>,
  ports: ReadonlyMap<string, number>,
): LocalnetState {
  const roster = (neuron: NeuronPlan) => ({
    id: neuron.id,
    role: neuron.role,
    weak: neuron.weak,
    hotkey: keys.get(neuron.id)?.hotkey.address ?? '',
    coldkey: keys.get(neuron.id)?.coldkey.address ?? '',
    port: ports.get(neuron.id) ?? null,
  });
  return {
    version: 1,
    supervisorPid: process.pid,
    startedAt: new Date().toISOString(),
    dataDir: plan.paths.dataDir,
    logsDir: plan.paths.logsDir,
    rpc,
    explorer: plan.services.find((s) => s.id === 'explorer')?.url ?? null,
    blockTimeMs: plan.blockTimeMs,
    tempo: plan.tempo,
    processes: [procs.node, ...procs.others].map((p) => ({ id: p.id, pid: p.pid, log: p.logFile })),
    subnets: plan.subnets.map((s) => ({
      key: s.key,
      name: s.name,
      netuid: netuids.get(s.key) ?? 0,
      neurons: s.neurons.map(roster),
    })),
  };
}

async function stopAll(
  node: ManagedProcess,
  others: readonly ManagedProcess[],
  stateFile: string,
): Promise<StoppedProcess[]> {
  const exits = await Promise.all(others.map(async (p) => ({ id: p.id, ...(await p.stop(5_000)) })));
  exits.push({ id: node.id, ...(await node.stop(10_000)) });
  await removeLocalnetState(stateFile);
  return exits;
}

export async function startLocalnet(
  plan: LocalnetPlan,
  layout: RepoLayout,
  hooks: StartHooks,
): Promise<RunningLocalnet> {
  checkScripts(plan, layout);
  await mkdir(plan.paths.logsDir, { recursive: true });
  const [{ initCrypto }, { createClient }] = await Promise.all([
    import('@taonet/crypto'),
    import('@taonet/sdk'),
  ]);
  await initCrypto();
  hooks.step(`node: starting (log ${join(plan.paths.logsDir, 'node.log')})`);
  const node = await startNode(plan, layout);
  hooks.step(`node: ${node.rpcUrl}, a block every ${plan.blockTimeMs} ms`);
  const client = createClient({ url: node.rpcUrl, timeoutMs: 30_000 });
  const others: ManagedProcess[] = [];
  try {
    const keys = await ensureWallets(plan.paths.walletsDir, planNeurons(plan));
    hooks.step(`wallets: ${keys.size} in ${plan.paths.walletsDir}`);
    const { netuids } = await provisionChain(client, plan, keys, hooks.step);
    const started = await startNeurons(plan, layout, node.rpcUrl, netuids);
    others.push(...started.processes);
    hooks.step(`neurons: ${started.processes.length} processes (logs in ${plan.paths.logsDir})`);
    for (const service of plan.services) {
      const command = service.command(node.rpcUrl);
      const logFile = join(plan.paths.logsDir, `${service.id}.log`);
      others.push(startProcess({ id: service.id, ...command, cwd: layout.root, logFile }));
      hooks.step(`${service.id}: ${service.url}`);
    }
    const state = buildState(plan, node.rpcUrl, { node: node.process, others }, keys, netuids, started.ports);
    await writeLocalnetState(plan.paths.stateFile, state);
    return {
      state,
      client,
      node: node.process,
      processes: others,
      stop: async () => {
        await client.close();
        return stopAll(node.process, others, plan.paths.stateFile);
      },
    };
  } catch (error) {
    await client.close();
    await stopAll(node.process, others, plan.paths.stateFile);
    throw error;
  }
}
