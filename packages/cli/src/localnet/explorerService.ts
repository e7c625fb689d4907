/**
 * The explorer as a localnet service: `tao explorer --network <rpc> --port <port>` (apps/explorer, built
 * on first use) started after the neurons, its URL in the state file so that `status` shows it.
 */
import { join } from 'node:path';
import type { ServicePlan } from './localnetPlan.js';
import type { RepoLayout } from './repoLayout.js';

export function explorerService(layout: RepoLayout, port: number): ServicePlan {
  return {
    id: 'explorer',
    url: `http://127.0.0.1:${port}`,
    command: (rpcUrl) => ({
      file: process.execPath,
      args: [
        join(layout.root, 'packages', 'cli', 'bin', 'tao.js'),
        'explorer',
        '--network',
        rpcUrl,
        '--port',
        String(port),
      ],
    }),
  };
}
