/** Errors of the connection to a node: cannot connect, connection lost, no answer in time, client closed. */
import { SdkError } from './sdkError.js';

/** The node cannot be reached, or the connection dropped while a request was in flight. */
export class ConnectionError extends SdkError {
  static readonly code = 'RPC_CONNECTION';
  constructor(url: string, problem: string, cause?: unknown) {
    super(ConnectionError.code, `Connection to ${url} ${problem}`, {
      hint: 'check that the node is running and the url (ws://host:port) is right',
      details: { url },
      ...(cause === undefined ? {} : { cause }),
    });
  }
}

/** A request got no answer within the client's `timeoutMs`. */
export class TimeoutError extends SdkError {
  static readonly code = 'RPC_TIMEOUT';
  constructor(method: string, timeoutMs: number) {
    super(TimeoutError.code, `${method} got no answer within ${timeoutMs} ms`, {
      hint: 'the node may be overloaded or unreachable; raise timeoutMs for slow links',
      details: { method, timeoutMs },
    });
  }
}

/** The client was closed: create a new one. */
export class ClientClosedError extends SdkError {
  static readonly code = 'CLIENT_CLOSED';
  constructor(method?: string) {
    super(
      ClientClosedError.code,
      method === undefined ? 'The client is closed' : `${method}: the client is closed`,
    );
  }
}
