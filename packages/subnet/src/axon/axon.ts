/**
 * The axon: a fastify server with a route per attached synapse (`/{Name}`, GET or POST, plus the `/Synapse`
 * ping), answering like the SDK's axon so Python dendrites work unchanged, with the SDK's holes closed
 * (verifyRequest.ts, nonceStore.ts, axonRoute.ts). The server itself cuts slow clients: headers must arrive
 * within `headersTimeoutMs`, the whole request within `requestTimeoutMs`, bodies are capped (413).
 *
 *   const axon = createAxon({ keypair: hotkey, port: 8091, stateDir }, { isRegistered });
 *   axon.attach(Echo, { forward: (s) => ({ ...s, out: s.text }) });
 *   await axon.start();
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { Keypair } from '@taonet/crypto';
import { TaonetError } from '@taonet/primitives';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { nowNs as processNowNs } from '../dendrite/nonceClock.js';
import { toPythonRepr } from '../python/pythonRepr.js';
import {
  type AnySynapseDefinition,
  BaseSynapse,
  type SynapseDefinition,
  type SynapseFields,
} from '../synapse/defineSynapse.js';
import { decodeSynapseHeaders } from '../synapse/synapseHeaders.js';
import { createErrorReply } from './axonResponses.js';
import { createSynapseHandler, getPeer, sendReply } from './axonRoute.js';
import type { AttachHandlers, AxonLimits, AxonModules, AxonRuntime } from './axonTypes.js';
import { createHotkeyLimiter, type HotkeyLimits } from './hotkeyLimiter.js';
import { createNonceStore, type NonceStore } from './nonceStore.js';
import { createPriorityGate } from './priorityGate.js';
import { createPublicKeyCache, type NonceWindow } from './verifyRequest.js';

/** The version an axon reports (that of the SDK it is compatible with). */
export const AXON_VERSION = 10_002_000;

export interface AxonOpts {
  /** The hotkey: requests must be signed for it; it signs responses when asked to. */
  keypair: Keypair;
  /** Port to bind (default 8091; 0 picks a free one). */
  port?: number;
  /** Address to bind (default '0.0.0.0'; '::' for IPv6). */
  host?: string;
  /** The address and port to publish on chain when they differ from the bound ones (NAT). */
  externalIp?: string;
  externalPort?: number;
  /** Directory for the nonce store (replay protection that survives restarts). */
  stateDir?: string;
  nonceWindow?: Partial<NonceWindow>;
  /** Upper bound on remembered nonces (default 1,000,000). */
  maxNonceEntries?: number;
  limits?: Partial<Omit<AxonLimits, 'perHotkey'>> & { perHotkey?: Partial<HotkeyLimits> };
  /** Refuse hotkeys that are not validators (needs `isValidator`). */
  requireValidator?: boolean;
  /** Sign every response to a verified request (x-axon-nonce / x-axon-signature). Costs one sr25519 sign. */
  signResponses?: boolean;
  /** Accept `<Bytes>`-wrapped signatures too (btwallet does); doubles the cost of a bad signature. */
  acceptBytesWrapper?: boolean;
  version?: number;
}

export interface AxonInfo {
  ip: string;
  port: number;
  ipType: 4 | 6;
  hotkey: string;
  version: number;
}

export interface AxonStats {
  /** Replies sent, by HTTP status. */
  byStatus: Record<number, number>;
  /** Calls that reached a forward function. */
  forwards: number;
  nonceEntries: number;
  trackedHotkeys: number;
  runningForwards: number;
  queuedForwards: number;
}

export interface Axon {
  readonly hotkey: string;
  readonly uuid: string;
  /** Serves a synapse type at `/{definition.name}`. Before `start()` only. */
  attach<F extends SynapseFields, D, C>(
    definition: SynapseDefinition<F, D, C>,
    handlers: AttachHandlers<F, D, C>,
  ): Axon;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The bound port (after `start()`). */
  readonly port: number;
  /** What to publish on chain (`serve_axon`): external ip/port when set, else the bound ones. */
  info(): AxonInfo;
  stats(): AxonStats;
}

export const DEFAULT_AXON_LIMITS: AxonLimits = {
  maxBodyBytes: 16 * 1024 * 1024,
  maxConcurrentForwards: 64,
  maxQueuedForwards: 1024,
  perHotkey: { ratePerSecond: 50, burst: 100, maxConcurrent: 32 },
  maxTimeoutMs: 60_000,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 4096,
};

