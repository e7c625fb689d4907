/**
 * Where a subscription handler sends its items. Items sent before the subscription id has gone back to
 * the client wait, so a client always sees the id first (the router opens the sink after responding).
 */
import type { JsonRpcNotification } from '../jsonRpc.js';

export interface SubscriptionSink<T> {
  readonly id: string;
  next(item: T): void;
  /** the subscription is over (a final status was sent): stop it and forget it */
  end(): void;
}

export class BufferedSink<T> implements SubscriptionSink<T> {
  private pending: T[] | undefined = [];
  private ended = false;

  constructor(
    readonly id: string,
    private readonly notification: string,
    private readonly send: (message: JsonRpcNotification) => void,
    private readonly onEnd: () => void,
  ) {}

  next(item: T): void {
    if (this.ended) return;
    if (this.pending !== undefined) this.pending.push(item);
    else this.deliver(item);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    if (this.pending === undefined) this.onEnd();
  }

  /** The id reached the client: deliver what waited, then everything as it comes. */
  open(): void {
    const pending = this.pending ?? [];
    this.pending = undefined;
    for (const item of pending) this.deliver(item);
    if (this.ended) this.onEnd();
  }

  get isEnded(): boolean {
    return this.ended;
  }

  private deliver(item: T): void {
    this.send({ jsonrpc: '2.0', method: this.notification, params: { subscription: this.id, result: item } });
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A random subscription id like Substrate's (16 alphanumerics). */
export function createSubscriptionId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}
