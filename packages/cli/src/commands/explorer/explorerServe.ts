/** Runs the explorer's server until SIGINT/SIGTERM; prints the URL as soon as it listens. */
import { buildExplorer, startExplorer } from '@taonet/explorer';
import { UsageError } from '../../errors/cliErrors.js';
import { type Infer, s } from '../../output/schema.js';
import type { CommandInput, CommandModule } from '../../program/commandSpec.js';

const resultSchema = s.object({ url: s.string(), network: s.string(), stoppedBy: s.string() });
type ExplorerResult = Infer<typeof resultSchema>;

function readPort(input: CommandInput): number {
  const raw = input.opts.port;
  if (raw === undefined) return 8080;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new UsageError(`--port takes an integer from 0 to 65535, got ${String(raw)}`);
  }
  return port;
}

function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    const onSignal = (signal: NodeJS.Signals) => {
      for (const s of signals) process.off(s, onSignal);
      resolve(signal);
    };
    for (const signal of signals) process.on(signal, onSignal);
  });
}

export const explorerServe: CommandModule<ExplorerResult> = {
  result: resultSchema,
  async run(ctx, input) {
    const port = readPort(input);
    const network = await ctx.network();
    if (input.opts.rebuild === true) {
      ctx.log.info('building the explorer…');
      await buildExplorer();
    }
    const host = typeof input.opts.host === 'string' ? input.opts.host : '127.0.0.1';
    const explorer = await startExplorer({ rpcUrl: network.url, port, host });
    if (!ctx.settings.json)
      ctx.io.stdout.write(`explorer ${explorer.url}  (node ${network.url}; Ctrl-C stops)\n`);
    const stoppedBy = await untilSignal();
    await explorer.close();
    return { url: explorer.url, network: network.url, stoppedBy };
  },
  render(result, out) {
    out.line(out.color.dim(`explorer stopped (${result.stoppedBy})`));
  },
};
