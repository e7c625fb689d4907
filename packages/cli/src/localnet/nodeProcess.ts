/**
 * The localnet's chain node: `taonet-node --dev` with the plan's data folder, port and block time, its
 * JSON log in `<data-dir>/logs/node.log`, ready once it logs "node started" (whose `rpc` field is the
 * WebSocket URL: with port 0 that is where the free port shows).
 */
import { join } from 'node:path';
import { type LocalnetPlan, nodeArgs } from './localnetPlan.js';
import { type ManagedProcess, startProcess, waitForLogLine } from './processSupervisor.js';
import type { RepoLayout } from './repoLayout.js';

export interface RunningNode {
  readonly process: ManagedProcess;
  readonly rpcUrl: string;
}

/** The `rpc` of a "node started" JSON log line, if the line is one. */
export function parseNodeStarted(line: string): string | undefined {
  if (!line.includes('node started')) return undefined;
  try {
    const record = JSON.parse(line) as { msg?: unknown; rpc?: unknown };
    return record.msg === 'node started' && typeof record.rpc === 'string' ? record.rpc : undefined;
  } catch {
    return undefined;
  }
}

export async function startNode(
  plan: LocalnetPlan,
  layout: RepoLayout,
  timeoutMs = 60_000,
): Promise<RunningNode> {
  const proc = startProcess({
    id: 'node',
    file: process.execPath,
    args: [layout.nodeBin, ...nodeArgs(plan)],
    cwd: layout.root,
    logFile: join(plan.paths.logsDir, 'node.log'),
  });
  try {
    const rpcUrl = await waitForLogLine(proc, parseNodeStarted, timeoutMs);
    return { process: proc, rpcUrl };
  } catch (error) {
    await proc.stop(2_000);
    throw error;
  }
}
