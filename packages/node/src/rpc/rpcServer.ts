/**
 * JSON-RPC 2.0 over HTTP (POST) and WebSocket on one port, plus `GET /health` and `GET /metrics`.
 * Limits: request size (a JSON-RPC error "Request is too big"; frames beyond twice the limit close the
 * connection), open WebSocket connections (HTTP 503 on upgrade beyond), subscriptions per connection
 * (the router), and slow readers (a connection whose unsent data passes `maxBufferedBytes` is closed).
 * CORS is open, so that browser apps on other origins can call the node.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RPC_ERRORS, type RpcRouter, type RpcSession, stringifyJson } from '@taonet/rpc';
import { type WebSocket, WebSocketServer } from 'ws';

export interface RpcServerOpts {
  readonly host: string;
  /** 0 picks a free port */
  readonly port: number;
  readonly maxConnections?: number;
  readonly maxRequestBytes?: number;
  readonly maxBufferedBytes?: number;
}

export interface RpcServerModules {
  readonly router: RpcRouter;
  /** Prometheus text for GET /metrics */
  readonly metrics?: () => string;
  /** JSON for GET /health */
  readonly health?: () => unknown;
  readonly onConnections?: (count: number) => void;
}

export interface RpcServer {
  readonly port: number;
  readonly url: string;
  readonly connections: number;
  close(): Promise<void>;
}

const tooBig = (limit: number) =>
  stringifyJson({
    jsonrpc: '2.0',
    id: null,
    error: {
      code: RPC_ERRORS.OVERSIZED_REQUEST,
      message: 'Request is too big',
      data: `at most ${limit} bytes`,
    },
  });

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, GET, OPTIONS',
  'access-control-allow-headers': 'content-type',
};

function reply(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, ...CORS });
  res.end(body);
}

/** GET /metrics, GET /health and CORS preflight; false when the request is something else. */
function handleGet(req: IncomingMessage, res: ServerResponse, modules: RpcServerModules): boolean {
  const path = (req.url ?? '/').split('?')[0];
  if (req.method === 'OPTIONS') reply(res, 204, 'text/plain', '');
  else if (req.method === 'GET' && path === '/metrics' && modules.metrics !== undefined) {
    reply(res, 200, 'text/plain; version=0.0.4', modules.metrics());
  } else if (req.method === 'GET' && path === '/health' && modules.health !== undefined) {
    reply(res, 200, 'application/json', JSON.stringify(modules.health()));
  } else if (req.method !== 'POST') reply(res, 405, 'text/plain', 'JSON-RPC takes POST requests\n');
  else return false;
  return true;
}

function handleHttp(
  req: IncomingMessage,
  res: ServerResponse,
  modules: RpcServerModules,
  maxBytes: number,
): void {
  if (handleGet(req, res, modules)) return;
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= maxBytes) chunks.push(chunk);
    else if (size > 4 * maxBytes) req.destroy(); // past the limit the rest is drained, up to a point
  });
  req.on('end', () => {
    if (size > maxBytes) {
      reply(res, 413, 'application/json', tooBig(maxBytes));
      return;
    }
    const session: RpcSession = { canSubscribe: false, send: () => undefined };
    modules.router
      .handleText(Buffer.concat(chunks).toString('utf8'), session)
      .then((text) => reply(res, 200, 'application/json', text ?? ''))
      .catch(() => reply(res, 500, 'text/plain', 'internal error\n'));
  });
}

function serveSocket(ws: WebSocket, modules: RpcServerModules, opts: Required<RpcServerOpts>): void {
  const session: RpcSession = {
    canSubscribe: true,
    send: (notification) => {
      if (ws.readyState !== ws.OPEN) return;
      if (ws.bufferedAmount > opts.maxBufferedBytes) ws.terminate();
      else ws.send(stringifyJson(notification));
    },
  };
  ws.on('message', (data, isBinary) => {
    const text = isBinary ? '' : data.toString();
    if (text.length > opts.maxRequestBytes) {
      ws.send(tooBig(opts.maxRequestBytes));
      return;
    }
    modules.router
      .handleText(text, session)
      .then((response) => {
        if (response !== undefined && ws.readyState === ws.OPEN) ws.send(response);
      })
      .catch(() => ws.terminate());
  });
  ws.on('close', () => modules.router.closeSession(session));
  ws.on('error', () => ws.terminate());
}

export function startRpcServer(opts: RpcServerOpts, modules: RpcServerModules): Promise<RpcServer> {
  const full: Required<RpcServerOpts> = {
    maxConnections: 100,
    maxRequestBytes: 15 * 1024 * 1024,
    maxBufferedBytes: 64 * 1024 * 1024,
    ...opts,
  };
  const wss = new WebSocketServer({ noServer: true, maxPayload: 2 * full.maxRequestBytes });
  const server: Server = createServer((req, res) => handleHttp(req, res, modules, full.maxRequestBytes));
  server.on('upgrade', (req, socket, head) => {
    if (wss.clients.size >= full.maxConnections) {
      socket.end(
        'HTTP/1.1 503 Service Unavailable\r\ncontent-type: text/plain\r\n\r\ntoo many connections\n',
      );
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      modules.onConnections?.(wss.clients.size);
      ws.on('close', () => modules.onConnections?.(wss.clients.size));
      serveSocket(ws, modules, full);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(full.port, full.host, () => {
      const port = (server.address() as AddressInfo).port;
      resolve({
        port,
        url: `ws://${full.host.includes(':') ? `[${full.host}]` : full.host}:${port}`,
        get connections() {
          return wss.clients.size;
        },
        close: () =>
          new Promise<void>((done) => {
            for (const ws of wss.clients) ws.terminate();
            wss.close();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
