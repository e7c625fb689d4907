/**
 * `npm start -w @taonet/explorer [-- --port 8080] [--network ws://127.0.0.1:9944] [--rebuild]`: serves the
 * explorer for a node and prints its URL. Stops on Ctrl-C.
 */
import { buildExplorer, DEFAULT_DIST } from './server/buildExplorer.js';
import { startExplorer } from './server/startExplorer.js';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};

const rpcUrl = flag('--network') ?? process.env.TAO_NETWORK ?? 'ws://127.0.0.1:9944';
if (args.includes('--rebuild')) await buildExplorer({ outDir: DEFAULT_DIST });
const explorer = await startExplorer({ rpcUrl, port: Number(flag('--port') ?? 8080) });
console.log(`taonet explorer: ${explorer.url}  (node ${rpcUrl})`);
const stop = () => void explorer.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
