/**
 * The pipeline of one attached synapse, in the SDK's order with its gaps filled, as one node:http handler
 * (the axon's server calls it before fastify's router: no hook chain, no request/reply wrappers):
 *   headers only, before the body is read (axonAdmission.ts): blacklist (403) -> per-hotkey limits (429) ->
 *   verify (401) -> the route's own verify hook (401);
 *   then: body read (413 past the limit) -> priority queue (503 when full, 408 past the deadline) -> body
 *   parse (400/422) and body hash check (400) -> forward, cancelled through its AbortSignal at the
 *   request's deadline (408) or when the caller hangs up.
 * A refusal never reaches `forward`. Python status texts are kept where the SDK has them.
 * The common case costs no promise, stream event or timer: a body that came with the headers is read a
 * tick later from the request's buffer, a free slot is taken at once, a synchronous forward is answered in
 * the same turn, and the deadline only exists once something waits.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { formatPythonFloat } from '../python/pythonRepr.js';
import {
  type AnySynapseDefinition,
  getSynapseDefinition,
  type Synapse,
  type SynapseFields,
} from '../synapse/defineSynapse.js';
import { type DecodedHeaders, decodeSynapseHeaders } from '../synapse/synapseHeaders.js';
import { admit, isPromise } from './axonAdmission.js';
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
import {
  type DecodedRequestBody,
  decodeRequestBody,
  isAsyncIterable,
  Refusal,
  readBufferedBody,
  readRequestBody,
  streamOut,
} from './requestBody.js';
import { DeadlineExceeded, RequestDeadline } from './requestDeadline.js';

type Handlers = AttachHandlers<SynapseFields, unknown, unknown>;

/** What one request carries through the pipeline. */
interface RouteState {
  startMs: number;
  headers: DecodedHeaders | null;
  view: SynapseRequest | null;
  verified: boolean;
  /** The running forward's deadline (null outside it). */
  deadline: RequestDeadline | null;
}

export function getPeer(request: IncomingMessage): Peer {
  const ip = request.socket.remoteAddress ?? '';
  return { ip: ip.startsWith('::ffff:') ? ip.slice(7) : ip, port: request.socket.remotePort ?? 0 };
}

/** Writes the reply (its headers are already validated text: the flat list goes out as is). */
export function sendReply(response: ServerResponse, axonReply: AxonReply, runtime: AxonRuntime): void {
  runtime.countStatus(axonReply.status);
  const headers = axonReply.headers;
  headers.push('content-length', String(axonReply.bodyBytes));
  response.writeHead(axonReply.status, headers);
  response.end(axonReply.body);
}

function createView(definition: AnySynapseDefinition, headers: DecodedHeaders, peer: Peer): SynapseRequest {
  return {
    name: definition.name,
    timeout: headers.timeout ?? 12,
    dendrite: { ...headers.dendrite, ip: peer.ip, port: peer.port },
    axon: headers.axon,
    computedBodyHash: headers.computedBodyHash,
    peer,
  };
}

/** Releases the hotkey's slot when the exchange ends; a caller hanging up first cancels the forward. */
function watchClose(response: ServerResponse, state: RouteState, hotkey: string, runtime: AxonRuntime) {
  response.once('close', () => {
    runtime.limiter.release(hotkey);
    if (state.deadline !== null && !response.writableFinished)
      state.deadline.abort(new Error('the client went away'));
  });
}

/** The request's deadline, built on first need (a free slot and a synchronous forward never need one). */
function deadlineOf(state: RouteState, runtime: AxonRuntime): RequestDeadline {
  if (state.deadline === null) {
    const timeout = state.view?.timeout ?? 12;
    const timeoutMs = Math.min(Math.max(timeout, 0) * 1000, runtime.limits.maxTimeoutMs);
    state.deadline = new RequestDeadline(Math.max(0, state.startMs + timeoutMs - performance.now()));
  }
  return state.deadline;
}

async function enterGate(
  view: SynapseRequest,
  handlers: Handlers,
  deadline: RequestDeadline,
  runtime: AxonRuntime,
): Promise<() => void> {
  const priority = handlers.priority ? await handlers.priority(view) : 0;
  if (deadline.aborted) await deadline.expired;
  return (
    runtime.gate.tryEnter() ??
    (await Promise.race([runtime.gate.enter(priority, deadline.signal), deadline.expired]))
  );
}

