/**
 * `tao subnet template-miner`: the template subnet's miner (Dummy: `dummy_output = 2 * dummy_input`) in
 * the foreground, until SIGINT/SIGTERM (then its axon closes and the command exits 0). The CLI's flags are
 * handed to the neuron parser every entry script uses (parseNeuronArgs), with what the CLI remembers filled
 * in: the network (`--network`, TAO_NETWORK, the config, `local`) unless `--no-chain`, the wallet (flags,
 * environment, config, defaults) unless `--hotkey-uri`. The miner itself is the template's
 * (serveTemplateMiner): on a chain it checks the registration and publishes its axon (`axon served`);
 * with `--no-chain` it answers every correctly signed request (interop tests).
 */
import { isTaonetError } from '@taonet/primitives';
import { type NeuronArgs, parseNeuronArgs } from '@taonet/subnet';
import { type ServedTemplateMiner, serveTemplateMiner } from '@taonet/subnet-template';
import { UsageError } from '../../errors/cliErrors.js';
import { type Infer, s } from '../../output/schema.js';
import type { CommandContext } from '../../program/commandContext.js';
import type { CommandInput, CommandModule } from '../../program/commandSpec.js';
import { selectWallet } from '../wallet/selectWallet.js';

const resultSchema = s.object({
  address: s.string(),
  hotkey: s.string(),
  network: s.nullable(s.string()),
  netuid: s.integer(),
  stoppedBy: s.string(),
  logFormat: s.enum(['text', 'json']),
});
type TemplateMinerResult = Infer<typeof resultSchema>;

/** The CLI options handed over as they are typed, by canonical key. */
const NEURON_FLAGS: readonly (readonly [key: string, flag: string])[] = [
  ['port', '--port'],
  ['host', '--host'],
  ['netuid', '--netuid'],
  ['hotkeyUri', '--hotkey-uri'],
  ['externalIp', '--external-ip'],
  ['externalPort', '--external-port'],
  ['stateDir', '--state-dir'],
  ['logLevel', '--log-level'],
  ['logFormat', '--log-format'],
];

const WALLET_FLAGS = [
  ['walletName', '--wallet-name'],
  ['walletHotkey', '--wallet-hotkey'],
  ['walletPath', '--wallet-path'],
] as const;

function givenFlags(input: CommandInput, flags: readonly (readonly [string, string])[]): string[] {
  return flags.flatMap(([key, flag]) => {
    const value = input.opts[key];
    return input.given(key) && typeof value === 'string' ? [flag, value] : [];
  });
}

/** The neuron command line of the CLI's flags and remembered settings. */
async function toNeuronArgv(ctx: CommandContext, input: CommandInput): Promise<string[]> {
  const argv = givenFlags(input, NEURON_FLAGS);
  const noChain = input.given('chain') && input.opts.chain === false;
  if (noChain) {
    // Given with --no-chain, --network is refused by the parser (the two exclude each other).
    argv.push(
      '--no-chain',
      ...(ctx.settings.network === undefined ? [] : ['--network', ctx.settings.network]),
    );
  } else {
    argv.push('--network', (await ctx.network()).url);
  }
  if (input.given('hotkeyUri')) return [...argv, ...givenFlags(input, WALLET_FLAGS)];
  const wallet = await selectWallet(ctx, input);
  return [
    ...argv,
    '--wallet-name',
    wallet.name,
    '--wallet-hotkey',
    wallet.hotkey,
    '--wallet-path',
    wallet.paths.root,
  ];
}

function toUsageError(error: unknown): unknown {
  return isTaonetError(error, 'INVALID_ARGS') ? new UsageError((error as Error).message) : error;
}

/**
 * The first SIGINT or SIGTERM from now on. Listening starts before the miner says it serves: whoever reads
 * that line may signal at once, and a signal without a listener would kill the process outright.
 */
function listenForStopSignal(): { received: Promise<NodeJS.Signals>; dispose(): void } {
  let dispose = () => {};
  const received = new Promise<NodeJS.Signals>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      dispose();
      resolve(signal);
    };
    dispose = () => process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  });
  return { received, dispose };
}

export const subnetsTemplateMiner: CommandModule<TemplateMinerResult> = {
  result: resultSchema,
  async run(ctx, input) {
    let args: NeuronArgs;
    try {
      args = parseNeuronArgs(await toNeuronArgv(ctx, input), { role: 'miner' });
    } catch (error) {
      throw toUsageError(error);
    }
    const stop = listenForStopSignal();
    let served: ServedTemplateMiner;
    try {
      // With --json, stdout holds the one JSON result: the listening line goes to stderr then.
      served = await serveTemplateMiner(args, ctx.settings.json ? ctx.io.stderr : ctx.io.stdout);
    } catch (error) {
      stop.dispose();
      throw error;
    }
    const stoppedBy = await stop.received;
    served.logger('info', 'process.stopping', { signal: stoppedBy });
    await served.stop();
    return {
      address: served.address,
      hotkey: served.hotkey.address,
      network: args.network,
      netuid: args.netuid,
      stoppedBy,
      logFormat: args.logFormat,
    };
  },
  render(result, out) {
    if (result.logFormat === 'text') out.line(out.color.dim(`template miner stopped (${result.stoppedBy})`));
  },
};
