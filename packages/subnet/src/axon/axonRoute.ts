/**
 * The pipeline of one attached synapse, in the SDK's order with its gaps filled:
 *   headers only, before the body is read: blacklist (403) -> per-hotkey limits (429) -> verify (401) ->
 *   the route's own verify hook (401);
 *   then: priority queue (503 when full, 408 past the deadline) -> body parse (400/422) and body hash
 *   check (400) -> forward, cancelled through its AbortSignal at the request's deadline (408).
 * A refusal never reaches `forward`. Python status texts are kept where the SDK has them.
 */
import { once } from 'node:events';
import { TaonetError } from '@taonet/primitives';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formatPythonFloat } from '../python/pythonRepr.js';
import {
  type AnySynapseDefinition,
  getSynapseDefinition,
  type Synapse,
  type SynapseFields,
} from '../synapse/defineSynapse.js';
import { type DecodedHeaders, decodeSynapseHeaders } from '../synapse/synapseHeaders.js';
import { decodeSynapseBody } from '../synapse/synapseWire.js';
import {
  type AxonReply,
  createErrorReply,
  createInternalErrorMessage,
  createStreamHeaders,
  createSuccessReply,
  type Peer,
} from './axonResponses.js';
import type { AttachHandlers, AxonRuntime, ForwardContext, SynapseRequest } from './axonTypes.js';
import { GateRefused } from './priorityGate.js';
import { DeadlineExceeded, RequestDeadline } from './requestDeadline.js';
import { verifyRequest } from './verifyRequest.js';

export interface RouteState {
  startMs: number;
  headers: DecodedHeaders;
  view: SynapseRequest;
  /** The running body phase's deadline (null outside it). */
  deadline: RequestDeadline | null;
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function getPeer(request: FastifyRequest): Peer {
  const ip = request.raw.socket.remoteAddress ?? '';
  return { ip: ip.startsWith('::ffff:') ? ip.slice(7) : ip, port: request.raw.socket.remotePort ?? 0 };
}

/** Writes the reply straight to the socket (the headers are already validated text: fastify's checks add nothing). */
export function sendReply(reply: FastifyReply, axonReply: AxonReply, runtime: AxonRuntime): FastifyReply {
  runtime.countStatus(axonReply.status);
  const headers: string[] = [];
  for (const [name, value] of axonReply.headers) headers.push(name, value);
  headers.push('content-length', String(Buffer.byteLength(axonReply.body)));
  reply.hijack();
  reply.raw.writeHead(axonReply.status, headers);
  reply.raw.end(axonReply.body);
  return reply;
}

function readRawBody(request: FastifyRequest, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.raw.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) reject(new Refusal(413, `Request body larger than ${limit} bytes`));
      else chunks.push(chunk);
    });
    request.raw.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.raw.on('error', reject);
  });
}

async function checkBlacklist(
  view: SynapseRequest,
  handlers: AttachHandlers<SynapseFields, unknown, unknown>,
  runtime: AxonRuntime,
): Promise<string | null> {
  const hotkey = view.dendrite.hotkey ?? '';
  const { isRegistered, isValidator } = runtime.modules;
  if (isRegistered !== undefined && !(await isRegistered(hotkey)))
    return `hotkey ${hotkey} is not registered`;
  if (runtime.requireValidator && isValidator !== undefined && !(await isValidator(hotkey))) {
    return `hotkey ${hotkey} is not a validator`;
  }
  const decision = handlers.blacklist ? await handlers.blacklist(view) : null;
  return decision?.blacklisted ? (decision.reason ?? 'blacklisted') : null;
}

function limitMessage(verdict: 'rate' | 'concurrency', hotkey: string, runtime: AxonRuntime): string {
  const { ratePerSecond, maxConcurrent } = runtime.limits.perHotkey;
  return verdict === 'rate'
    ? `Too Many Requests: hotkey ${hotkey} is limited to ${ratePerSecond} requests per second`
    : `Too Many Requests: hotkey ${hotkey} already has ${maxConcurrent} requests in flight`;
}