/** What forward sees: the deadline and its signal are built only if the forward reads it. */
function forwardContext(state: RouteState, runtime: AxonRuntime, request: SynapseRequest): ForwardContext {
  return {
    get signal() {
      return deadlineOf(state, runtime).signal;
    },
    request,
  };
}

type AnySynapse = Synapse<SynapseFields, unknown, unknown>;
type ForwardOutput = AnySynapse | AsyncIterable<string | Uint8Array>;

/** Runs forward; a promise is raced against the deadline, the slot freed when it settles (or after a grace). */
function runForward(
  synapse: AnySynapse,
  handlers: Handlers,
  runtime: AxonRuntime,
  state: RouteState,
  release: () => void,
): ForwardOutput | Promise<ForwardOutput> {
  let output: ReturnType<Handlers['forward']>;
  try {
    output = handlers.forward(synapse, forwardContext(state, runtime, state.view!));
  } catch (error) {
    release();
    throw error;
  }
  if (!isPromise(output)) {
    release();
    return output as ForwardOutput;
  }
  output.then(release, release);
  const deadline = deadlineOf(state, runtime);
  deadline.whenFired(() => setTimeout(release, runtime.forwardGraceMs).unref());
  return Promise.race([output as Promise<ForwardOutput>, deadline.expired]);
}

interface Exchange {
  request: IncomingMessage;
  response: ServerResponse;
  state: RouteState;
}

function clearDeadline(state: RouteState): void {
  state.deadline?.clear();
  state.deadline = null;
}

/** The reply to what forward returned (a synapse, or chunks to stream). */
function answer(
  definition: AnySynapseDefinition,
  decoded: DecodedRequestBody,
  result: ForwardOutput,
  runtime: AxonRuntime,
  exchange: Exchange,
): Promise<void> | undefined {
  const { response, state } = exchange;
  const elapsed = (performance.now() - state.startMs) / 1000;
  if (isAsyncIterable(result)) {
    runtime.countStatus(200);
    const streamHeaders = createStreamHeaders(definition, decoded.synapse, elapsed);
    return streamOut(response, result, streamHeaders, deadlineOf(state, runtime).signal);
  }
  if (getSynapseDefinition(result) !== definition) throw new Error('forward returned no synapse of its type');
  const reply = createSuccessReply(definition, result, runtime.identity, elapsed, decoded.known);
  sendReply(response, reply, runtime);
  return undefined;
}

async function answerLater(
  definition: AnySynapseDefinition,
  decoded: DecodedRequestBody,
  output: ForwardOutput | Promise<ForwardOutput>,
  runtime: AxonRuntime,
  exchange: Exchange,
): Promise<void> {
  try {
    await answer(definition, decoded, await output, runtime, exchange);
  } finally {
    clearDeadline(exchange.state);
  }
}

/**
 * Parses the body, checks its hash, forwards, answers; undefined when all of it ran synchronously (the
 * common case: no deadline timer, no promise), else the promise of the rest. `release` frees the gate slot.
 */
function forwardAndAnswer(
  definition: AnySynapseDefinition,
  handlers: Handlers,
  runtime: AxonRuntime,
  exchange: Exchange,
  body: { text: string; release: () => void },
): Promise<void> | undefined {
  const { state } = exchange;
  let decoded: DecodedRequestBody;
  let output: ForwardOutput | Promise<ForwardOutput>;
  try {
    decoded = decodeRequestBody(definition, body.text, state.headers!);
  } catch (error) {
    body.release();
    throw error;
  }
  try {
    runtime.countForward();
    output = runForward(decoded.synapse, handlers, runtime, state, body.release);
    if (!isPromise(output) && !isAsyncIterable(output)) {
      clearDeadline(state); // forward may have read its signal
      return answer(definition, decoded, output, runtime, exchange);
    }
  } catch (error) {
    clearDeadline(state);
    throw error;
  }
  return answerLater(definition, decoded, output, runtime, exchange);
}

/** The body when it did not arrive with the headers, or a queued forward: the awaited path. */
async function serveAwaited(
  definition: AnySynapseDefinition,
  handlers: Handlers,
  runtime: AxonRuntime,
  exchange: Exchange,
  text: string | null,
): Promise<void> {
  const { request, state } = exchange;
  const body = text ?? (await readRequestBody(request, runtime.limits.maxBodyBytes));
  let release: () => void;
  try {
    release =
      runtime.gate.tryEnter() ??
      (await enterGate(state.view!, handlers, deadlineOf(state, runtime), runtime));
  } catch (error) {
    clearDeadline(state);
    throw error;
  }
  await forwardAndAnswer(definition, handlers, runtime, exchange, { text: body, release });
}

