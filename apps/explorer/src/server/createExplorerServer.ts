/**
 * The explorer's server: the built app's static files plus `/config.json`, which tells the app which node
 * to talk to (`{ "rpc": "ws://..." }`; the page's `?rpc=` query overrides it). Unknown paths get
 * index.html (the app routes with the URL hash, so this only serves bookmarks of old paths).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

export interface ExplorerServerOpts {
  /** the built app (vite output) */
  readonly distDir: string;
  /** the node's WebSocket RPC URL handed to the app */
  readonly rpcUrl: string;
  /** default 8080; 0 picks a free port */
  readonly port?: number;
  /** default 127.0.0.1 */
  readonly host?: string;
}

export interface ExplorerServer {
  /** http://host:port/ */
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
};

/** The file a request path maps to inside `root`, or undefined when it would leave it. */
export function resolveStaticPath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const path = normalize(join(root, relative));
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep) ? path : undefined;
}

async function serveFile(
  root: string,
  urlPath: string,
): Promise<{ status: number; type: string; body: Buffer }> {
  const path = resolveStaticPath(root, urlPath);
  if (path === undefined) return { status: 400, type: 'text/plain', body: Buffer.from('bad path') };
  try {
    const body = await readFile(path);
    return { status: 200, type: TYPES[extname(path)] ?? 'application/octet-stream', body };
  } catch {
    if (extname(path) !== '' && extname(path) !== '.html') {
      return { status: 404, type: 'text/plain', body: Buffer.from('not found') };
    }
    return { status: 200, type: TYPES['.html']!, body: await readFile(join(root, 'index.html')) };
  }
}

export async function createExplorerServer(opts: ExplorerServerOpts): Promise<ExplorerServer> {
  const root = normalize(opts.distDir);
  const config = Buffer.from(JSON.stringify({ rpc: opts.rpcUrl }));
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (path.split('?')[0] === '/config.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(config);
      return;
    }
    serveFile(root, path).then(
      ({ status, type, body }) => {
        const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
        res.writeHead(status, { 'content-type': type, 'cache-control': cache });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      () => res.writeHead(500).end(),
    );
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8080, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