export const DEFAULT_NONCE_WINDOW: NonceWindow = {
  allowedDeltaMs: 4_000,
  maxTimeoutMs: 60_000,
  maxFutureMs: 2_000,
};

interface Route {
  definition: AnySynapseDefinition;
  handlers: AttachHandlers<SynapseFields, unknown, unknown>;
}

function resolveLimits(opts: AxonOpts): AxonLimits {
  const { perHotkey, ...rest } = opts.limits ?? {};
  return { ...DEFAULT_AXON_LIMITS, ...rest, perHotkey: { ...DEFAULT_AXON_LIMITS.perHotkey, ...perHotkey } };
}

interface RuntimeParts {
  store: NonceStore;
  limits: AxonLimits;
  window: NonceWindow;
  nowNs: () => bigint;
  stats: AxonStats;
}

function createRuntime(opts: AxonOpts, modules: AxonModules, parts: RuntimeParts): AxonRuntime {
  const { store, limits, window, nowNs, stats } = parts;
  const runtime: AxonRuntime = {
    identity: {
      keypair: opts.keypair,
      uuid: randomUUID(),
      version: opts.version ?? AXON_VERSION,
      signResponses: opts.signResponses ?? false,
      nowNs,
    },
    verifyContext: {
      axonHotkey: opts.keypair.address,
      store,
      window,
      nowNs,
      acceptBytesWrapper: opts.acceptBytesWrapper ?? false,
      publicKeyOf: createPublicKeyCache(),
    },
    limiter: createHotkeyLimiter(limits.perHotkey),
    gate: createPriorityGate(limits.maxConcurrentForwards, limits.maxQueuedForwards),
    limits,
    modules,
    requireValidator: opts.requireValidator ?? false,
    forwardGraceMs: 5_000,
    countStatus: (status) => {
      stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1;
    },
    countForward: () => {
      stats.forwards++;
    },
  };
  return runtime;
}

type NodeHandler = (request: http.IncomingMessage, response: http.ServerResponse) => void;

/** The path of a request URL (no query string). */
function pathOf(url: string | undefined): string {
  const text = url ?? '/';
  const query = text.indexOf('?');
  return query < 0 ? text : text.slice(0, query);
}

/**
 * The fastify server, built on a node:http server whose request listener sends GET/POST `/{Name}` of an
 * attached synapse straight to its pipeline and everything else to fastify's router (404s, odd paths).
 */
function createServer(limits: AxonLimits, synapseRoutes: Map<string, NodeHandler>): FastifyInstance {
  const app = Fastify({
    logger: false,
    bodyLimit: limits.maxBodyBytes,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    forceCloseConnections: true,
    return503OnClosing: true,
    serverFactory: (fastifyHandler) => {
      const server = http.createServer(
        {
          headersTimeout: limits.headersTimeoutMs,
          requestTimeout: limits.requestTimeoutMs,
          keepAliveTimeout: limits.keepAliveTimeoutMs,
          connectionsCheckingInterval: Math.max(50, Math.min(1_000, limits.headersTimeoutMs / 4)),
        },
        (request, response) => {
          const method = request.method;
          const route =
            method === 'POST' || method === 'GET' ? synapseRoutes.get(pathOf(request.url)) : undefined;
          if (route !== undefined) route(request, response);
          else fastifyHandler(request, response);
        },
      );
      server.maxConnections = limits.maxConnections;
      return server;
    },
  });
  app.removeAllContentTypeParsers();
  // bodies are read by the synapse pipeline itself, after the headers were verified
  app.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
  return app;
}

