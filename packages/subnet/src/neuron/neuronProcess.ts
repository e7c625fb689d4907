/**
 * The process side of a neuron entry script, shared by every subnet: the hotkey from a secret URI or a
 * btcli wallet, the logger of `--log-level`/`--log-format`, the chain of `--network` (the SDK port), the
 * address a miner publishes, the `axon served` report, exit codes (2 for bad arguments, 1 for a crash) and
 * a clean stop on SIGINT/SIGTERM (exit 0 once the neuron saved its state).
 */
import { networkInterfaces, platform } from 'node:os';
import { createKeypairFromUri, initCrypto, type Keypair } from '@taonet/crypto';
import { isTaonetError, netUid } from '@taonet/primitives';
import { createWallet } from '@taonet/sdk';
import type { Miner } from './miner.js';
import { createConsoleLogger, type NeuronLogger } from './neuronLogger.js';
import type { NeuronArgs, NeuronAxonArgs, NeuronHotkeySource } from './parseNeuronArgs.js';
import { createSdkChainPort, type SdkChainPort } from './sdkChainPort.js';

/** The hotkey: derived from the URI, or read from the wallet's hotkey file (unencrypted, as btcli writes it;
 * an encrypted one takes its password from the environment, `TAO_HOTKEY_PASSWORD`, ...). */
export async function loadNeuronHotkey(source: NeuronHotkeySource): Promise<Keypair> {
  await initCrypto();
  if ('uri' in source) return createKeypairFromUri(source.uri);
  const { name, hotkey, path } = source.wallet;
  return createWallet({ name, hotkey, ...(path === undefined ? {} : { path }) }).unlockHotkey({
    env: process.env,
  });
}

export function createNeuronLogger(
  args: Pick<NeuronArgs, 'logLevel' | 'logFormat'>,
  name: string,
): NeuronLogger {
  return createConsoleLogger({ level: args.logLevel, format: args.logFormat, name });
}

/** The SDK chain port of `--network` (null with `--no-chain`); close it after the neuron stopped. */
export function connectNeuronChain(
  args: Pick<NeuronArgs, 'network'>,
  logger: NeuronLogger,
): SdkChainPort | null {
  if (args.network === null) return null;
  return createSdkChainPort({
    url: args.network,
    onError: (error) => logger('warn', 'chain.error', { error }),
  });
}

/** Blocks between metagraph re-reads on a chain: the tempo, at most 50 (new neurons are seen within an epoch). */
export async function getResyncBlocks(chain: SdkChainPort, netuid: number): Promise<number> {
  const { tempo } = await chain.getHyperparameters(netUid(netuid));
  return Math.max(1, Math.min(50, tempo));
}

const IPV4_LOOPBACK = '127.0.0.1';

export interface AxonAddressEnv {
  interfaces?: ReturnType<typeof networkInterfaces>;
  platform?: string;
}

/**
 * The axon options a chain-mode miner runs with. The chain refuses to publish `127.0.0.1` (subtensor's
 * `is_valid_ip_address`), so a miner asked to publish it while bound to every interface publishes
 * `127.0.0.2` on Linux (the whole 127/8 reaches the machine there); bound to every interface without
 * `--external-ip`, it publishes the machine's first non-internal IPv4 address. `note` says what changed.
 */
export function resolveAxonAddress(
  axon: NeuronAxonArgs,
  env: AxonAddressEnv = {},
): { axon: NeuronAxonArgs; note?: string } {
  const bindsAll = axon.host === undefined || axon.host === '0.0.0.0';
  const published = axon.externalIp ?? axon.host;
  const linux = (env.platform ?? platform()) === 'linux';
  if (published === IPV4_LOOPBACK && bindsAll && linux) {
    return {
      axon: { ...axon, externalIp: '127.0.0.2' },
      note: 'the chain refuses 127.0.0.1: publishing 127.0.0.2 (loopback on Linux) instead',
    };
  }
  if (published !== undefined || !bindsAll) return { axon };
  const all = Object.values(env.interfaces ?? networkInterfaces()).flat();
  const lan = all.find((entry) => entry !== undefined && entry.family === 'IPv4' && !entry.internal);
  if (lan === undefined) return { axon };
  return {
    axon: { ...axon, externalIp: lan.address },
    note: `no --external-ip: publishing this machine's address ${lan.address}`,
  };
}