async function admit(
  request: FastifyRequest,
  view: SynapseRequest,
  handlers: AttachHandlers<SynapseFields, unknown, unknown>,
  runtime: AxonRuntime,
): Promise<void> {
  const blacklisted = await checkBlacklist(view, handlers, runtime);
  if (blacklisted !== null) throw new Refusal(403, `Forbidden. Key is blacklisted: ${blacklisted}.`);
  const hotkey = view.dendrite.hotkey ?? '';
  const precheck = runtime.limiter.check(hotkey);
  if (precheck !== 'ok') throw new Refusal(429, limitMessage(precheck, hotkey, runtime));
  const failure = verifyRequest(
    { dendrite: view.dendrite, computedBodyHash: view.computedBodyHash, timeout: view.timeout },
    runtime.verifyContext,
  );
  if (failure !== null) throw new Refusal(401, `Not Verified with error: ${failure}`);
  if (handlers.verify) {
    try {
      await handlers.verify(view);
    } catch (error) {
      throw new Refusal(401, `Not Verified with error: ${(error as Error).message}`);
    }
  }
  const verdict = runtime.limiter.acquire(hotkey);
  if (verdict !== 'ok') throw new Refusal(429, limitMessage(verdict, hotkey, runtime));
  (request as FastifyRequest & { axonVerified?: boolean }).axonVerified = true;
}

function errorReply(
  definition: AnySynapseDefinition,
  headers: DecodedHeaders | null,
  request: FastifyRequest,
  runtime: AxonRuntime,
  status: number,
  message: string,
): AxonReply {
  return createErrorReply(
    {
      definition,
      request: headers,
      peer: getPeer(request),
      identity: runtime.identity,
      elapsedSeconds: 0,
      verified: (request as FastifyRequest & { axonVerified?: boolean }).axonVerified === true,
    },
    status,
    message,
  );
}

/** The header phase (fastify `onRequest`): refuses before the body is read. */
export function createHeaderPhase(
  definition: AnySynapseDefinition,
  handlers: AttachHandlers<SynapseFields, unknown, unknown>,
  runtime: AxonRuntime,
) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    const startMs = performance.now();
    let headers: DecodedHeaders | null = null;
    try {
      headers = decodeSynapseHeaders(request.headers);
      const peer = getPeer(request);
      const view: SynapseRequest = {
        name: definition.name,
        timeout: headers.timeout ?? 12,
        dendrite: { ...headers.dendrite, ip: peer.ip, port: peer.port },
        axon: headers.axon,
        computedBodyHash: headers.computedBodyHash,
        peer,
      };
      await admit(request, view, handlers, runtime);
      const state: RouteState = { startMs, headers, view, deadline: null };
      runtime.states.set(request, state);
      const hotkey = view.dendrite.hotkey ?? '';
      reply.raw.once('close', () => {
        runtime.limiter.release(hotkey);
        // the caller hung up before the answer was written: cancel the forward
        if (state.deadline !== null && !reply.raw.writableFinished)
          state.deadline.abort(new Error('the client went away'));
      });
    } catch (error) {
      const status = error instanceof Refusal ? error.status : 400;
      const message = error instanceof Error ? error.message : String(error);
      return sendReply(reply, errorReply(definition, headers, request, runtime, status, message), runtime);
    }
    return undefined;
  };
}

function decodeBody(definition: AnySynapseDefinition, text: string, state: RouteState) {
  let decoded: ReturnType<typeof decodeSynapseBody<SynapseFields, unknown, unknown>>;
  try {
    decoded = decodeSynapseBody(definition, text);
  } catch (error) {
    const code = error instanceof TaonetError && error.code === 'INVALID_JSON' ? 400 : 422;
    throw new Refusal(
      code,
      `${code === 400 ? 'Invalid JSON body' : 'Invalid synapse body'}: ${(error as Error).message}`,
    );
  }
  const claimed = state.headers.computedBodyHash;
  if (decoded.bodyHash !== claimed) {
    throw new Refusal(
      400,
      `Hash mismatch between header body hash ${claimed} and parsed body hash ${decoded.bodyHash}`,
    );
  }
  // the forward sees the verified identity, never unsigned claims from the body
  const d = state.headers.dendrite;
  Object.assign(decoded.synapse.dendrite, {
    hotkey: d.hotkey,
    nonce: d.nonce,
    uuid: d.uuid,
    signature: d.signature,
  });
  return { synapse: decoded.synapse, known: { inputs: decoded.hashInputs, hash: decoded.bodyHash } };
}

function isAsyncIterable(value: unknown): value is AsyncIterable<string | Uint8Array> {
  return typeof (value as { [Symbol.asyncIterator]?: unknown })?.[Symbol.asyncIterator] === 'function';
}

