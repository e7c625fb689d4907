/**
 * `tao localnet up`: starts the whole local network (see startLocalnet), prints where everything is, then
 * a live status (redrawn on a terminal; printed at each new epoch otherwise) until Ctrl-C, SIGTERM (`tao
 * localnet down`) or the node's exit; then stops every process cleanly and returns what it stopped.
 */
import { rm } from 'node:fs/promises';
import { collectLocalnetStatus, type LocalnetStatus } from '../../localnet/collectLocalnetStatus.js';
import { explorerService } from '../../localnet/explorerService.js';
import { LocalnetError } from '../../localnet/localnetError.js';
import { type LocalnetPlan, planLocalnet, type ServicePlan } from '../../localnet/localnetPlan.js';
import { readLocalnetState } from '../../localnet/localnetState.js';
import { isAlive, stopPid } from '../../localnet/processSupervisor.js';
import { renderLocalnetStatus } from '../../localnet/renderLocalnetStatus.js';
import { type RepoLayout, repoLayout } from '../../localnet/repoLayout.js';
import { freePorts, type RunningLocalnet, startLocalnet } from '../../localnet/startLocalnet.js';
import { createColors, isColorEnabled } from '../../output/humanOutput.js';
import type { CommandContext } from '../../program/commandContext.js';
import type { CommandModule } from '../../program/commandSpec.js';
import { readUpOptions, type UpOptions } from './localnetOptions.js';
import { type LocalnetUpResult, localnetUpSchema } from './localnetSchemas.js';

/** The services to start after the neurons: the explorer unless --no-explorer. */
async function services(layout: RepoLayout, options: UpOptions): Promise<ServicePlan[]> {
  if (options.explorerPort === null) return [];
  const port = options.explorerPort === 0 ? ((await freePorts(1))[0] ?? 8080) : options.explorerPort;
  return [explorerService(layout, port)];
}

/** Refuses a second `up` on the same data; cleans up after one that was killed. */
async function takeOver(plan: LocalnetPlan, ctx: CommandContext): Promise<void> {
  const state = await readLocalnetState(plan.paths.stateFile);
  if (state === undefined) return;
  if (isAlive(state.supervisorPid) && state.supervisorPid !== process.pid) {
    throw new LocalnetError(
      'LOCALNET_RUNNING',
      `a localnet already runs with data in ${plan.paths.dataDir} (pid ${state.supervisorPid}, ${state.rpc})`,
      'stop it with `tao localnet down` (same --data-dir), or use another --data-dir',
      { details: { path: plan.paths.dataDir } },
    );
  }
  const leftovers = state.processes.filter((p) => isAlive(p.pid));
  if (leftovers.length > 0) ctx.log.warn(`stopping ${leftovers.length} processes left by a previous run`);
  await Promise.all(leftovers.filter((p) => p.id !== 'node').map((p) => stopPid(p.pid)));
  for (const p of leftovers.filter((p) => p.id === 'node')) await stopPid(p.pid, 10_000);
}

function banner(net: RunningLocalnet, plan: LocalnetPlan, seconds: number): string[] {
  const s = net.state;
  const dir = plan.paths.dataDir;
  return [
    `localnet up in ${seconds.toFixed(1)} s: the node and ${net.processes.length} processes`,
    `  rpc       ${s.rpc}`,
    `  explorer  ${s.explorer ?? 'not started'}`,
    `  data      ${dir}  (wallets/, logs/, neurons/; --reset starts fresh)`,
    `  subnets   ${s.subnets.map((sub) => `${sub.name} = netuid ${sub.netuid}`).join(', ')}; tempo ${s.tempo}`,
    `  another terminal: tao localnet status --data-dir ${dir}   |   tao localnet down --data-dir ${dir}`,
    'Ctrl-C stops every process.',
  ];
}

/** Resolves with the reason to stop: a signal, or the node's exit. */
function stopRequested(net: RunningLocalnet): { reason: Promise<string>; dispose(): void } {
  let resolveReason: (reason: string) => void = () => {};
  const reason = new Promise<string>((resolve) => {
    resolveReason = resolve;
  });
  const onSignal = (signal: NodeJS.Signals) => resolveReason(`signal ${signal}`);
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, onSignal);
  void net.node.exited.then((exit) => resolveReason(`the node exited (${exit.signal ?? exit.code})`));
  return {
    reason,
    dispose: () => {
      for (const signal of signals) process.off(signal, onSignal);
    },
  };
}

