/**
 * The dendrite: the client that sends synapses to axons, wire-compatible with the SDK's `Dendrite` (Python
 * axons accept its requests unchanged). Each request is signed by the hotkey over
 * `"{nonce}.{dendrite_hotkey}.{axon_hotkey}.{uuid}.{body_hash}"` with a fresh nanosecond nonce. A call never
 * throws for a network or axon failure: the returned synapse carries the status (`dendrite.statusCode`:
 * 200 ok, 503 unreachable, 408 timeout, 422 unparsable response, or the axon's own 401/403/429/...).
 *
 *   const dendrite = createDendrite({ keypair: hotkey });
 *   const replies = await dendrite.query(axons, Echo.create({ text: 'hi' }), { timeout: 12 });
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { type Keypair, signatureVerify } from '@taonet/crypto';
import { TaonetError } from '@taonet/primitives';
import { parseJson } from '../python/parseJson.js';
import { computeBodyHash } from '../synapse/bodyHash.js';
import {
  getSynapseDefinition,
  type HeaderMap,
  type Synapse,
  type SynapseFields,
} from '../synapse/defineSynapse.js';
import {
  AXON_NONCE_HEADER,
  AXON_SIGNATURE_HEADER,
  createAxonResponseMessage,
} from '../synapse/signatureMessage.js';
import type { TerminalInfo } from '../synapse/terminalInfo.js';
import { AxonConnectionPool } from './axonConnectionPool.js';
import { type AxonTarget, getConnectHost } from './axonTarget.js';
import {
  applyError,
  applyFailure,
  applySuccess,
  type DendriteIdentity,
  formatRequestHead,
  prepareRequest,
} from './dendriteRequest.js';
import { DeadlineExceeded, TransportError } from './httpExchange.js';
import { nextNonce } from './nonceClock.js';
import { openStreamingCall, type StreamingCall } from './streamingCall.js';

/** The `version` the SDK 10.2.0 sends (`major*1_000_000 + minor*1_000 + patch`); >= 7002000 keeps Python
 * axons' freshness window on. */
export const DENDRITE_VERSION = 10_002_000;

export interface DendriteOpts {
  /** The hotkey that signs every request. */
  keypair: Keypair;
  /** This machine's public IP, sent as `bt_header_dendrite_ip` ('0.0.0.0' unless told; no lookup is made). */
  externalIp?: string;
  version?: number;
  /** One per dendrite, like the SDK's (a random v4 uuid instead of uuid1, which leaks the MAC address). */
  uuid?: string;
  /** Keep-alive connections per axon (default 8). */
  maxSocketsPerAxon?: number;
  /** A larger response is refused with 422 (default 64 MiB). */
  maxResponseBytes?: number;
  /** Treat a response without a valid axon signature (x-axon-signature) as a failure (422). */
  requireSignedResponses?: boolean;
}

export interface DendriteModules {
  /** Nonce source (Unix ns, strictly increasing); the process-wide clock unless given. */
  nextNonce?: () => bigint;
}

export interface CallOpts {
  /** Seconds for the whole call, sent in the `timeout` header (default 12). */
  timeout?: number;
  /** Cancels the call (status 499). */
  signal?: AbortSignal;
}

export interface Dendrite {
  readonly hotkey: string;
  readonly uuid: string;
  /** One axon; resolves with the caller's synapse filled from the response (never rejects on failure). */
  call<F extends SynapseFields, D, C>(
    target: AxonTarget,
    synapse: Synapse<F, D, C>,
    opts?: CallOpts,
  ): Promise<Synapse<F, D, C>>;
  /** Many axons concurrently, one signed copy each; results in the order of `targets`. */
  forward<F extends SynapseFields, D, C>(
    targets: readonly AxonTarget[],
    synapse: Synapse<F, D, C>,
    opts?: CallOpts,
  ): Promise<Synapse<F, D, C>[]>;
  /** `forward`, then each result through the definition's `deserialize`. */
  query<F extends SynapseFields, D, C>(
    targets: readonly AxonTarget[],
    synapse: Synapse<F, D, C>,
    opts?: CallOpts,
  ): Promise<D[]>;
  /** A streaming synapse: iterate the chunks, then `await call.finished()` for the final synapse. */
  stream<F extends SynapseFields, D, C>(
    target: AxonTarget,
    synapse: Synapse<F, D, C>,
    opts?: CallOpts,
  ): StreamingCall<F, D, C>;
  /** Closes the pooled connections. */
  close(): void;
}

const DEFAULT_TIMEOUT = 12;

function ensureTimeout(timeout: number): void {
  if (!(timeout > 0) || !Number.isFinite(timeout)) {
    throw new TaonetError('INVALID_TIMEOUT', `a timeout is a positive number of seconds, got ${timeout}`);
  }
}

/** An AbortSignal that fires at the deadline (reason DeadlineExceeded) or when the caller's signal does. */
export function createDeadline(seconds: number, outer?: AbortSignal): { signal: AbortSignal; clear(): void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DeadlineExceeded()), seconds * 1000);
  const onAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) onAbort();
  else outer?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    clear() {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    },
  };
}

