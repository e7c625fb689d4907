/**
 * The dendrite's keep-alive connections to axons, without node:http's client machinery (a ClientRequest,
 * an IncomingMessage, an AbortSignal and a dozen events per call): a request is written to an idle socket
 * the moment it is signed, as one buffer, and the reply read by responseReader.ts. Up to `maxSockets`
 * connections per axon, reused last-in first-out; a request that finds none free waits for one. A request
 * that fails because the axon had just closed the idle socket it went out on is retried once on a fresh
 * connection. Failures are classified as the SDK's dendrite maps aiohttp's exceptions (httpExchange.ts).
 */
import net from 'node:net';
import { CONNECT_FAILURES, DeadlineExceeded, STALE_SOCKET, TransportError } from './httpExchange.js';
import { type ParsedResponse, ResponseError, ResponseReader } from './responseReader.js';

export interface PoolRequest {
  host: string;
  port: number;
  /** The request head (Latin-1 text, validated) and body (UTF-8 text). */
  head: string;
  body: string;
  maxResponseBytes: number;
  timeoutMs: number;
  /** The caller's own cancellation (status 499). */
  signal?: AbortSignal | undefined;
}

/** One request in flight: settled once, by the response, a failure, the deadline or the caller. */
class PendingCall {
  connection: Connection | null = null;
  retried = false;
  done = false;
  timer: NodeJS.Timeout | null = null;
  onAbort: (() => void) | null = null;
  constructor(
    readonly request: PoolRequest,
    readonly bytes: Buffer,
    readonly resolve: (response: ParsedResponse) => void,
    readonly reject: (error: TransportError) => void,
  ) {}
}

class Connection {
  readonly socket: net.Socket;
  connected = false;
  dropped = false;
  served = 0;
  call: PendingCall | null = null;
  reader: ResponseReader | null = null;

  constructor(
    readonly pool: HostPool,
    host: string,
    port: number,
  ) {
    const socket = net.connect({ host, port, noDelay: true, keepAlive: true, keepAliveInitialDelay: 1000 });
    this.socket = socket;
    socket.on('connect', () => {
      this.connected = true;
    });
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('end', () => this.onEnd());
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => this.fail(new Error('socket hang up')));
  }

  send(call: PendingCall): void {
    this.call = call;
    this.reader = new ResponseReader(call.request.maxResponseBytes);
    call.connection = this;
    this.socket.ref();
    this.socket.write(call.bytes);
  }

  private onData(chunk: Buffer): void {
    const reader = this.reader;
    if (reader === null) {
      this.socket.destroy(); // bytes nobody asked for
      return;
    }
    let response: ParsedResponse | null;
    try {
      response = reader.push(chunk);
    } catch (error) {
      this.fail(error as Error);
      return;
    }
    if (response !== null) this.complete(response);
  }

  private onEnd(): void {
    const reader = this.reader;
    if (reader === null || !reader.received) {
      this.fail(new Error('socket hang up'));
      return;
    }
    let response: ParsedResponse;
    try {
      response = reader.end();
    } catch (error) {
      this.fail(error as Error);
      return;
    }
    this.complete(response);
  }

  private complete(response: ParsedResponse): void {
    const call = this.call!;
    this.call = null;
    this.reader = null;
    this.served++;
    if (response.reusable) this.pool.release(this);
    else this.pool.drop(this, true);
    this.pool.owner.settle(call, response);
  }

  /** The socket failed or closed: the call in flight (if any) fails, or is retried if the socket was stale. */
  fail(error: Error): void {
    this.pool.drop(this, true);
    const call = this.call;
    if (call === null) return;
    const reader = this.reader!;
    this.call = null;
    this.reader = null;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const stale =
      this.served > 0 &&
      !reader.received &&
      (STALE_SOCKET.has(code) || error.message === 'socket hang up') &&
      !call.retried;
    if (stale) {
      call.retried = true;
      this.pool.owner.dispatch(call, true);
      return;
    }
    this.pool.owner.settle(call, classifyFailure(error, this.connected, reader.inBody));
  }
}

function classifyFailure(error: Error, connected: boolean, inBody: boolean): TransportError {
  if (error instanceof ResponseError) {
    if (error.kind === 'tooLarge') return new TransportError('tooLarge', error.message, { cause: error });
    return new TransportError(error.inBody ? 'payload' : 'disconnected', error.message, { cause: error });
  }
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (inBody) return new TransportError('payload', error.message, { cause: error });
  if (!connected && CONNECT_FAILURES.has(code))
    return new TransportError('unreachable', error.message, { cause: error });
  return new TransportError('disconnected', error.message, { cause: error });
}

