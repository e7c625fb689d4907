/**
 * `runNode(argv)`: the node's command: runs a chain node until SIGINT or SIGTERM, then shuts down
 * cleanly; resolves to the exit code (0; 2 for a usage mistake, printed with the usage; 1 when the node
 * cannot start, with the reason). The `tao` CLI will call it as `tao node`.
 */
import { readFileSync } from 'node:fs';
import { createKeypairFromUri, initCrypto } from '@taonet/crypto';
import { isTaonetError } from '@taonet/primitives';
import { type ChainSpec, parseChainSpec } from '../chainSpec/chainSpec.js';
import { createDevChainSpec } from '../chainSpec/devChainSpec.js';
import { createLogger } from '../logger/logger.js';
import { NODE_VERSION, startNode } from '../service/startNode.js';
import { NODE_USAGE, type NodeArgs, parseNodeArgs, UsageError } from './parseNodeArgs.js';

function loadSpec(args: NodeArgs): ChainSpec {
  if (args.chain === 'dev')
    return createDevChainSpec(args.blockTime === undefined ? {} : { blockTime: args.blockTime });
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(args.chain!, 'utf8'));
  } catch (cause) {
    throw new UsageError(`cannot read the chain spec ${args.chain}: ${(cause as Error).message}`);
  }
  const spec = parseChainSpec(json);
  return args.blockTime === undefined ? spec : { ...spec, blockTime: args.blockTime };
}

export async function runNode(argv: readonly string[]): Promise<number> {
  let args: NodeArgs;
  try {
    args = parseNodeArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`error: ${error.message}\n\n${NODE_USAGE}`);
    return 2;
  }
  if (args.help) process.stdout.write(NODE_USAGE);
  if (args.version) process.stdout.write(`taonet-node ${NODE_VERSION}\n`);
  if (args.help || args.version) return 0;
  const logger = createLogger({ format: args.logFormat, level: args.logLevel });
  try {
    await initCrypto();
    const spec = loadSpec(args);
    const node = await startNode({
      spec,
      tmp: args.tmp,
      ...(args.basePath === undefined ? {} : { basePath: args.basePath }),
      rpcHost: args.rpcHost,
      rpcPort: args.rpcPort,
      ...(args.rpcMaxConnections === undefined ? {} : { rpcMaxConnections: args.rpcMaxConnections }),
      ...(args.key === undefined ? {} : { authorityKey: createKeypairFromUri(args.key) }),
      ...(args.verifyThreads === undefined ? {} : { verifyThreads: args.verifyThreads }),
      logger,
    });
    await new Promise<void>((resolve) => {
      const shutdown = (signal: string) => {
        logger.info('shutting down', { signal });
        node.stop().then(resolve, resolve);
      };
      process.once('SIGINT', () => shutdown('SIGINT'));
      process.once('SIGTERM', () => shutdown('SIGTERM'));
    });
    return 0;
  } catch (error) {
    const message = isTaonetError(error) ? `${error.message} (${error.code})` : String(error);
    logger.error(`cannot run the node: ${message}`);
    return 1;
  }
}
