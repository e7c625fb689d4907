/**
 * Builds the web app (`web/`) with Vite's JS API into a folder of static files. The SDK is taken through
 * its `browser` condition (no wallet, no node:* modules) and from its TypeScript sources, as the rest of
 * the repo runs.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type InlineConfig, type Plugin } from 'vite';

export const WEB_ROOT = join(import.meta.dirname, '..', '..', 'web');
/** Where `npm start` and `tao explorer` serve from unless told otherwise. */
export const DEFAULT_DIST = join(import.meta.dirname, '..', '..', 'dist');

export interface BuildExplorerOpts {
  /** output folder, emptied first (default: apps/explorer/dist) */
  readonly outDir?: string;
}

const NODE_ONLY_TRANSPORT = '\0taonet:node-websocket';

/**
 * The SDK client loads its node:net WebSocket (Node 20, `ws://`) with a dynamic import that a browser never
 * reaches (it has `WebSocket`); the bundle gets a stub in its place instead of node:net and node:crypto shims.
 */
function nodeOnlyTransport(): Plugin {
  return {
    name: 'taonet-node-only-transport',
    enforce: 'pre',
    resolveId: (source, importer) =>
      source === './netWebSocket.js' && importer?.endsWith('webSocketConstructor.ts') === true
        ? NODE_ONLY_TRANSPORT
        : null,
    load: (id) =>
      id === NODE_ONLY_TRANSPORT
        ? "export class NetWebSocket { constructor() { throw new Error('NetWebSocket runs on Node only'); } }"
        : null,
  };
}

/** Vite's settings for the app (no config file): React, and the SDK's browser entry from its sources. */
export function getViteConfig(): InlineConfig {
  return {
    root: WEB_ROOT,
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [react(), nodeOnlyTransport()],
    resolve: { conditions: ['browser', 'development', 'module'] },
  };
}

export async function buildExplorer(opts: BuildExplorerOpts = {}): Promise<string> {
  const outDir = opts.outDir ?? DEFAULT_DIST;
  await build({
    ...getViteConfig(),
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4_000, reportCompressedSize: false },
  });
  return outDir;
}

/** The newest modification time (ms) of the files under `dir`. */
function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The sources a build is made of: the app, and the workspace packages it bundles from their sources. */
const BUILD_SOURCES = [
  WEB_ROOT,
  ...['sdk', 'rpc', 'primitives', 'crypto'].map((name) =>
    join(WEB_ROOT, '..', '..', '..', 'packages', name, 'src'),
  ),
];

/** Whether `dir` holds no build, or one older than the app's or its bundled packages' sources. */
export function isExplorerBuildStale(dir: string = DEFAULT_DIST): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return BUILD_SOURCES.some((source) => existsSync(source) && built < newestChange(source));
}

/**
 * The built folder, (re)building it first when it is missing or older than the sources. The build goes to
 * a folder of its own, swapped in when complete, so that a server already serving `dir` (or a second
 * build) never sees half of one.
 */
export async function ensureExplorerBuilt(dir: string = DEFAULT_DIST): Promise<string> {
  if (!isExplorerBuildStale(dir)) return dir;
  const suffix = `${process.pid}-${Date.now()}`;
  const fresh = await buildExplorer({ outDir: `${dir}.build-${suffix}` });
  const old = `${dir}.old-${suffix}`;
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(fresh, dir);
  rmSync(old, { recursive: true, force: true });
  return dir;
}
