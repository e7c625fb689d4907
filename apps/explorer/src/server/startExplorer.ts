/**
 * Serve the explorer for a node: build the app when no build exists, then start the server. Used by
 * `tao explorer serve` and by the workspace's `npm start`.
 */
import { DEFAULT_DIST, ensureExplorerBuilt } from './buildExplorer.js';
import { createExplorerServer, type ExplorerServer } from './createExplorerServer.js';

export interface StartExplorerOpts {
  readonly rpcUrl: string;
  readonly port?: number;
  readonly host?: string;
  /** the built app (default apps/explorer/dist, built on first use) */
  readonly distDir?: string;
}

export async function startExplorer(opts: StartExplorerOpts): Promise<ExplorerServer> {
  const distDir = await ensureExplorerBuilt(opts.distDir ?? DEFAULT_DIST);
  return createExplorerServer({
    distDir,
    rpcUrl: opts.rpcUrl,
    ...(opts.port === undefined ? {} : { port: opts.port }),
    ...(opts.host === undefined ? {} : { host: opts.host }),
  });
}