/** The connections to one axon (host and port). */
class HostPool {
  readonly idle: Connection[] = [];
  readonly waiting: PendingCall[] = [];
  readonly open = new Set<Connection>();

  constructor(
    readonly owner: AxonConnectionPool,
    readonly host: string,
    readonly port: number,
  ) {}

  /** A request's turn: an idle connection, a new one if under the limit (or told to), else the queue. */
  take(call: PendingCall, fresh: boolean): void {
    let connection = fresh ? undefined : this.idle.pop();
    while (connection?.socket.destroyed) connection = this.idle.pop();
    if (connection === undefined && (fresh || this.open.size < this.owner.maxSockets)) {
      connection = new Connection(this, this.host, this.port);
      this.open.add(connection);
    }
    if (connection === undefined) this.waiting.push(call);
    else connection.send(call);
  }

  release(connection: Connection): void {
    const next = this.waiting.shift();
    if (next !== undefined) {
      connection.send(next);
      return;
    }
    connection.socket.unref();
    this.idle.push(connection);
  }

  /** Forgets a connection (closed, failed or not reusable) and lets a waiting request open another. */
  drop(connection: Connection, destroy: boolean): void {
    const at = this.idle.indexOf(connection);
    if (at >= 0) this.idle.splice(at, 1);
    if (connection.dropped) return;
    connection.dropped = true;
    this.open.delete(connection);
    if (destroy) connection.socket.destroy();
    const next = this.waiting.shift();
    if (next !== undefined) this.take(next, false);
  }
}

export class AxonConnectionPool {
  private readonly hosts = new Map<string, HostPool>();

  constructor(readonly maxSockets: number) {}

  /** Sends the request; resolves with the whole response. Rejects with a TransportError. */
  request(request: PoolRequest): Promise<ParsedResponse> {
    const headLength = request.head.length;
    const bytes = Buffer.allocUnsafe(headLength + Buffer.byteLength(request.body));
    bytes.write(request.head, 0, 'latin1');
    bytes.write(request.body, headLength, 'utf8');
    return new Promise((resolve, reject) => {
      const call = new PendingCall(request, bytes, resolve, reject);
      const signal = request.signal;
      if (signal !== undefined) {
        if (signal.aborted) {
          reject(new TransportError('aborted', 'aborted', { cause: signal.reason }));
          return;
        }
        call.onAbort = () => this.cancel(call, new TransportError('aborted', 'aborted'));
        signal.addEventListener('abort', call.onAbort, { once: true });
      }
      call.timer = setTimeout(
        () => this.cancel(call, new TransportError('timeout', 'timeout', { cause: new DeadlineExceeded() })),
        request.timeoutMs,
      );
      this.dispatch(call, false);
    });
  }

  /** Closes every connection (calls in flight fail). */
  close(): void {
    for (const pool of this.hosts.values()) {
      for (const call of pool.waiting.splice(0))
        this.settle(call, new TransportError('aborted', 'the dendrite was closed'));
      for (const connection of [...pool.open]) connection.socket.destroy();
    }
    this.hosts.clear();
  }

  dispatch(call: PendingCall, fresh: boolean): void {
    const key = `${call.request.host}|${call.request.port}`;
    let pool = this.hosts.get(key);
    if (pool === undefined) {
      pool = new HostPool(this, call.request.host, call.request.port);
      this.hosts.set(key, pool);
    }
    pool.take(call, fresh);
  }

  settle(call: PendingCall, outcome: ParsedResponse | TransportError): void {
    if (call.done) return;
    call.done = true;
    if (call.timer !== null) clearTimeout(call.timer);
    if (call.onAbort !== null) call.request.signal?.removeEventListener('abort', call.onAbort);
    if (outcome instanceof TransportError) call.reject(outcome);
    else call.resolve(outcome);
  }

  /** The deadline or the caller ended the call: its connection (mid-exchange) is closed. */
  private cancel(call: PendingCall, error: TransportError): void {
    if (call.done) return;
    this.settle(call, error);
    const connection = call.connection;
    if (connection !== null && connection.call === call) connection.socket.destroy();
    else {
      for (const pool of this.hosts.values()) {
        const at = pool.waiting.indexOf(call);
        if (at >= 0) pool.waiting.splice(at, 1);
      }
    }
  }
}