function installFallbacks(app: FastifyInstance, routes: Map<string, Route>, runtime: AxonRuntime): void {
  app.setNotFoundHandler((request, reply) => {
    const name = request.url.split('?')[0]!.split('/')[1] ?? '';
    const message = `Synapse name '${name}' not found. Available synapses ${toPythonRepr([...routes.keys()])}`;
    const ctx = {
      definition: BaseSynapse,
      request: null,
      peer: getPeer(request.raw),
      identity: runtime.identity,
    };
    reply.hijack();
    sendReply(
      reply.raw,
      createErrorReply({ ...ctx, elapsedSeconds: 0, verified: false }, 404, message),
      runtime,
    );
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode !== undefined && error.statusCode >= 400 ? error.statusCode : 500;
    const route = routes.get(request.url.split('?')[0]!.split('/')[1] ?? '');
    let headers = null;
    try {
      headers = decodeSynapseHeaders(request.headers);
    } catch {}
    const message =
      status === 413 ? `Request body larger than ${runtime.limits.maxBodyBytes} bytes` : error.message;
    const ctx = {
      definition: route?.definition ?? BaseSynapse,
      request: headers,
      peer: getPeer(request.raw),
      identity: runtime.identity,
    };
    reply.hijack();
    sendReply(
      reply.raw,
      createErrorReply({ ...ctx, elapsedSeconds: 0, verified: false }, status, message),
      runtime,
    );
  });
}

export function createAxon(opts: AxonOpts, modules: AxonModules = {}): Axon {
  const limits = resolveLimits(opts);
  const nowNs = modules.nowNs ?? processNowNs;
  const window = { ...DEFAULT_NONCE_WINDOW, maxTimeoutMs: limits.maxTimeoutMs, ...opts.nonceWindow };
  const maxAgeNs = BigInt(window.allowedDeltaMs + window.maxTimeoutMs) * 1_000_000n;
  const store = createNonceStore({
    dir: opts.stateDir,
    maxAgeNs,
    maxEntries: opts.maxNonceEntries ?? 1_000_000,
    nowNs,
  });
  const stats: AxonStats = {
    byStatus: {},
    forwards: 0,
    nonceEntries: 0,
    trackedHotkeys: 0,
    runningForwards: 0,
    queuedForwards: 0,
  };
  const runtime = createRuntime(opts, modules, { store, limits, window, nowNs, stats });
  // the SDK attaches its ping route first, so it heads the list a 404 names
  const routes = new Map<string, Route>([
    [BaseSynapse.name, { definition: BaseSynapse, handlers: { forward: (s) => s } }],
  ]);
  let app: FastifyInstance | null = null;
  let boundPort = 0;

  const axon: Axon = {
    hotkey: opts.keypair.address,
    uuid: runtime.identity.uuid,
    attach(definition, handlers) {
      if (app !== null) throw new TaonetError('AXON_STARTED', 'attach synapses before start()');
      routes.set(definition.name, {
        definition: definition as AnySynapseDefinition,
        handlers: handlers as unknown as Route['handlers'],
      });
      return axon;
    },
    async start() {
      if (app !== null) return;
      const synapseRoutes = new Map<string, NodeHandler>();
      for (const { definition, handlers } of routes.values()) {
        const serve = createSynapseHandler(definition, handlers, runtime);
        synapseRoutes.set(`/${definition.name}`, (request, response) => void serve(request, response));
      }
      app = createServer(limits, synapseRoutes);
      for (const { definition } of routes.values()) {
        // paths fastify's router also matches (percent-encoded, say) reach the same pipeline
        const serve = synapseRoutes.get(`/${definition.name}`)!;
        app.route({
          method: ['GET', 'POST'],
          url: `/${definition.name}`,
          handler: (request, reply) => {
            reply.hijack();
            serve(request.raw, reply.raw);
          },
        });
      }
      installFallbacks(app, routes, runtime);
      await app.listen({ port: opts.port ?? 8091, host: opts.host ?? '0.0.0.0' });
      const address = app.server.address();
      boundPort = typeof address === 'object' && address !== null ? address.port : 0;
    },
    async stop() {
      const running = app;
      app = null;
      if (running !== null) await running.close();
      store.close();
    },
    get port() {
      return boundPort;
    },
    info() {
      const ip = opts.externalIp ?? opts.host ?? '0.0.0.0';
      return {
        ip,
        port: opts.externalPort ?? boundPort,
        ipType: ip.includes(':') ? 6 : 4,
        hotkey: opts.keypair.address,
        version: runtime.identity.version,
      };
    },
    stats() {
      return {
        ...stats,
        byStatus: { ...stats.byStatus },
        nonceEntries: store.size,
        trackedHotkeys: runtime.limiter.trackedHotkeys,
        runningForwards: runtime.gate.running,
        queuedForwards: runtime.gate.waiting,
      };
    },
  };
  return axon;
}