function isValidResponseSignature(
  headers: HeaderMap,
  body: Buffer,
  target: AxonTarget,
  local: { dendrite: TerminalInfo },
): boolean {
  const nonce = headers[AXON_NONCE_HEADER];
  const signature = headers[AXON_SIGNATURE_HEADER];
  if (typeof nonce !== 'string' || typeof signature !== 'string' || !/^\d{1,20}$/.test(nonce)) return false;
  const message = createAxonResponseMessage({
    axonNonce: BigInt(nonce),
    dendriteHotkey: local.dendrite.hotkey ?? '',
    axonHotkey: target.hotkey,
    dendriteNonce: local.dendrite.nonce ?? 0n,
    body,
  });
  try {
    return signatureVerify(message, signature, target.hotkey, { type: 'sr25519', allowBytesWrapper: false })
      .isValid;
  } catch {
    return false;
  }
}

function messageOf(body: string): string | null {
  const json = parseJson(body) as { message?: unknown } | null;
  return typeof json?.message === 'string' ? json.message : null;
}

interface DendriteState {
  identity: DendriteIdentity;
  /** Plain calls: the dendrite's own keep-alive connections. */
  pool: AxonConnectionPool;
  /** Streaming calls: node:http's client. */
  agent: http.Agent;
  maxResponseBytes: number;
  requireSignedResponses: boolean;
  ownExternalIp: string | null;
  takeNonce: () => bigint;
}

async function callAxon<F extends SynapseFields, D, C>(
  state: DendriteState,
  target: AxonTarget,
  synapse: Synapse<F, D, C>,
  callOpts: CallOpts,
  bodyHash?: string,
): Promise<Synapse<F, D, C>> {
  const timeout = callOpts.timeout ?? DEFAULT_TIMEOUT;
  ensureTimeout(timeout);
  const definition = getSynapseDefinition(synapse);
  const started = performance.now();
  const nonce = state.takeNonce();
  const { local, headers, body } = prepareRequest(
    definition,
    synapse,
    target,
    timeout,
    state.identity,
    nonce,
    bodyHash,
  );
  try {
    // written to the socket before the first await: a fan-out sends each request as soon as it is signed
    const response = await state.pool.request({
      host: getConnectHost(target, state.ownExternalIp),
      port: target.port,
      head: formatRequestHead(`/${definition.name}`, headers),
      body,
      maxResponseBytes: state.maxResponseBytes,
      timeoutMs: timeout * 1000,
      signal: callOpts.signal,
    });
    const raw = response.body;
    if (state.requireSignedResponses && !isValidResponseSignature(response.headers, raw, target, local)) {
      throw new Error('the response carries no valid axon signature');
    }
    const text = raw.toString('utf8');
    if (response.status === 200) applySuccess(definition, local, text, response.headers, started);
    else applyFailure(local, response.status, messageOf(text), response.headers, started);
  } catch (error) {
    applyError(local, error instanceof Error ? error : new TransportError('payload', String(error)), started);
  }
  return local;
}

export function createDendrite(opts: DendriteOpts, modules: DendriteModules = {}): Dendrite {
  const state: DendriteState = {
    identity: {
      keypair: opts.keypair,
      uuid: opts.uuid ?? randomUUID(),
      version: opts.version ?? DENDRITE_VERSION,
      externalIp: opts.externalIp ?? '0.0.0.0',
    },
    pool: new AxonConnectionPool(opts.maxSocketsPerAxon ?? 8),
    agent: new http.Agent({ keepAlive: true, maxSockets: opts.maxSocketsPerAxon ?? 8, scheduling: 'lifo' }),
    maxResponseBytes: opts.maxResponseBytes ?? 64 * 1024 * 1024,
    requireSignedResponses: opts.requireSignedResponses ?? false,
    ownExternalIp: opts.externalIp ?? null,
    takeNonce: modules.nextNonce ?? nextNonce,
  };

  async function forward<F extends SynapseFields, D, C>(
    targets: readonly AxonTarget[],
    synapse: Synapse<F, D, C>,
    callOpts: CallOpts = {},
  ): Promise<Synapse<F, D, C>[]> {
    const pending: Promise<Synapse<F, D, C>>[] = [];
    // every axon gets the same fields: one body hash for all
    const bodyHash = targets.length > 1 ? computeBodyHash(getSynapseDefinition(synapse), synapse) : undefined;
    for (const [index, target] of targets.entries()) {
      pending.push(callAxon(state, target, synapse, callOpts, bodyHash));
      // each request went out as it was signed; let replies be read now and then
      if (index % 16 === 15) await new Promise((resolve) => setImmediate(resolve));
    }
    return Promise.all(pending);
  }

  return {
    hotkey: opts.keypair.address,
    uuid: state.identity.uuid,
    call: (target, synapse, callOpts = {}) => callAxon(state, target, synapse, callOpts),
    forward,
    async query(targets, synapse, callOpts) {
      const definition = getSynapseDefinition(synapse);
      const results = await forward(targets, synapse, callOpts);
      return results.map((result) => definition.deserialize(result));
    },
    stream(target, synapse, callOpts = {}) {
      const timeout = callOpts.timeout ?? DEFAULT_TIMEOUT;
      ensureTimeout(timeout);
      return openStreamingCall(synapse, {
        target,
        timeout,
        identity: state.identity,
        nonce: state.takeNonce(),
        agent: state.agent,
        host: getConnectHost(target, state.ownExternalIp),
        maxResponseBytes: state.maxResponseBytes,
        deadline: createDeadline(timeout, callOpts.signal),
      });
    },
    close: () => {
      state.pool.close();
      state.agent.destroy();
    },
  };
}