function watchNeurons(net: RunningLocalnet, ctx: CommandContext, stopping: () => boolean): void {
  for (const p of net.processes) {
    void p.exited.then((exit) => {
      if (!stopping()) ctx.log.warn(`${p.id} exited (${exit.signal ?? exit.code}): see ${p.logFile}`);
    });
  }
}

function liveView(net: RunningLocalnet, ctx: CommandContext, options: UpOptions): () => void {
  if (options.statusEvery === 0 || ctx.settings.json || ctx.settings.quiet) return () => {};
  const tty = ctx.io.stdout.isTTY === true;
  const colors = createColors(isColorEnabled(ctx.io.stdout, ctx.io.env, ctx.settings.color));
  let lastEpochs = '';
  let busy = false;
  const draw = (status: LocalnetStatus) => {
    const epochs = status.subnets.map((sn) => sn.epochs).join(',');
    if (!tty && epochs === lastEpochs) return;
    lastEpochs = epochs;
    const lines = renderLocalnetStatus(status, colors);
    const footer = colors.dim(`Ctrl-C stops every process; logs in ${status.logsDir}`);
    ctx.io.stdout.write(`${tty ? '\x1b[2J\x1b[H' : '\n'}${[...lines, '', footer].join('\n')}\n`);
  };
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    collectLocalnetStatus(net.client, net.state)
      .then(draw, (error: Error) => ctx.log.debug(`status: ${error.message}`))
      .finally(() => {
        busy = false;
      });
  }, options.statusEvery * 1000);
  return () => clearInterval(timer);
}

export const localnetUp: CommandModule<LocalnetUpResult> = {
  result: localnetUpSchema,
  async run(ctx, input) {
    const started = performance.now();
    const options = readUpOptions(ctx, input);
    const layout = repoLayout();
    const plan = planLocalnet({ ...options, services: await services(layout, options) });
    await takeOver(plan, ctx);
    if (options.reset) {
      await rm(plan.paths.dataDir, { recursive: true, force: true });
      ctx.log.info(`reset: removed ${plan.paths.dataDir}`);
    }
    let net: RunningLocalnet;
    try {
      net = await startLocalnet(plan, layout, { step: (message) => ctx.log.info(message) });
    } catch (error) {
      if (error instanceof LocalnetError) throw error;
      throw new LocalnetError(
        'LOCALNET_START_FAILED',
        `the localnet did not start: ${(error as Error).message}`,
        `the logs are in ${plan.paths.logsDir}; --reset starts from a fresh chain`,
        { cause: error },
      );
    }
    for (const line of banner(net, plan, (performance.now() - started) / 1000)) ctx.log.info(line);
    let stopping = false;
    watchNeurons(net, ctx, () => stopping);
    const stopView = liveView(net, ctx, options);
    const request = stopRequested(net);
    const reason = await request.reason;
    stopping = true;
    stopView();
    ctx.log.info(`stopping (${reason}): neurons, then the node`);
    const exits = await net.stop();
    request.dispose();
    return {
      dataDir: plan.paths.dataDir,
      rpc: net.state.rpc,
      ranSeconds: Math.round((performance.now() - started) / 100) / 10,
      reason,
      stopped: [net.node, ...net.processes].map((p) => p.id),
      // SIGTERM's own end (a neuron still loading) is clean; a SIGKILL or an error code is not
      unclean: exits.filter((e) => e.signal === 'SIGKILL' || (e.code ?? 0) !== 0).map((e) => e.id),
    };
  },
  render(result, out) {
    out.line(
      `localnet stopped (${result.reason}) after ${result.ranSeconds} s; data kept in ${result.dataDir}`,
    );
    if (result.unclean.length > 0) {
      out.line(`did not stop cleanly (killed or failed): ${result.unclean.join(', ')}`);
    }
  },
};