/** After admission: body, queue, forward, answer; synchronously when the body is in and a slot free. */
function serveVerified(
  definition: AnySynapseDefinition,
  handlers: Handlers,
  runtime: AxonRuntime,
  exchange: Exchange,
): Promise<void> | undefined {
  const text = readBufferedBody(exchange.request, runtime.limits.maxBodyBytes);
  const release = text === null ? null : runtime.gate.tryEnter();
  if (text === null || release === null) return serveAwaited(definition, handlers, runtime, exchange, text);
  return forwardAndAnswer(definition, handlers, runtime, exchange, { text, release });
}

function classifyFailure(error: unknown, state: RouteState, runtime: AxonRuntime): [number, string] {
  if (error instanceof Refusal) return [error.status, error.message];
  const timeout = state.view?.timeout ?? 12;
  if (error instanceof DeadlineExceeded || (error instanceof GateRefused && error.reason === 'aborted')) {
    return [408, `Response timeout after: ${formatPythonFloat(timeout)}s`];
  }
  if (error instanceof GateRefused) return [503, `Service unavailable: the forward queue is ${error.reason}`];
  if (state.view === null) return [400, error instanceof Error ? error.message : String(error)];
  runtime.modules.onError?.(error, { name: state.view.name, hotkey: state.view.dendrite.hotkey });
  return [500, createInternalErrorMessage()];
}

function sendFailure(
  definition: AnySynapseDefinition,
  exchange: Exchange,
  runtime: AxonRuntime,
  error: unknown,
): void {
  const { request, response, state } = exchange;
  if (response.headersSent || response.destroyed) return;
  const [status, message] = classifyFailure(error, state, runtime);
  const reply = createErrorReply(
    {
      definition,
      request: state.headers,
      peer: getPeer(request),
      identity: runtime.identity,
      elapsedSeconds: 0,
      // a 413 is answered like fastify's body limit error was: unsigned
      verified: state.verified && status !== 413,
    },
    status,
    message,
  );
  sendReply(response, reply, runtime);
}

/** Admitted: serves, and hands the hotkey's slot back when the exchange ends (at once if it ran synchronously). */
function serveAdmitted(
  definition: AnySynapseDefinition,
  handlers: Handlers,
  runtime: AxonRuntime,
  exchange: Exchange,
  view: SynapseRequest,
): Promise<void> | undefined {
  const hotkey = view.dendrite.hotkey ?? '';
  exchange.state.view = view;
  let pending: Promise<void> | undefined;
  try {
    pending = serveVerified(definition, handlers, runtime, exchange);
  } catch (error) {
    runtime.limiter.release(hotkey);
    throw error;
  }
  if (pending === undefined) runtime.limiter.release(hotkey);
  else watchClose(exchange.response, exchange.state, hotkey, runtime);
  return pending;
}

function serveNextTick(
  definition: AnySynapseDefinition,
  handlers: Handlers,
  runtime: AxonRuntime,
  exchange: Exchange,
  view: SynapseRequest,
): void {
  try {
    serveAdmitted(definition, handlers, runtime, exchange, view)?.catch((error: unknown) =>
      sendFailure(definition, exchange, runtime, error),
    );
  } catch (error) {
    sendFailure(definition, exchange, runtime, error);
  }
}

/** The node:http handler of one attached synapse route. */
export function createSynapseHandler(
  definition: AnySynapseDefinition,
  handlers: Handlers,
  runtime: AxonRuntime,
): (request: IncomingMessage, response: ServerResponse) => void {
  const fail = (exchange: Exchange) => (error: unknown) => sendFailure(definition, exchange, runtime, error);
  return (request, response) => {
    const state: RouteState = {
      startMs: performance.now(),
      headers: null,
      view: null,
      verified: false,
      deadline: null,
    };
    const exchange = { request, response, state };
    try {
      state.headers = decodeSynapseHeaders(request.headers);
      const view = createView(definition, state.headers, getPeer(request));
      const admitting = admit(state, view, handlers, runtime);
      if (admitting === undefined) {
        // a tick later the body that came with the headers is buffered: read without stream events
        process.nextTick(serveNextTick, definition, handlers, runtime, exchange, view);
        return;
      }
      admitting
        .then(() => serveAdmitted(definition, handlers, runtime, exchange, view))
        .catch(fail(exchange));
    } catch (error) {
      sendFailure(definition, exchange, runtime, error);
    }
  };
}