async function streamOut(
  reply: FastifyReply,
  stream: AsyncIterable<string | Uint8Array>,
  headers: [string, string][],
  signal: AbortSignal,
  runtime: AxonRuntime,
): Promise<void> {
  runtime.countStatus(200);
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, headers.flat());
  try {
    for await (const chunk of stream) {
      if (signal.aborted) break;
      if (!res.write(typeof chunk === 'string' ? chunk : Buffer.from(chunk))) {
        await once(res, 'drain', { signal });
      }
    }
    if (signal.aborted) res.destroy();
    else res.end();
  } catch {
    res.destroy();
  }
}

function startDeadline(state: RouteState, runtime: AxonRuntime): RequestDeadline {
  const timeoutMs = Math.min(Math.max(state.view.timeout, 0) * 1000, runtime.limits.maxTimeoutMs);
  const deadline = new RequestDeadline(Math.max(0, state.startMs + timeoutMs - performance.now()));
  state.deadline = deadline;
  return deadline;
}

async function enterGate(
  state: RouteState,
  handlers: AttachHandlers<SynapseFields, unknown, unknown>,
  deadline: RequestDeadline,
  runtime: AxonRuntime,
): Promise<() => void> {
  const priority = handlers.priority ? await handlers.priority(state.view) : 0;
  if (deadline.aborted) await deadline.expired;
  return (
    runtime.gate.tryEnter() ??
    (await Promise.race([runtime.gate.enter(priority, deadline.signal), deadline.expired]))
  );
}

/** The body phase (fastify handler): queue, parse, check the hash, forward under the deadline. */
export function createBodyPhase(
  definition: AnySynapseDefinition,
  handlers: AttachHandlers<SynapseFields, unknown, unknown>,
  runtime: AxonRuntime,
) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    const state = runtime.states.get(request)!;
    const deadline = startDeadline(state, runtime);
    let release: (() => void) | undefined;
    let forwardStarted = false;
    try {
      release = await enterGate(state, handlers, deadline, runtime);
      const text =
        request.method === 'GET'
          ? await readRawBody(request, runtime.limits.maxBodyBytes)
          : String(request.body ?? '');
      const { synapse, known } = decodeBody(definition, text, state);
      runtime.countForward();
      forwardStarted = true;
      const pending = Promise.resolve(handlers.forward(synapse, forwardContext(deadline, state.view)));
      const releaseNow = release;
      pending.then(releaseNow, releaseNow);
      deadline.whenFired(() => setTimeout(releaseNow, runtime.forwardGraceMs).unref());
      const result = await Promise.race([pending, deadline.expired]);
      const elapsed = (performance.now() - state.startMs) / 1000;
      if (isAsyncIterable(result)) {
        const streamHeaders = createStreamHeaders(definition, synapse, elapsed);
        await streamOut(reply, result, streamHeaders, deadline.signal, runtime);
        return reply;
      }
      if (getSynapseDefinition(result as Synapse) !== definition)
        throw new Error('forward returned no synapse of its type');
      const success = createSuccessReply(definition, result as Synapse, runtime.identity, elapsed, known);
      return sendReply(reply, success, runtime);
    } catch (error) {
      if (reply.sent || reply.raw.destroyed) return reply;
      const [status, message] = classifyFailure(error, state, runtime);
      return sendReply(
        reply,
        errorReply(definition, state.headers, request, runtime, status, message),
        runtime,
      );
    } finally {
      deadline.clear();
      state.deadline = null;
      if (release !== undefined && !forwardStarted) release();
    }
  };
}

/** What forward sees: the signal is built only if the forward reads it. */
function forwardContext(deadline: RequestDeadline, request: SynapseRequest): ForwardContext {
  return {
    get signal() {
      return deadline.signal;
    },
    request,
  };
}

function classifyFailure(error: unknown, state: RouteState, runtime: AxonRuntime): [number, string] {
  if (error instanceof Refusal) return [error.status, error.message];
  if (error instanceof DeadlineExceeded || (error instanceof GateRefused && error.reason === 'aborted')) {
    return [408, `Response timeout after: ${formatPythonFloat(state.view.timeout)}s`];
  }
  if (error instanceof GateRefused) return [503, `Service unavailable: the forward queue is ${error.reason}`];
  runtime.modules.onError?.(error, { name: state.view.name, hotkey: state.view.dendrite.hotkey });
  return [500, createInternalErrorMessage()];
}
