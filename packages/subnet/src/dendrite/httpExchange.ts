/**
 * One HTTP/1.1 POST from a dendrite to an axon over a keep-alive agent (connections are reused across calls),
 * bounded by an AbortSignal (the call's deadline) and a response size limit. A request that fails because the
 * server had just closed the idle keep-alive socket it went out on is retried once on a fresh connection.
 * Failures are classified the way the SDK's dendrite maps aiohttp's exceptions to status codes.
 */
import http from 'node:http';

export type TransportFailure =
  | 'unreachable'
  | 'timeout'
  | 'disconnected'
  | 'payload'
  | 'tooLarge'
  | 'aborted';

export class TransportError extends Error {
  constructor(
    readonly kind: TransportFailure,
    message: string,
    opts: { cause?: unknown } = {},
  ) {
    super(message, opts);
    this.name = 'TransportError';
  }
}

/** The reason an AbortSignal carries when the call's own deadline expired. */
export class DeadlineExceeded extends Error {
  constructor() {
    super('deadline exceeded');
    this.name = 'DeadlineExceeded';
  }
}

export interface ExchangeRequest {
  agent: http.Agent;
  host: string;
  port: number;
  path: string;
  /** In the order they should go out. */
  headers: Record<string, string>;
  body: string;
  signal: AbortSignal;
}

/** Errors of a connection attempt that mean the axon cannot be reached (503 `Service unavailable`). */
export const CONNECT_FAILURES = new Set([
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EADDRNOTAVAIL',
  'ETIMEDOUT',
  'EHOSTDOWN',
  'ENETDOWN',
]);
/** Errors of a reused keep-alive socket the server had already closed: the request is retried once. */
export const STALE_SOCKET = new Set(['ECONNRESET', 'EPIPE']);

function classify(error: unknown, signal: AbortSignal, phase: 'connect' | 'body'): TransportError {
  if (signal.aborted) {
    const timedOut = signal.reason instanceof DeadlineExceeded;
    return new TransportError(timedOut ? 'timeout' : 'aborted', timedOut ? 'timeout' : 'aborted', {
      cause: error,
    });
  }
  if (error instanceof TransportError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const message = (error as Error).message ?? String(error);
  if (phase === 'body') return new TransportError('payload', message, { cause: error });
  if (CONNECT_FAILURES.has(code)) return new TransportError('unreachable', message, { cause: error });
  return new TransportError('disconnected', message, { cause: error });
}

function sendOnce(req: ExchangeRequest): Promise<{ response: http.IncomingMessage; stale: boolean }> {
  return new Promise((resolve, reject) => {
    const request = http.request({
      agent: req.agent,
      host: req.host,
      port: req.port,
      method: 'POST',
      path: req.path,
      headers: req.headers,
      signal: req.signal,
      setHost: false,
    });
    request.on('response', (response) => resolve({ response, stale: false }));
    request.on('error', (error: NodeJS.ErrnoException) => {
      const stale = request.reusedSocket && STALE_SOCKET.has(error.code ?? '') && !req.signal.aborted;
      if (stale) resolve({ response: undefined as unknown as http.IncomingMessage, stale: true });
      else reject(classify(error, req.signal, 'connect'));
    });
    request.end(req.body);
  });
}

/** Sends the request; resolves with the response once its headers arrived. Throws TransportError. */
export async function sendRequest(req: ExchangeRequest): Promise<http.IncomingMessage> {
  const first = await sendOnce(req);
  if (!first.stale) return first.response;
  const second = await sendOnce(req);
  if (second.stale) throw new TransportError('disconnected', 'the connection was reset');
  return second.response;
}

/** Reads the whole body, refusing more than `maxBytes`. Throws TransportError. */
export function readBody(
  response: http.IncomingMessage,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(response.headers['content-length'] ?? 0);
    if (declared > maxBytes) {
      response.destroy();
      reject(
        new TransportError('tooLarge', `response of ${declared} bytes exceeds the ${maxBytes}-byte limit`),
      );
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy(new TransportError('tooLarge', `response exceeds the ${maxBytes}-byte limit`));
        return;
      }
      chunks.push(chunk);
    });
    response.on('end', () => resolve(Buffer.concat(chunks, size)));
    response.on('error', (error) => reject(classify(error, signal, 'body')));
    response.on('aborted', () => reject(classify(new Error('response aborted'), signal, 'body')));
    response.on('close', () => {
      if (!response.complete) reject(classify(new Error('connection closed mid-response'), signal, 'body'));
    });
  });
}