/** What an entry script runs its neuron with (`openNeuronRuntime`). */
export interface NeuronRuntime {
  hotkey: Keypair;
  logger: NeuronLogger;
  /** The SDK port of `--network`, or null with `--no-chain`. */
  chain: SdkChainPort | null;
  /** The options a `run*Miner` / `run*Validator` takes about the chain. */
  chainOpts: { noChain: true } | { chain: SdkChainPort; resyncEveryBlocks: number };
  /** Miners: the axon flags, the published address resolved on a chain (`resolveAxonAddress`). */
  axon: NeuronAxonArgs | undefined;
  /** Closes the chain connection (after the neuron stopped). */
  close(): Promise<void>;
}

/** The logger, the hotkey and the chain of parsed arguments. */
export async function openNeuronRuntime(args: NeuronArgs, name: string): Promise<NeuronRuntime> {
  const logger = createNeuronLogger(args, name);
  const hotkey = await loadNeuronHotkey(args.hotkey);
  let axon = args.axon;
  const chain = connectNeuronChain(args, logger);
  if (chain === null)
    return { hotkey, logger, chain, chainOpts: { noChain: true }, axon, close: async () => {} };
  try {
    if (axon !== undefined) {
      const resolved = resolveAxonAddress(axon);
      if (resolved.note !== undefined) logger('warn', 'miner.external_ip', { note: resolved.note });
      axon = resolved.axon;
    }
    const resyncEveryBlocks = await getResyncBlocks(chain, args.netuid);
    return {
      hotkey,
      logger,
      chain,
      chainOpts: { chain, resyncEveryBlocks },
      axon,
      close: () => chain.close(),
    };
  } catch (error) {
    await chain.close();
    throw error;
  }
}

/** Logs `axon served` (a line the launcher waits for) once the chain shows the axon, or why it does not. */
export function reportAxonServed(miner: Miner, logger: NeuronLogger): void {
  const status = miner.axonServeStatus;
  if (status === null) return;
  const where = { netuid: miner.netuid, uid: miner.uid, hotkey: miner.hotkey.address };
  if (status.state === 'served' || status.state === 'already_served') {
    logger('info', 'axon served', {
      ip: status.ip,
      port: status.port,
      ...where,
      already: status.state !== 'served',
    });
  } else if (status.state === 'failed') {
    logger('error', 'axon not served', { ...where, error: status.error, message: status.message });
  } else {
    logger('error', 'axon not served', { ...where, reason: status.reason, hint: 'pass --external-ip <ip>' });
  }
}

/** Stops the neuron on SIGINT/SIGTERM, then exits 0 (1 when stopping failed; a second signal exits at once). */
export function stopOnSignals(stop: () => Promise<void>, logger: NeuronLogger): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger('info', 'process.stopping', { signal });
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger('error', 'process.stop_failed', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/**
 * Runs an entry script's main once the crypto is ready (its arguments may name keys by secret URI): bad
 * arguments print the message and the usage and exit 2, a failure exits 1.
 */
export function runNeuronScript(name: string, usage: string, main: () => Promise<void>): void {
  initCrypto()
    .then(main)
    .catch((error: unknown) => {
      if (isTaonetError(error, 'INVALID_ARGS')) {
        process.stderr.write(`${(error as Error).message}\n${usage}\n`);
        process.exit(2);
      }
      process.stderr.write(`${name}: ${(error as Error).message}\n`);
      process.exit(1);
    });
}
