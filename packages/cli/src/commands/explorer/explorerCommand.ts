/**
 * `tao explorer [--port 8080] [--host 127.0.0.1] [--network ws://…]`: serves the web explorer
 * (apps/explorer) for a node and prints its URL; runs until Ctrl-C. The app is built on first use.
 */
import type { CommandSpec } from '../../program/commandSpec.js';

export const explorerCommand: CommandSpec = {
  name: 'explorer',
  summary: 'serve the web explorer for a node (blocks, accounts, subnets, metagraphs) and print its URL',
  description:
    'Examples:\n  tao explorer\n  tao explorer --port 8090 --network ws://10.0.0.5:9944\n' +
    'The page talks to the node from the browser; `?rpc=ws://…` in its URL points it at another node.',
  options: [
    { flags: '--port <port>', description: 'HTTP port (0: a free one)', defaultDescription: '8080' },
    { flags: '--host <host>', description: 'address to listen on', defaultDescription: '127.0.0.1' },
    { flags: '--rebuild', description: 'build the web app again before serving' },
  ],
  load: async () => (await import('./explorerServe.js')).explorerServe,
};
